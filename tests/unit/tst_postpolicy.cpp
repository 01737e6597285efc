// The SigV4 POST policy the sandbox signs and checks.
#include "sandbox/PostPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using hoist::sandbox::PostPolicy;

class TestPostPolicy : public QObject
{
    Q_OBJECT

    PostPolicy m_policy{QByteArrayLiteral("AKIDEXAMPLE"), QByteArrayLiteral("secret")};
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

    PostPolicy::Fields signedFields() const
    {
        return m_policy.sign(QStringLiteral("bucket"), QStringLiteral("companies/1/01ABC"),
                             QStringLiteral("application/pdf"), QStringLiteral("inline; filename=\"a.pdf\""),
                             m_now, m_now.addSecs(3600));
    }
    static PostPolicy::Fields replaced(PostPolicy::Fields f, const QString &name, const QString &value)
    {
        for (auto &[n, v] : f)
            if (n == name)
                v = value;
        return f;
    }
    static PostPolicy::Fields without(PostPolicy::Fields f, const QString &name)
    {
        f.removeIf([&](const auto &p) { return p.first == name; });
        return f;
    }

private Q_SLOTS:
    void signingKeyMatchesAwsExample()
    {
        // docs.aws.amazon.com "Examples of how to derive a signing key for Signature Version 4".
        const QByteArray key = PostPolicy::signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20120215",
                                                      "us-east-1", "iam");
        QCOMPARE(key.toHex(), QByteArray("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"));
    }

    void signedFieldsHaveProcoresShape()
    {
        const PostPolicy::Fields f = signedFields();
        QStringList names;
        for (const auto &[n, v] : f)
            names << n;
        QCOMPARE(names,
                 (QStringList{"key", "Content-Type", "Content-Disposition", "policy", "x-amz-credential",
                              "x-amz-algorithm", "x-amz-date", "x-amz-signature"}));
        QString policy;
        for (const auto &[n, v] : f)
            if (n == QLatin1String("policy"))
                policy = v;
        const QJsonObject decoded =
            QJsonDocument::fromJson(QByteArray::fromBase64(policy.toLatin1())).object();
        QCOMPARE(decoded.value(QStringLiteral("expiration")).toString(),
                 QStringLiteral("2026-11-25T13:00:00Z"));
        QCOMPARE(decoded.value(QStringLiteral("conditions")).toArray().size(), 7); // bucket + 6 exact fields
        QCOMPARE(f.value(4).second, QStringLiteral("AKIDEXAMPLE/20261125/us-east-1/s3/aws4_request"));
        QCOMPARE(f.value(6).second, QStringLiteral("20261125T120000Z"));
    }

    void verifyAcceptsUnalteredFields()
    {
        const auto r = m_policy.verify(QStringLiteral("bucket"), signedFields(), m_now.addSecs(60));
        QCOMPARE(r.verdict, PostPolicy::Verdict::Ok);
    }

    void verifyRejects_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("detail");
        QTest::newRow("altered field")
            << 0 << int(PostPolicy::Verdict::ConditionFailed) << "Policy Condition failed";
        QTest::newRow("missing field")
            << 1 << int(PostPolicy::Verdict::ConditionFailed) << "Policy Condition failed";
        QTest::newRow("extra field") << 2 << int(PostPolicy::Verdict::ExtraField)
                                     << "Extra input fields: x-extra";
        QTest::newRow("bad signature") << 3 << int(PostPolicy::Verdict::BadSignature) << "signature";
        QTest::newRow("expired") << 4 << int(PostPolicy::Verdict::Expired) << "Policy expired";
        QTest::newRow("altered policy") << 5 << int(PostPolicy::Verdict::BadSignature) << "signature";
        QTest::newRow("wrong bucket") << 6 << int(PostPolicy::Verdict::ConditionFailed) << "$bucket";
        QTest::newRow("field twice") << 7 << int(PostPolicy::Verdict::ConditionFailed) << "sent twice";
        QTest::newRow("no policy") << 8 << int(PostPolicy::Verdict::Malformed) << "policy";
    }
    void verifyRejects()
    {
        QFETCH(int, change);
        QFETCH(int, verdict);
        QFETCH(QString, detail);
        PostPolicy::Fields f = signedFields();
        QString bucket = QStringLiteral("bucket");
        QDateTime at = m_now.addSecs(60);
        switch (change) {
        case 0:
            f = replaced(f, QStringLiteral("Content-Type"), QStringLiteral("text/html"));
            break;
        case 1:
            f = without(f, QStringLiteral("Content-Disposition"));
            break;
        case 2:
            f.append({QStringLiteral("x-extra"), QStringLiteral("1")});
            break;
        case 3:
            f = replaced(f, QStringLiteral("x-amz-signature"), QString(64, QLatin1Char('0')));
            break;
        case 4:
            at = m_now.addSecs(3600);
            break;
        case 5: {
            QString policy = f.value(3).second;
            const QByteArray json =
                QByteArray::fromBase64(policy.toLatin1()).replace("2026-11-25T13", "2027-11-25T13");
            f = replaced(f, QStringLiteral("policy"), QString::fromLatin1(json.toBase64()));
            break;
        }
        case 6:
            bucket = QStringLiteral("other");
            break;
        case 7:
            f.append(f.first());
            break;
        case 8:
            f = without(f, QStringLiteral("policy"));
            break;
        }
        const auto r = m_policy.verify(bucket, f, at);
        QCOMPARE(int(r.verdict), verdict);
        QVERIFY2(r.detail.contains(detail), qPrintable(r.detail));
    }

    void anotherSecretDoesNotVerify()
    {
        const PostPolicy other(QByteArrayLiteral("AKIDEXAMPLE"), QByteArrayLiteral("another-secret"));
        QCOMPARE(other.verify(QStringLiteral("bucket"), signedFields(), m_now).verdict,
                 PostPolicy::Verdict::BadSignature);
    }
};

QTEST_GUILESS_MAIN(TestPostPolicy)
#include "tst_postpolicy.moc"

// Pure logic of the upload engine: ticket field order, error texts, retry delays, name rules,
// policy names, formatting, and the pacer's hold.
#include "procore/ProcoreError.h"
#include "procore/RatePacer.h"
#include "procore/RetryPolicy.h"
#include "procore/Types.h"
#include "upload/FolderResolver.h"
#include "upload/TransferModel.h"
#include "upload/UploadTypes.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hoist;

class TestEngineTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ticketKeepsFieldOrder()
    {
        // Keys deliberately not in alphabetical order, one with an escaped quote in its value.
        const QByteArray raw =
            "{\"uuid\":\"01EYBX0KPPYQVG0YJER32V1516\",\"url\":\"https://s3.amazonaws.com/pro-core.com\","
            "\"fields\":{\"key\":\"companies/1/01EY\",\"Content-Type\":\"application/pdf\","
            "\"Content-Disposition\":\"inline; "
            "filename=\\\"a.pdf\\\"\",\"policy\":\"eyJ\",\"x-amz-credential\":\"AKIA/x\","
            "\"x-amz-algorithm\":\"AWS4-HMAC-SHA256\",\"x-amz-date\":\"20210212T195547Z\",\"x-amz-"
            "signature\":\"203b\"}}";
        const UploadTicket t = UploadTicket::fromJson(QJsonDocument::fromJson(raw).object(), raw);
        QVERIFY(t.isValid());
        QStringList names;
        for (const auto &f : t.fields)
            names.append(f.first);
        QCOMPARE(names, (QStringList{QStringLiteral("key"), QStringLiteral("Content-Type"),
                                     QStringLiteral("Content-Disposition"), QStringLiteral("policy"),
                                     QStringLiteral("x-amz-credential"), QStringLiteral("x-amz-algorithm"),
                                     QStringLiteral("x-amz-date"), QStringLiteral("x-amz-signature")}));
        QCOMPARE(t.fields.at(2).second, QStringLiteral("inline; filename=\"a.pdf\""));
        // Without the raw body every field is still there.
        QCOMPARE(UploadTicket::fromJson(QJsonDocument::fromJson(raw).object()).fields.size(), 8);
    }

    void idsAre64Bit()
    {
        const QJsonObject o =
            QJsonDocument::fromJson("{\"id\":562949953421313,\"name\":\"Summit\"}").object();
        QCOMPARE(Company::fromJson(o).id, 562949953421313LL);
        const QJsonObject s = QJsonDocument::fromJson("{\"id\":\"562949953421313\"}").object();
        QCOMPARE(Company::fromJson(s).id, 562949953421313LL);
    }

    void errorsText()
    {
        QCOMPARE(ProcoreError::errorsText(
                     QJsonDocument::fromJson("{\"name\":[\"has already been taken\"]}").object()),
                 QStringLiteral("name has already been taken"));
        QCOMPARE(
            ProcoreError::errorsText(QJsonDocument::fromJson("{\"base\":[\"Folder is locked\"]}").object()),
            QStringLiteral("Folder is locked"));
        QCOMPARE(ProcoreError::errorsText(QJsonValue(QStringLiteral("Rate limit exceeded"))),
                 QStringLiteral("Rate limit exceeded"));
    }

    void retryDelays()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        p.jitter = 0.25;
        ProcoreError server;
        server.kind = ProcoreError::Kind::Server;
        server.httpStatus = 500;
        for (int attempt = 1; attempt <= 8; ++attempt) {
            const int expected = std::min(100 << (attempt - 1), 1000);
            const int d = p.delayMs(attempt, server);
            QVERIFY2(d >= expected * 0.75 - 1 && d <= expected * 1.25 + 1, qPrintable(QString::number(d)));
        }
        ProcoreError limited;
        limited.kind = ProcoreError::Kind::RateLimited;
        limited.retryAfterSecs = 7;
        QCOMPARE(p.delayMs(1, limited), 7000);
        p.retryAfterScalePercent = 10;
        QCOMPARE(p.delayMs(1, limited), 700);
        QVERIFY(p.shouldRetry(1, server));
        QVERIFY(!p.shouldRetry(p.maxAttempts, server));
        ProcoreError forbidden;
        forbidden.kind = ProcoreError::Kind::Forbidden;
        QVERIFY(!p.shouldRetry(1, forbidden));
        QVERIFY(!forbidden.nextStep().isEmpty());
    }

    void whatIsAmbiguous()
    {
        // Maybe applied unless it provably never left this machine or the server refused it.
        for (const auto code :
             {QNetworkReply::ConnectionRefusedError, QNetworkReply::HostNotFoundError,
              QNetworkReply::SslHandshakeFailedError, QNetworkReply::ProxyConnectionRefusedError,
              QNetworkReply::ProxyNotFoundError})
            QVERIFY2(!ProcoreError::network(code, {}).isAmbiguous(), qPrintable(QString::number(code)));
        for (const auto code :
             {QNetworkReply::OperationCanceledError, // Qt's transfer timeout
              QNetworkReply::TimeoutError, QNetworkReply::RemoteHostClosedError,
              QNetworkReply::TemporaryNetworkFailureError, QNetworkReply::NetworkSessionFailedError,
              QNetworkReply::UnknownNetworkError, QNetworkReply::ProtocolFailure})
            QVERIFY2(ProcoreError::network(code, {}).isAmbiguous(), qPrintable(QString::number(code)));
        const auto answered = [](int status, ProcoreError::Kind kind) {
            ProcoreError e;
            e.kind = kind;
            e.httpStatus = status;
            return e.isAmbiguous();
        };
        QVERIFY(!answered(429, ProcoreError::Kind::RateLimited));
        QVERIFY(!answered(503, ProcoreError::Kind::Server));
        QVERIFY(!answered(401, ProcoreError::Kind::Auth));
        QVERIFY(!answered(422, ProcoreError::Kind::Invalid));
        QVERIFY(!answered(404, ProcoreError::Kind::NotFound));
        QVERIFY(answered(500, ProcoreError::Kind::Server));
        QVERIFY(answered(502, ProcoreError::Kind::Server));
        QVERIFY(answered(504, ProcoreError::Kind::Server));
        QVERIFY(answered(408, ProcoreError::Kind::Invalid));
        QVERIFY(answered(302, ProcoreError::Kind::Invalid)); // an answer that cannot be placed
        ProcoreError ours = ProcoreError::cancelled();
        QVERIFY(!ours.isAmbiguous()); // cancelled before it went out
        ours.maybeApplied = true;     // cancelled once the network had it
        QVERIFY(ours.isAmbiguous());
    }

    void worstCaseForOneFile()
    {
        // The figures README states ("Retries and their bound") for the default policy, a 120-s
        // API timeout and a 120-s storage stall timeout.
        const RetryPolicy p;
        const RetryPolicy::Bound one = p.worstCaseForFile(0, 120000, 120000);
        QCOMPARE(one.requests, 360);
        QCOMPARE(one.seconds, 43956);
        QCOMPARE(one.serverWaits, 306);
        const RetryPolicy::Bound parts = p.worstCaseForFile(7, 120000, 120000);
        QCOMPARE(parts.requests, 684);
        // Each budget shrinks the bound.
        RetryPolicy fewer = p;
        fewer.maxRestarts = 0;
        QVERIFY(fewer.worstCaseForFile(0, 120000, 120000).requests < one.requests);
        QVERIFY(p.shouldRestart(p.maxRestarts) && !p.shouldRestart(p.maxRestarts + 1));
    }

    void namesAsProcoreStoresThem()
    {
        QCOMPARE(FolderResolver::normalizedName(QStringLiteral(" Level #2: Plans? ")),
                 QStringLiteral("Level 2 Plans"));
    }

    void policyNames()
    {
        for (ConflictPolicy p : {ConflictPolicy::Ask, ConflictPolicy::KeepBoth, ConflictPolicy::Skip,
                                 ConflictPolicy::NewVersion}) {
            ConflictPolicy back = ConflictPolicy::Ask;
            QVERIFY(conflictPolicyFromName(conflictPolicyName(p), &back));
            QCOMPARE(back, p);
        }
        ConflictPolicy unused;
        QVERIFY(!conflictPolicyFromName(QStringLiteral("overwrite"), &unused));
        QVERIFY(isFinalState(TransferState::Done));
        QVERIFY(!isFinalState(TransferState::Paused));
    }

    void destinationKinds()
    {
        using hoist::DestinationKind;
        for (DestinationKind k : {DestinationKind::ProjectDocuments, DestinationKind::CompanyDocuments,
                                  DestinationKind::Photos, DestinationKind::Drawings}) {
            DestinationKind back = DestinationKind::ProjectDocuments;
            QVERIFY(hoist::destinationKindFromName(hoist::destinationKindName(k), &back));
            QCOMPARE(back, k);
            QVERIFY(!hoist::destinationKindText(k).isEmpty());
        }
        DestinationKind k;
        QVERIFY(!hoist::destinationKindFromName(QStringLiteral("pictures"), &k));
        QCOMPARE(hoist::destinationKindName(DestinationKind::CompanyDocuments),
                 QStringLiteral("company-documents"));
        // Documents follow the project id; Photos and Drawings keep their kind.
        hoist::Destination d;
        QCOMPARE(d.effectiveKind(), DestinationKind::CompanyDocuments);
        d.projectId = 5;
        QCOMPARE(d.effectiveKind(), DestinationKind::ProjectDocuments);
        QVERIFY(d.isDocuments());
        d.kind = DestinationKind::Drawings;
        QCOMPARE(d.effectiveKind(), DestinationKind::Drawings);
        QVERIFY(!d.isDocuments());
        QVERIFY(!hoist::isFinalState(hoist::TransferState::Processing));
    }

    void namedItems()
    {
        const auto list = hoist::NamedItem::listFromJson(
            QJsonDocument::fromJson(
                R"([{"id":"9007199254740993","name":"Addendum 1"},{"id":12,"name":"IFC"}])")
                .array());
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, Q_INT64_C(9007199254740993)); // above 2^53, from a string
        QCOMPARE(list[0].name, QStringLiteral("Addendum 1"));
        QCOMPARE(list[1].id, 12);
    }

    void formatting()
    {
        QCOMPARE(TransferModel::formatDuration(5), QStringLiteral("5 s"));
        QCOMPARE(TransferModel::formatDuration(65), QStringLiteral("1 min 05 s"));
        QCOMPARE(TransferModel::formatDuration(3720), QStringLiteral("1 h 02 min"));
        QCOMPARE(TransferModel::formatDuration(-1), QString());
    }

    void pacerHoldsEveryone()
    {
        RatePacer pacer;
        int ran = 0;
        pacer.acquire(nullptr, [&] { ++ran; });
        QCOMPARE(ran, 1); // nothing known yet: go
        pacer.holdForMs(150);
        QElapsedTimer clock;
        clock.start();
        pacer.acquire(nullptr, [&] { ++ran; });
        QObject context;
        auto *dying = new QObject;
        pacer.acquire(dying, [&] { ran += 100; });
        delete dying; // its call is dropped
        pacer.acquire(&context, [&] { ++ran; });
        QCOMPARE(ran, 1);
        QTRY_COMPARE(ran, 3);
        QVERIFY(clock.elapsed() >= 140);
    }
};

QTEST_GUILESS_MAIN(TestEngineTypes)
#include "tst_engine_types.moc"

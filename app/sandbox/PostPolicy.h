#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace hoist::sandbox {

// An AWS Signature Version 4 browser-based POST policy, as S3 issues and checks it
// (docs.aws.amazon.com/AmazonS3/latest/API/sigv4-post-example.html).
class PostPolicy
{
public:
    using Fields = QList<QPair<QString, QString>>; // form fields in the order they are sent

    PostPolicy(QByteArray accessKeyId, QByteArray secretKey, QString region = QStringLiteral("us-east-1"));

    // The fields a client must send unaltered (before the file), for one object.
    Fields sign(const QString &bucket, const QString &key, const QString &contentType,
                const QString &contentDisposition, const QDateTime &now, const QDateTime &expiration) const;

    enum class Verdict { Ok, Expired, ConditionFailed, ExtraField, BadSignature, Malformed };
    struct Result
    {
        Verdict verdict = Verdict::Malformed;
        QString detail; // S3's message text
    };

    // Checks the fields a client sent (everything but `file`) against the policy they carry.
    Result verify(const QString &bucket, const Fields &fields, const QDateTime &now) const;

    // The SigV4 signing key: HMAC chain over "AWS4"+secret, date (yyyyMMdd), region, service, "aws4_request".
    static QByteArray signingKey(const QByteArray &secretKey, const QByteArray &date,
                                 const QByteArray &region, const QByteArray &service);
    // The signature over a base64 policy, for the date and region in a credential scope.
    QByteArray signature(const QByteArray &base64Policy, const QByteArray &date,
                         const QByteArray &region) const;

private:
    QByteArray m_accessKeyId;
    QByteArray m_secretKey;
    QString m_region;
};

} // namespace hoist::sandbox

#include "PostPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace hoist::sandbox {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QString fieldValue(const PostPolicy::Fields &fields, const QString &name, bool *found = nullptr)
{
    for (const auto &[n, v] : fields) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            if (found)
                *found = true;
            return v;
        }
    }
    if (found)
        *found = false;
    return {};
}

} // namespace

PostPolicy::PostPolicy(QByteArray accessKeyId, QByteArray secretKey, QString region)
    : m_accessKeyId(std::move(accessKeyId))
    , m_secretKey(std::move(secretKey))
    , m_region(std::move(region))
{}

QByteArray PostPolicy::signingKey(const QByteArray &secretKey, const QByteArray &date,
                                  const QByteArray &region, const QByteArray &service)
{
    const QByteArray kDate = hmac("AWS4" + secretKey, date);
    const QByteArray kRegion = hmac(kDate, region);
    const QByteArray kService = hmac(kRegion, service);
    return hmac(kService, "aws4_request");
}

QByteArray PostPolicy::signature(const QByteArray &base64Policy, const QByteArray &date,
                                 const QByteArray &region) const
{
    return hmac(signingKey(m_secretKey, date, region, "s3"), base64Policy).toHex();
}

PostPolicy::Fields PostPolicy::sign(const QString &bucket, const QString &key, const QString &contentType,
                                    const QString &contentDisposition, const QDateTime &now,
                                    const QDateTime &expiration) const
{
    const QDateTime utc = now.toUTC();
    const QString amzDate = utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString date = utc.toString(QStringLiteral("yyyyMMdd"));
    const QString credential =
        QStringLiteral("%1/%2/%3/s3/aws4_request").arg(QString::fromLatin1(m_accessKeyId), date, m_region);
    const QString algorithm = QStringLiteral("AWS4-HMAC-SHA256");

    const Fields signedFields = {
        {QStringLiteral("key"), key},
        {QStringLiteral("Content-Type"), contentType},
        {QStringLiteral("Content-Disposition"), contentDisposition},
        {QStringLiteral("x-amz-credential"), credential},
        {QStringLiteral("x-amz-algorithm"), algorithm},
        {QStringLiteral("x-amz-date"), amzDate},
    };
    QJsonArray conditions{QJsonObject{{QStringLiteral("bucket"), bucket}}};
    for (const auto &[name, value] : signedFields)
        conditions.append(QJsonObject{{name, value}});
    const QJsonObject policy{{QStringLiteral("expiration"),
                              expiration.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"))},
                             {QStringLiteral("conditions"), conditions}};
    const QByteArray base64Policy = QJsonDocument(policy).toJson(QJsonDocument::Compact).toBase64();

    Fields out = signedFields;
    out.insert(3, {QStringLiteral("policy"), QString::fromLatin1(base64Policy)});
    out.append({QStringLiteral("x-amz-signature"),
                QString::fromLatin1(signature(base64Policy, date.toLatin1(), m_region.toLatin1()))});
    return out;
}

PostPolicy::Result PostPolicy::verify(const QString &bucket, const Fields &fields, const QDateTime &now) const
{
    bool hasPolicy = false;
    bool hasSignature = false;
    const QByteArray base64Policy = fieldValue(fields, QStringLiteral("policy"), &hasPolicy).toLatin1();
    const QString sentSignature = fieldValue(fields, QStringLiteral("x-amz-signature"), &hasSignature);
    if (!hasPolicy || !hasSignature)
        return {Verdict::Malformed,
                QStringLiteral("Bucket POST must contain a field named 'policy' and 'x-amz-signature'.")};

    // The signature covers the policy exactly as sent; check it before trusting anything inside.
    const QStringList scope = fieldValue(fields, QStringLiteral("x-amz-credential")).split(QLatin1Char('/'));
    if (scope.size() != 5 || scope[0].toLatin1() != m_accessKeyId || scope[3] != QLatin1String("s3")
        || scope[4] != QLatin1String("aws4_request"))
        return {Verdict::BadSignature,
                QStringLiteral("The AWS Access Key Id or credential scope you provided is not valid.")};
    if (fieldValue(fields, QStringLiteral("x-amz-algorithm")) != QLatin1String("AWS4-HMAC-SHA256"))
        return {Verdict::Malformed, QStringLiteral("Unsupported signing algorithm.")};
    const QByteArray expected = signature(base64Policy, scope[1].toLatin1(), scope[2].toLatin1());
    if (expected != sentSignature.toLatin1())
        return {
            Verdict::BadSignature,
            QStringLiteral("The request signature we calculated does not match the signature you provided. "
                           "Check your key and signing method.")};

    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromBase64(base64Policy), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return {Verdict::Malformed, QStringLiteral("Invalid Policy: Invalid JSON.")};
    const QJsonObject policy = doc.object();
    const QDateTime expiration =
        QDateTime::fromString(policy.value(QStringLiteral("expiration")).toString(), Qt::ISODate);
    if (!expiration.isValid())
        return {Verdict::Malformed, QStringLiteral("Invalid Policy: Invalid 'expiration' value.")};
    if (now.toUTC() >= expiration)
        return {Verdict::Expired, QStringLiteral("Invalid according to Policy: Policy expired.")};

    QStringList allowed = {QStringLiteral("policy"), QStringLiteral("x-amz-signature")};
    for (const QJsonValue &c : policy.value(QStringLiteral("conditions")).toArray()) {
        // Only the exact-match object form is issued here; anything else is a malformed policy.
        const QJsonObject cond = c.toObject();
        if (cond.size() != 1)
            return {Verdict::Malformed, QStringLiteral("Invalid Policy: Invalid Condition.")};
        const QString name = cond.begin().key();
        const QString value = cond.begin().value().toString();
        if (name == QLatin1String("bucket")) {
            if (value != bucket)
                return {
                    Verdict::ConditionFailed,
                    QStringLiteral(
                        "Invalid according to Policy: Policy Condition failed: [\"eq\", \"$bucket\", \"%1\"]")
                        .arg(value)};
            continue;
        }
        allowed.append(name);
        bool present = false;
        const QString sent = fieldValue(fields, name, &present);
        if (!present || sent != value)
            return {Verdict::ConditionFailed,
                    QStringLiteral(
                        "Invalid according to Policy: Policy Condition failed: [\"eq\", \"$%1\", \"%2\"]")
                        .arg(name, value)};
    }
    QStringList seen;
    for (const auto &[name, value] : fields) {
        if (seen.contains(name, Qt::CaseInsensitive))
            return {
                Verdict::ConditionFailed,
                QStringLiteral("Invalid according to Policy: Policy Condition failed: field '%1' sent twice")
                    .arg(name)};
        seen.append(name);
        if (!allowed.contains(name, Qt::CaseInsensitive))
            return {Verdict::ExtraField,
                    QStringLiteral("Invalid according to Policy: Extra input fields: %1").arg(name)};
    }
    return {Verdict::Ok, {}};
}

} // namespace hoist::sandbox

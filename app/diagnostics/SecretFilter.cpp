#include "SecretFilter.h"

#include <QRegularExpression>
#include <QUrl>

namespace hoist {

using namespace Qt::StringLiterals;

namespace {

// Names of fields and parameters whose values are secrets, wherever they appear.
const QString kSecretNames =
    u"access_token|refresh_token|id_token|client_secret|password|passwd|secret|code|token|policy|signature"
    "|x-amz-signature|x-amz-credential|x-amz-security-token|x-amz-algorithm|awsaccesskeyid"
    "|authorization|proxy-authorization|cookie|set-cookie"_s;

} // namespace

QString SecretFilter::clean(const QString &text)
{
    static const QRegularExpression bearer(u"\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=\\-]+"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    // "name": "value" (JSON) and name=value (queries, form bodies, header dumps as name: value)
    static const QRegularExpression json(u"(\"(?:"_s + kSecretNames
                                             + u")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\""_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pair(u"((?:^|[?&\\s;,(\\[{])(?:"_s + kSecretNames
                                             + u")\\s*[=:]\\s*)(?!\\[hidden\\])[^&\\s\"',;)\\]}]+"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(bearer, u"\\1 [hidden]"_s);
    out.replace(json, u"\\1\"[hidden]\""_s);
    out.replace(pair, u"\\1[hidden]"_s);
    return out;
}

QString SecretFilter::safeUrl(const QString &url)
{
    const QUrl u(url);
    if (!u.isValid() || u.scheme().isEmpty())
        return clean(url.section(QLatin1Char('?'), 0, 0));
    return u.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace hoist

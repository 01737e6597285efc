#include "ProcoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

namespace hoist {

using namespace Qt::StringLiterals;

namespace {

bool errorsMention(const QJsonValue &errors, const QString &field, const QString &phrase)
{
    const QJsonValue v = errors.toObject().value(field);
    const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray{v};
    for (const QJsonValue &item : list)
        if (item.toString().contains(phrase, Qt::CaseInsensitive))
            return true;
    return false;
}

// The text of an error body: Procore JSON in its several shapes, or S3's XML <Error>; `parsed`
// gets the body as JSON (the XML's Code and Message as an object).
QString bodyText(const QByteArray &body, QJsonValue *parsed)
{
    QString text;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && !doc.isNull()) {
        *parsed = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        const QJsonObject o = doc.object();
        if (o.contains(u"errors"_s))
            text = ProcoreError::errorsText(o.value(u"errors"_s));
        else if (o.value(u"error"_s).isObject())
            text = o.value(u"error"_s).toObject().value(u"message"_s).toString();
        if (text.isEmpty() && o.value(u"message"_s).isString())
            text = o.value(u"message"_s).toString();
        if (text.isEmpty() && o.value(u"error_description"_s).isString())
            text = o.value(u"error_description"_s).toString();
        if (text.isEmpty() && o.value(u"error"_s).isString())
            text = o.value(u"error"_s).toString();
    } else if (body.trimmed().startsWith('<')) {
        QXmlStreamReader xml(body);
        QString code, message;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("Code"))
                code = xml.readElementText();
            else if (xml.name() == QLatin1String("Message"))
                message = xml.readElementText();
        }
        *parsed = QJsonObject{{u"Code"_s, code}, {u"Message"_s, message}};
        text = code.isEmpty() ? message : QString(code + QStringLiteral(": ") + message);
    } else if (!body.isEmpty() && body.size() < 500) {
        text = QString::fromUtf8(body).trimmed();
    }

    return text;
}

// Every documented answer to a name already taken: 422 {"errors":{"name":["has already been
// taken"]}} (v1's validation shape), the same phrase under errors.base, and the 409 "File Conflict
// Error" of Procore's published models ({"errors":{"base":[…]},"error_type":…,"file":…}), whose
// texts are not published: a 409 with either field is a clash.
bool isNameClash(int s, const QJsonObject &body)
{
    const QJsonValue errors = body.value(u"errors"_s);
    if (s == 409)
        return errors.isObject() || body.contains(u"error_type"_s);
    return s == 422
           && (errorsMention(errors, u"name"_s, u"taken"_s)
               || errorsMention(errors, u"base"_s, u"already been taken"_s)
               || errorsMention(errors, u"base"_s, u"already exists"_s));
}

ProcoreError::Kind kindOf(int s, const QJsonValue &body)
{
    if (s == 401)
        return ProcoreError::Kind::Auth;
    if (s == 403)
        return ProcoreError::Kind::Forbidden;
    if (s == 404)
        return ProcoreError::Kind::NotFound;
    if (s == 429)
        return ProcoreError::Kind::RateLimited;
    if (s >= 500)
        return ProcoreError::Kind::Server;
    if (isNameClash(s, body.toObject()))
        return ProcoreError::Kind::NameTaken;
    if (s == 422
        && errorsMention(body.toObject().value(u"errors"_s), u"upload_uuid"_s, u"already been used"_s))
        return ProcoreError::Kind::UploadUsed;
    return ProcoreError::Kind::Invalid;
}

// The hint for a proxy that would not connect to the server (Qt 6.4 reports a CONNECT refused
// with 403, and a proxy that is down, as UnknownNetworkError with its own text).
QString proxyRefusedHint()
{
    return QCoreApplication::translate(
        "ProcoreError",
        "Nothing was sent: the proxy refused to connect to this server, or is not running. Ask whoever "
        "runs your network to allow Procore (api.procore.com and its storage), or check the proxy "
        "settings.");
}

// A connection error on a request that goes through a proxy, before any answer.
bool refusedByProxy(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        break;
    default:
        return false;
    }
    QNetworkProxy proxy = reply->manager() ? reply->manager()->proxy() : QNetworkProxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        const QList<QNetworkProxy> list =
            QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(reply->url()));
        proxy = list.value(0);
    }
    return proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy;
}

} // namespace

QString ProcoreError::errorsText(const QJsonValue &errors)
{
    if (errors.isString())
        return errors.toString();
    if (errors.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : errors.toArray())
            parts.append(errorsText(v));
        parts.removeAll(QString());
        return parts.join(QStringLiteral("; "));
    }
    if (errors.isObject()) {
        const QJsonObject o = errors.toObject();
        QStringList parts;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString text = errorsText(it.value());
            if (text.isEmpty())
                continue;
            parts.append(it.key() == QLatin1String("base") ? text
                                                           : QString(it.key() + QLatin1Char(' ') + text));
        }
        return parts.join(QStringLiteral("; "));
    }
    return {};
}

bool ProcoreError::isTransient() const
{
    // A certificate Hoist cannot trust, a proxy that wants another sign-in: so until the person
    // acts (issue 28), said at once and never retried in a loop. (A proxy's refusal is retried
    // within the bound: Qt names a proxy restarting and one denying the host alike.)
    if (kind == Kind::Network
        && (networkError == QNetworkReply::SslHandshakeFailedError
            || networkError == QNetworkReply::ProxyAuthenticationRequiredError))
        return false;
    if (kind == Kind::Network || kind == Kind::RateLimited || kind == Kind::Server || httpStatus == 408)
        return true;
    // S3 answers some retryable conditions with 400: the body stopped coming (RequestTimeout,
    // IncompleteBody), as when a connection drops mid-upload.
    const QString s3Code = body.toObject().value(QStringLiteral("Code")).toString();
    return httpStatus == 400
           && (s3Code == QLatin1String("RequestTimeout") || s3Code == QLatin1String("IncompleteBody"));
}

bool ProcoreError::isAmbiguous() const
{
    switch (kind) {
    case Kind::None:
    case Kind::LocalFile:
        return false;
    case Kind::Cancelled:
        return maybeApplied; // our own abort: the client says whether the request had gone out
    case Kind::Network:
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
            return false; // the request provably never left this machine
        default:
            // A timeout (Qt's transfer timeout ends the reply with OperationCanceledError), a
            // reset, a closed connection, and every error that cannot be placed.
            return true;
        }
    case Kind::Auth:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::NameTaken:
    case Kind::UploadUsed:
    case Kind::Invalid:
    case Kind::RateLimited:
    case Kind::Server:
        break;
    }
    // An HTTP answer. The server said it did not take the request: 429, 503, 401 and the other
    // 4xx refusals (408 aside: the server gave up reading it, and a gateway may say so after
    // forwarding). Every other answer (5xx, 408, anything unexpected) may follow the work.
    if (httpStatus == 408)
        return true;
    if (httpStatus == 503 || (httpStatus >= 400 && httpStatus < 500))
        return false;
    return true;
}

QString ProcoreError::nextStep() const
{
    if (!hint.isEmpty())
        return hint;
    switch (kind) {
    case Kind::LocalFile:
        return QCoreApplication::translate("ProcoreError", "Check the file on disk, then retry.");
    case Kind::None:
    case Kind::Cancelled:
        return {};
    case Kind::Network:
        return QCoreApplication::translate("ProcoreError", "Check the network connection, then retry.");
    case Kind::Auth:
        return QCoreApplication::translate("ProcoreError", "Sign in again, then retry.");
    case Kind::Forbidden: // you can see it, but may not do this (permission, tool off, app not installed)
        return QCoreApplication::translate(
            "ProcoreError",
            "You do not have permission for this in Procore: ask a Procore admin for access to "
            "this project or folder, or choose another folder.");
    case Kind::NotFound: // Procore answers 404, not 403, for what you cannot see at all
        return QCoreApplication::translate(
            "ProcoreError",
            "You cannot see this project or folder, or it was deleted: ask a Procore admin to "
            "add you to it, or choose another destination.");
    case Kind::NameTaken:
        return QCoreApplication::translate(
            "ProcoreError", "Choose \"keep both\" or \"new version\", or rename the file, then retry.");
    case Kind::UploadUsed:
    case Kind::Invalid:
        return QCoreApplication::translate(
            "ProcoreError", "Retry; if it fails again, report this message to the Hoist developers.");
    case Kind::RateLimited:
        return QCoreApplication::translate("ProcoreError",
                                           "Procore's rate limit was reached; retry in a few minutes.");
    case Kind::Server:
        return QCoreApplication::translate(
            "ProcoreError", "Hoist tried again a few times. Wait a few minutes, then retry the file.");
    }
    return {};
}

QString ProcoreError::describe() const
{
    const QString step = nextStep();
    if (step.isEmpty())
        return message;
    return message.isEmpty() ? step : QString(message + QStringLiteral(" — ") + step);
}

ProcoreError ProcoreError::network(QNetworkReply::NetworkError code, const QString &text)
{
    ProcoreError e;
    e.kind = Kind::Network;
    e.networkError = code;
    e.message = text.isEmpty()
                    ? QCoreApplication::translate("ProcoreError", "The server could not be reached.")
                    : text;
    if (code == QNetworkReply::SslHandshakeFailedError)
        e.hint = QCoreApplication::translate(
            "ProcoreError",
            "Nothing was sent: the server's certificate is not trusted here or is not for this address. "
            "If your organization inspects HTTPS with its own certificate authority, give its certificate "
            "file to Hoist (--ca-file or HOIST_CA_FILE); otherwise check the server address and the "
            "network.");
    if (code == QNetworkReply::ProxyAuthenticationRequiredError)
        e.hint = QCoreApplication::translate(
            "ProcoreError",
            "Nothing was sent: the proxy did not accept the user name and password. Check them (Settings › "
            "Network proxy, or the user:password in https_proxy), then retry.");
    return e;
}

ProcoreError ProcoreError::cancelled()
{
    ProcoreError e;
    e.kind = Kind::Cancelled;
    e.networkError = QNetworkReply::OperationCanceledError;
    e.message = QCoreApplication::translate("ProcoreError", "Cancelled.");
    return e;
}

ProcoreError ProcoreError::localFile(const QString &message, const QString &hint)
{
    ProcoreError e;
    e.kind = Kind::LocalFile;
    e.message = message;
    e.hint = hint;
    return e;
}

ProcoreError ProcoreError::redirectedElsewhere(QNetworkReply *reply)
{
    ProcoreError e;
    e.kind = Kind::Invalid;
    e.networkError = reply->error();
    e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (target.isEmpty())
        target = QUrl::fromEncoded(reply->rawHeader("Location"));
    target = reply->url().resolved(target);
    // Only where it points, never the whole address (it may carry a signature).
    const QString where =
        target.scheme() + QStringLiteral("://") + target.host()
        + (target.port() > 0 ? QLatin1Char(':') + QString::number(target.port()) : QString());
    e.message = QCoreApplication::translate("ProcoreError",
                                            "The server sent the request on to another address (%1); Hoist "
                                            "does not follow it with your sign-in.")
                    .arg(where);
    e.hint = QCoreApplication::translate("ProcoreError",
                                         "Check the server address (Settings › Environment, or --api-base); "
                                         "use the address the server redirects to only if you trust it.");
    return e;
}

ProcoreError ProcoreError::fromReply(QNetworkReply *reply, const QByteArray &body)
{
    // A redirect that was not followed: refused by the redirect policy, or left as it came.
    const int redirectStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::InsecureRedirectError
        || (redirectStatus >= 300 && redirectStatus < 400 && redirectStatus != 304))
        return redirectedElsewhere(reply);
    ProcoreError e;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    e.httpStatus = statusAttr.isValid() ? statusAttr.toInt() : 0;
    if (e.httpStatus == 0) {
        if (reply->error() == QNetworkReply::NoError)
            return e;
        e = network(reply->error(), reply->errorString());
        if (e.hint.isEmpty() && refusedByProxy(reply))
            e.hint = proxyRefusedHint();
        return e;
    }
    if (e.httpStatus >= 200 && e.httpStatus < 300)
        return e;

    e.networkError = reply->error();
    bool okRetry = false;
    const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&okRetry);
    if (e.httpStatus == 429 && reply->hasRawHeader("X-Rate-Limit-Reset")) {
        const qint64 reset = reply->rawHeader("X-Rate-Limit-Reset").trimmed().toLongLong();
        e.rateResetSecs = int(std::clamp<qint64>(reset - QDateTime::currentSecsSinceEpoch(), 1, 3600));
    }
    if (okRetry && retryAfter >= 0)
        e.retryAfterSecs = retryAfter;
    else if (e.rateResetSecs >= 0)
        e.retryAfterSecs = e.rateResetSecs;

    const QString text = bodyText(body, &e.body);
    e.kind = kindOf(e.httpStatus, e.body);

    const int s = e.httpStatus;
    const QString prefix = QCoreApplication::translate("ProcoreError", "HTTP %1").arg(s);
    e.detail = text.isEmpty()
                   ? QString(prefix + QLatin1Char(' ')
                             + reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                   : QString(prefix + QStringLiteral(": ") + text);
    // A server's trouble in the words of the job; its code and text stay in `detail`.
    e.message = e.kind == Kind::Server
                    ? QCoreApplication::translate("ProcoreError", "Procore had a problem on its side.")
                    : e.detail;
    return e;
}

} // namespace hoist

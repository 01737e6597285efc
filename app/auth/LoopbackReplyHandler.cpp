#include "LoopbackReplyHandler.h"

#include "procore/ProcoreError.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace hoist {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxRequestBytes = 16 * 1024;

QString pathOf(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    return path.isEmpty() ? u"/"_s : path;
}

} // namespace

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QOAuthOobReplyHandler(parent)
    , m_redirectUri(u"http://localhost:8765/"_s)
{}

LoopbackReplyHandler::~LoopbackReplyHandler()
{
    close();
}

bool LoopbackReplyHandler::isLoopbackUri(const QUrl &uri)
{
    if (uri.scheme() != QLatin1String("http") || uri.port() <= 0)
        return false;
    const QString host = uri.host();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
           || host == QLatin1String("::1");
}

bool LoopbackReplyHandler::listen(QString *error)
{
    close();
    const QUrl uri(m_redirectUri);
    if (!isLoopbackUri(uri)) {
        if (error)
            *error = tr("The redirect URI %1 does not point to this computer, so Hoist cannot receive the "
                        "answer itself; paste the code instead.")
                         .arg(m_redirectUri);
        return false;
    }
    const auto port = quint16(uri.port());
    struct Bind
    {
        QHostAddress address;
        bool required;
    };
    QList<Bind> binds;
    if (uri.host() == QLatin1String("::1")) {
        binds = {{QHostAddress(QHostAddress::LocalHostIPv6), true}};
    } else {
        binds = {{QHostAddress(QHostAddress::LocalHost), true}};
        if (uri.host() == QLatin1String("localhost"))
            binds.append({QHostAddress(QHostAddress::LocalHostIPv6), false});
    }
    for (const Bind &bind : binds) {
        auto *server = new QTcpServer(this);
        if (!server->listen(bind.address, port)) {
            const QString reason = server->errorString();
            // [::1] may be skipped only where there is none (no IPv6 loopback): when someone holds
            // it, a browser resolving localhost to it would hand them the code.
            const bool noSuchAddress =
                server->serverError() == QAbstractSocket::UnsupportedSocketOperationError
                || server->serverError() == QAbstractSocket::SocketAddressNotAvailableError;
            delete server;
            if (!bind.required && noSuchAddress)
                continue;
            close();
            if (error)
                *error =
                    tr("Hoist cannot listen on %1 port %2 for the browser's answer (%3). Close the program "
                       "using that port, or register another redirect URI.")
                        .arg(bind.address.toString())
                        .arg(port)
                        .arg(reason);
            return false;
        }
        connect(server, &QTcpServer::newConnection, this, [this, server] { onNewConnection(server); });
        m_servers.append(server);
    }
    return true;
}

void LoopbackReplyHandler::close()
{
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
}

bool LoopbackReplyHandler::isListening() const
{
    return !m_servers.isEmpty();
}

void LoopbackReplyHandler::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackReplyHandler::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        m_buffers.remove(socket);
        socket->abort();
        return;
    }
    if (!buffer.contains("\r\n\r\n"))
        return;
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    m_buffers.remove(socket);
    if (requestLine.size() != 3 || requestLine[0] != "GET")
        return respond(socket, 405, tr("Not supported"), tr("This address only receives Procore's answer."));
    const QUrl target(QString::fromLatin1(requestLine[1]), QUrl::StrictMode);
    if (!target.isValid() || pathOf(target) != pathOf(QUrl(m_redirectUri)))
        return respond(socket, 404, tr("Not found"), tr("This address only receives Procore's answer."));
    const QUrlQuery query(target);
    if (!query.hasQueryItem(u"code"_s) && !query.hasQueryItem(u"error"_s))
        return respond(socket, 400, tr("No answer"), tr("This address only receives Procore's answer."));
    const QString refused = deliver(query, true);
    if (!refused.isEmpty())
        return respond(socket, 400, tr("Sign-in refused"), refused);
    if (query.hasQueryItem(u"error"_s))
        return respond(socket, 200, tr("Sign-in cancelled"),
                       tr("Procore did not grant access. You can close this page and return to Hoist."));
    respond(socket, 200, tr("Signed in"), tr("Hoist received Procore's answer. You can close this page."));
}

QString LoopbackReplyHandler::deliver(const QUrlQuery &query, bool stateRequired)
{
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    if (stateRequired && (state.isEmpty() || state != m_expectedState)) {
        const QString reason =
            state.isEmpty() ? tr("The answer from the browser carried no state, so Hoist cannot tell that "
                                 "it belongs to this sign-in; it was refused.")
                            : tr("The answer from the browser belongs to another sign-in attempt (its "
                                 "state does not match); it was refused.");
        Q_EMIT callbackRefused(reason);
        return reason;
    }
    if (m_expectedState.isEmpty()) {
        const QString reason = tr("No sign-in is waiting for an answer.");
        Q_EMIT callbackRefused(reason);
        return reason;
    }
    // Qt's flow expects the values as they appeared in the URL (it decodes them itself).
    QVariantMap values;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyEncoded))
        values.insert(QUrl::fromPercentEncoding(key.toUtf8()), value);
    values.insert(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_expectedState)));
    m_expectedState.clear(); // one answer per sign-in
    Q_EMIT callbackReceived(values);
    return {};
}

void LoopbackReplyHandler::submitPasted(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && url.hasQuery()) {
        deliver(QUrlQuery(url), true);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"code"_s, QString::fromLatin1(QUrl::toPercentEncoding(trimmed)));
    deliver(query, false);
}

void LoopbackReplyHandler::respond(QTcpSocket *socket, int status, const QString &title,
                                   const QString &message)
{
    const QByteArray html =
        QString(
            u"<!doctype html><html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
            + u"</title></head><body style=\"font-family:sans-serif;max-width:36em;margin:3em auto\"><h1>"_s
            + title.toHtmlEscaped() + u"</h1><p>"_s + message.toHtmlEscaped() + u"</p></body></html>"_s)
            .toUtf8();
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: "
                    "close\r\nContent-Length: "
                  + QByteArray::number(html.size()) + "\r\n\r\n" + html);
    socket->disconnectFromHost();
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater(); // Qt 6.4's flow leaves the code exchange's reply to its manager
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = json.object();
    if (reply->error() != QNetworkReply::NoError || status >= 300 || status == 0) {
        QString description = object.value(u"error_description"_s).toString();
        if (description.isEmpty() && status == 0)
            description = reply->errorString();
        if (reply->error() == QNetworkReply::InsecureRedirectError || (status >= 300 && status < 400))
            description = ProcoreError::redirectedElsewhere(reply).message;
        Q_EMIT tokenRequestFailed(status, object.value(u"error"_s).toString(), description);
        return;
    }
    QVariantMap tokens;
    if (parseError.error == QJsonParseError::NoError && json.isObject()) {
        tokens = object.toVariantMap();
    } else {
        const QUrlQuery form(QString::fromUtf8(body));
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
            tokens.insert(key, value);
    }
    if (tokens.value(u"access_token"_s).toString().isEmpty() || tokens.contains(u"error"_s)) {
        Q_EMIT tokenRequestFailed(status, tokens.value(u"error"_s, u"invalid_response"_s).toString(),
                                  tokens.value(u"error_description"_s).toString());
        return;
    }
    Q_EMIT replyDataReceived(body);
    Q_EMIT tokensReceived(tokens);
}

} // namespace hoist

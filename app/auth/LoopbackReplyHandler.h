#pragma once

#include <QHash>
#include <QOAuthOobReplyHandler>
#include <QPointer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace hoist {

// The reply handler Hoist gives QOAuth2AuthorizationCodeFlow. Differences from Qt 6.4's own
// handlers, which is why it exists:
// - callback() is exactly the redirect URI the user registered in Procore ("http://localhost:8765/",
//   "urn:ietf:wg:oauth:2.0:oob", …). QOAuthHttpServerReplyHandler in Qt 6.4 always answers
//   "http://127.0.0.1:PORT/", which Procore refuses unless that exact string is registered.
// - For a loopback redirect URI it listens on 127.0.0.1 (and, best effort, [::1], since browsers
//   may resolve "localhost" to either) at the URI's port, and only answers the URI's path.
// - It checks `state` itself: a callback whose state is missing or wrong never reaches the flow
//   (Qt 6.4's flow only logs a warning) and is reported with callbackRefused().
// - Token requests that fail (HTTP 4xx/5xx, lost connection) are reported with
//   tokenRequestFailed(); Qt 6.4 only logs them and leaves the flow waiting forever.
class LoopbackReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT

public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);
    ~LoopbackReplyHandler() override;

    static QString oobUri() { return QStringLiteral("urn:ietf:wg:oauth:2.0:oob"); }
    // http://localhost:N/…, http://127.0.0.1:N/…, http://[::1]:N/… with an explicit port.
    static bool isLoopbackUri(const QUrl &uri);

    void setRedirectUri(const QString &uri) { m_redirectUri = uri; }
    QString redirectUri() const { return m_redirectUri; }
    QString callback() const override { return m_redirectUri; }

    // The state the next callback must carry.
    void setExpectedState(const QString &state) { m_expectedState = state; }

    // Starts listening for the browser's redirect. False (with error) when the port is taken.
    bool listen(QString *error);
    void close();
    bool isListening() const;

    // The user pasted what the browser showed: either the code alone (oob: there is no state to
    // check, the code never travelled through a URL) or the whole address the browser was sent to.
    void submitPasted(const QString &text);

    void networkReplyFinished(QNetworkReply *reply) override;

Q_SIGNALS:
    void callbackRefused(const QString &reason);
    // HTTP status (0: no answer), OAuth error code and description (empty when there was none).
    void tokenRequestFailed(int httpStatus, const QString &error, const QString &description);

private:
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &message);
    // Checks state and hands the values to the flow. Returns an error text when refused.
    QString deliver(const QUrlQuery &query, bool stateRequired);

    QString m_redirectUri;
    QString m_expectedState;
    QList<QTcpServer *> m_servers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace hoist

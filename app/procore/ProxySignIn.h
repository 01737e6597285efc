#pragma once

#include <QNetworkProxy>
#include <QObject>
#include <QSet>
#include <QString>

class QAuthenticator;
class QNetworkAccessManager;

namespace hoist {

// The proxy's sign-in for one QNetworkAccessManager (issue 28): collects its 407s and asks the
// person once, never in a loop.
//
// Qt 6.4, HTTPS through an HTTP proxy: the CONNECT goes without credentials, a 407 makes Qt send
// the QNetworkProxy's user and password, and a second 407 (or a first one when it has none) makes
// the manager emit proxyAuthenticationRequired, synchronously from its network thread: that
// thread, and so every request of the manager, waits until the slot returns. The authenticator
// filled in there is sent at once; left empty, the request fails with
// ProxyAuthenticationRequiredError (nothing was sent to the server).
//
// So here: credentials the person gave (or the keychain's, given with setCredentials()) that this
// connection has not tried yet are filled in silently; otherwise signInRequired() is emitted once
// and the manager waits (a local event loop) for answer() or decline(); every 407 meanwhile waits
// with it. After decline(), 407s fail at once, without asking, until allowAsking() (the person
// retried or changed the settings).
class ProxySignIn : public QObject
{
    Q_OBJECT

public:
    explicit ProxySignIn(QObject *parent = nullptr);
    ~ProxySignIn() override;

    void watch(QNetworkAccessManager *network);
    // Credentials to use when the proxy asks (from the keychain at start, or the settings); none
    // without a password.
    void setCredentials(const QString &user, const QString &password);
    QString user() const { return m_user; }
    bool isAsking() const { return m_asking; }
    bool hasDeclined() const { return m_declined; }
    int timesAsked() const { return m_timesAsked; }

public Q_SLOTS:
    // The person's answer to signInRequired().
    void answer(const QString &user, const QString &password);
    void decline();
    // The person acted (Retry, new settings): a 407 may ask again.
    void allowAsking();

Q_SIGNALS:
    // Ask the person for the proxy's user name and password; `refused`: the ones tried last were
    // refused. Answer with answer() or decline().
    void signInRequired(const QNetworkProxy &proxy, const QString &user, bool refused);
    void answered();

private:
    void onRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator);
    bool waitForAnswer();
    void fill(QAuthenticator *authenticator);

    QString m_user;
    QString m_password;
    bool m_haveCredentials = false;
    bool m_asking = false;
    bool m_declined = false;
    bool m_answeredYes = false;
    int m_timesAsked = 0;
    // The connections (their authenticators) given the current credentials.
    QSet<QAuthenticator *> m_filled;
};

} // namespace hoist

#include "ProxySignIn.h"

#include "ProcoreLog.h"

#include <QAuthenticator>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QPointer>

namespace hoist {

ProxySignIn::ProxySignIn(QObject *parent)
    : QObject(parent)
{}

ProxySignIn::~ProxySignIn()
{
    if (m_asking)
        decline(); // a waiting request fails rather than waits for nobody
}

void ProxySignIn::watch(QNetworkAccessManager *network)
{
    // Direct: the authenticator must be filled when the slot returns (Qt's rule for this signal).
    connect(network, &QNetworkAccessManager::proxyAuthenticationRequired, this, &ProxySignIn::onRequired,
            Qt::DirectConnection);
}

void ProxySignIn::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    m_haveCredentials = !user.isEmpty() && !password.isEmpty();
    m_filled.clear();
}

void ProxySignIn::answer(const QString &user, const QString &password)
{
    setCredentials(user, password);
    m_haveCredentials = true;
    m_declined = false;
    if (!m_asking)
        return;
    m_asking = false;
    m_answeredYes = true;
    Q_EMIT answered();
}

void ProxySignIn::decline()
{
    if (!m_asking)
        return;
    m_asking = false;
    m_declined = true;
    m_answeredYes = false;
    Q_EMIT answered();
}

void ProxySignIn::allowAsking()
{
    m_declined = false;
}

void ProxySignIn::fill(QAuthenticator *authenticator)
{
    authenticator->setUser(m_user);
    authenticator->setPassword(m_password);
    m_filled.insert(authenticator);
}

bool ProxySignIn::waitForAnswer()
{
    QPointer<ProxySignIn> self(this);
    if (m_asking) {
        QEventLoop loop;
        connect(this, &ProxySignIn::answered, &loop, &QEventLoop::quit);
        loop.exec(); // also ends when the application quits
    }
    if (!self)
        return false;
    if (m_asking) // the application is quitting
        decline();
    return m_answeredYes;
}

void ProxySignIn::onRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    if (m_declined) {
        qCInfo(lcProcore) << "proxy sign-in declined: the request fails";
        return;
    }
    if (m_asking) { // another manager's request: it waits for the same answer
        if (waitForAnswer())
            fill(authenticator);
        return;
    }
    // This connection has tried the current credentials when Hoist gave them to it, or when they
    // were the proxy's own (Qt sends those first).
    const bool triedCurrent =
        m_haveCredentials
        && (m_filled.contains(authenticator) || (proxy.user() == m_user && proxy.password() == m_password));
    if (m_haveCredentials && !triedCurrent) {
        fill(authenticator);
        return;
    }
    const bool refused = triedCurrent || !proxy.password().isEmpty();
    qCInfo(lcProcore) << "proxy" << proxy.hostName() << "wants a sign-in; refused before:" << refused;
    m_asking = true;
    m_answeredYes = false;
    ++m_timesAsked;
    Q_EMIT signInRequired(proxy, m_haveCredentials ? m_user : proxy.user(), refused);
    if (waitForAnswer())
        fill(authenticator);
}

} // namespace hoist

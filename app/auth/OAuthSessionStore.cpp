// OAuthSession's other half: the tokens kept in the keychain (restore, clear), signing out with
// revocation, and who is signed in (/me).
#include "OAuthSession.h"

#include "AppClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace hoist {

using namespace Qt::StringLiterals;

void OAuthSession::restore()
{
    if (!m_store) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT restored(false); }, Qt::QueuedConnection);
        return;
    }
    setState(State::Restoring);
    m_store->loadClient(
        m_environment.id, this, [this](const std::optional<ClientCredentials> &client, const QString &error) {
            if (client)
                m_client = *client;
            else if (const std::optional<AppClient> app = AppClient::forEnvironment(m_environment.id))
                m_client = app->credentials; // signed in with the build's or the site's application
            if (!client && !error.isEmpty())
                Q_EMIT warning(tr("The keychain could not be read: %1").arg(error));
            m_store->loadTokens(
                m_environment.id, this, [this](const std::optional<StoredTokens> &tokens, const QString &) {
                    if (m_state != State::Restoring)
                        return;
                    if (!tokens) {
                        setState(State::SignedOut);
                        return Q_EMIT restored(false);
                    }
                    m_userId = tokens->userId;
                    m_userLogin = tokens->userLogin;
                    m_userName = tokens->userName;
                    m_refreshToken = tokens->refreshToken;
                    m_expiresAt = tokens->expiresAt;
                    const bool fresh = m_expiresAt > QDateTime::currentDateTimeUtc().addSecs(30);
                    m_accessToken = fresh ? tokens->accessToken : QString();
                    setState(State::SignedIn);
                    if (fresh)
                        scheduleRefresh();
                    else
                        refresh();
                    Q_EMIT userChanged();
                    Q_EMIT restored(true);
                });
        });
}

void OAuthSession::clearTokens()
{
    m_refreshTimer.stop();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_expiresAt = {};
    m_userId = 0;
    m_userLogin.clear();
    m_userName.clear();
    m_lastFailure.clear();
    m_refreshing = false;
    releaseRefreshLock();
}

void OAuthSession::signOut(bool forgetClient)
{
    cancelSignIn();
    const QString token = m_refreshToken.isEmpty() ? m_accessToken : m_refreshToken;
    const qint64 userId = m_userId;
    clearTokens();
    auto forgetLocally = [this, userId, forgetClient] {
        auto done = [this](bool ok, const QString &error) {
            if (!ok)
                Q_EMIT warning(tr("Hoist could not delete its entries from the keychain: %1").arg(error));
            setState(State::SignedOut);
            Q_EMIT userChanged();
            Q_EMIT signedOut();
        };
        auto removeClient = [this, forgetClient, done](bool ok, const QString &error) {
            if (!forgetClient || !m_store)
                return done(ok, error);
            m_store->removeClient(m_environment.id, this, [done, ok, error](bool ok2, const QString &error2) {
                done(ok && ok2, ok ? error2 : error);
            });
        };
        if (m_store && userId)
            m_store->removeTokens(m_environment.id, userId, this, removeClient);
        else
            removeClient(true, {});
    };
    if (token.isEmpty() || m_client.clientId.isEmpty())
        return forgetLocally();
    QNetworkReply *reply = postRevoke(token);
    connect(reply, &QNetworkReply::finished, this, [this, reply, forgetLocally] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            Q_EMIT warning(tr("Procore could not be told to revoke the sign-in (%1); it is deleted from this "
                              "computer anyway.")
                               .arg(reply->errorString()));
        forgetLocally();
    });
}

QNetworkReply *OAuthSession::postRevoke(const QString &token)
{
    QNetworkRequest request(loginEndpoint(u"/oauth/revoke"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QUrlQuery form;
    auto add = [&form](const QString &key, const QString &value) {
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"token"_s, token);
    add(u"client_id"_s, m_client.clientId);
    if (!m_client.clientSecret.isEmpty())
        add(u"client_secret"_s, m_client.clientSecret);
    return m_nam->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
}

// Tokens that arrived for a sign-in or refresh nobody wants any more (cancelled, signed out)
// are revoked rather than left valid at Procore.
void OAuthSession::revokeOrphan(const QString &refreshToken)
{
    if (refreshToken.isEmpty() || m_client.clientId.isEmpty())
        return;
    QNetworkReply *reply = postRevoke(refreshToken);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void OAuthSession::fetchUser()
{
    if (m_accessToken.isEmpty())
        return;
    const QString token = m_accessToken;
    QNetworkReply *reply = getMe(token);
    connect(reply, &QNetworkReply::finished, this, [this, reply, token] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 401) {
            if (requestRefreshFor(token)) {
                fetchUser();
            } else {
                auto connection = std::make_shared<QMetaObject::Connection>();
                *connection = connect(this, &AuthProvider::tokenRefreshed, this, [this, connection] {
                    disconnect(*connection);
                    fetchUser();
                });
            }
            return;
        }
        const QJsonObject me = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError || me.isEmpty()) {
            Q_EMIT warning(tr("Procore did not say who is signed in (%1).").arg(reply->errorString()));
            return;
        }
        m_userId = me.value(u"id"_s).toVariant().toLongLong();
        m_userLogin = me.value(u"login"_s).toString();
        m_userName = me.value(u"name"_s).toString();
        Q_EMIT userChanged();
    });
}

} // namespace hoist

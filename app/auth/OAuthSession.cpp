#include "OAuthSession.h"

#include "AuthLog.h"
#include "LoopbackReplyHandler.h"
#include "RefreshLock.h"
#include "procore/ProcoreError.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>
#include <array>

namespace hoist {

using namespace Qt::StringLiterals;

namespace {

constexpr int kRetryAfterTransientFailureMs = 30000;

QUrl endpoint(QUrl base, const QString &path)
{
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    base.setPath(basePath + path);
    base.setQuery(QString());
    return base;
}

QString randomState()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words.data()), qsizetype(words.size() * sizeof(quint32)))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString describe(int httpStatus, const QString &error, const QString &description)
{
    if (!description.isEmpty())
        return error.isEmpty() ? description : QString(description + u" ("_s + error + u')');
    if (!error.isEmpty())
        return error;
    if (httpStatus == 0)
        return OAuthSession::tr("no answer from the server");
    return OAuthSession::tr("HTTP status %1").arg(httpStatus);
}

} // namespace

// Qt's flow, with setStatus() reachable: Qt 6.4 leaves the status at RefreshingToken after a failed
// refresh and then refuses every later refresh as "already in progress".
class OAuthSession::Flow : public QOAuth2AuthorizationCodeFlow
{
public:
    using QAbstractOAuth::setStatus;
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
};

OAuthSession::OAuthSession(Environment environment, TokenStore *store, QNetworkAccessManager *nam,
                           QObject *parent)
    : AuthProvider(parent)
    , m_environment(std::move(environment))
    , m_store(store)
    , m_nam(nam)
{
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setTransferTimeout(kTransferTimeoutMs);
    }
    // Qt's flow sends the code, refresh token and client secret with the manager's policy: none of
    // them follows a redirect to another origin (storage requests set their own policy).
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_client.redirectUri = defaultRedirectUri();

    m_handler = new LoopbackReplyHandler(this);
    m_signInFlow = new Flow(m_nam, this);
    m_signInFlow->setReplyHandler(m_handler);
    m_refreshHandler = new LoopbackReplyHandler(this);
    m_refreshFlow = new Flow(m_nam, this);
    m_refreshFlow->setReplyHandler(m_refreshHandler);

    // Sign-in. These connections are made before the flow makes its own, so they run first.
    connect(m_signInFlow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthSession::authorizationUrlReady);
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, [this] {
        m_handler->close();
        if (m_state == State::WaitingForBrowser)
            setState(State::CompletingSignIn);
    });
    connect(m_handler, &LoopbackReplyHandler::callbackRefused, this, &OAuthSession::failSignIn);
    connect(m_signInFlow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                failSignIn(error == QLatin1String("access_denied")
                               ? tr("Access was not granted in the browser.")
                               : tr("Procore refused the sign-in: %1").arg(describe(0, error, description)));
            });
    connect(m_handler, &LoopbackReplyHandler::tokenRequestFailed, this,
            [this](int status, const QString &error, const QString &description) {
                // Procore's docs do not say that it takes a code without a secret: say what to do.
                failSignIn(
                    m_client.clientSecret.isEmpty() && error == QLatin1String("invalid_client")
                        ? tr("Procore did not accept this application without a client secret. Ask "
                             "whoever set up Hoist to configure its secret, or enter your own "
                             "application under Advanced.")
                        : tr("Procore refused the sign-in: %1").arg(describe(status, error, description)));
            });
    connect(m_signInFlow, &QAbstractOAuth::granted, this, [this] {
        if (m_state != State::CompletingSignIn)
            return revokeOrphan(m_signInFlow->refreshToken()); // cancelled meanwhile
        completeSignIn(m_signInFlow->token(), m_signInFlow->refreshToken(),
                       m_signInFlow->expirationAt().toUTC());
    });

    // Refresh.
    connect(m_refreshFlow, &QAbstractOAuth::granted, this, &OAuthSession::onRefreshGranted);
    connect(m_refreshHandler, &LoopbackReplyHandler::tokenRequestFailed, this,
            &OAuthSession::onRefreshFailed);

    // One refresh at a time across the processes that share the keychain entry.
    if (m_store)
        m_refreshLock = new RefreshLock(RefreshLock::pathFor(m_store->service(), m_environment.id), this);

    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::SignedIn || m_state == State::WaitingForBrowser)
            refresh();
    });
}

OAuthSession::~OAuthSession() = default;

void OAuthSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QUrl OAuthSession::loginEndpoint(const QString &path) const
{
    return endpoint(m_environment.loginBase, path);
}

void OAuthSession::setClient(const ClientCredentials &client, bool save)
{
    m_client = client;
    if (m_client.redirectUri.isEmpty())
        m_client.redirectUri = defaultRedirectUri();
    if (!save || !m_store)
        return;
    m_store->saveClient(m_environment.id, m_client, this, [this](bool ok, const QString &error) {
        if (!ok)
            Q_EMIT warning(tr("The client id and secret could not be saved in the keychain: %1").arg(error));
        Q_EMIT clientSaved(ok, error);
    });
}

bool OAuthSession::needsPastedCode() const
{
    return !LoopbackReplyHandler::isLoopbackUri(QUrl(m_client.redirectUri));
}

void OAuthSession::configureFlow(Flow *flow, LoopbackReplyHandler *handler)
{
    flow->setAuthorizationUrl(loginEndpoint(u"/oauth/authorize"_s));
    flow->setAccessTokenUrl(loginEndpoint(u"/oauth/token"_s));
    flow->setClientIdentifier(m_client.clientId);
    flow->setClientIdentifierSharedKey(m_client.clientSecret);
    handler->setRedirectUri(m_client.redirectUri);
    // Qt 6.4 sends some values raw and some percent-encoded; a "+" in a raw value would reach the
    // server as a space. Send every value we own percent-encoded, and the redirect URI exactly as
    // registered. Procore has no scopes: leave the parameter out.
    flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p) {
        auto set = [p](const QString &key, const QString &value) {
            p->remove(key);
            p->insert(key, QUrl::toPercentEncoding(value));
        };
        p->remove(u"scope"_s);
        set(u"client_id"_s, m_client.clientId);
        set(u"redirect_uri"_s, m_client.redirectUri);
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            p->remove(u"client_secret"_s);
            // PKCE, S256 (Qt 6.4's flow has none): a code caught on its way back is useless
            // without the verifier, which never leaves this process but for the code exchange.
            set(u"code_challenge"_s,
                QString::fromLatin1(
                    QCryptographicHash::hash(m_codeVerifier.toLatin1(), QCryptographicHash::Sha256)
                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
            set(u"code_challenge_method"_s, u"S256"_s);
            return;
        }
        // A public client (no secret configured) sends none: the code is bound to it by PKCE.
        if (m_client.clientSecret.isEmpty())
            p->remove(u"client_secret"_s);
        else
            set(u"client_secret"_s, m_client.clientSecret);
        if (stage == QAbstractOAuth::Stage::RequestingAccessToken)
            set(u"code_verifier"_s, m_codeVerifier);
        if (stage == QAbstractOAuth::Stage::RefreshingAccessToken)
            set(u"refresh_token"_s, m_refreshToken);
    });
}

// ---- sign-in -------------------------------------------------------------------------------------

void OAuthSession::signIn()
{
    if (m_state == State::WaitingForBrowser || m_state == State::CompletingSignIn)
        m_handler->close();
    else
        m_stateBeforeSignIn = m_state == State::Restoring ? State::SignedOut : m_state;
    if (!m_client.isComplete()) {
        failSignIn(tr("Enter the client id and redirect URI of your Procore application first."));
        return;
    }
    configureFlow(m_signInFlow, m_handler);
    const QString state = randomState();
    m_codeVerifier = randomState() + randomState(); // 86 characters of base64url (43–128 allowed)
    m_signInFlow->setState(state);
    m_handler->setExpectedState(state);
    if (!needsPastedCode()) {
        QString error;
        if (!m_handler->listen(&error)) {
            failSignIn(error);
            return;
        }
    }
    setState(State::WaitingForBrowser);
    m_signInFlow->grant(); // emits authorizeWithBrowser → authorizationUrlReady
}

void OAuthSession::submitPastedCode(const QString &codeOrRedirectUrl)
{
    if (m_state != State::WaitingForBrowser)
        return;
    m_handler->submitPasted(codeOrRedirectUrl);
}

void OAuthSession::cancelSignIn()
{
    if (m_state != State::WaitingForBrowser && m_state != State::CompletingSignIn)
        return;
    m_handler->close();
    m_handler->setExpectedState({});
    setState(m_stateBeforeSignIn);
}

void OAuthSession::failSignIn(const QString &reason)
{
    m_handler->close();
    m_handler->setExpectedState({});
    if (m_state == State::WaitingForBrowser || m_state == State::CompletingSignIn)
        setState(m_stateBeforeSignIn);
    qCWarning(lcAuth) << "sign-in failed:" << reason;
    Q_EMIT signInFailed(reason);
}

QNetworkReply *OAuthSession::getMe(const QString &token)
{
    QNetworkRequest request(endpoint(m_environment.apiBase, u"/rest/v1.0/me"_s));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return m_nam->get(request);
}

// The new access token is used once, for GET /me, to learn whose tokens these are; they are saved
// before anything else uses them. (Nothing is spent by that call: the previous tokens, if any, stay valid.)
void OAuthSession::completeSignIn(const QString &access, const QString &refreshToken,
                                  const QDateTime &expiresAt)
{
    QNetworkReply *reply = getMe(access);
    connect(reply, &QNetworkReply::finished, this, [this, reply, access, refreshToken, expiresAt] {
        reply->deleteLater();
        if (m_state != State::CompletingSignIn)
            return revokeOrphan(refreshToken);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject me = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError || me.value(u"id"_s).toVariant().toLongLong() == 0) {
            revokeOrphan(refreshToken);
            failSignIn(reply->error() == QNetworkReply::InsecureRedirectError
                               || (status >= 300 && status < 400)
                           ? ProcoreError::redirectedElsewhere(reply).describe()
                           : tr("Signed in, but Procore did not say who you are (%1).")
                                 .arg(status ? tr("HTTP status %1").arg(status) : reply->errorString()));
            return;
        }
        StoredTokens tokens;
        tokens.userId = me.value(u"id"_s).toVariant().toLongLong();
        tokens.userLogin = me.value(u"login"_s).toString();
        tokens.userName = me.value(u"name"_s).toString();
        tokens.accessToken = access;
        tokens.refreshToken = refreshToken;
        tokens.expiresAt = expiresAt;
        auto publish = [this, tokens] {
            if (m_state != State::CompletingSignIn)
                return;
            m_userId = tokens.userId;
            m_userLogin = tokens.userLogin;
            m_userName = tokens.userName;
            m_accessToken = tokens.accessToken;
            m_refreshToken = tokens.refreshToken;
            m_expiresAt = tokens.expiresAt;
            m_lifetimeSecs = QDateTime::currentDateTimeUtc().secsTo(m_expiresAt);
            m_lastFailure.clear();
            m_handler->setExpectedState({});
            setState(State::SignedIn);
            scheduleRefresh();
            Q_EMIT userChanged();
            Q_EMIT signedIn();
            Q_EMIT tokenRefreshed(m_accessToken); // work that waited for a sign-in carries on
        };
        if (!m_store)
            return publish();
        m_store->saveTokens(m_environment.id, tokens, this, [this, publish](bool ok, const QString &error) {
            if (!ok)
                Q_EMIT warning(
                    tr("Your sign-in could not be saved in the keychain (%1); it lasts until Hoist "
                       "quits.")
                        .arg(error));
            publish();
        });
    });
}

// ---- refresh -------------------------------------------------------------------------------------

void OAuthSession::refresh()
{
    if (m_refreshing)
        return;
    if (m_refreshToken.isEmpty()) {
        announceRefreshFailed(
            m_lastFailure.isEmpty()
                ? tr("You are not signed in to %1. Sign in to continue.").arg(m_environment.name)
                : m_lastFailure);
        return;
    }
    m_refreshing = true;
    m_refreshAttempt = 0;
    m_adoptedStoredToken = false;
    m_refreshTimer.stop();
    if (!m_store || !m_refreshLock)
        return startRefreshRequest();
    // Another Hoist may be refreshing the same single-use token: wait for it, then read the
    // keychain again; what it wrote there is this session's too.
    m_refreshLock->acquire([this] {
        if (!m_refreshing)
            return releaseRefreshLock();
        m_store->loadTokens(m_environment.id, this,
                            [this](const std::optional<StoredTokens> &stored, const QString &) {
                                if (!m_refreshing)
                                    return releaseRefreshLock();
                                if (stored && adoptRenewed(*stored))
                                    return;
                                startRefreshRequest();
                            });
    });
}

bool OAuthSession::adoptRenewed(const StoredTokens &stored)
{
    if (stored.userId != m_userId || stored.refreshToken.isEmpty() || stored.refreshToken == m_refreshToken)
        return false;
    m_refreshToken = stored.refreshToken; // ours is spent: the other process used it
    if (stored.accessToken.isEmpty() || stored.accessToken == m_accessToken
        || stored.expiresAt <= QDateTime::currentDateTimeUtc().addSecs(1))
        return false; // renew with the stored refresh token
    releaseRefreshLock();
    finishRefresh(stored.accessToken, stored.expiresAt);
    return true;
}

void OAuthSession::releaseRefreshLock()
{
    if (m_refreshLock)
        m_refreshLock->release();
}

void OAuthSession::startRefreshRequest()
{
    configureFlow(m_refreshFlow, m_refreshHandler);
    m_refreshFlow->setRefreshToken(m_refreshToken);
    m_refreshFlow->setStatus(QAbstractOAuth::Status::Granted);
    m_refreshFlow->refreshAccessToken();
}

void OAuthSession::onRefreshGranted()
{
    if (!m_refreshing) {
        releaseRefreshLock();
        return revokeOrphan(m_refreshFlow->refreshToken()); // signed out meanwhile
    }
    const QString access = m_refreshFlow->token();
    const QDateTime expiresAt = m_refreshFlow->expirationAt().toUTC();
    // The old refresh token is spent now; from here on only the new one works.
    m_refreshToken = m_refreshFlow->refreshToken();
    if (!m_store)
        return finishRefresh(access, expiresAt);
    StoredTokens tokens;
    tokens.userId = m_userId;
    tokens.userLogin = m_userLogin;
    tokens.userName = m_userName;
    tokens.accessToken = access;
    tokens.refreshToken = m_refreshToken;
    tokens.expiresAt = expiresAt;
    // Saved before the new access token is handed out: if Hoist stopped right after using it, the
    // keychain would otherwise still hold the spent refresh token.
    m_store->saveTokens(
        m_environment.id, tokens, this, [this, access, expiresAt](bool ok, const QString &error) {
            if (!ok)
                Q_EMIT warning(
                    tr("The renewed sign-in could not be saved in the keychain (%1); it lasts until Hoist "
                       "quits.")
                        .arg(error));
            finishRefresh(access, expiresAt);
        });
}

void OAuthSession::finishRefresh(const QString &access, const QDateTime &expiresAt)
{
    m_accessToken = access;
    m_expiresAt = expiresAt;
    m_lifetimeSecs = QDateTime::currentDateTimeUtc().secsTo(expiresAt);
    m_refreshing = false;
    releaseRefreshLock(); // the new tokens are in the keychain (or cannot be)
    m_lastFailure.clear();
    if (m_state == State::SignInRequired)
        setState(State::SignedIn);
    scheduleRefresh();
    qCInfo(lcAuth) << "access token refreshed; valid until"
                   << expiresAt.toString(Qt::ISODate); // never the token
    Q_EMIT tokenRefreshed(access);
}

void OAuthSession::onRefreshFailed(int httpStatus, const QString &error, const QString &description)
{
    if (!m_refreshing)
        return;
    m_refreshFlow->setStatus(QAbstractOAuth::Status::Granted);
    const QString reason = describe(httpStatus, error, description);
    if (httpStatus >= 400 && httpStatus < 500)
        return adoptOrFailRefresh(reason);
    if (m_refreshAttempt == 0) {
        // The answer may have been lost after Procore spent the refresh token. Asking once more
        // tells: a spent token is refused (and the user must sign in), a live one still works.
        ++m_refreshAttempt;
        return startRefreshRequest();
    }
    failRefresh(tr("Procore's sign-in service did not answer (%1). Hoist tries again shortly.").arg(reason),
                false);
}

// Procore refused the refresh token. If another Hoist (the window, hoist-cli) renewed the sign-in
// meanwhile, the keychain holds a newer one: use that. Otherwise the user has to sign in again.
void OAuthSession::adoptOrFailRefresh(const QString &reason)
{
    const QString message = tr("Procore no longer accepts Hoist's sign-in (%1). Sign in again; waiting "
                               "uploads continue afterwards.")
                                .arg(reason);
    if (!m_store || m_adoptedStoredToken)
        return failRefresh(message, true);
    m_store->loadTokens(m_environment.id, this,
                        [this, message](const std::optional<StoredTokens> &stored, const QString &) {
                            if (stored && stored->userId == m_userId && !stored->refreshToken.isEmpty()
                                && stored->refreshToken != m_refreshToken) {
                                m_adoptedStoredToken = true;
                                m_refreshToken = stored->refreshToken;
                                return startRefreshRequest();
                            }
                            failRefresh(message, true);
                        });
}

void OAuthSession::failRefresh(const QString &reason, bool tokenDead)
{
    qCWarning(lcAuth) << "refreshing the access token failed:" << reason
                      << (tokenDead ? "(sign in again)" : "");
    m_refreshing = false;
    m_lastFailure = reason;
    if (tokenDead) {
        const QString dead = m_refreshToken;
        m_refreshToken.clear();
        m_refreshTimer.stop();
        if (m_store && m_userId) {
            // Forget the dead entry, unless another Hoist wrote a newer one meanwhile. The read
            // and the delete both happen under the refresh lock: no other Hoist writes between.
            m_store->loadTokens(
                m_environment.id, this,
                [this, dead, userId = m_userId](const std::optional<StoredTokens> &stored, const QString &) {
                    if (stored && stored->userId == userId && stored->refreshToken == dead)
                        m_store->removeTokens(m_environment.id, userId, this,
                                              [this](bool, const QString &) { releaseRefreshLock(); });
                    else
                        releaseRefreshLock();
                });
        } else {
            releaseRefreshLock();
        }
        if (m_state == State::SignedIn)
            setState(State::SignInRequired);
        else
            m_stateBeforeSignIn = State::SignInRequired;
    } else {
        releaseRefreshLock();
        m_refreshTimer.start(kRetryAfterTransientFailureMs);
    }
    Q_EMIT refreshFailed(reason);
}

void OAuthSession::announceRefreshFailed(const QString &reason)
{
    if (m_refreshFailedPending)
        return;
    m_refreshFailedPending = true;
    QMetaObject::invokeMethod(
        this,
        [this, reason] {
            m_refreshFailedPending = false;
            Q_EMIT refreshFailed(reason);
        },
        Qt::QueuedConnection);
}

void OAuthSession::scheduleRefresh()
{
    if (!m_expiresAt.isValid() || m_refreshToken.isEmpty())
        return;
    qint64 margin = m_refreshMarginSecs;
    if (margin < 0)
        margin = m_lifetimeSecs > 0 ? std::clamp<qint64>(m_lifetimeSecs / 10, 1, 300) : 300;
    const qint64 due = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt) - margin * 1000;
    m_refreshTimer.start(int(std::clamp<qint64>(due, 0, 24LL * 3600 * 1000)));
}

} // namespace hoist

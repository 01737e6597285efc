#pragma once

#include "TokenStore.h"
#include "procore/AuthProvider.h"
#include "procore/Environment.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace hoist {

class LoopbackReplyHandler;
class RefreshLock;

// Signing in to one Procore environment with OAuth 2.0 (authorization code grant), and keeping
// the access token fresh for the upload engine.
//
// - Sign-in: signIn() emits authorizationUrlReady(); the window or hoist-cli opens that address in
//   the system browser (this class uses no GUI). The answer comes back to a listener on 127.0.0.1
//   at exactly the registered redirect URI, or the user pastes the code (urn:ietf:wg:oauth:2.0:oob)
//   and submitPastedCode() takes it. The random `state` must come back unchanged.
// - Refresh: proactively before the access token expires, and when the engine reports a 401
//   (AuthProvider::requestRefreshFor). Only one refresh runs at a time, also across processes (a
//   lock file beside the keychain entry, RefreshLock): the one that waited reads the keychain again
//   and takes what the other wrote instead of spending a spent token. Refresh tokens are
//   single-use, so the new refresh token is written to the keychain before the new access token is
//   handed out. A refresh whose answer is lost is tried once more; when Procore then refuses the
//   (spent) refresh token, refreshFailed() is emitted and the state becomes SignInRequired: work
//   waits, and a new sign-in ends with tokenRefreshed() so that it carries on.
// - Secrets (client secret, tokens) live in the TokenStore and in memory, never in logs.
class OAuthSession : public AuthProvider
{
    Q_OBJECT

public:
    enum class State {
        SignedOut,         // no tokens
        Restoring,         // reading the keychain
        WaitingForBrowser, // the authorize page is open; waiting for its answer
        CompletingSignIn,  // exchanging the code, asking /me, saving
        SignedIn,
        SignInRequired, // the tokens cannot be renewed: sign in again (work waits)
    };
    Q_ENUM(State)

    explicit OAuthSession(Environment environment, TokenStore *store, QNetworkAccessManager *nam = nullptr,
                          QObject *parent = nullptr);
    ~OAuthSession() override;

    static QString defaultRedirectUri() { return QStringLiteral("http://localhost:8765/"); }

    const Environment &environment() const { return m_environment; }
    State state() const { return m_state; }
    TokenStore *tokenStore() const { return m_store; }

    ClientCredentials client() const { return m_client; }
    // Takes the application's credentials for this environment; with `save`, also writes them to
    // the keychain (clientSaved() tells how that went).
    void setClient(const ClientCredentials &client, bool save = true);
    // True when the redirect URI is not a loopback address: the user pastes the code.
    bool needsPastedCode() const;

    qint64 userId() const { return m_userId; }
    QString userLogin() const { return m_userLogin; }
    QString userName() const { return m_userName; }
    QDateTime expiresAt() const { return m_expiresAt; }

    // Seconds before expiry at which the access token is renewed; negative: a tenth of its
    // lifetime, between 1 second and 5 minutes.
    void setRefreshMargin(int seconds) { m_refreshMarginSecs = seconds; }

    // Reads the client credentials and the current user's tokens from the keychain; restored()
    // tells whether somebody is signed in. No network.
    void restore();
    void signIn();
    void submitPastedCode(const QString &codeOrRedirectUrl);
    void cancelSignIn();
    // Revokes the tokens at Procore and deletes them from the keychain; with forgetClient, the
    // client id and secret too.
    void signOut(bool forgetClient = false);
    // Asks GET /rest/v1.0/me for the signed-in user's name (userChanged()).
    void fetchUser();

    // AuthProvider
    QString accessToken() const override { return m_accessToken; }
    void refresh() override;
    bool isRefreshing() const override { return m_refreshing; }
    bool canSignInAgain() const override { return m_canSignInAgain; }
    // hoist-cli: nobody can sign in while a command runs, so a call that needs a new sign-in fails
    // (an Auth error) instead of waiting for one.
    void setCanSignInAgain(bool can) { m_canSignInAgain = can; }

Q_SIGNALS:
    void stateChanged(hoist::OAuthSession::State state);
    void restored(bool signedIn);
    void clientSaved(bool ok, const QString &error);
    void authorizationUrlReady(const QUrl &url);
    void signedIn();
    void signInFailed(const QString &reason);
    void signedOut();
    void userChanged();
    // Something went wrong that does not stop Hoist (e.g. the keychain could not be written).
    void warning(const QString &message);

private:
    static constexpr int kTransferTimeoutMs = 30000;

    class Flow;

    void setState(State state);
    void configureFlow(Flow *flow, LoopbackReplyHandler *handler);
    void failSignIn(const QString &reason);
    void completeSignIn(const QString &access, const QString &refreshToken, const QDateTime &expiresAt);
    void startRefreshRequest();
    bool adoptRenewed(const StoredTokens &stored); // another Hoist renewed meanwhile: take its tokens
    void releaseRefreshLock();
    void onRefreshGranted();
    void onRefreshFailed(int httpStatus, const QString &error, const QString &description);
    void finishRefresh(const QString &access, const QDateTime &expiresAt);
    void adoptOrFailRefresh(const QString &reason);
    void failRefresh(const QString &reason, bool tokenDead);
    void announceRefreshFailed(const QString &reason);
    void scheduleRefresh();
    void clearTokens();
    QNetworkReply *getMe(const QString &token);
    QNetworkReply *postRevoke(const QString &token);
    void revokeOrphan(const QString &refreshToken);
    QUrl loginEndpoint(const QString &path) const;

    Environment m_environment;
    QPointer<TokenStore> m_store;
    QNetworkAccessManager *m_nam = nullptr;
    // Two flows, each with its own reply handler, so a refresh can run while a sign-in waits for
    // the browser without either taking the other's answer.
    Flow *m_signInFlow = nullptr;
    LoopbackReplyHandler *m_handler = nullptr;
    Flow *m_refreshFlow = nullptr;
    LoopbackReplyHandler *m_refreshHandler = nullptr;
    RefreshLock *m_refreshLock = nullptr; // one refresh at a time across processes
    ClientCredentials m_client;

    State m_state = State::SignedOut;
    State m_stateBeforeSignIn = State::SignedOut;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_expiresAt;
    qint64 m_lifetimeSecs = 0;
    qint64 m_userId = 0;
    QString m_userLogin;
    QString m_userName;

    bool m_refreshing = false;
    bool m_canSignInAgain = true;
    int m_refreshAttempt = 0;
    bool m_adoptedStoredToken = false;
    bool m_refreshFailedPending = false;
    int m_refreshMarginSecs = -1;
    QTimer m_refreshTimer;
    QString m_lastFailure;
    QString m_codeVerifier; // PKCE (RFC 7636): new for each sign-in, sent only with the code exchange
};

} // namespace hoist

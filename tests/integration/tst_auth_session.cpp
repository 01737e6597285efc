// OAuthSession against the built-in sandbox, with this test acting as the user's browser, and
// TokenStore against the real Secret Service (run under tests/with-session.sh).
#include "ContractAssert.h"
#include "CurlClient.h"

#include "auth/OAuthSession.h"
#include "auth/TokenStore.h"
#include "procore/Environment.h"
#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxState.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace hoist;
using namespace Qt::StringLiterals;
using sandbox::FaultRule;
using sandbox::SandboxServer;

#include "Browser.h"

namespace {
using browser::fetch;
using browser::freePort;
using browser::htmlUnescape;
using browser::HttpResult;

// Everything Qt and Hoist log during the tests, to check that no secret ever appears in it.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Work waiting for the API the way the upload engine does: a 401 asks the provider for a
// refresh (or a newer token) and the request waits until tokenRefreshed().
class FakeQueue : public QObject
{
public:
    FakeQueue(QNetworkAccessManager *nam, AuthProvider *auth, QUrl url)
        : m_nam(nam)
        , m_auth(auth)
        , m_url(std::move(url))
    {
        connect(m_auth, &AuthProvider::tokenRefreshed, this, [this] {
            const QList<int> again = std::exchange(waiting, {});
            for (int i : again)
                send(i);
        });
    }
    void start(int count)
    {
        total = count;
        for (int i = 0; i < count; ++i)
            send(i);
    }
    bool allDone() const { return done == total; }

    int total = 0;
    int done = 0;
    int failed = 0;
    int unauthorized = 0;
    QList<int> waiting;

private:
    void send(int i)
    {
        const QString token = m_auth->accessToken();
        QNetworkRequest request(m_url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_nam->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, i, token] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 401) {
                ++unauthorized;
                if (m_auth->requestRefreshFor(token))
                    send(i);
                else
                    waiting.append(i);
            } else if (status == 200) {
                ++done;
            } else {
                ++failed;
            }
        });
    }
    QNetworkAccessManager *m_nam;
    AuthProvider *m_auth;
    QUrl m_url;
};

} // namespace

class TestAuthSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keychainRoundTrip();
    void fullSignInThroughBrowser();
    void restoreFromKeychain();
    void stateMismatchRefused();
    void missingStateRefused();
    void accessDenied();
    void pastedCodeOob();
    void parallel401sMakeOneRefresh();
    void reusedRefreshTokenRefused();
    void newerTokenFromAnotherProcessAdopted();
    void lostRefreshAnswerAsksForSignIn();
    void proactiveRefreshBeforeExpiry();
    void signOutRevokesAndDeletes();
    void nothingFollowsARedirectElsewhere();
    void noSecretIsLogged(); // last: looks at everything the tests above logged

private:
    // Registers a client with a fresh loopback redirect URI; returns its credentials.
    ClientCredentials registerClient(const QString &redirectUri = {});
    std::unique_ptr<OAuthSession> newSession(const ClientCredentials &client);
    // Acts as the browser: opens the authorize page, approves, follows the redirect (when
    // `tamper` is given, it may change the redirect first). Returns the loopback listener's answer.
    HttpResult approveInBrowser(const QUrl &authorizeUrl, const QString &decision = u"allow"_s,
                                const std::function<void(QUrl &)> &tamper = {});
    bool signIn(OAuthSession &session);
    int tokenCalls();
    StoredTokens storedTokens();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TokenStore> m_store;
    QNetworkAccessManager m_browser;
    Environment m_env;
    int m_envCounter = 0;
};

void TestAuthSession::initTestCase()
{
    QLoggingCategory::setFilterRules(u"qt.networkauth*.debug=true"_s);
    g_previousHandler = qInstallMessageHandler(recordMessage);
    sandbox::SandboxOptions options;
    options.record = true; // cleanup() checks the token exchanges against Procore's reference
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_store = std::make_unique<TokenStore>(u"Hoist-test"_s);
    bool ok = false;
    QString reason;
    bool finished = false;
    m_store->probe(this, [&](bool available, const QString &why) {
        ok = available;
        reason = why;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    QVERIFY2(
        ok, qPrintable(u"The Secret Service is needed: run under tests/with-session.sh ("_s + reason + u')'));
}

void TestAuthSession::init()
{
    m_server->faults().clear();
    m_env = Environment::builtInSandbox(m_server->baseUrl());
    m_env.id = u"test-env-"_s + QString::number(++m_envCounter); // fresh keychain entries per test
}

void TestAuthSession::cleanup()
{
    // The token exchanges that worked, against Procore's reference (some tests send bad ones).
    HOIST_VERIFY_CONTRACT_OF_SUCCESSES(m_server->exchanges());
    {
        auto lock = m_server->state().lock();
        m_server->state().exchanges.clear();
    }
    bool done = false;
    m_store->removeClient(m_env.id, this, [&](bool, const QString &) { done = true; });
    QTRY_VERIFY(done);
}

ClientCredentials TestAuthSession::registerClient(const QString &redirectUri)
{
    ClientCredentials c;
    c.clientId = u"hoist-test-"_s + QString::number(m_envCounter);
    c.clientSecret = u"s3cr+t/&=% secret"_s; // characters that break sloppy form encoding
    c.redirectUri = redirectUri.isEmpty() ? u"http://localhost:%1/"_s.arg(freePort()) : redirectUri;
    const CurlResult r =
        CurlClient(m_server->baseUrl())
            .postJson(u"/_sandbox/oauth_clients"_s,
                      QJsonDocument(QJsonObject{{u"client_id"_s, c.clientId},
                                                {u"client_secret"_s, c.clientSecret},
                                                {u"redirect_uris"_s, QJsonArray{c.redirectUri}}}));
    if (r.status != 201)
        qWarning("registering the client failed: %d %s", r.status, r.body.constData());
    return c;
}

std::unique_ptr<OAuthSession> TestAuthSession::newSession(const ClientCredentials &client)
{
    auto session = std::make_unique<OAuthSession>(m_env, m_store.get());
    if (client.isComplete())
        session->setClient(client);
    return session;
}

HttpResult TestAuthSession::approveInBrowser(const QUrl &authorizeUrl, const QString &decision,
                                             const std::function<void(QUrl &)> &tamper)
{
    const HttpResult page = fetch(m_browser, authorizeUrl);
    if (page.status != 200) {
        qWarning("authorize page: %d %s", page.status, page.body.constData());
        return page;
    }
    // The consent form's hidden fields, as the sandbox echoes them from the authorize URL.
    QUrlQuery form;
    static const QRegularExpression hidden(uR"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re"_s);
    for (auto it = hidden.globalMatch(QString::fromUtf8(page.body)); it.hasNext();) {
        const auto m = it.next();
        form.addQueryItem(m.captured(1),
                          QString::fromLatin1(QUrl::toPercentEncoding(htmlUnescape(m.captured(2)))));
    }
    form.addQueryItem(u"decision"_s, decision);
    QUrl post = authorizeUrl;
    post.setQuery(QString());
    const HttpResult consent = fetch(m_browser, post, form.toString(QUrl::FullyEncoded).toUtf8());
    if (consent.status != 302) {
        qWarning("consent: %d %s", consent.status, consent.body.constData());
        return consent;
    }
    QUrl target = consent.location;
    if (tamper)
        tamper(target);
    return fetch(m_browser, target);
}

bool TestAuthSession::signIn(OAuthSession &session)
{
    QSignalSpy urlReady(&session, &OAuthSession::authorizationUrlReady);
    QSignalSpy signedIn(&session, &OAuthSession::signedIn);
    QSignalSpy failed(&session, &OAuthSession::signInFailed);
    session.signIn();
    if (urlReady.count() != 1)
        return false;
    const HttpResult answer = approveInBrowser(urlReady.at(0).at(0).toUrl());
    if (answer.status != 200)
        return false;
    if (signedIn.isEmpty() && failed.isEmpty())
        signedIn.wait(20000);
    if (!failed.isEmpty())
        qWarning("sign-in failed: %s", qPrintable(failed.at(0).at(0).toString()));
    return signedIn.count() == 1 && session.state() == OAuthSession::State::SignedIn;
}

int TestAuthSession::tokenCalls()
{
    auto lock = m_server->state().lock();
    return int(std::count_if(m_server->state().log.begin(), m_server->state().log.end(), [](const auto &e) {
        return e.kind == QLatin1String("oauth") && e.path == QLatin1String("/oauth/token");
    }));
}

StoredTokens TestAuthSession::storedTokens()
{
    std::optional<StoredTokens> tokens;
    bool done = false;
    m_store->loadTokens(m_env.id, this, [&](const std::optional<StoredTokens> &t, const QString &) {
        tokens = t;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("the keychain did not answer");
    return tokens.value_or(StoredTokens{});
}

// ---- tests ---------------------------------------------------------------------------------------

void TestAuthSession::keychainRoundTrip()
{
    TokenStore store(u"Hoist-test"_s);
    const ClientCredentials client{u"id-1"_s, u"secret with spaces & ünïcode"_s, u"http://localhost:8765/"_s};
    bool done = false, ok = false;
    store.saveClient(m_env.id, client, this,
                     [&](bool success, const QString &) { ok = success, done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(ok);
    QCOMPARE(store.availability(), TokenStore::Availability::Available);

    StoredTokens tokens;
    tokens.userId = 5000000001; // above 2^32
    tokens.userLogin = u"ada@example.com"_s;
    tokens.userName = u"Ada"_s;
    tokens.accessToken = u"access-1"_s;
    tokens.refreshToken = u"refresh-1"_s;
    tokens.expiresAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 600, Qt::UTC);
    done = false;
    store.saveTokens(m_env.id, tokens, this,
                     [&](bool success, const QString &) { ok = success, done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(ok);

    // A second store (another process would do the same) reads the same entries.
    TokenStore other(u"Hoist-test"_s);
    std::optional<ClientCredentials> readClient;
    done = false;
    other.loadClient(m_env.id, this, [&](const std::optional<ClientCredentials> &c, const QString &) {
        readClient = c, done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(readClient);
    QCOMPARE(readClient->clientSecret, client.clientSecret);
    QCOMPARE(readClient->redirectUri, client.redirectUri);

    std::optional<StoredTokens> read;
    done = false;
    other.loadTokens(m_env.id, this,
                     [&](const std::optional<StoredTokens> &t, const QString &) { read = t, done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(read);
    QCOMPARE(read->userId, tokens.userId);
    QCOMPARE(read->userName, tokens.userName);
    QCOMPARE(read->refreshToken, tokens.refreshToken);
    QCOMPARE(read->accessToken, tokens.accessToken);
    QCOMPARE(read->expiresAt, tokens.expiresAt);

    done = false;
    other.removeTokens(m_env.id, tokens.userId, this,
                       [&](bool success, const QString &) { ok = success, done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(ok);
    done = false;
    read.reset();
    store.loadTokens(m_env.id, this,
                     [&](const std::optional<StoredTokens> &t, const QString &) { read = t, done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(!read);
}

void TestAuthSession::fullSignInThroughBrowser()
{
    const ClientCredentials client = registerClient();
    auto session = newSession(client);
    QSignalSpy urlReady(session.get(), &OAuthSession::authorizationUrlReady);
    QSignalSpy signedIn(session.get(), &OAuthSession::signedIn);
    QSignalSpy refreshed(session.get(), &AuthProvider::tokenRefreshed);
    session->signIn();
    QCOMPARE(session->state(), OAuthSession::State::WaitingForBrowser);
    QCOMPARE(urlReady.count(), 1);

    // The authorize URL carries exactly the registered redirect URI and a long random state.
    const QUrl url = urlReady.at(0).at(0).toUrl();
    const QUrlQuery query(url);
    QCOMPARE(url.path(), u"/oauth/authorize"_s);
    QCOMPARE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), client.redirectUri);
    QCOMPARE(query.queryItemValue(u"client_id"_s, QUrl::FullyDecoded), client.clientId);
    QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
    QVERIFY(query.queryItemValue(u"state"_s).size() >= 32);
    QVERIFY(!query.hasQueryItem(u"client_secret"_s));
    // PKCE (S256): the challenge goes to the browser, the verifier only with the code exchange.
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    const QString challenge = query.queryItemValue(u"code_challenge"_s, QUrl::FullyDecoded);
    QCOMPARE(challenge.size(), 43);
    QVERIFY(!query.hasQueryItem(u"code_verifier"_s));

    const HttpResult answer = approveInBrowser(url);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("You can close this page"));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
    QCOMPARE(session->state(), OAuthSession::State::SignedIn);
    QCOMPARE(refreshed.count(), 1);

    // The user is the sandbox's default user, as GET /me says.
    const CurlResult me = CurlClient(m_server->baseUrl(), session->accessToken()).get(u"/rest/v1.0/me"_s);
    QCOMPARE(me.status, 200);
    QCOMPARE(session->userId(), m_server->defaultUserId());
    QCOMPARE(session->userName(), me.json().object().value(u"name"_s).toString());
    QVERIFY(!session->userName().isEmpty());

    // The tokens are in the keychain under this environment and user.
    const StoredTokens stored = storedTokens();
    QCOMPARE(stored.userId, session->userId());
    QCOMPARE(stored.accessToken, session->accessToken());
    QVERIFY(!stored.refreshToken.isEmpty());

    // The code exchange was recorded; cleanup() checks it against Procore's reference.
    const QJsonArray exchanges = m_server->exchanges();
    QVERIFY(std::any_of(exchanges.begin(), exchanges.end(), [&challenge](const QJsonValue &v) {
        const QByteArray verifier = v[u"body"_s][u"code_verifier"_s].toString().toLatin1();
        const QByteArray hashed =
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        return v[u"path"_s] == u"/oauth/token"_s && v[u"status"_s] == 200
               && v[u"body"_s][u"grant_type"_s] == u"authorization_code"_s && verifier.size() >= 43
               && QString::fromLatin1(hashed) == challenge;
    }));
}

// A login server that redirects the code exchange (307 keeps the body: code and client secret)
// or GET /me (the new token) to another origin: the sign-in fails saying so, and that server
// hears nothing.
void TestAuthSession::nothingFollowsARedirectElsewhere()
{
    SandboxServer elsewhere;
    QString error;
    QVERIFY2(elsewhere.start(&error), qPrintable(error));
    QVERIFY(QTest::qWaitFor([&] { return elsewhere.isRunning(); }, 5000));
    const ClientCredentials client = registerClient();
    for (const QString &kind : {u"oauth"_s, u"api"_s}) {
        sandbox::FaultRule redirect;
        redirect.kind = kind;
        redirect.status = kind == u"oauth"_s ? 307 : 302;
        redirect.path = QRegularExpression(kind == u"oauth"_s ? u"^/oauth/token$"_s : u"^/rest/v1.0/me$"_s);
        redirect.location = elsewhere.baseUrl().toString() + redirect.path.pattern().mid(1).chopped(1);
        m_server->faults().addRule(redirect);
        auto session = newSession(client);
        QSignalSpy failed(session.get(), &OAuthSession::signInFailed);
        QVERIFY2(!signIn(*session), qPrintable(kind));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(u"another address"_s),
                 qPrintable(failed.at(0).at(0).toString()));
        auto lock = elsewhere.state().lock();
        QCOMPARE(int(elsewhere.state().log.size()), 0);
    }
    m_server->faults().clear();
    elsewhere.stop();
}

void TestAuthSession::restoreFromKeychain()
{
    const ClientCredentials client = registerClient();
    auto first = newSession(client);
    QVERIFY(signIn(*first));

    // A new session (as after a restart, or hoist-cli) restores the client and tokens, no network.
    auto second = newSession({});
    QSignalSpy restored(second.get(), &OAuthSession::restored);
    const int before = tokenCalls();
    second->restore();
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 20000);
    QCOMPARE(restored.at(0).at(0).toBool(), true);
    QCOMPARE(second->state(), OAuthSession::State::SignedIn);
    QCOMPARE(second->accessToken(), first->accessToken());
    QCOMPARE(second->userName(), first->userName());
    QCOMPARE(second->client().clientId, client.clientId);
    QCOMPARE(second->client().clientSecret, client.clientSecret);
    QCOMPARE(second->client().redirectUri, client.redirectUri);
    QCOMPARE(tokenCalls(), before);
}

void TestAuthSession::stateMismatchRefused()
{
    auto session = newSession(registerClient());
    QSignalSpy urlReady(session.get(), &OAuthSession::authorizationUrlReady);
    QSignalSpy failed(session.get(), &OAuthSession::signInFailed);
    QSignalSpy signedIn(session.get(), &OAuthSession::signedIn);
    session->signIn();
    QCOMPARE(urlReady.count(), 1);
    const int before = tokenCalls();
    const HttpResult answer = approveInBrowser(urlReady.at(0).at(0).toUrl(), u"allow"_s, [](QUrl &target) {
        QUrlQuery q(target);
        q.removeAllQueryItems(u"state"_s);
        q.addQueryItem(u"state"_s, u"forged-state"_s);
        target.setQuery(q);
    });
    QCOMPARE(answer.status, 400);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(u"state"_s));
    QCOMPARE(signedIn.count(), 0);
    QCOMPARE(session->state(), OAuthSession::State::SignedOut);
    QCOMPARE(tokenCalls(), before); // the code was never exchanged
    QVERIFY(session->accessToken().isEmpty());
}

void TestAuthSession::missingStateRefused()
{
    auto session = newSession(registerClient());
    QSignalSpy urlReady(session.get(), &OAuthSession::authorizationUrlReady);
    QSignalSpy failed(session.get(), &OAuthSession::signInFailed);
    session->signIn();
    const int before = tokenCalls();
    const HttpResult answer = approveInBrowser(urlReady.at(0).at(0).toUrl(), u"allow"_s, [](QUrl &target) {
        QUrlQuery q(target);
        q.removeAllQueryItems(u"state"_s);
        target.setQuery(q);
    });
    QCOMPARE(answer.status, 400);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(session->state(), OAuthSession::State::SignedOut);
    QCOMPARE(tokenCalls(), before);
}

void TestAuthSession::accessDenied()
{
    auto session = newSession(registerClient());
    QSignalSpy urlReady(session.get(), &OAuthSession::authorizationUrlReady);
    QSignalSpy failed(session.get(), &OAuthSession::signInFailed);
    session->signIn();
    const HttpResult answer = approveInBrowser(urlReady.at(0).at(0).toUrl(), u"deny"_s);
    QCOMPARE(answer.status, 200);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(session->state(), OAuthSession::State::SignedOut);
}

void TestAuthSession::pastedCodeOob()
{
    const ClientCredentials client = registerClient(u"urn:ietf:wg:oauth:2.0:oob"_s);
    auto session = newSession(client);
    QVERIFY(session->needsPastedCode());
    QSignalSpy urlReady(session.get(), &OAuthSession::authorizationUrlReady);
    QSignalSpy signedIn(session.get(), &OAuthSession::signedIn);
    session->signIn();
    QCOMPARE(urlReady.count(), 1);
    const QUrl url = urlReady.at(0).at(0).toUrl();
    QCOMPARE(QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), client.redirectUri);

    // The browser shows the code instead of redirecting.
    const HttpResult page = fetch(m_browser, url);
    QCOMPARE(page.status, 200);
    QUrlQuery form;
    static const QRegularExpression hidden(uR"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re"_s);
    for (auto it = hidden.globalMatch(QString::fromUtf8(page.body)); it.hasNext();) {
        const auto m = it.next();
        form.addQueryItem(m.captured(1),
                          QString::fromLatin1(QUrl::toPercentEncoding(htmlUnescape(m.captured(2)))));
    }
    form.addQueryItem(u"decision"_s, u"allow"_s);
    QUrl post = url;
    post.setQuery(QString());
    const HttpResult shown = fetch(m_browser, post, form.toString(QUrl::FullyEncoded).toUtf8());
    QCOMPARE(shown.status, 200);
    const auto match =
        QRegularExpression(u"<code id=\"code\">([^<]+)</code>"_s).match(QString::fromUtf8(shown.body));
    QVERIFY(match.hasMatch());

    session->submitPastedCode(u"  "_s + match.captured(1) + u"\n"_s);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
    QCOMPARE(session->userId(), m_server->defaultUserId());
}

void TestAuthSession::parallel401sMakeOneRefresh()
{
    auto session = newSession(registerClient());
    QVERIFY(signIn(*session));
    const QString oldToken = session->accessToken();
    QCOMPARE(CurlClient(m_server->baseUrl())
                 .postJson(u"/_sandbox/tokens/expire"_s, QJsonDocument(QJsonObject{{u"token"_s, oldToken}}))
                 .status,
             200);
    const int before = tokenCalls();

    // At the moment the new token is handed out, the keychain already holds the new refresh token.
    QString storedAtHandOut;
    bool checked = false;
    QSignalSpy refreshed(session.get(), &AuthProvider::tokenRefreshed);
    connect(session.get(), &AuthProvider::tokenRefreshed, this, [&] {
        m_store->loadTokens(m_env.id, this, [&](const std::optional<StoredTokens> &t, const QString &) {
            storedAtHandOut = t ? t->refreshToken : QString();
            checked = true;
        });
    });

    QNetworkAccessManager nam;
    FakeQueue queue(&nam, session.get(), m_server->baseUrl().resolved(QUrl(u"/rest/v1.0/me"_s)));
    queue.start(20);
    QTRY_VERIFY_WITH_TIMEOUT(queue.allDone(), 30000);
    QCOMPARE(queue.failed, 0);
    QCOMPARE(queue.unauthorized, 20);
    QCOMPARE(refreshed.count(), 1);
    QVERIFY(!session->isRefreshing());
    QVERIFY(session->accessToken() != oldToken);
    QTRY_COMPARE(tokenCalls(), before + 1);

    QTRY_VERIFY_WITH_TIMEOUT(checked, 20000);
    {
        auto lock = m_server->state().lock();
        const auto &tokens = m_server->state().refreshTokens;
        const auto it = tokens.find(storedAtHandOut);
        QVERIFY(it != tokens.end());
        QVERIFY(!it->second.used); // the live one, not the spent one
    }
}

void TestAuthSession::reusedRefreshTokenRefused()
{
    auto session = newSession(registerClient());
    QVERIFY(signIn(*session));
    const ClientCredentials client = session->client();
    const StoredTokens stored = storedTokens();

    // Someone spends the refresh token behind Hoist's back (nothing new reaches the keychain).
    const CurlResult spent =
        CurlClient(m_server->baseUrl())
            .postJson(u"/oauth/token"_s,
                      QJsonDocument(QJsonObject{{u"grant_type"_s, u"refresh_token"_s},
                                                {u"refresh_token"_s, stored.refreshToken},
                                                {u"client_id"_s, client.clientId},
                                                {u"client_secret"_s, client.clientSecret}}));
    QCOMPARE(spent.status, 200);
    // Reusing it is refused by the server…
    const CurlResult reused =
        CurlClient(m_server->baseUrl())
            .postJson(u"/oauth/token"_s,
                      QJsonDocument(QJsonObject{{u"grant_type"_s, u"refresh_token"_s},
                                                {u"refresh_token"_s, stored.refreshToken},
                                                {u"client_id"_s, client.clientId},
                                                {u"client_secret"_s, client.clientSecret}}));
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json().object().value(u"error"_s).toString(), u"invalid_grant"_s);

    // …and Hoist handles it: one refusal, then sign-in required, the dead entry gone.
    QSignalSpy failed(session.get(), &AuthProvider::refreshFailed);
    QSignalSpy refreshed(session.get(), &AuthProvider::tokenRefreshed);
    session->refresh();
    QVERIFY(session->isRefreshing());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QCOMPARE(refreshed.count(), 0);
    QCOMPARE(session->state(), OAuthSession::State::SignInRequired);
    QVERIFY(!session->isRefreshing());
    QTRY_VERIFY_WITH_TIMEOUT(storedTokens().refreshToken.isEmpty(), 20000);

    // Asking again does not call the server; it says sign-in is needed.
    const int before = tokenCalls();
    session->refresh();
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(tokenCalls(), before);

    // Signing in again brings it back.
    QVERIFY(signIn(*session));
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(session->state(), OAuthSession::State::SignedIn);
}

void TestAuthSession::newerTokenFromAnotherProcessAdopted()
{
    auto window = newSession(registerClient());
    QVERIFY(signIn(*window));

    // hoist-cli (another session on the same keychain entries) renews the sign-in first.
    auto cli = newSession({});
    QSignalSpy restored(cli.get(), &OAuthSession::restored);
    cli->restore();
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 20000);
    QSignalSpy cliRefreshed(cli.get(), &AuthProvider::tokenRefreshed);
    cli->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(cliRefreshed.count(), 1, 20000);

    // The window's refresh token is spent now; it notices and takes the newer one from the keychain.
    QSignalSpy refreshed(window.get(), &AuthProvider::tokenRefreshed);
    QSignalSpy failed(window.get(), &AuthProvider::refreshFailed);
    window->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(window->state(), OAuthSession::State::SignedIn);
    QCOMPARE(CurlClient(m_server->baseUrl(), window->accessToken()).get(u"/rest/v1.0/me"_s).status, 200);
}

void TestAuthSession::lostRefreshAnswerAsksForSignIn()
{
    auto session = newSession(registerClient());
    QVERIFY(signIn(*session));
    QCOMPARE(CurlClient(m_server->baseUrl())
                 .postJson(u"/_sandbox/tokens/expire"_s,
                           QJsonDocument(QJsonObject{{u"token"_s, session->accessToken()}}))
                 .status,
             200);
    // The next token call does its work (the refresh token is spent) but its answer is lost.
    FaultRule lost;
    lost.kind = u"oauth"_s;
    lost.method = u"POST"_s;
    lost.path = QRegularExpression(u"^/oauth/token$"_s);
    lost.status = 500;
    lost.count = 1;
    lost.afterSuccess = true;
    m_server->faults().addRule(lost);

    QSignalSpy failed(session.get(), &AuthProvider::refreshFailed);
    const int before = tokenCalls();
    QNetworkAccessManager nam;
    FakeQueue queue(&nam, session.get(), m_server->baseUrl().resolved(QUrl(u"/rest/v1.0/me"_s)));
    queue.start(5);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    // The lost answer, then one more try with the same refresh token, which Procore refuses.
    QTRY_COMPARE(tokenCalls(), before + 2);
    QCOMPARE(session->state(), OAuthSession::State::SignInRequired);
    QVERIFY(failed.at(0).at(0).toString().contains(u"Sign in again"_s));
    // Nothing is lost: all five wait.
    QTRY_COMPARE(queue.waiting.size(), 5);
    QCOMPARE(queue.done, 0);
    QCOMPARE(queue.failed, 0);

    // The user signs in again; the queue carries on.
    QVERIFY(signIn(*session));
    QTRY_VERIFY_WITH_TIMEOUT(queue.allDone(), 20000);
    QCOMPARE(queue.failed, 0);
}

void TestAuthSession::proactiveRefreshBeforeExpiry()
{
    CurlClient control(m_server->baseUrl());
    QCOMPARE(
        control.postJson(u"/_sandbox/config"_s, QJsonDocument(QJsonObject{{u"token_lifetime"_s, 3}})).status,
        200);
    auto session = newSession(registerClient());
    session->setRefreshMargin(1);
    const bool ok = signIn(*session);
    QCOMPARE(control.postJson(u"/_sandbox/config"_s, QJsonDocument(QJsonObject{{u"token_lifetime"_s, 5400}}))
                 .status,
             200);
    QVERIFY(ok);
    const QString first = session->accessToken();
    QSignalSpy refreshed(session.get(), &AuthProvider::tokenRefreshed);
    // No API call fails first: the token is renewed about a second before it expires.
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 10000);
    QVERIFY(session->accessToken() != first);
    QCOMPARE(CurlClient(m_server->baseUrl(), session->accessToken()).get(u"/rest/v1.0/me"_s).status, 200);
}

void TestAuthSession::signOutRevokesAndDeletes()
{
    auto session = newSession(registerClient());
    QVERIFY(signIn(*session));
    const QString access = session->accessToken();
    const StoredTokens stored = storedTokens();
    QVERIFY(!stored.refreshToken.isEmpty());

    QSignalSpy signedOut(session.get(), &OAuthSession::signedOut);
    session->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, 20000);
    QCOMPARE(session->state(), OAuthSession::State::SignedOut);
    QVERIFY(session->accessToken().isEmpty());
    QCOMPARE(CurlClient(m_server->baseUrl(), access).get(u"/rest/v1.0/me"_s).status, 401);
    {
        auto lock = m_server->state().lock();
        QVERIFY(m_server->state().refreshTokens.at(stored.refreshToken).revoked);
    }
    QVERIFY(storedTokens().refreshToken.isEmpty());
    // The client credentials stay unless asked to forget them.
    auto again = newSession({});
    QSignalSpy restored(again.get(), &OAuthSession::restored);
    again->restore();
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 20000);
    QCOMPARE(restored.at(0).at(0).toBool(), false);
    QCOMPARE(again->client().clientId, session->client().clientId);
}

void TestAuthSession::noSecretIsLogged()
{
    QStringList secrets;
    {
        auto lock = m_server->state().lock();
        const auto &st = m_server->state();
        for (const auto &[token, info] : st.accessTokens)
            secrets.append(token);
        for (const auto &[token, info] : st.refreshTokens)
            secrets.append(token);
        for (const auto &[code, info] : st.authCodes)
            secrets.append(code);
        for (const auto &[id, client] : st.oauthClients)
            if (!client.clientSecret.isEmpty()) // a public client has none
                secrets.append(client.clientSecret);
    }
    QVERIFY(secrets.size() > 20);
    QVERIFY(!g_log.isEmpty()); // something was logged (Qt's OAuth debug output is on)
    for (const QString &line : std::as_const(g_log))
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!line.contains(secret), qPrintable(u"a secret was logged: "_s + line.left(40)));
}

QTEST_GUILESS_MAIN(TestAuthSession)
#include "tst_auth_session.moc"

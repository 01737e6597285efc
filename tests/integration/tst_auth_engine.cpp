// OAuthSession as the upload engine's AuthProvider: ProcoreClient calls that hit 401 together
// are renewed through single-flight refreshes and all succeed. Run under tests/with-session.sh (the Secret
// Service).
#include "CurlClient.h"

#include "auth/OAuthSession.h"
#include "auth/TokenStore.h"
#include "procore/ApiReply.h"
#include "procore/ProcoreClient.h"
#include "procore/RatePacer.h"
#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxState.h"

#include <QJsonArray>
#include <QJsonObject>
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

namespace {

QNetworkReply *send(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &formBody = {})
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (formBody.isNull())
        return nam.get(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    return nam.post(request, formBody);
}

bool waitFor(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return reply->isFinished() || finished.wait(20000);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestAuthEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parallel401sThroughProcoreClient();
    void lostRefreshKeepsCallsWaitingForSignIn();

private:
    int tokenCalls();
    bool signIn();

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<OAuthSession> m_session;
    QNetworkAccessManager m_browser;
};

void TestAuthEngine::initTestCase()
{
    m_server = std::make_unique<sandbox::SandboxServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_store = std::make_unique<TokenStore>(u"Hoist-test"_s);

    const ClientCredentials client{u"engine-client"_s, u"engine-secret"_s,
                                   u"http://localhost:%1/"_s.arg(freePort())};
    QCOMPARE(CurlClient(m_server->baseUrl())
                 .postJson(u"/_sandbox/oauth_clients"_s,
                           QJsonDocument(QJsonObject{{u"client_id"_s, client.clientId},
                                                     {u"client_secret"_s, client.clientSecret},
                                                     {u"redirect_uris"_s, QJsonArray{client.redirectUri}}}))
                 .status,
             201);
    Environment env = Environment::builtInSandbox(m_server->baseUrl());
    env.id = u"engine-test"_s;
    m_session = std::make_unique<OAuthSession>(env, m_store.get());
    m_session->setClient(client);

    QVERIFY(signIn());
}

// Signs m_session in, this test acting as the browser.
bool TestAuthEngine::signIn()
{
    bool ok = false;
    [&] {
        QSignalSpy urlReady(m_session.get(), &OAuthSession::authorizationUrlReady);
        QSignalSpy signedIn(m_session.get(), &OAuthSession::signedIn);
        m_session->signIn();
        QCOMPARE(urlReady.count(), 1);
        const QUrl authorize = urlReady.at(0).at(0).toUrl();
        QNetworkReply *page = send(m_browser, authorize);
        QVERIFY(waitFor(page));
        QUrlQuery form;
        static const QRegularExpression hidden(
            uR"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re"_s);
        for (auto it = hidden.globalMatch(QString::fromUtf8(page->readAll())); it.hasNext();) {
            const auto m = it.next();
            form.addQueryItem(m.captured(1), QString::fromLatin1(QUrl::toPercentEncoding(
                                                 m.captured(2).replace(u"&amp;"_s, u"&"_s))));
        }
        form.addQueryItem(u"decision"_s, u"allow"_s);
        QUrl post = authorize;
        post.setQuery(QString());
        QNetworkReply *consent = send(m_browser, post, form.toString(QUrl::FullyEncoded).toUtf8());
        QVERIFY(waitFor(consent));
        QCOMPARE(consent->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
        QNetworkReply *back =
            send(m_browser, post.resolved(QUrl::fromEncoded(consent->rawHeader("Location"))));
        QVERIFY(waitFor(back));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
        ok = true;
    }();
    return ok;
}

int TestAuthEngine::tokenCalls()
{
    auto lock = m_server->state().lock();
    return int(std::count_if(m_server->state().log.begin(), m_server->state().log.end(), [](const auto &e) {
        return e.kind == QLatin1String("oauth") && e.path == QLatin1String("/oauth/token");
    }));
}

void TestAuthEngine::parallel401sThroughProcoreClient()
{
    QCOMPARE(CurlClient(m_server->baseUrl())
                 .postJson(u"/_sandbox/tokens/expire"_s,
                           QJsonDocument(QJsonObject{{u"token"_s, m_session->accessToken()}}))
                 .status,
             200);
    QTRY_VERIFY(tokenCalls() >= 1); // the sign-in's own code exchange is logged
    const int before = tokenCalls();
    QSignalSpy refreshed(m_session.get(), &AuthProvider::tokenRefreshed);

    QNetworkAccessManager nam;
    RatePacer pacer;
    ProcoreClient client(&nam, m_server->baseUrl(), m_session.get(), &pacer);
    QList<ApiReply *> replies;
    for (int i = 0; i < 20; ++i)
        replies.append(client.me());
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.begin(), replies.end(), [](ApiReply *r) { return r->isFinished(); }), 30000);
    for (ApiReply *r : std::as_const(replies)) {
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        QCOMPARE(r->user().id, m_server->defaultUserId());
        r->deleteLater();
    }
    // Exactly one refresh (one /oauth/token call) for the 20 calls that hit 401 together:
    // ProcoreClient tells which token was refused, so a late 401 does not start a second one.
    QCOMPARE(refreshed.count(), 1);
    QTRY_COMPARE(tokenCalls(), before + 1);
}

// A refresh whose answer is lost spends the refresh token: calls wait (none fails) until the
// person signs in again, then all complete.
void TestAuthEngine::lostRefreshKeepsCallsWaitingForSignIn()
{
    QCOMPARE(CurlClient(m_server->baseUrl())
                 .postJson(u"/_sandbox/tokens/expire"_s,
                           QJsonDocument(QJsonObject{{u"token"_s, m_session->accessToken()}}))
                 .status,
             200);
    sandbox::FaultRule lost;
    lost.kind = u"oauth"_s;
    lost.method = u"POST"_s;
    lost.path = QRegularExpression(u"^/oauth/token$"_s);
    lost.status = 500;
    lost.afterSuccess = true;
    m_server->faults().addRule(lost);
    QNetworkAccessManager nam;
    RatePacer pacer;
    ProcoreClient client(&nam, m_server->baseUrl(), m_session.get(), &pacer);
    QSignalSpy authFailed(&client, &ProcoreClient::authenticationFailed);
    QList<ApiReply *> replies;
    for (int i = 0; i < 5; ++i)
        replies.append(client.me());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == OAuthSession::State::SignInRequired, 20000);
    QTRY_VERIFY(authFailed.count() >= 1);
    for (ApiReply *r : std::as_const(replies))
        QVERIFY(!r->isFinished()); // waiting, not failed
    QVERIFY(signIn());
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.begin(), replies.end(), [](ApiReply *r) { return r->isFinished(); }), 20000);
    for (ApiReply *r : std::as_const(replies)) {
        QVERIFY2(r->isOk(), qPrintable(r->error().message));
        r->deleteLater();
    }
}

QTEST_GUILESS_MAIN(TestAuthEngine)
#include "tst_auth_engine.moc"

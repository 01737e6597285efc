// Two processes (the window and `hoist-cli watch run`, here two copies of this test running the
// same OAuthSession) share one signed-in keychain entry whose access token lives 5 seconds. They
// renew it from the same stored expiry; refresh tokens are single-use. One refresh at a time
// across processes: the one that waited reads the keychain again and takes the renewed tokens, so
// Procore never sees a spent refresh token and neither process signs the other out.
// Run under tests/with-session.sh (the processes share the Secret Service).
#include "CurlClient.h"

#include "auth/OAuthSession.h"
#include "auth/TokenStore.h"
#include "procore/Environment.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <cstdio>

using namespace hoist;
using namespace Qt::StringLiterals;
using sandbox::SandboxServer;

#include "Browser.h"

namespace {

constexpr int kRounds = 3; // renewals each process waits for
const QString kService = u"Hoist-test"_s;

// The child: restores the session, renews it kRounds times (proactively, a second before the
// 5-second token expires), checks each new token works, and exits 0; a refused refresh exits 1.
int runChild()
{
    Environment env = Environment::builtInSandbox(QUrl(qEnvironmentVariable("RACE_API")));
    env.id = qEnvironmentVariable("RACE_ENV");
    TokenStore store(kService);
    OAuthSession session(env, &store);
    session.setRefreshMargin(1);
    int renewed = 0;
    int code = -1;
    QObject::connect(&session, &OAuthSession::restored, &session, [&](bool signedIn) {
        if (!signedIn)
            code = 2;
    });
    QObject::connect(&session, &AuthProvider::tokenRefreshed, &session, [&](const QString &token) {
        const int status =
            CurlClient(QUrl(qEnvironmentVariable("RACE_API")), token).get(u"/rest/v1.0/me"_s).status;
        if (status != 200) {
            std::fprintf(stderr, "renewed token refused: HTTP %d\n", status);
            code = 3;
        } else if (++renewed >= kRounds) {
            code = 0;
        }
    });
    QObject::connect(&session, &AuthProvider::refreshFailed, &session, [&](const QString &why) {
        std::fprintf(stderr, "refresh failed: %s\n", qPrintable(why));
        code = 1;
    });
    session.restore();
    // Bounded by its rounds; the timeout only ends a child that hangs.
    if (!QTest::qWaitFor([&] { return code >= 0; }, 60000))
        code = 4;
    std::fprintf(stderr, "renewed %d times\n", renewed);
    return code;
}

} // namespace

class TestAuthRefreshRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TokenStore store(kService);
        bool done = false, ok = false;
        store.probe(this, [&](bool available, const QString &) {
            ok = available;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(ok, "The Secret Service is needed: run under tests/with-session.sh");
    }

    void twoProcessesRenewOneAtATime()
    {
        sandbox::SandboxOptions options;
        options.tokenLifetimeSecs = 5;
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Environment env = Environment::builtInSandbox(server.baseUrl());
        env.id = u"race-"_s + QString::number(QCoreApplication::applicationPid());
        TokenStore store(kService);
        {
            // Signed in once (this test plays the browser); the tokens are in the keychain.
            ClientCredentials client{u"race-client"_s, u"race+secret"_s,
                                     u"http://localhost:%1/"_s.arg(browser::freePort())};
            QCOMPARE(CurlClient(server.baseUrl())
                         .postJson(
                             u"/_sandbox/oauth_clients"_s,
                             QJsonDocument(QJsonObject{{u"client_id"_s, client.clientId},
                                                       {u"client_secret"_s, client.clientSecret},
                                                       {u"redirect_uris"_s, QJsonArray{client.redirectUri}}}))
                         .status,
                     201);
            OAuthSession session(env, &store);
            session.setClient(client);
            QVERIFY(signIn(session));
        } // gone: only the two processes renew from here on

        const int refusedBefore = refusedTokenCalls(server);
        QProcess children[2];
        for (QProcess &child : children) {
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(u"RACE_CHILD"_s, u"1"_s);
            e.insert(u"RACE_API"_s, server.baseUrl().toString());
            e.insert(u"RACE_ENV"_s, env.id);
            child.setProcessEnvironment(e);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted(10000));
        }
        for (QProcess &child : children) {
            QVERIFY(QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 90000));
            const QByteArray err = child.readAllStandardError();
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, err.constData());
        }
        // Procore never saw a spent refresh token, and the keychain still signs in.
        QCOMPARE(refusedTokenCalls(server) - refusedBefore, 0);
        std::optional<StoredTokens> left;
        bool done = false;
        store.loadTokens(env.id, this, [&](const std::optional<StoredTokens> &t, const QString &) {
            left = t;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(left && !left->refreshToken.isEmpty());
        done = false;
        store.removeClient(env.id, this, [&](bool, const QString &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        server.stop();
    }

private:
    static int refusedTokenCalls(SandboxServer &server)
    {
        auto lock = server.state().lock();
        return int(std::count_if(server.state().log.begin(), server.state().log.end(), [](const auto &e) {
            return e.kind == QLatin1String("oauth") && e.path == QLatin1String("/oauth/token")
                   && e.status >= 400;
        }));
    }

    bool signIn(OAuthSession &session)
    {
        QSignalSpy urlReady(&session, &OAuthSession::authorizationUrlReady);
        QSignalSpy signedIn(&session, &OAuthSession::signedIn);
        session.signIn();
        if (urlReady.count() != 1)
            return false;
        const QUrl authorize = urlReady.at(0).at(0).toUrl();
        const browser::HttpResult page = browser::fetch(m_browser, authorize);
        if (page.status != 200)
            return false;
        QUrlQuery form;
        static const QRegularExpression hidden(
            uR"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re"_s);
        for (auto it = hidden.globalMatch(QString::fromUtf8(page.body)); it.hasNext();) {
            const auto m = it.next();
            form.addQueryItem(m.captured(1), QString::fromLatin1(QUrl::toPercentEncoding(
                                                 browser::htmlUnescape(m.captured(2)))));
        }
        form.addQueryItem(u"decision"_s, u"allow"_s);
        QUrl post = authorize;
        post.setQuery(QString());
        const browser::HttpResult consent =
            browser::fetch(m_browser, post, form.toString(QUrl::FullyEncoded).toUtf8());
        if (consent.status != 302 || browser::fetch(m_browser, consent.location).status != 200)
            return false;
        if (signedIn.isEmpty())
            signedIn.wait(20000);
        return session.state() == OAuthSession::State::SignedIn;
    }

    QNetworkAccessManager m_browser;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("RACE_CHILD"))
        return runChild();
    TestAuthRefreshRace test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_auth_refresh_race.moc"

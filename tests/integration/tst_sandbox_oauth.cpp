// The sandbox's OAuth endpoints, driven by curl acting as the browser and as the client.
#include "CurlClient.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace hoist::sandbox;

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    const QString m_redirect = QStringLiteral("http://localhost:8765/");

    QString authorizeUrl(const QString &redirect, const QString &state) const
    {
        QUrl url(m_sandbox->base() + "/oauth/authorize");
        QUrlQuery q;
        q.addQueryItem("response_type", "code");
        q.addQueryItem("client_id", SandboxServer::oauthClientId());
        q.addQueryItem("redirect_uri", redirect);
        q.addQueryItem("state", state);
        url.setQuery(q);
        return url.toString(QUrl::FullyEncoded);
    }
    // Approves the consent form; returns the redirect's Location (or the page for oob).
    CurlResult approve(const QString &redirect, const QString &state, const QString &decision = "allow")
    {
        return CurlClient::run({"--data-urlencode", "client_id=" + SandboxServer::oauthClientId(),
                                "--data-urlencode", "redirect_uri=" + redirect, "--data-urlencode",
                                "state=" + state, "--data-urlencode", "response_type=code",
                                "--data-urlencode", "decision=" + decision,
                                m_sandbox->base() + "/oauth/authorize"});
    }
    QString codeFrom(const CurlResult &r, QString *state = nullptr)
    {
        const QUrlQuery q(QUrl(QString::fromLatin1(r.header("location"))));
        if (state)
            *state = q.queryItemValue("state");
        return q.queryItemValue("code");
    }
    CurlResult token(const QStringList &fields)
    {
        QStringList args;
        for (const QString &f : fields)
            args << "--data-urlencode" << f;
        return CurlClient::run(args << m_sandbox->base() + "/oauth/token");
    }
    QStringList client(const QString &secret = SandboxServer::oauthClientSecret())
    {
        return {"client_id=" + SandboxServer::oauthClientId(), "client_secret=" + secret};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->ok());
    }

    void consentPageAndRedirectWithCodeAndState()
    {
        const CurlResult page = CurlClient::run({authorizeUrl(m_redirect, "xyz123")});
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("<form method=\"post\" action=\"/oauth/authorize\">"));
        QVERIFY(page.body.contains("value=\"xyz123\""));
        const CurlResult r = approve(m_redirect, "xyz123");
        QCOMPARE(r.status, 302);
        QVERIFY(r.header("location").startsWith("http://localhost:8765/?"));
        QString state;
        QVERIFY(!codeFrom(r, &state).isEmpty());
        QCOMPARE(state, QStringLiteral("xyz123"));
    }

    void unregisteredRedirectIsNeverFollowed_data()
    {
        QTest::addColumn<QString>("redirect");
        QTest::newRow("other port") << "http://localhost:9999/";
        QTest::newRow("no trailing slash") << "http://localhost:8765";
        QTest::newRow("other host") << "http://evil.example/";
    }
    void unregisteredRedirectIsNeverFollowed()
    {
        QFETCH(QString, redirect);
        const CurlResult page = CurlClient::run({authorizeUrl(redirect, "s")});
        QCOMPARE(page.status, 400);
        QVERIFY(page.body.contains("not registered"));
        const CurlResult r = approve(redirect, "s");
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("location").isEmpty());
    }

    void deniedConsentRedirectsWithError()
    {
        const CurlResult r = approve(m_redirect, "s1", "deny");
        QCOMPARE(r.status, 302);
        const QUrlQuery q(QUrl(QString::fromLatin1(r.header("location"))));
        QCOMPARE(q.queryItemValue("error"), QStringLiteral("access_denied"));
        QVERIFY(!q.hasQueryItem("code"));
    }

    void outOfBandShowsTheCode()
    {
        const CurlResult r = approve("urn:ietf:wg:oauth:2.0:oob", "s2");
        QCOMPARE(r.status, 200);
        const QString code = QRegularExpression(QStringLiteral("<code id=\"code\">([^<]+)</code>"))
                                 .match(QString::fromUtf8(r.body))
                                 .captured(1);
        QVERIFY(!code.isEmpty());
        const CurlResult t = token(client() << "grant_type=authorization_code"
                                            << "code=" + code << "redirect_uri=urn:ietf:wg:oauth:2.0:oob");
        QCOMPARE(t.status, 200);
    }

    // PKCE (RFC 7636, S256): a code asked for with a code_challenge is exchanged only with the
    // verifier that hashes to it; a stolen code alone is worth nothing.
    void codeWithChallengeNeedsItsVerifier()
    {
        const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        const QString challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"); // RFC 7636 B
        const CurlResult page = CurlClient::run(
            {authorizeUrl(m_redirect, "p") + "&code_challenge=" + challenge + "&code_challenge_method=S256"});
        QVERIFY(page.body.contains(challenge.toUtf8())); // carried by the consent form
        auto approveWithChallenge = [&] {
            return codeFrom(CurlClient::run(
                {"--data-urlencode", "client_id=" + SandboxServer::oauthClientId(), "--data-urlencode",
                 "redirect_uri=" + m_redirect, "--data-urlencode", "state=p", "--data-urlencode",
                 "response_type=code", "--data-urlencode", "decision=allow", "--data-urlencode",
                 "code_challenge=" + challenge, "--data-urlencode", "code_challenge_method=S256",
                 m_sandbox->base() + "/oauth/authorize"}));
        };
        const QStringList exchange = client() << "grant_type=authorization_code"
                                              << "redirect_uri=" + m_redirect;
        CurlResult t = token(QStringList(exchange) << "code=" + approveWithChallenge());
        QCOMPARE(t.status, 400); // no verifier
        QCOMPARE(t.json().object().value("error").toString(), QStringLiteral("invalid_grant"));
        t = token(QStringList(exchange)
                  << "code=" + approveWithChallenge() << "code_verifier=" + verifier + "x");
        QCOMPARE(t.status, 400); // a wrong one
        t = token(QStringList(exchange) << "code=" + approveWithChallenge() << "code_verifier=" + verifier);
        QCOMPARE(t.status, 200);
    }

    // Issue 26.1, app/auth/README.md: a client registered with a secret must send it (Procore's
    // token endpoint); one registered without (a native application, oauth_keys.md) sends none and
    // must use PKCE, and a secret it sends anyway is refused.
    void publicClientUsesPkceAndNoSecret()
    {
        const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        const QString challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        const QString pub = QStringLiteral("hoist-sandbox-public");
        auto codeFor = [&](const QString &clientId, bool pkce) {
            QStringList args{"--data-urlencode", "client_id=" + clientId,
                             "--data-urlencode", "redirect_uri=" + m_redirect,
                             "--data-urlencode", "state=s",
                             "--data-urlencode", "response_type=code",
                             "--data-urlencode", "decision=allow"};
            if (pkce)
                args << "--data-urlencode"
                     << "code_challenge=" + challenge << "--data-urlencode"
                     << "code_challenge_method=S256";
            return codeFrom(CurlClient::run(args << m_sandbox->base() + "/oauth/authorize"));
        };
        const QStringList exchange{"grant_type=authorization_code", "redirect_uri=" + m_redirect};
        // The confidential client without its secret: refused.
        CurlResult t = token(QStringList(exchange) << "client_id=" + SandboxServer::oauthClientId()
                                                   << "code=" + codeFor(SandboxServer::oauthClientId(), true)
                                                   << "code_verifier=" + verifier);
        QCOMPARE(t.status, 401);
        QCOMPARE(t.json().object().value("error").toString(), QStringLiteral("invalid_client"));
        // The public client without PKCE: refused; with a secret: refused; with PKCE and no secret: tokens.
        t = token(QStringList(exchange) << "client_id=" + pub << "code=" + codeFor(pub, false));
        QCOMPARE(t.status, 400);
        QCOMPARE(t.json().object().value("error").toString(), QStringLiteral("invalid_grant"));
        t = token(QStringList(exchange) << "client_id=" + pub << "client_secret=guess"
                                        << "code=" + codeFor(pub, true) << "code_verifier=" + verifier);
        QCOMPARE(t.status, 401);
        t = token(QStringList(exchange)
                  << "client_id=" + pub << "code=" + codeFor(pub, true) << "code_verifier=" + verifier);
        QCOMPARE(t.status, 200);
        // Its refresh token renews without a secret too (bound to the client id, single-use).
        t = token({"grant_type=refresh_token", "client_id=" + pub,
                   "refresh_token=" + t.json().object().value("refresh_token").toString()});
        QCOMPARE(t.status, 200);
    }

    void codeIsSingleUseAndBoundToRedirectAndClient()
    {
        QString code = codeFrom(approve(m_redirect, "a"));
        // wrong secret
        CurlResult t = token(client("wrong") << "grant_type=authorization_code"
                                             << "code=" + code << "redirect_uri=" + m_redirect);
        QCOMPARE(t.status, 401);
        QCOMPARE(t.json().object().value("error").toString(), QStringLiteral("invalid_client"));
        // redirect_uri must be the one used to authorize
        t = token(client() << "grant_type=authorization_code"
                           << "code=" + code << "redirect_uri=http://127.0.0.1:8765/");
        QCOMPARE(t.status, 400);
        QCOMPARE(t.json().object().value("error").toString(), QStringLiteral("invalid_grant"));
        t = token(client() << "grant_type=authorization_code"
                           << "code=" + code << "redirect_uri=" + m_redirect);
        QCOMPARE(t.status, 200);
        const QJsonObject pair = t.json().object();
        QCOMPARE(pair.value("token_type").toString(), QStringLiteral("bearer"));
        QCOMPARE(pair.value("expires_in").toInt(), 5400);
        QVERIFY(!pair.value("refresh_token").toString().isEmpty());
        QVERIFY(pair.value("created_at").toInteger() > 0);
        CurlClient api(m_sandbox->server().baseUrl(), pair.value("access_token").toString());
        QCOMPARE(api.get("/rest/v1.0/me").status, 200);
        // used once already
        t = token(client() << "grant_type=authorization_code"
                           << "code=" + code << "redirect_uri=" + m_redirect);
        QCOMPARE(t.status, 400);
        QCOMPARE(t.json().object().value("error").toString(), QStringLiteral("invalid_grant"));
    }

    void refreshTokensAreSingleUseAndRevocable()
    {
        const QString code = codeFrom(approve(m_redirect, "b"));
        const QJsonObject first = token(client() << "grant_type=authorization_code"
                                                 << "code=" + code << "redirect_uri=" + m_redirect)
                                      .json()
                                      .object();
        const QString refresh1 = first.value("refresh_token").toString();
        CurlResult t = token(client() << "grant_type=refresh_token"
                                      << "refresh_token=" + refresh1);
        QCOMPARE(t.status, 200);
        const QJsonObject second = t.json().object();
        QVERIFY(second.value("refresh_token").toString() != refresh1);
        QVERIFY(second.value("access_token").toString() != first.value("access_token").toString());
        t = token(client() << "grant_type=refresh_token"
                           << "refresh_token=" + refresh1);
        QCOMPARE(t.status, 400);
        QCOMPARE(t.json().object().value("error").toString(), QStringLiteral("invalid_grant"));

        // token info, then revoke: the access token and its refresh token stop working
        const QString access = second.value("access_token").toString();
        const CurlResult info = CurlClient::run(
            {"-H", "Authorization: Bearer " + access, m_sandbox->base() + "/oauth/token/info"});
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json().object().value("resource_owner_id").toInteger(),
                 m_sandbox->server().defaultUserId());
        // revoking needs the client's own credentials
        const CurlResult refused =
            CurlClient::run({"--data-urlencode", "token=" + access, "--data-urlencode", client("x")[0],
                             "--data-urlencode", client("x")[1], m_sandbox->base() + "/oauth/revoke"});
        QCOMPARE(refused.status, 401);
        QCOMPARE(CurlClient::run(
                     {"-H", "Authorization: Bearer " + access, m_sandbox->base() + "/oauth/token/info"})
                     .status,
                 200);
        const CurlResult revoked =
            CurlClient::run({"--data-urlencode", "token=" + access, "--data-urlencode", client()[0],
                             "--data-urlencode", client()[1], m_sandbox->base() + "/oauth/revoke"});
        QCOMPARE(revoked.status, 200);
        // the control API shows both tokens of the pair revoked
        const QJsonObject tokens = CurlClient::run({m_sandbox->base() + "/_sandbox/tokens"}).json().object();
        bool accessRevoked = false, refreshRevoked = false;
        for (const QJsonValue &v : tokens.value("access_tokens").toArray())
            accessRevoked |=
                v.toObject().value("token").toString() == access && v.toObject().value("revoked").toBool();
        for (const QJsonValue &v : tokens.value("refresh_tokens").toArray())
            refreshRevoked |= v.toObject().value("token") == second.value("refresh_token")
                              && v.toObject().value("revoked").toBool();
        QVERIFY(accessRevoked && refreshRevoked);
        CurlClient api(m_sandbox->server().baseUrl(), access);
        QCOMPARE(api.get("/rest/v1.0/me").status, 401);
        t = token(client() << "grant_type=refresh_token"
                           << "refresh_token=" + second.value("refresh_token").toString());
        QCOMPARE(t.status, 400);
    }

    void accessTokensExpire()
    {
        CurlClient::run({"-H", "Content-Type: application/json", "-d", "{\"token_lifetime\":0}",
                         m_sandbox->base() + "/_sandbox/config"});
        const QString code = codeFrom(approve(m_redirect, "c"));
        const QJsonObject pair = token(client() << "grant_type=authorization_code"
                                                << "code=" + code << "redirect_uri=" + m_redirect)
                                     .json()
                                     .object();
        CurlClient::run({"-H", "Content-Type: application/json", "-d", "{\"token_lifetime\":5400}",
                         m_sandbox->base() + "/_sandbox/config"});
        QCOMPARE(pair.value("expires_in").toInt(), 0);
        CurlClient api(m_sandbox->server().baseUrl(), pair.value("access_token").toString());
        QCOMPARE(api.get("/rest/v1.0/me").status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandbox_oauth.moc"

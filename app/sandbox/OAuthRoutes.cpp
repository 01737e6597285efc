#include "OAuthRoutes.h"

#include "GuardedServer.h"
#include "SandboxContext.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QUrlQuery>

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

using http::str;

namespace {

constexpr qint64 kCodeLifetimeSecs = 600;

void sendHtml(httplib::Response &res, int status, const QString &title, const QString &body)
{
    res.status = status;
    const QString html =
        QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto}"
                       "code{font-size:1.4em}</style></head><body><h1>%1</h1>%2</body></html>")
            .arg(title.toHtmlEscaped(), body);
    res.set_content(html.toStdString(), "text/html; charset=utf-8");
}

void oauthError(httplib::Response &res, int status, const QString &error, const QString &description)
{
    http::sendJson(res, status, QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}});
}

// The client named by client_id if client_secret matches; otherwise answers 401 invalid_client.
// A public client (registered without a secret: a native application, Procore's oauth_keys.md)
// sends none, and one that sends a secret anyway is refused as well.
const OAuthClient *authenticatedClient(const SandboxState &state, const QJsonObject &p,
                                       httplib::Response &res)
{
    const auto client = state.oauthClients.find(p.value(u"client_id"_s).toString());
    if (client == state.oauthClients.end()
        || client->second.clientSecret != p.value(u"client_secret"_s).toString()) {
        oauthError(res, 401, QStringLiteral("invalid_client"),
                   QStringLiteral("Client authentication failed: unknown client or wrong client secret."));
        return nullptr;
    }
    return &client->second;
}

// PKCE (RFC 7636): a code asked for with a challenge needs the verifier that makes it (S256:
// BASE64URL(SHA-256(verifier)); plain: the verifier itself). A code without one needs none.
bool verifierMatches(const AuthCode &code, const QString &verifier)
{
    if (code.codeChallenge.isEmpty())
        return true;
    if (verifier.isEmpty())
        return false;
    const QString made = code.codeChallengeMethod == QLatin1String("S256") ? QString::fromLatin1(
                             QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                                                                           : verifier;
    return made == code.codeChallenge;
}

} // namespace

OAuthRoutes::OAuthRoutes(SandboxContext &ctx)
    : m_ctx(ctx)
{}

void OAuthRoutes::install(httplib::Server &server)
{
    server.Get("/oauth/authorize",
               [this](const httplib::Request &req, httplib::Response &res) { consentPage(req, res); });
    server.Post("/oauth/authorize",
                [this](const httplib::Request &req, httplib::Response &res) { consent(req, res); });
    server.Post("/oauth/token",
                [this](const httplib::Request &req, httplib::Response &res) { token(req, res); });
    server.Post("/oauth/revoke",
                [this](const httplib::Request &req, httplib::Response &res) { revoke(req, res); });
    server.Get("/oauth/token/info",
               [this](const httplib::Request &req, httplib::Response &res) { tokenInfo(req, res); });
}

// The consent page. It never redirects to a URI that is not registered exactly.
void OAuthRoutes::consentPage(const httplib::Request &req, httplib::Response &res)
{
    const QString clientId = http::param(req, "client_id");
    const QString redirectUri = http::param(req, "redirect_uri");
    auto lock = m_ctx.state.lock();
    const auto client = m_ctx.state.oauthClients.find(clientId);
    if (client == m_ctx.state.oauthClients.end())
        return sendHtml(res, 400, QStringLiteral("Unknown application"),
                        QStringLiteral("<p>No application is registered with this client id.</p>"));
    if (!client->second.redirectUris.contains(redirectUri))
        return sendHtml(
            res, 400, QStringLiteral("Redirect URI mismatch"),
            QStringLiteral("<p>The redirect URI <b>%1</b> is not registered for this application. "
                           "It must match a registered URI exactly, including the trailing slash.</p>")
                .arg(redirectUri.toHtmlEscaped()));
    if (http::param(req, "response_type") != QLatin1String("code"))
        return sendHtml(res, 400, QStringLiteral("Unsupported response type"),
                        QStringLiteral("<p>Only response_type=code is supported.</p>"));
    QString users;
    for (const auto &[id, user] : m_ctx.state.users)
        users += QStringLiteral("<option value=\"%1\"%3>%2</option>")
                     .arg(id)
                     .arg(user.name.toHtmlEscaped(),
                          id == m_ctx.state.defaultUserId ? QStringLiteral(" selected") : QString());
    auto hidden = [&](const char *name) {
        return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
            .arg(QLatin1String(name), http::param(req, name).toHtmlEscaped());
    };
    sendHtml(res, 200, QStringLiteral("Authorize %1").arg(clientId),
             QStringLiteral("<p>The application <b>%1</b> asks to act for you in the Hoist sandbox.</p>"
                            "<form method=\"post\" action=\"/oauth/authorize\">%2%3%4%5%7"
                            "<p><label>Sign in as <select name=\"user_id\">%6</select></label></p>"
                            "<button name=\"decision\" value=\"allow\">Authorize</button> "
                            "<button name=\"decision\" value=\"deny\">Deny</button></form>")
                 .arg(clientId.toHtmlEscaped(), hidden("client_id"), hidden("redirect_uri"), hidden("state"),
                      hidden("response_type"), users,
                      hidden("code_challenge") + hidden("code_challenge_method")));
}

void OAuthRoutes::consent(const httplib::Request &req, httplib::Response &res)
{
    const QJsonObject p = http::params(req);
    const QString clientId = p.value(u"client_id"_s).toString();
    const QString redirectUri = p.value(u"redirect_uri"_s).toString();
    auto lock = m_ctx.state.lock();
    const auto client = m_ctx.state.oauthClients.find(clientId);
    if (client == m_ctx.state.oauthClients.end() || !client->second.redirectUris.contains(redirectUri))
        return sendHtml(res, 400, QStringLiteral("Redirect URI mismatch"),
                        QStringLiteral("<p>The client or redirect URI is not registered.</p>"));
    const bool oob = redirectUri == QLatin1String("urn:ietf:wg:oauth:2.0:oob");
    QUrl target(redirectUri);
    QUrlQuery query(target);
    if (p.value(u"decision"_s).toString() != QLatin1String("allow")) {
        if (oob)
            return sendHtml(res, 403, QStringLiteral("Access denied"),
                            QStringLiteral("<p>You denied access.</p>"));
        query.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    } else {
        qint64 userId = p.value(u"user_id"_s).toVariant().toLongLong();
        if (!m_ctx.state.users.contains(userId))
            userId = m_ctx.state.defaultUserId;
        AuthCode code{SandboxState::randomToken(24),
                      userId,
                      clientId,
                      redirectUri,
                      QDateTime::currentDateTimeUtc().addSecs(kCodeLifetimeSecs),
                      false,
                      p.value(u"code_challenge"_s).toString(),
                      p.value(u"code_challenge_method"_s).toString(u"plain"_s)};
        m_ctx.state.authCodes[code.code] = code;
        if (oob)
            return sendHtml(
                res, 200, QStringLiteral("Authorization code"),
                QStringLiteral("<p>Copy this code into the application:</p><p><code id=\"code\">%1</code></p>"
                               "<p>It works once, for 10 minutes.</p>")
                    .arg(code.code));
        query.addQueryItem(QStringLiteral("code"), code.code);
    }
    if (p.contains(u"state"_s))
        query.addQueryItem(QStringLiteral("state"), p.value(u"state"_s).toString());
    target.setQuery(query);
    res.set_redirect(target.toString(QUrl::FullyEncoded).toStdString(), 302);
}

void OAuthRoutes::token(const httplib::Request &req, httplib::Response &res)
{
    const std::optional<FaultRule> fault =
        m_ctx.faults.take(QStringLiteral("oauth"), QStringLiteral("POST"), str(req.path));
    if (fault && !fault->afterSuccess) {
        oauthError(res, fault->status, QStringLiteral("server_error"), QStringLiteral("Injected failure"));
        if (!fault->location.isEmpty())
            res.set_header("Location", http::std8(fault->location));
        return;
    }
    const QJsonObject p = http::params(req);
    auto lock = m_ctx.state.lock();
    const OAuthClient *client = authenticatedClient(m_ctx.state, p, res);
    if (!client)
        return;
    const QString grant = p.value(u"grant_type"_s).toString();
    qint64 userId = 0;
    if (grant == QLatin1String("authorization_code")) {
        const auto code = m_ctx.state.authCodes.find(p.value(u"code"_s).toString());
        if (code == m_ctx.state.authCodes.end() || code->second.used
            || code->second.expiresAt <= QDateTime::currentDateTimeUtc()
            || code->second.clientId != client->clientId
            || code->second.redirectUri != p.value(u"redirect_uri"_s).toString()
            || !verifierMatches(code->second, p.value(u"code_verifier"_s).toString())
            || (client->clientSecret.isEmpty() && code->second.codeChallenge.isEmpty())) // public: PKCE

            return oauthError(
                res, 400, QStringLiteral("invalid_grant"),
                QStringLiteral("The authorization code is invalid, expired, already used, was "
                               "issued to another client or redirect URI, or its code_verifier does "
                               "not match its code_challenge (a client without a secret must use PKCE)."));
        code->second.used = true;
        userId = code->second.userId;
    } else if (grant == QLatin1String("refresh_token")) {
        const auto refresh = m_ctx.state.refreshTokens.find(p.value(u"refresh_token"_s).toString());
        if (refresh == m_ctx.state.refreshTokens.end() || refresh->second.used || refresh->second.revoked
            || refresh->second.clientId != client->clientId)
            return oauthError(
                res, 400, QStringLiteral("invalid_grant"),
                QStringLiteral("The refresh token is invalid, revoked, or has already been used."));
        refresh->second.used = true; // single-use: spent even if this answer never arrives
        userId = refresh->second.userId;
    } else {
        return oauthError(res, 400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("grant_type must be authorization_code or refresh_token"));
    }
    RefreshToken refresh{SandboxState::randomToken(32), userId, client->clientId, false, false};
    m_ctx.state.refreshTokens[refresh.token] = refresh;
    const QString access = m_ctx.state.issueAccessToken(userId, m_ctx.options.tokenLifetimeSecs,
                                                        client->clientId, refresh.token);
    const AccessToken &t = m_ctx.state.accessTokens.at(access);
    http::sendJson(res, 200,
                   QJsonObject{{u"access_token"_s, access},
                               {u"token_type"_s, QStringLiteral("bearer")},
                               {u"expires_in"_s, m_ctx.options.tokenLifetimeSecs},
                               {u"refresh_token"_s, refresh.token},
                               {u"created_at"_s, t.createdAt.toSecsSinceEpoch()}});
    if (fault && fault->afterSuccess)
        loseAnswer(*fault, res);
}

// A token call whose work is done (the refresh token rotated: the old one is spent) and whose
// answer never reaches the client: an error in its place, or (drop_connection) no byte at all,
// as when a connection drops or a laptop sleeps.
void OAuthRoutes::loseAnswer(const FaultRule &fault, httplib::Response &res)
{
    if (fault.dropConnection && GuardedServer::dropConnection()) {
        res.status = 499; // the request log's "no answer"
        return;
    }
    oauthError(res, fault.status, QStringLiteral("server_error"), QStringLiteral("Injected lost response"));
}

void OAuthRoutes::revoke(const httplib::Request &req, httplib::Response &res)
{
    const QJsonObject p = http::params(req);
    const QString token = p.value(u"token"_s).toString();
    auto lock = m_ctx.state.lock();
    const OAuthClient *client = authenticatedClient(m_ctx.state, p, res);
    if (!client)
        return;
    if (auto a = m_ctx.state.accessTokens.find(token); a != m_ctx.state.accessTokens.end()) {
        a->second.revoked = true;
        if (auto r = m_ctx.state.refreshTokens.find(a->second.refreshToken);
            r != m_ctx.state.refreshTokens.end())
            r->second.revoked = true;
    }
    if (auto r = m_ctx.state.refreshTokens.find(token); r != m_ctx.state.refreshTokens.end()) {
        r->second.revoked = true;
        for (auto &[key, access] : m_ctx.state.accessTokens)
            if (access.refreshToken == token)
                access.revoked = true;
    }
    m_ctx.state.dirty = true;
    http::sendJson(res, 200, QJsonObject{}); // 200 even for an unknown token, as Procore does
}

void OAuthRoutes::tokenInfo(const httplib::Request &req, httplib::Response &res)
{
    const QString auth = http::header(req, "Authorization");
    auto lock = m_ctx.state.lock();
    const AccessToken *t = m_ctx.state.validAccessToken(auth.mid(7).trimmed());
    if (!auth.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive) || !t)
        return oauthError(res, 401, QStringLiteral("invalid_token"),
                          QStringLiteral("The access token is invalid"));
    http::sendJson(
        res, 200,
        QJsonObject{{u"resource_owner_id"_s, t->userId},
                    {u"scopes"_s, QJsonArray{}},
                    {u"expires_in_seconds"_s, QDateTime::currentDateTimeUtc().secsTo(t->expiresAt)},
                    {u"application"_s, QJsonObject{{u"uid"_s, t->clientId}}},
                    {u"created_at"_s, t->createdAt.toSecsSinceEpoch()}});
}

} // namespace hoist::sandbox

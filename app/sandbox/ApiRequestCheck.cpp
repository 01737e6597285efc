#include "ApiRequestCheck.h"

#include "GuardedServer.h"
#include "RequestSchema.h"
#include "SandboxContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

using http::str;

ApiRequestCheck::ApiRequestCheck(SandboxContext &ctx)
    : m_ctx(ctx)
{}

std::optional<FaultRule> ApiRequestCheck::takeFault(const httplib::Request &req)
{
    m_ctx.faults.noteApiRequest(); // before the delay: a test can act while this one waits
    if (const int delay = m_ctx.faults.apiDelayMs(); delay > 0)
        QThread::msleep(ulong(delay));
    return m_ctx.faults.take(QStringLiteral("api"), str(req.method), str(req.path));
}

void ApiRequestCheck::applyFault(const FaultRule &rule, httplib::Response &res)
{
    if (rule.dropConnection && GuardedServer::dropConnection()) {
        // No answer at all: the write that follows fails and the socket closes. 499 (the
        // request log's "no answer") keeps the exchange out of the contract's answers.
        res.status = 499;
        return;
    }
    res.headers.erase("Content-Type");
    http::sendErrors(res, rule.status,
                     rule.status == 401
                         ? QJsonValue(QStringLiteral("The access token is invalid"))
                         : QJsonValue(QStringLiteral("Injected failure (sandbox fault plan)")));
    if (rule.retryAfterSecs >= 0)
        res.set_header("Retry-After", std::to_string(rule.retryAfterSecs));
    if (!rule.location.isEmpty())
        res.set_header("Location", http::std8(rule.location));
    if (rule.answerBytes > 0) {
        // Letters that do not compress (a gzip bomb is Qt's own concern): the size is what arrives.
        static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        std::string padded = "{\"padding\":\"";
        padded.reserve(size_t(rule.answerBytes) + 16);
        quint32 seed = 12345;
        for (qint64 i = 0; i < rule.answerBytes; ++i) {
            seed = seed * 1664525u + 1013904223u;
            padded.push_back(letters[seed >> 26]);
        }
        res.set_content(padded + "\"}", "application/octet-stream"); // not compressed on the way
    }
    if (rule.rateRemaining >= 0) {
        res.set_header("X-Rate-Limit-Limit", std::to_string(std::max(rule.rateRemaining, 1)));
        res.set_header("X-Rate-Limit-Remaining", std::to_string(rule.rateRemaining));
        res.set_header("X-Rate-Limit-Reset",
                       std::to_string(QDateTime::currentSecsSinceEpoch() + rule.rateResetInSecs));
    }
}

const User *ApiRequestCheck::admit(const httplib::Request &req, httplib::Response &res, CompanyHeader company,
                                   qint64 *companyId)
{
    const QString token = bearerOf(req);
    const AccessToken *access = token.isEmpty() ? nullptr : m_ctx.state.validAccessToken(token);
    if (!access) {
        sendUnauthorized(res, token);
        return nullptr;
    }
    if (!withinRateLimit(token, res))
        return nullptr;
    const User &user = m_ctx.state.users.at(access->userId);
    *companyId = 0;
    if (company == CompanyHeader::Required && !companyVisible(req, res, user, companyId))
        return nullptr;
    if (!bodyAcceptable(req, res))
        return nullptr;
    return &user;
}

bool ApiRequestCheck::withinRateLimit(const QString &token, httplib::Response &res)
{
    const RateLimiter::Verdict rate = m_ctx.limiter.hit(token, QDateTime::currentSecsSinceEpoch());
    if (rate.limit > 0) {
        res.set_header("X-Rate-Limit-Limit", std::to_string(rate.limit));
        res.set_header("X-Rate-Limit-Remaining", std::to_string(rate.remaining));
        res.set_header("X-Rate-Limit-Reset", std::to_string(rate.resetEpochSecs));
    }
    if (rate.allowed)
        return true;
    res.set_header("Retry-After", std::to_string(rate.retryAfterSecs));
    http::sendErrors(res, 429, QStringLiteral("Rate limit exceeded. Try again later."));
    return false;
}

bool ApiRequestCheck::companyVisible(const httplib::Request &req, httplib::Response &res, const User &user,
                                     qint64 *companyId)
{
    const QString header = http::header(req, "Procore-Company-Id");
    if (header.isEmpty()) {
        http::sendErrors(res, 400,
                         QStringLiteral("Missing Procore-Company-Id header! The Procore-Company-Id header is "
                                        "required for all requests to this endpoint."));
        return false;
    }
    bool ok = false;
    *companyId = header.toLongLong(&ok);
    const auto members = m_ctx.state.companyUsers.find(*companyId);
    if (!ok || !m_ctx.state.companies.contains(*companyId) || members == m_ctx.state.companyUsers.end()
        || !members->second.contains(user.id)) {
        // Procore answers 404 for what the user cannot see.
        http::sendErrors(res, 404, QStringLiteral("Company not found"));
        return false;
    }
    return true;
}

bool ApiRequestCheck::bodyAcceptable(const httplib::Request &req, httplib::Response &res)
{
    const QString type = http::header(req, "Content-Type");
    const bool json = type.startsWith(QLatin1String("application/json"));
    if (json && !req.body.empty()) {
        QJsonParseError err{};
        QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &err);
        if (err.error != QJsonParseError::NoError) {
            http::sendErrors(res, 400,
                             QString(QStringLiteral("Request body is not valid JSON: ") + err.errorString()));
            return false;
        }
    }
    if (!m_ctx.options.strict)
        return true;
    const SchemaViolation v = checkRequestBody(str(req.method), str(req.path), http::bodyParams(req), json,
                                               m_ctx.options.imageBodyShape == QLatin1String("upload"));
    if (!v.status)
        return true;
    http::sendErrors(res, v.status, QJsonObject{{v.field, QJsonArray{v.message}}});
    return false;
}

QString ApiRequestCheck::bearerOf(const httplib::Request &req)
{
    const QString auth = http::header(req, "Authorization");
    return auth.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive) ? auth.mid(7).trimmed() : QString();
}

void ApiRequestCheck::sendUnauthorized(httplib::Response &res, const QString &token)
{
    res.set_header("WWW-Authenticate", "Bearer realm=\"Procore API\", error=\"invalid_token\"");
    http::sendJson(
        res, 401,
        QJsonObject{{u"code"_s, QStringLiteral("unauthorized")},
                    {u"message"_s, token.isEmpty()
                                       ? QStringLiteral("Missing access token")
                                       : QStringLiteral("The access token is invalid or has expired")},
                    {u"fields"_s, QJsonValue::Null},
                    {u"reason"_s, QStringLiteral("invalid_token")},
                    {u"error"_s, QStringLiteral("invalid_token")}});
}

} // namespace hoist::sandbox

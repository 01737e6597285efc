#pragma once

#include "FaultPlan.h"

#include <QString>

#include <optional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace hoist::sandbox {

struct SandboxContext;
struct User;

// What every API request goes through before its handler, in Procore's order: the fault plan
// (and the configured delay), then, with the state lock held, the token, the rate limit, the
// Procore-Company-Id header, a well-formed JSON body and, in strict mode, the body's shape.
class ApiRequestCheck
{
public:
    enum class CompanyHeader { Required, NotRequired };

    explicit ApiRequestCheck(SandboxContext &ctx);

    // Before the state lock: waits the configured delay and takes the fault for this request, if any.
    std::optional<FaultRule> takeFault(const httplib::Request &req);
    // Answers as the fault says: an injected error, or no answer at all (drop_connection).
    static void applyFault(const FaultRule &rule, httplib::Response &res);

    // With the state lock held: the caller when the request may reach its handler (and *companyId,
    // 0 when the header is not required); otherwise null, with the answer filled.
    const User *admit(const httplib::Request &req, httplib::Response &res, CompanyHeader company,
                      qint64 *companyId);

    // The Bearer token of the request, empty without one.
    static QString bearerOf(const httplib::Request &req);
    // Procore's 401 for a missing, unknown, expired or revoked token.
    static void sendUnauthorized(httplib::Response &res, const QString &token);

private:
    bool withinRateLimit(const QString &token, httplib::Response &res);
    bool companyVisible(const httplib::Request &req, httplib::Response &res, const User &user,
                        qint64 *companyId);
    bool bodyAcceptable(const httplib::Request &req, httplib::Response &res);

    SandboxContext &m_ctx;
};

} // namespace hoist::sandbox

#include "ApiRoutes.h"

#include "ApiCall.h"
#include "SandboxContext.h"

#include <QThread>

#include <algorithm>

namespace hoist::sandbox {

using http::str;

namespace {

// The order methods are listed in an Allow header.
const char *const kMethods[] = {"GET", "POST", "PUT", "PATCH", "DELETE"};

} // namespace

ApiRoutes::ApiRoutes(SandboxContext &ctx)
    : m_ctx(ctx)
    , m_check(ctx)
{
    addAccountRoutes(*this);
    addDocumentRoutes(*this);
    addUploadRoutes(*this);
    addPhotoRoutes(*this);
    addDrawingRoutes(*this);
}

void ApiRoutes::add(const char *method, const char *pattern, CompanyHeader company, Handler handler)
{
    Q_ASSERT(std::any_of(std::begin(kMethods), std::end(kMethods),
                         [method](const char *known) { return qstrcmp(known, method) == 0; }));
    m_routes.push_back(Route{method, pattern, std::regex(pattern), company, std::move(handler)});
}

void ApiRoutes::install(httplib::Server &server)
{
    for (const Route &route : m_routes) {
        auto serveThis = [this, &route](const httplib::Request &req, httplib::Response &res) {
            serve(route, req, res);
        };
        if (route.method == "GET")
            server.Get(route.pattern, serveThis);
        else if (route.method == "POST")
            server.Post(route.pattern, serveThis);
        else if (route.method == "PUT")
            server.Put(route.pattern, serveThis);
        else if (route.method == "PATCH")
            server.Patch(route.pattern, serveThis);
        else if (route.method == "DELETE")
            server.Delete(route.pattern, serveThis);
    }
}

void ApiRoutes::serve(const Route &route, const httplib::Request &req, httplib::Response &res)
{
    const std::optional<FaultRule> fault = m_check.takeFault(req);
    const bool late = fault && fault->lateAnswerMs > 0;
    if (fault && !fault->afterSuccess && !late)
        return ApiRequestCheck::applyFault(*fault, res);

    auto lock = m_ctx.state.lock();
    qint64 companyId = 0;
    const User *user = m_check.admit(req, res, route.company, &companyId);
    if (!user)
        return;
    ApiCall call{req, res, m_ctx, *user, companyId, http::params(req)};
    route.handler(call);
    m_ctx.state.dirty = true;
    if (late) {
        // Committed; the answer (the real one, or the rule's with after_success) comes late.
        lock.unlock();
        m_ctx.faults.noteLateAnswer(1);
        QThread::msleep(ulong(fault->lateAnswerMs));
        m_ctx.faults.noteLateAnswer(-1);
    }
    if (fault && fault->afterSuccess)
        ApiRequestCheck::applyFault(*fault, res); // the work is done, but the client never hears of it
}

QStringList ApiRoutes::methodsFor(const std::string &path) const
{
    std::vector<const std::string *> matching;
    for (const Route &route : m_routes)
        if (std::regex_match(path, route.path))
            matching.push_back(&route.method);
    QStringList methods;
    for (const char *method : kMethods)
        if (std::any_of(matching.begin(), matching.end(),
                        [method](const std::string *m) { return *m == method; }))
            methods.append(QLatin1String(method));
    return methods;
}

bool ApiRoutes::refuseEarly(const httplib::Request &req, httplib::Response &res)
{
    const QStringList allowed = methodsFor(req.path);
    if (allowed.isEmpty()) {
        http::sendErrors(res, 404,
                         QStringLiteral("No route matches %1 %2").arg(str(req.method), str(req.path)));
        return true;
    }
    if (!allowed.contains(str(req.method))) {
        const QString allow = allowed.join(QStringLiteral(", "));
        res.set_header("Allow", http::std8(allow));
        http::sendErrors(res, 405,
                         QStringLiteral("%1 is not allowed on %2 (allowed: %3)")
                             .arg(str(req.method), str(req.path), allow));
        return true;
    }
    const QString token = ApiRequestCheck::bearerOf(req);
    auto lock = m_ctx.state.lock();
    if (!token.isEmpty() && m_ctx.state.validAccessToken(token))
        return false;
    ApiRequestCheck::sendUnauthorized(res, token);
    return true;
}

} // namespace hoist::sandbox

// Who the caller is and what they may see: /me, companies and projects.
#include "ApiCall.h"
#include "ApiRoutes.h"
#include "ApiShapes.h"
#include "SandboxContext.h"

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

namespace {

void me(ApiCall &c)
{
    c.json(200, QJsonObject{{u"id"_s, c.user.id}, {u"login"_s, c.user.login}, {u"name"_s, c.user.name}});
}

void companies(ApiCall &c)
{
    QJsonArray all;
    for (const auto &[id, company] : c.ctx.state.companies) {
        const auto members = c.ctx.state.companyUsers.find(id);
        if (members != c.ctx.state.companyUsers.end() && members->second.contains(c.user.id))
            all.append(companyJson(company));
    }
    c.paginate(all, 100, 1000);
}

void projects(ApiCall &c)
{
    const qint64 companyId = c.paramId(QStringLiteral("company_id"));
    if (companyId == 0) {
        c.errors(400, QJsonObject{{u"company_id"_s, QJsonArray{QStringLiteral("is missing")}}});
        return;
    }
    if (companyId != c.companyId) {
        c.notFound(QStringLiteral("Company"));
        return;
    }
    const QJsonObject filters = c.params.value(u"filters"_s).toObject();
    const QString status = filters.value(u"by_status"_s).toString(QStringLiteral("Active"));
    const QString nameFilter = filters.value(u"name"_s).toString();
    QJsonArray all;
    for (const auto &[id, p] : c.ctx.state.projects) {
        if (p.companyId != companyId)
            continue;
        if ((status == QLatin1String("Active") && !p.active)
            || (status == QLatin1String("Inactive") && p.active))
            continue;
        if (!nameFilter.isEmpty() && !p.name.contains(nameFilter, Qt::CaseInsensitive))
            continue;
        all.append(projectJson(p, c.ctx.state));
    }
    c.paginate(all, 100, 300);
}

void project(ApiCall &c)
{
    const auto it = c.ctx.state.projects.find(c.pathId(1));
    if (it == c.ctx.state.projects.end() || it->second.companyId != c.companyId)
        return c.notFound(QStringLiteral("Project"));
    c.json(200, projectJson(it->second, c.ctx.state));
}

} // namespace

void addAccountRoutes(ApiRoutes &routes)
{
    using C = ApiRoutes::CompanyHeader;
    routes.add("GET", R"(/rest/v1\.[01]/me)", C::NotRequired, me);
    routes.add("GET", R"(/rest/v1\.[01]/companies)", C::NotRequired, companies);
    routes.add("GET", R"(/rest/v1\.[01]/projects)", C::Required, projects);
    routes.add("GET", R"(/rest/v1\.[01]/projects/(\d+))", C::Required, project);
}

} // namespace hoist::sandbox

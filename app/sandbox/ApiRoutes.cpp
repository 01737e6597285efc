#include "ApiRoutes.h"

#include "ApiShapes.h"
#include "GuardedServer.h"
#include "IncomingObject.h"
#include "RequestSchema.h"
#include "SandboxContext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

using http::str;

namespace {

constexpr qint64 kFolderBase = 8'000'000'000'000LL;
constexpr qint64 kFileBase = 9'000'000'000'000LL;
constexpr qint64 kMiscBase = 7'000'000'000'000LL;
constexpr qint64 kAssociationWindowSecs = 7 * 24 * 3600;
constexpr qint64 kMinSegment = 5'000'000;                // "≥ 5 MB" except the last
constexpr qint64 kMaxSegment = 5LL * 1024 * 1024 * 1024; // 5 GB

// Characters Procore's Documents tool strips from names (reference-clients.md §2.1). The client has its
// own copy (preflight::documentsName) on purpose: the emulator shares no logic with what it tests.
QString documentsName(const QString &name)
{
    static const QString refused = QStringLiteral("#%*:<>?/\\|~");
    QString out;
    for (QChar ch : name)
        if (!refused.contains(ch))
            out.append(ch);
    return out.trimmed();
}

QString uniqueName(const QString &name, const std::function<bool(const QString &)> &taken)
{
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
        if (!taken(candidate))
            return candidate;
    }
}

bool truthy(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    const QString s = v.toVariant().toString().toLower();
    return s == QLatin1String("true") || s == QLatin1String("1");
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ApiCall

qint64 ApiCall::pathId(int index) const
{
    return pathArg(index).toLongLong();
}

QString ApiCall::pathArg(int index) const
{
    return index < int(req.matches.size()) ? str(req.matches[size_t(index)].str()) : QString();
}

qint64 ApiCall::paramId(const QString &name) const
{
    return params.value(name).toVariant().toLongLong();
}

void ApiCall::json(int status, const QJsonValue &body)
{
    http::sendJson(res, status, body);
}

void ApiCall::errors(int status, const QJsonValue &errs)
{
    http::sendErrors(res, status, errs);
}

void ApiCall::notFound(const QString &what)
{
    errors(404, QStringLiteral("%1 not found").arg(what));
}

// ---------------------------------------------------------------------------------------------
// Paging

namespace {

// page/per_page with Total, Per-Page and Link headers (no "next" on the last page).
void paginate(ApiCall &c, const QJsonArray &all, int defaultPerPage, int maxPerPage)
{
    const int perPage = std::clamp(c.params.value(u"per_page"_s).toVariant().toInt() > 0
                                       ? c.params.value(u"per_page"_s).toVariant().toInt()
                                       : defaultPerPage,
                                   1, maxPerPage);
    const int total = int(all.size());
    const int last = std::max(1, (total + perPage - 1) / perPage);
    const int page = std::max(1, c.params.value(u"page"_s).toVariant().toInt());
    QJsonArray slice;
    for (int i = (page - 1) * perPage; i < std::min(total, page * perPage); ++i)
        slice.append(all[i]);

    auto pageUrl = [&](int n) {
        QUrl url(c.ctx.baseUrl() + str(c.req.path));
        QUrlQuery q;
        for (const auto &[name, value] : c.req.params)
            if (name != "page" && name != "per_page")
                q.addQueryItem(str(name), str(value));
        q.addQueryItem(QStringLiteral("page"), QString::number(n));
        q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
        url.setQuery(q);
        return QStringLiteral("<%1>").arg(url.toString(QUrl::FullyEncoded));
    };
    QStringList links{pageUrl(1) + QStringLiteral("; rel=\"first\"")};
    if (page > 1)
        links.append(pageUrl(std::min(page - 1, last)) + QStringLiteral("; rel=\"prev\""));
    links.append(pageUrl(last) + QStringLiteral("; rel=\"last\""));
    if (page < last)
        links.append(pageUrl(page + 1) + QStringLiteral("; rel=\"next\""));
    c.res.set_header("Total", std::to_string(total));
    c.res.set_header("Per-Page", std::to_string(perPage));
    c.res.set_header("Link", http::std8(links.join(QStringLiteral(", "))));
    c.json(200, slice);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Routing

namespace {

QString bearerOf(const httplib::Request &req)
{
    const QString auth = http::header(req, "Authorization");
    return auth.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive) ? auth.mid(7).trimmed() : QString();
}

void sendUnauthorized(httplib::Response &res, const QString &token)
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

} // namespace

ApiRoutes::ApiRoutes(SandboxContext &ctx)
    : m_ctx(ctx)
{}

void ApiRoutes::route(httplib::Server &server, const char *method, const char *pattern, Company company,
                      Handler handler)
{
    auto wrapped = [this, company, handler, method](const httplib::Request &req, httplib::Response &res) {
        const QString path = str(req.path);
        m_ctx.faults.noteApiRequest(); // before the delay: a test can act while this one waits
        if (const int delay = m_ctx.faults.apiDelayMs(); delay > 0)
            QThread::msleep(ulong(delay));

        const std::optional<FaultRule> fault =
            m_ctx.faults.take(QStringLiteral("api"), QLatin1String(method), path);
        auto applyFault = [&res](const FaultRule &rule) {
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
            if (rule.rateRemaining >= 0) {
                res.set_header("X-Rate-Limit-Limit", std::to_string(std::max(rule.rateRemaining, 1)));
                res.set_header("X-Rate-Limit-Remaining", std::to_string(rule.rateRemaining));
                res.set_header("X-Rate-Limit-Reset",
                               std::to_string(QDateTime::currentSecsSinceEpoch() + rule.rateResetInSecs));
            }
        };
        if (fault && !fault->afterSuccess) {
            applyFault(*fault);
            return;
        }

        auto lock = m_ctx.state.lock();
        const QString token = bearerOf(req);
        const AccessToken *access = token.isEmpty() ? nullptr : m_ctx.state.validAccessToken(token);
        if (!access)
            return sendUnauthorized(res, token);

        const RateLimiter::Verdict rate = m_ctx.limiter.hit(token, QDateTime::currentSecsSinceEpoch());
        if (rate.limit > 0) {
            res.set_header("X-Rate-Limit-Limit", std::to_string(rate.limit));
            res.set_header("X-Rate-Limit-Remaining", std::to_string(rate.remaining));
            res.set_header("X-Rate-Limit-Reset", std::to_string(rate.resetEpochSecs));
        }
        if (!rate.allowed) {
            res.set_header("Retry-After", std::to_string(rate.retryAfterSecs));
            http::sendErrors(res, 429, QStringLiteral("Rate limit exceeded. Try again later."));
            return;
        }

        const User &user = m_ctx.state.users.at(access->userId);
        qint64 companyId = 0;
        if (company == Company::Required) {
            const QString header = http::header(req, "Procore-Company-Id");
            if (header.isEmpty()) {
                http::sendErrors(
                    res, 400,
                    QStringLiteral("Missing Procore-Company-Id header! The Procore-Company-Id header is "
                                   "required for all requests to this endpoint."));
                return;
            }
            bool ok = false;
            companyId = header.toLongLong(&ok);
            const auto members = m_ctx.state.companyUsers.find(companyId);
            if (!ok || !m_ctx.state.companies.contains(companyId) || members == m_ctx.state.companyUsers.end()
                || !members->second.contains(user.id)) {
                // Procore answers 404 for what the user cannot see.
                http::sendErrors(res, 404, QStringLiteral("Company not found"));
                return;
            }
        }

        const QString type = http::header(req, "Content-Type");
        if (type.startsWith(QLatin1String("application/json")) && !req.body.empty()) {
            QJsonParseError err{};
            QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &err);
            if (err.error != QJsonParseError::NoError) {
                http::sendErrors(
                    res, 400,
                    QString(QStringLiteral("Request body is not valid JSON: ") + err.errorString()));
                return;
            }
        }

        if (m_ctx.options.strict) {
            const SchemaViolation v =
                checkRequestBody(str(req.method), path, http::bodyParams(req),
                                 type.startsWith(QLatin1String("application/json")),
                                 m_ctx.options.imageBodyShape == QLatin1String("upload"));
            if (v.status)
                return http::sendErrors(res, v.status, QJsonObject{{v.field, QJsonArray{v.message}}});
        }

        ApiCall call{req, res, m_ctx, user, companyId, http::params(req)};
        handler(call);
        m_ctx.state.dirty = true;
        if (fault && fault->afterSuccess)
            applyFault(*fault); // the work is done, but the client never hears of it
    };
    m_known.emplace_back(method, std::regex(pattern));
    if (qstrcmp(method, "GET") == 0)
        server.Get(pattern, wrapped);
    else if (qstrcmp(method, "POST") == 0)
        server.Post(pattern, wrapped);
    else if (qstrcmp(method, "PATCH") == 0)
        server.Patch(pattern, wrapped);
    else if (qstrcmp(method, "PUT") == 0)
        server.Put(pattern, wrapped);
    else if (qstrcmp(method, "DELETE") == 0)
        server.Delete(pattern, wrapped);
}

bool ApiRoutes::refuseEarly(const httplib::Request &req, httplib::Response &res)
{
    const bool known = std::any_of(m_known.begin(), m_known.end(), [&req](const auto &route) {
        return req.method == route.first && std::regex_match(req.path, route.second);
    });
    if (!known) {
        http::sendErrors(res, 404,
                         QStringLiteral("No route matches %1 %2").arg(str(req.method), str(req.path)));
        return true;
    }
    const QString token = bearerOf(req);
    auto lock = m_ctx.state.lock();
    if (!token.isEmpty() && m_ctx.state.validAccessToken(token))
        return false;
    sendUnauthorized(res, token);
    return true;
}

void ApiRoutes::install(httplib::Server &s)
{
    using C = Company;
    route(s, "GET", R"(/rest/v1\.[01]/me)", C::NotRequired, [this](ApiCall &c) { me(c); });
    route(s, "GET", R"(/rest/v1\.[01]/companies)", C::NotRequired, [this](ApiCall &c) { companies(c); });
    route(s, "GET", R"(/rest/v1\.[01]/projects)", C::Required, [this](ApiCall &c) { projects(c); });
    route(s, "GET", R"(/rest/v1\.[01]/projects/(\d+))", C::Required, [this](ApiCall &c) { project(c); });

    route(s, "GET", R"(/rest/v1\.0/folders)", C::Required,
          [this](ApiCall &c) { folderList(c, projectOfCall(c)); });
    route(s, "GET", R"(/rest/v1\.0/folders/(\d+))", C::Required,
          [this](ApiCall &c) { folderShow(c, projectOfCall(c), c.pathId(1)); });
    route(s, "POST", R"(/rest/v1\.0/folders)", C::Required,
          [this](ApiCall &c) { folderCreate(c, projectOfCall(c)); });
    route(s, "GET", R"(/rest/v1\.0/companies/(\d+)/folders)", C::Required,
          [this](ApiCall &c) { folderList(c, 0); });
    route(s, "GET", R"(/rest/v1\.0/companies/(\d+)/folders/(\d+))", C::Required,
          [this](ApiCall &c) { folderShow(c, 0, c.pathId(2)); });
    route(s, "POST", R"(/rest/v1\.0/companies/(\d+)/folders)", C::Required,
          [this](ApiCall &c) { folderCreate(c, 0); });

    route(s, "POST", R"(/rest/(v1\.[01])/projects/(\d+)/uploads)", C::Required,
          [this](ApiCall &c) { uploadCreate(c, c.pathId(2)); });
    route(s, "POST", R"(/rest/(v1\.[01])/companies/(\d+)/uploads)", C::Required,
          [this](ApiCall &c) { uploadCreate(c, 0); });
    route(s, "GET", R"(/rest/(v1\.[01])/(?:projects|companies)/(\d+)/uploads/([0-9A-Z]{26}))", C::Required,
          [this](ApiCall &c) { uploadShow(c); });
    route(s, "PATCH", R"(/rest/(v1\.1)/(?:projects|companies)/(\d+)/uploads/([0-9A-Z]{26}))", C::Required,
          [this](ApiCall &c) { uploadComplete(c); });

    route(s, "POST", R"(/rest/v1\.0/files)", C::Required,
          [this](ApiCall &c) { fileCreate(c, projectOfCall(c)); });
    route(s, "GET", R"(/rest/v1\.0/files/(\d+))", C::Required, [this](ApiCall &c) { fileShow(c); });
    route(s, "POST", R"(/rest/v1\.0/companies/(\d+)/files)", C::Required,
          [this](ApiCall &c) { fileCreate(c, 0); });
    route(s, "POST", R"(/rest/v1\.0/file_versions)", C::Required,
          [this](ApiCall &c) { fileVersionCreate(c); });

    route(s, "GET", R"(/rest/v1\.0/image_categories)", C::Required,
          [this](ApiCall &c) { imageCategories(c); });
    route(s, "POST", R"(/rest/v1\.0/image_categories)", C::Required,
          [this](ApiCall &c) { imageCategoryCreate(c); });
    route(s, "GET", R"(/rest/v1\.0/images)", C::Required, [this](ApiCall &c) { images(c); });
    route(s, "POST", R"(/rest/v1\.0/images)", C::Required, [this](ApiCall &c) { imageCreate(c); });

    route(s, "GET", R"(/rest/v1\.[01]/projects/(\d+)/drawing_areas)", C::Required,
          [this](ApiCall &c) { drawingAreas(c); });
    route(s, "GET", R"(/rest/v1\.[01]/projects/(\d+)/drawing_sets)", C::Required,
          [this](ApiCall &c) { drawingSets(c); });
    route(s, "POST", R"(/rest/v1\.[01]/projects/(\d+)/drawing_sets)", C::Required,
          [this](ApiCall &c) { drawingSetCreate(c); });
    route(s, "POST", R"(/rest/(v1\.[01])/projects/(\d+)/drawing_uploads)", C::Required,
          [this](ApiCall &c) { drawingUploadCreate(c); });
    route(s, "GET", R"(/rest/(v1\.[01])/projects/(\d+)/drawing_uploads/(\d+))", C::Required,
          [this](ApiCall &c) { drawingUploadShow(c); });
}

qint64 ApiRoutes::projectOfCall(ApiCall &c)
{
    const qint64 id = c.paramId(QStringLiteral("project_id"));
    const auto it = c.ctx.state.projects.find(id);
    if (id == 0 || it == c.ctx.state.projects.end() || it->second.companyId != c.companyId)
        return -1;
    return id;
}

// ---------------------------------------------------------------------------------------------
// Handlers

void ApiRoutes::me(ApiCall &c)
{
    c.json(200, QJsonObject{{u"id"_s, c.user.id}, {u"login"_s, c.user.login}, {u"name"_s, c.user.name}});
}

void ApiRoutes::companies(ApiCall &c)
{
    QJsonArray all;
    for (const auto &[id, company] : c.ctx.state.companies) {
        const auto members = c.ctx.state.companyUsers.find(id);
        if (members != c.ctx.state.companyUsers.end() && members->second.contains(c.user.id))
            all.append(companyJson(company));
    }
    paginate(c, all, 100, 1000);
}

void ApiRoutes::projects(ApiCall &c)
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
    paginate(c, all, 100, 300);
}

void ApiRoutes::project(ApiCall &c)
{
    const auto it = c.ctx.state.projects.find(c.pathId(1));
    if (it == c.ctx.state.projects.end() || it->second.companyId != c.companyId)
        return c.notFound(QStringLiteral("Project"));
    c.json(200, projectJson(it->second, c.ctx.state));
}

void ApiRoutes::folderList(ApiCall &c, qint64 projectId)
{
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    const qint64 companyId = projectId ? c.companyId : c.pathId(1);
    if (companyId != c.companyId)
        return c.notFound(QStringLiteral("Company"));
    Folder *root = c.ctx.state.rootFolder(companyId, projectId);
    if (!root)
        return c.notFound(QStringLiteral("Folder"));
    c.json(200, folderJson(c.ctx.state, c.ctx, *root, true));
}

void ApiRoutes::folderShow(ApiCall &c, qint64 projectId, qint64 folderId)
{
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    const auto it = c.ctx.state.folders.find(folderId);
    if (it == c.ctx.state.folders.end() || it->second.projectId != projectId
        || it->second.companyId != c.companyId)
        return c.notFound(QStringLiteral("Folder"));
    c.json(200, folderJson(c.ctx.state, c.ctx, it->second, true));
}

void ApiRoutes::folderCreate(ApiCall &c, qint64 projectId)
{
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    const QJsonObject body = c.params.value(u"folder"_s).toObject();
    const QString name = documentsName(body.value(u"name"_s).toString());
    if (name.isEmpty())
        return c.errors(400, QJsonObject{{u"name"_s, QJsonArray{QStringLiteral("can't be blank")}}});
    SandboxState &s = c.ctx.state;
    const Folder *parent = writableParent(c, projectId, body, QStringLiteral("folders"));
    if (!parent)
        return;
    const qint64 parentId = parent->id;
    for (const Folder *sibling : s.childFolders(parentId))
        if (sibling->name.compare(name, Qt::CaseInsensitive) == 0)
            return c.errors(422,
                            QJsonObject{{u"name"_s, QJsonArray{QStringLiteral("has already been taken")}}});
    Folder f;
    f.id = s.nextId(kFolderBase);
    f.parentId = parentId;
    f.companyId = c.companyId;
    f.projectId = projectId;
    f.name = name;
    f.isPrivate = truthy(body.value(u"explicit_permissions"_s));
    f.updatedAt = QDateTime::currentDateTimeUtc();
    s.folders[f.id] = f;
    c.json(201, folderJson(s, c.ctx, s.folders[f.id], true));
}

void ApiRoutes::uploadCreate(ApiCall &c, qint64 projectId)
{
    SandboxState &s = c.ctx.state;
    const QString version = c.pathArg(1);
    if (projectId) {
        const auto p = s.projects.find(projectId);
        if (p == s.projects.end() || p->second.companyId != c.companyId)
            return c.notFound(QStringLiteral("Project"));
    } else if (c.pathId(2) != c.companyId) {
        return c.notFound(QStringLiteral("Company"));
    }
    // Bodies are top-level fields; some clients wrap them in "upload".
    QJsonObject body = c.params;
    if (body.value(u"upload"_s).isObject())
        body = body.value(u"upload"_s).toObject();
    const QString fileName = body.value(u"response_filename"_s).toString();
    const QJsonArray segments = body.value(u"segments"_s).toArray();
    if (version == QLatin1String("v1.1") && fileName.isEmpty())
        return c.errors(400, QJsonObject{{u"response_filename"_s, QJsonArray{QStringLiteral("is missing")}}});

    Upload u;
    u.uuid = SandboxState::newUlid();
    u.companyId = c.companyId;
    u.projectId = projectId;
    u.userId = c.user.id;
    u.apiVersion = version;
    u.key = QStringLiteral("companies/%1/%2").arg(c.companyId).arg(u.uuid);
    u.fileName = fileName;
    u.contentType = body.value(u"response_content_type"_s).toString();
    if (u.contentType.isEmpty())
        u.contentType = fileName.isEmpty()
                            ? QStringLiteral("application/octet-stream")
                            : QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name();
    const QString dispositionType = truthy(body.value(u"attachment_content_disposition"_s))
                                        ? QStringLiteral("attachment")
                                        : QStringLiteral("inline");
    if (fileName.isEmpty()) {
        u.contentDisposition = dispositionType;
    } else {
        QString quoted = fileName;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""));
        u.contentDisposition =
            QStringLiteral("%1; filename=\"%2\"; filename*=UTF-8''%3")
                .arg(dispositionType, quoted, QString::fromLatin1(QUrl::toPercentEncoding(fileName)));
    }
    u.createdAt = QDateTime::currentDateTimeUtc();
    u.policyExpiresAt = c.ctx.faults.takeExpiredPolicy()
                            ? u.createdAt.addSecs(-1)
                            : u.createdAt.addSecs(c.ctx.options.policyLifetimeSecs);
    if (u.policyExpiresAt < u.createdAt) // an "already expired" policy was signed an hour ago
        u.policyExpiresAt = u.createdAt.addSecs(-1);

    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QJsonObject seg = segments[i].toObject();
        UploadSegment us;
        us.size = seg.value(u"size"_s).toVariant().toLongLong();
        us.sha256 = seg.value(u"sha256"_s).toString().toLower();
        us.md5 = seg.value(u"md5"_s).toString().toLower();
        const bool last = i == segments.size() - 1;
        if (us.size <= 0 || us.sha256.size() != 64)
            return c.errors(400,
                            QJsonObject{{u"segments"_s,
                                         QJsonArray{QStringLiteral("each segment needs size and sha256")}}});
        if ((!last && us.size < kMinSegment) || us.size > kMaxSegment)
            return c.errors(
                422,
                QJsonObject{
                    {u"segments"_s,
                     QJsonArray{QStringLiteral("segment %1 must be between 5 MB and 5 GB").arg(i + 1)}}});
        u.segments.push_back(us);
    }
    s.uploads[u.uuid] = u;
    c.json(201, uploadJson(u, c.ctx));
}

void ApiRoutes::uploadShow(ApiCall &c)
{
    const auto it = c.ctx.state.uploads.find(c.pathArg(3));
    if (it == c.ctx.state.uploads.end() || it->second.companyId != c.companyId)
        return c.notFound(QStringLiteral("Upload"));
    if (it->second.userId != c.user.id)
        return c.errors(403, QStringLiteral("This upload belongs to another user"));
    c.json(200, uploadJson(it->second, c.ctx));
}

void ApiRoutes::uploadComplete(ApiCall &c)
{
    SandboxState &s = c.ctx.state;
    const auto it = s.uploads.find(c.pathArg(3));
    if (it == s.uploads.end() || it->second.companyId != c.companyId)
        return c.notFound(QStringLiteral("Upload"));
    Upload &u = it->second;
    if (u.userId != c.user.id)
        return c.errors(403, QStringLiteral("This upload belongs to another user"));
    if (u.createdAt.secsTo(QDateTime::currentDateTimeUtc()) > kAssociationWindowSecs)
        return c.errors(410, QStringLiteral("This upload has expired"));
    if (u.segments.empty())
        return c.errors(422, QStringLiteral("This upload has no segments"));
    const QJsonArray etags = c.params.value(u"segments"_s).toArray();
    if (etags.size() != qsizetype(u.segments.size()))
        return c.errors(
            422,
            QStringLiteral("Expected %1 segment etags, got %2").arg(u.segments.size()).arg(etags.size()));
    for (size_t i = 0; i < u.segments.size(); ++i) {
        const QJsonObject sent = etags[qsizetype(i)].toObject();
        if ((sent.contains(u"size"_s) && sent.value(u"size"_s).toVariant().toLongLong() != u.segments[i].size)
            || (sent.contains(u"sha256"_s)
                && sent.value(u"sha256"_s).toString().toLower() != u.segments[i].sha256))
            return c.errors(
                422, QStringLiteral("Segment %1 size or sha256 differs from the created upload").arg(i + 1));
        QString etag = sent.value(u"etag"_s).toString();
        etag.remove(QLatin1Char('"'));
        if (u.segments[i].etag.isEmpty() || etag != u.segments[i].etag)
            return c.errors(422, QStringLiteral("Segment %1 etag does not match the stored part").arg(i + 1));
    }
    if (u.stored) { // completed already (a repeated PATCH after a lost answer): the same answer again
        QJsonObject body = uploadJson(u, c.ctx);
        body.insert(u"etag"_s, s.objects.at(u.key).md5);
        return c.json(200, body);
    }
    // Join the parts into the object, as S3 completes a multipart upload.
    QString joinError;
    const std::optional<StoredObject> joined = joinParts(c.ctx, u, &joinError);
    if (!joined)
        return c.errors(500, joinError);
    const StoredObject &o = *joined;
    s.objects[u.key] = o;
    u.stored = true;
    QJsonObject body = uploadJson(u, c.ctx);
    body.insert(u"etag"_s, o.md5);
    c.json(200, body);
}

const Folder *ApiRoutes::writableParent(ApiCall &c, qint64 projectId, const QJsonObject &body,
                                        const QString &what)
{
    SandboxState &s = c.ctx.state;
    qint64 parentId = body.value(u"parent_id"_s).toVariant().toLongLong();
    if (parentId == 0)
        if (const Folder *root = s.rootFolder(c.companyId, projectId))
            parentId = root->id;
    const auto parent = s.folders.find(parentId);
    if (parent == s.folders.end() || parent->second.projectId != projectId
        || parent->second.companyId != c.companyId) {
        c.notFound(QStringLiteral("Parent folder"));
        return nullptr;
    }
    if (parent->second.readOnly || parent->second.recycleBin) {
        c.errors(403,
                 QStringLiteral("You do not have permission to add %1 to %2").arg(what, parent->second.name));
        return nullptr;
    }
    return &parent->second;
}

Upload *ApiRoutes::claimUpload(ApiCall &c, const QString &uuid)
{
    SandboxState &s = c.ctx.state;
    const auto it = s.uploads.find(uuid);
    if (uuid.isEmpty() || it == s.uploads.end() || it->second.companyId != c.companyId) {
        c.errors(404, QStringLiteral("Upload %1 not found").arg(uuid));
        return nullptr;
    }
    Upload &u = it->second;
    if (u.userId != c.user.id) {
        c.errors(403, QStringLiteral("Upload %1 was created by another user").arg(uuid));
        return nullptr;
    }
    if (u.createdAt.secsTo(QDateTime::currentDateTimeUtc()) > kAssociationWindowSecs) {
        c.errors(422, QJsonObject{{u"upload_uuid"_s, QJsonArray{QStringLiteral("has expired")}}});
        return nullptr;
    }
    if (!u.stored) {
        c.errors(422, QJsonObject{{u"upload_uuid"_s,
                                   QJsonArray{QStringLiteral("has not been uploaded to storage")}}});
        return nullptr;
    }
    if (u.consumed) {
        c.errors(422, QJsonObject{{u"upload_uuid"_s, QJsonArray{QStringLiteral("has already been used")}}});
        return nullptr;
    }
    return &u;
}

void ApiRoutes::fileCreate(ApiCall &c, qint64 projectId)
{
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    if (!projectId && c.pathId(1) != c.companyId)
        return c.notFound(QStringLiteral("Company"));
    const QJsonObject body = c.params.value(u"file"_s).toObject();
    if (!c.params.value(u"file"_s).isObject())
        return c.errors(400, QJsonObject{{u"file"_s, QJsonArray{QStringLiteral("is missing")}}});
    if (body.contains(u"data"_s) && body.contains(u"upload_uuid"_s))
        return c.errors(400, QStringLiteral("Send either file[data] or file[upload_uuid], not both"));
    if (body.contains(u"data"_s))
        return c.errors(
            400, QStringLiteral("file[data] is deprecated; use a direct upload and file[upload_uuid]"));

    SandboxState &s = c.ctx.state;
    const Folder *parent = writableParent(c, projectId, body, QStringLiteral("files"));
    if (!parent)
        return;
    const qint64 parentId = parent->id;

    Upload *upload = claimUpload(c, body.value(u"upload_uuid"_s).toString());
    if (!upload)
        return;
    QString name = documentsName(body.value(u"name"_s).toString(upload->fileName));
    if (name.isEmpty())
        return c.errors(422, QJsonObject{{u"name"_s, QJsonArray{QStringLiteral("can't be blank")}}});
    auto taken = [&](const QString &candidate) {
        for (const StoredFile *f : s.childFiles(parentId))
            if (f->name.compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    if (taken(name)) {
        if (!truthy(body.value(u"unique_name"_s)))
            return c.errors(422,
                            QJsonObject{{u"name"_s, QJsonArray{QStringLiteral("has already been taken")}}});
        name = uniqueName(name, taken);
    }
    const StoredObject &object = s.objects.at(upload->key);
    StoredFile f;
    f.id = s.nextId(kFileBase);
    f.folderId = parentId;
    f.companyId = c.companyId;
    f.projectId = projectId;
    f.name = name;
    f.description = body.value(u"description"_s).toString();
    f.createdAt = QDateTime::currentDateTimeUtc();
    f.versions.push_back(FileVersion{s.nextId(kFileBase), 1, QString(), object.size, upload->uuid,
                                     upload->key, c.user.id, f.createdAt});
    upload->consumed = true;
    s.files[f.id] = f;
    c.json(201, fileJson(s.files[f.id], c.ctx));
}

void ApiRoutes::fileShow(ApiCall &c)
{
    const qint64 projectId = projectOfCall(c);
    const auto it = c.ctx.state.files.find(c.pathId(1));
    if (projectId < 0 || it == c.ctx.state.files.end() || it->second.projectId != projectId)
        return c.notFound(QStringLiteral("File"));
    c.json(200, fileJson(it->second, c.ctx));
}

void ApiRoutes::fileVersionCreate(ApiCall &c)
{
    const qint64 projectId = projectOfCall(c);
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    SandboxState &s = c.ctx.state;
    const qint64 fileId = c.params.value(u"file_id"_s).toVariant().toLongLong();
    const auto it = s.files.find(fileId);
    if (it == s.files.end() || it->second.projectId != projectId)
        return c.notFound(QStringLiteral("File"));
    const QJsonObject body = c.params.value(u"file_version"_s).toObject();
    Upload *upload = claimUpload(c, body.value(u"upload_uuid"_s).toString());
    if (!upload)
        return;
    StoredFile &f = it->second;
    const StoredObject &object = s.objects.at(upload->key);
    f.versions.push_back(FileVersion{s.nextId(kFileBase), int(f.versions.size()) + 1,
                                     body.value(u"notes"_s).toString(), object.size, upload->uuid,
                                     upload->key, c.user.id, QDateTime::currentDateTimeUtc()});
    upload->consumed = true;
    c.json(201, versionJson(f.versions.back(), f, c.ctx));
}

void ApiRoutes::imageCategories(ApiCall &c)
{
    const qint64 projectId = projectOfCall(c);
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    QJsonArray all;
    for (const auto &[id, cat] : c.ctx.state.imageCategories) {
        if (cat.projectId != projectId)
            continue;
        all.append(imageCategoryJson(cat, c.ctx, int(all.size()) + 1));
    }
    paginate(c, all, 100, 1000);
}

void ApiRoutes::imageCategoryCreate(ApiCall &c)
{
    const qint64 projectId = projectOfCall(c);
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    const QJsonObject body = c.params.value(u"image_category"_s).toObject();
    const QString name = body.value(u"name"_s).toString().trimmed();
    if (name.isEmpty())
        return c.errors(422, QJsonObject{{u"name"_s, QJsonArray{QStringLiteral("can't be blank")}}});
    ImageCategory cat{c.ctx.state.nextId(kMiscBase), projectId, name, truthy(body.value(u"private"_s)),
                      QDateTime::currentDateTimeUtc()};
    c.ctx.state.imageCategories[cat.id] = cat;
    int position = 0;
    for (const auto &[id, other] : c.ctx.state.imageCategories)
        position += other.projectId == projectId ? 1 : 0;
    c.json(201, imageCategoryJson(cat, c.ctx, position));
}

void ApiRoutes::images(ApiCall &c)
{
    const qint64 projectId = projectOfCall(c);
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    QJsonArray all;
    for (const auto &[id, img] : c.ctx.state.images)
        if (img.projectId == projectId)
            all.append(imageJson(img, c.ctx));
    paginate(c, all, 100, 1000);
}

void ApiRoutes::imageCreate(ApiCall &c)
{
    const qint64 projectId = projectOfCall(c);
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    // Two body shapes in public sources: top-level upload_uuid + image_name (the spec), or
    // {"upload":{"uuid","image_name"}} (the tutorial). Both need a non-empty "image" object.
    const QJsonObject image = c.params.value(u"image"_s).toObject();
    QString uuid = c.params.value(u"upload_uuid"_s).toString();
    QString name = c.params.value(u"image_name"_s).toString();
    // A server configured for one shape refuses the other, the way Procore would if only one of
    // the documented shapes were real.
    const QString shape = c.ctx.options.imageBodyShape;
    if (shape == QLatin1String("upload") && !c.params.value(u"upload"_s).isObject())
        return c.errors(400, QJsonObject{{u"upload"_s, QJsonArray{QStringLiteral("is missing")}}});
    if (shape != QLatin1String("upload_uuid") && c.params.value(u"upload"_s).isObject()) {
        const QJsonObject upload = c.params.value(u"upload"_s).toObject();
        uuid = upload.value(u"uuid"_s).toString(uuid);
        name = upload.value(u"image_name"_s).toString(name);
    }
    if (image.isEmpty())
        return c.errors(
            400, QJsonObject{{u"image"_s,
                              QJsonArray{QStringLiteral(
                                  "needs at least one attribute even when an upload_uuid is provided")}}});
    if (uuid.isEmpty())
        return c.errors(400, QJsonObject{{u"upload_uuid"_s, QJsonArray{QStringLiteral("is missing")}}});
    if (name.isEmpty())
        return c.errors(400, QJsonObject{{u"image_name"_s, QJsonArray{QStringLiteral("is missing")}}});
    const qint64 categoryId = image.value(u"image_category_id"_s).toVariant().toLongLong();
    if (categoryId) {
        const auto cat = c.ctx.state.imageCategories.find(categoryId);
        if (cat == c.ctx.state.imageCategories.end() || cat->second.projectId != projectId)
            return c.errors(422,
                            QJsonObject{{u"image_category_id"_s,
                                         QJsonArray{QStringLiteral("is not an album of this project")}}});
    }
    Upload *upload = claimUpload(c, uuid);
    if (!upload)
        return;
    const StoredObject &object = c.ctx.state.objects.at(upload->key);
    if (!object.contentType.startsWith(QLatin1String("image/")))
        return c.errors(
            422, QJsonObject{
                     {u"image"_s,
                      QJsonArray{QStringLiteral("must be an image file (got %1)").arg(object.contentType)}}});
    Image img{c.ctx.state.nextId(kMiscBase),
              projectId,
              categoryId,
              name,
              image.value(u"description"_s).toString(),
              truthy(image.value(u"private"_s)),
              uuid,
              upload->key,
              object.size,
              c.user.id,
              QDateTime::currentDateTimeUtc()};
    upload->consumed = true;
    c.ctx.state.images[img.id] = img;
    c.json(201, imageJson(img, c.ctx));
}

void ApiRoutes::drawingAreas(ApiCall &c)
{
    const auto p = c.ctx.state.projects.find(c.pathId(1));
    if (p == c.ctx.state.projects.end() || p->second.companyId != c.companyId)
        return c.notFound(QStringLiteral("Project"));
    QJsonArray all;
    for (const auto &[id, a] : c.ctx.state.drawingAreas)
        if (a.projectId == p->first)
            all.append(drawingAreaJson(a, c.ctx.state));
    c.json(200, all);
}

void ApiRoutes::drawingSets(ApiCall &c)
{
    const auto p = c.ctx.state.projects.find(c.pathId(1));
    if (p == c.ctx.state.projects.end() || p->second.companyId != c.companyId)
        return c.notFound(QStringLiteral("Project"));
    QJsonArray all;
    for (const auto &[id, set] : c.ctx.state.drawingSets)
        if (set.projectId == p->first)
            all.append(drawingSetJson(set, c.ctx.state, int(all.size()) + 1));
    c.json(200, all);
}

void ApiRoutes::drawingSetCreate(ApiCall &c)
{
    const auto p = c.ctx.state.projects.find(c.pathId(1));
    if (p == c.ctx.state.projects.end() || p->second.companyId != c.companyId)
        return c.notFound(QStringLiteral("Project"));
    // Procore's reference has top-level name and date; some clients wrap them in "drawing_set".
    const QJsonObject body =
        c.params.value(u"drawing_set"_s).isObject() ? c.params.value(u"drawing_set"_s).toObject() : c.params;
    const QString name = body.value(u"name"_s).toString().trimmed();
    if (name.isEmpty())
        return c.errors(422, QJsonObject{{u"name"_s, QJsonArray{QStringLiteral("can't be blank")}}});
    DrawingSet set{c.ctx.state.nextId(kMiscBase), p->first, name, body.value(u"date"_s).toString()};
    c.ctx.state.drawingSets[set.id] = set;
    int position = 0;
    for (const auto &[id, other] : c.ctx.state.drawingSets)
        position += other.projectId == p->first ? 1 : 0;
    c.json(201, drawingSetJson(set, c.ctx.state, position));
}

void ApiRoutes::drawingUploadCreate(ApiCall &c)
{
    SandboxState &s = c.ctx.state;
    const qint64 projectId = c.pathId(2);
    const auto p = s.projects.find(projectId);
    if (p == s.projects.end() || p->second.companyId != c.companyId)
        return c.notFound(QStringLiteral("Project"));
    const QString token = http::header(c.req, "Idempotency-Token");
    if (!token.isEmpty()) {
        for (const auto &[id, d] : s.drawingUploads)
            if (d.projectId == projectId && d.idempotencyToken == token)
                return c.json(200, drawingUploadJson(d, c.ctx, false)); // a repeat returns the first result
    }
    const QJsonObject body = c.params.value(u"drawing_upload"_s).toObject();
    const qint64 setId = body.value(u"drawing_set_id"_s).toVariant().toLongLong();
    const auto set = s.drawingSets.find(setId);
    if (set == s.drawingSets.end() || set->second.projectId != projectId)
        return c.errors(422,
                        QJsonObject{{u"drawing_set_id"_s,
                                     QJsonArray{QStringLiteral("must be a drawing set of this project")}}});
    const qint64 areaId = body.value(u"drawing_area_id"_s).toVariant().toLongLong();
    if (areaId) {
        const auto area = s.drawingAreas.find(areaId);
        if (area == s.drawingAreas.end() || area->second.projectId != projectId)
            return c.errors(
                422, QJsonObject{{u"drawing_area_id"_s,
                                  QJsonArray{QStringLiteral("must be a drawing area of this project")}}});
    }
    QStringList uuids;
    if (c.pathArg(1) == QLatin1String("v1.0") && body.value(u"upload_uuids"_s).isArray()) {
        for (const QJsonValue &v : body.value(u"upload_uuids"_s).toArray())
            uuids.append(v.toString());
    } else {
        for (const QJsonValue &v : body.value(u"drawing_log_imports"_s).toArray()) {
            const QJsonObject imp = v.toObject();
            if (imp.value(u"drawing_date"_s).toString().isEmpty()
                || imp.value(u"default_revision"_s).toString().isEmpty())
                return c.errors(
                    422,
                    QJsonObject{{u"drawing_log_imports"_s,
                                 QJsonArray{QStringLiteral(
                                     "each import needs upload_uuid, drawing_date and default_revision")}}});
            uuids.append(imp.value(u"upload_uuid"_s).toString());
        }
    }
    if (uuids.isEmpty())
        return c.errors(
            422, QJsonObject{{u"drawing_log_imports"_s, QJsonArray{QStringLiteral("can't be empty")}}});
    std::vector<Upload *> claimed;
    for (const QString &uuid : uuids) {
        Upload *u = claimUpload(c, uuid);
        if (!u)
            return;
        if (!s.objects.at(u->key).contentType.contains(QLatin1String("pdf"), Qt::CaseInsensitive)
            && !u->fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return c.errors(
                422, QJsonObject{{u"upload_uuid"_s,
                                  QJsonArray{QStringLiteral("%1 is not a PDF drawing").arg(u->fileName)}}});
        claimed.push_back(u);
    }
    // Processing reads the PDFs: one that is not a PDF inside makes the upload end "failed".
    QString failure;
    for (Upload *u : claimed) {
        u->consumed = true;
        QFile object(c.ctx.objectPath(u->key));
        if (failure.isEmpty() && (!object.open(QIODevice::ReadOnly) || !object.read(5).startsWith("%PDF-")))
            failure = QStringLiteral("%1 could not be read as a PDF").arg(u->fileName);
    }
    DrawingUpload d{s.nextId(kMiscBase),
                    projectId,
                    areaId,
                    setId,
                    uuids,
                    token,
                    0,
                    QDateTime::currentDateTimeUtc(),
                    failure,
                    c.user.id};
    s.drawingUploads[d.id] = d;
    c.json(201, drawingUploadJson(d, c.ctx, false));
}

void ApiRoutes::drawingUploadShow(ApiCall &c)
{
    const auto it = c.ctx.state.drawingUploads.find(c.pathId(3));
    if (it == c.ctx.state.drawingUploads.end() || it->second.projectId != c.pathId(2))
        return c.notFound(QStringLiteral("Drawing upload"));
    QJsonObject body = drawingUploadJson(it->second, c.ctx, true);
    ++it->second.polls;
    c.json(200, body);
}

} // namespace hoist::sandbox

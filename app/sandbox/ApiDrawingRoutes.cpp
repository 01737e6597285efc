// Drawings: areas, sets, and drawing uploads with their processing status.
#include "ApiCall.h"
#include "ApiRoutes.h"
#include "ApiShapes.h"
#include "SandboxContext.h"

#include <QFile>

#include <optional>
#include <vector>

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

namespace {

// Procore's reference gives drawing areas and sets page/per_page but no default: the sandbox pages
// them as its other v1 lists (100 a page, at most 1,000; pagination.md: keep per_page ≤ 2,000).
constexpr int kDrawingListPerPage = 100;
constexpr int kDrawingListMaxPerPage = 1000;

void drawingAreas(ApiCall &c)
{
    const auto p = c.ctx.state.projects.find(c.pathId(1));
    if (p == c.ctx.state.projects.end() || p->second.companyId != c.companyId)
        return c.notFound(QStringLiteral("Project"));
    QJsonArray all;
    for (const auto &[id, a] : c.ctx.state.drawingAreas)
        if (a.projectId == p->first)
            all.append(drawingAreaJson(a, c.ctx.state));
    c.paginate(all, kDrawingListPerPage, kDrawingListMaxPerPage); // page/per_page in Procore's reference
}

void drawingSets(ApiCall &c)
{
    const auto p = c.ctx.state.projects.find(c.pathId(1));
    if (p == c.ctx.state.projects.end() || p->second.companyId != c.companyId)
        return c.notFound(QStringLiteral("Project"));
    QJsonArray all;
    for (const auto &[id, set] : c.ctx.state.drawingSets)
        if (set.projectId == p->first)
            all.append(drawingSetJson(set, c.ctx.state, int(all.size()) + 1));
    c.paginate(all, kDrawingListPerPage, kDrawingListMaxPerPage); // page/per_page in Procore's reference
}

// The drawings of an area (v1.1, the area in the path; project_id optional in the reference).
void areaDrawings(ApiCall &c)
{
    const auto a = c.ctx.state.drawingAreas.find(c.pathId(1));
    const auto p = a == c.ctx.state.drawingAreas.end() ? c.ctx.state.projects.end()
                                                       : c.ctx.state.projects.find(a->second.projectId);
    if (p == c.ctx.state.projects.end() || p->second.companyId != c.companyId
        || (c.params.contains(u"project_id"_s) && c.paramId(u"project_id"_s) != p->first))
        return c.notFound(QStringLiteral("Drawing area"));
    QJsonArray all;
    for (const auto &[id, d] : c.ctx.state.drawings)
        if (d.areaId == a->first)
            all.append(drawingJson(d, c.ctx));
    c.paginate(all, kDrawingListPerPage, kDrawingListMaxPerPage); // page/per_page in Procore's reference
}

void drawingSetCreate(ApiCall &c)
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

// The uploads a drawing upload imports: each import's upload_uuid (with its drawing_date and
// default_revision), or v1.0's upload_uuids[]. Fills the answer and returns nullopt when wrong.
std::optional<QStringList> importedUuids(ApiCall &c, const QJsonObject &body, QStringList *revisions)
{
    QStringList uuids;
    if (c.pathArg(1) == QLatin1String("v1.0") && body.value(u"upload_uuids"_s).isArray()) {
        for (const QJsonValue &v : body.value(u"upload_uuids"_s).toArray())
            uuids.append(v.toString());
    } else {
        for (const QJsonValue &v : body.value(u"drawing_log_imports"_s).toArray()) {
            const QJsonObject imp = v.toObject();
            if (imp.value(u"drawing_date"_s).toString().isEmpty()
                || imp.value(u"default_revision"_s).toString().isEmpty()) {
                c.errors(
                    422,
                    QJsonObject{{u"drawing_log_imports"_s,
                                 QJsonArray{QStringLiteral(
                                     "each import needs upload_uuid, drawing_date and default_revision")}}});
                return std::nullopt;
            }
            uuids.append(imp.value(u"upload_uuid"_s).toString());
            revisions->append(imp.value(u"default_revision"_s).toString());
        }
    }
    if (uuids.isEmpty()) {
        c.errors(422, QJsonObject{{u"drawing_log_imports"_s, QJsonArray{QStringLiteral("can't be empty")}}});
        return std::nullopt;
    }
    return uuids;
}

// Claims every upload, each of which must be a PDF; fills the answer and returns false when one cannot be.
bool claimPdfs(ApiCall &c, const QStringList &uuids, std::vector<Upload *> *claimed)
{
    for (const QString &uuid : uuids) {
        Upload *u = c.claimUpload(uuid);
        if (!u)
            return false;
        if (!c.ctx.state.objects.at(u->key).contentType.contains(QLatin1String("pdf"), Qt::CaseInsensitive)
            && !u->fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            c.errors(422,
                     QJsonObject{{u"upload_uuid"_s,
                                  QJsonArray{QStringLiteral("%1 is not a PDF drawing").arg(u->fileName)}}});
            return false;
        }
        claimed->push_back(u);
    }
    return true;
}

void drawingUploadCreate(ApiCall &c)
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
    QStringList revisions;
    const std::optional<QStringList> uuids = importedUuids(c, body, &revisions);
    if (!uuids)
        return;
    std::vector<Upload *> claimed;
    if (!claimPdfs(c, *uuids, &claimed))
        return;
    // Processing reads the PDFs: one that is not a PDF inside makes the upload end "failed".
    QString failure;
    for (Upload *u : claimed) {
        u->consumed = true;
        QFile object(c.ctx.objectFiles(s.objects.at(u->key)).constFirst());
        if (failure.isEmpty() && (!object.open(QIODevice::ReadOnly) || !object.read(5).startsWith("%PDF-")))
            failure = QStringLiteral("%1 could not be read as a PDF").arg(u->fileName);
    }
    DrawingUpload d{s.nextId(kMiscBase),
                    projectId,
                    areaId,
                    setId,
                    *uuids,
                    token,
                    0,
                    QDateTime::currentDateTimeUtc(),
                    failure,
                    c.user.id,
                    revisions};
    s.drawingUploads[d.id] = d;
    c.json(201, drawingUploadJson(d, c.ctx, false));
}

void drawingUploadShow(ApiCall &c)
{
    const auto it = c.ctx.state.drawingUploads.find(c.pathId(3));
    if (it == c.ctx.state.drawingUploads.end() || it->second.projectId != c.pathId(2))
        return c.notFound(QStringLiteral("Drawing upload"));
    QJsonObject body = drawingUploadJson(it->second, c.ctx, true);
    ++it->second.polls;
    c.json(200, body);
}

} // namespace

void addDrawingRoutes(ApiRoutes &routes)
{
    using C = ApiRoutes::CompanyHeader;
    routes.add("GET", R"(/rest/v1\.[01]/projects/(\d+)/drawing_areas)", C::Required, drawingAreas);
    routes.add("GET", R"(/rest/v1\.[01]/projects/(\d+)/drawing_sets)", C::Required, drawingSets);
    routes.add("GET", R"(/rest/v1\.1/drawing_areas/(\d+)/drawings)", C::Required, areaDrawings);
    routes.add("POST", R"(/rest/v1\.[01]/projects/(\d+)/drawing_sets)", C::Required, drawingSetCreate);
    routes.add("POST", R"(/rest/(v1\.[01])/projects/(\d+)/drawing_uploads)", C::Required,
               drawingUploadCreate);
    routes.add("GET", R"(/rest/(v1\.[01])/projects/(\d+)/drawing_uploads/(\d+))", C::Required,
               drawingUploadShow);
}

} // namespace hoist::sandbox

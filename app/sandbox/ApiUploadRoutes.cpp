// Direct uploads (v1.0 and v1.1, project and company level): create, show, complete a segmented one.
#include "ApiCall.h"
#include "ApiRoutes.h"
#include "ApiShapes.h"
#include "SandboxContext.h"

#include "IncomingObject.h"

#include <QMimeDatabase>
#include <QUrl>

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinSegment = 5'000'000;                // "≥ 5 MB" except the last
constexpr qint64 kMaxSegment = 5LL * 1024 * 1024 * 1024; // 5 GB

void uploadCreate(ApiCall &c, qint64 projectId)
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

void uploadShow(ApiCall &c)
{
    const auto it = c.ctx.state.uploads.find(c.pathArg(3));
    if (it == c.ctx.state.uploads.end() || it->second.companyId != c.companyId)
        return c.notFound(QStringLiteral("Upload"));
    // Another user's upload is one this user cannot see: 404, as Procore answers (troubleshooting.md).
    if (it->second.userId != c.user.id)
        return c.notFound(QStringLiteral("Upload"));
    c.json(200, uploadJson(it->second, c.ctx));
}

void uploadComplete(ApiCall &c)
{
    SandboxState &s = c.ctx.state;
    const auto it = s.uploads.find(c.pathArg(3));
    if (it == s.uploads.end() || it->second.companyId != c.companyId)
        return c.notFound(QStringLiteral("Upload"));
    Upload &u = it->second;
    if (u.userId != c.user.id) // not visible to this user: 404 (troubleshooting.md)
        return c.notFound(QStringLiteral("Upload"));
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
    if (u.stored) { // completed already (a repeated PATCH after a lost answer)
        // Procore's reference lists 410 among this call's answers; told to, answer a repeat so.
        if (c.ctx.options.completeRepeat == QLatin1String("gone"))
            return c.errors(410, QStringLiteral("This upload has already been completed"));
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

} // namespace

void addUploadRoutes(ApiRoutes &routes)
{
    using C = ApiRoutes::CompanyHeader;
    routes.add("POST", R"(/rest/(v1\.[01])/projects/(\d+)/uploads)", C::Required,
               [](ApiCall &c) { uploadCreate(c, c.pathId(2)); });
    routes.add("POST", R"(/rest/(v1\.[01])/companies/(\d+)/uploads)", C::Required,
               [](ApiCall &c) { uploadCreate(c, 0); });
    routes.add("GET", R"(/rest/(v1\.[01])/(?:projects|companies)/(\d+)/uploads/([0-9A-Z]{26}))", C::Required,
               uploadShow);
    routes.add("PATCH", R"(/rest/(v1\.1)/(?:projects|companies)/(\d+)/uploads/([0-9A-Z]{26}))", C::Required,
               uploadComplete);
}

} // namespace hoist::sandbox

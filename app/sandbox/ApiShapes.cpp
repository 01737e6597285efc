#include "ApiShapes.h"

#include "SandboxContext.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonValue nullable(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QString fileTypeOf(const QString &name)
{
    return QFileInfo(name).suffix().toLower();
}

QJsonObject companyJson(const Company &c)
{
    return {{u"id"_s, c.id},
            {u"name"_s, c.name},
            {u"is_active"_s, c.isActive},
            {u"logo_url"_s, QJsonValue::Null},
            {u"pcn_business_experience"_s, QJsonValue::Null},
            {u"my_company"_s, false}};
}

QJsonObject projectJson(const Project &p, const SandboxState &s)
{
    const Company &c = s.companies.at(p.companyId);
    return {{u"id"_s, p.id},
            {u"name"_s, p.name},
            {u"display_name"_s, QString(p.projectNumber + QStringLiteral(" - ") + p.name)},
            {u"project_number"_s, p.projectNumber},
            {u"city"_s, p.city},
            {u"active"_s, p.active},
            {u"company"_s, QJsonObject{{u"id"_s, c.id}, {u"name"_s, c.name}}}};
}

QJsonObject versionJson(const FileVersion &v, const StoredFile &f, const SandboxContext &ctx)
{
    // Exactly the fields of a version recorded from Procore (procore-api-notes.md §9): no
    // upload_uuid anywhere, and prostore_file is {id, name, url, filename}.
    const QString url = ctx.baseUrl() + QStringLiteral("/s3/") + ctx.bucket + QLatin1Char('/') + v.objectKey;
    const QJsonValue link = v.objectKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url);
    const auto user = ctx.state.users.find(v.createdBy);
    QJsonObject createdBy{{u"id"_s, v.createdBy}};
    const bool known = user != ctx.state.users.end();
    createdBy.insert(u"login"_s, known ? QJsonValue(user->second.login) : QJsonValue(QJsonValue::Null));
    createdBy.insert(u"name"_s, known ? QJsonValue(user->second.name) : QJsonValue(QJsonValue::Null));
    return {{u"id"_s, v.id},
            {u"notes"_s, v.notes},
            {u"url"_s, link},
            {u"size"_s, v.size},
            {u"created_at"_s, iso(v.createdAt)},
            {u"number"_s, v.number},
            {u"created_by"_s, createdBy},
            {u"prostore_file"_s,
             QJsonObject{{u"id"_s, v.id}, {u"name"_s, f.name}, {u"url"_s, link}, {u"filename"_s, f.name}}},
            {u"file_id"_s, f.id}};
}

QJsonObject fileJson(const StoredFile &f, const SandboxContext &ctx)
{
    QJsonArray versions;
    for (auto it = f.versions.rbegin(); it != f.versions.rend(); ++it)
        versions.append(versionJson(*it, f, ctx));
    const QString folderPath = ctx.state.folderPath(f.folderId);
    const qint64 size = f.versions.empty() ? 0 : f.versions.back().size;
    return {{u"id"_s, f.id},
            {u"name"_s, f.name},
            {u"parent_id"_s, f.folderId},
            {u"size"_s, size},
            {u"description"_s, f.description},
            {u"created_at"_s, iso(f.createdAt)},
            {u"updated_at"_s, iso(f.versions.empty() ? f.createdAt : f.versions.back().createdAt)},
            {u"checked_out_until"_s, QJsonValue::Null},
            {u"checked_out_by"_s, QJsonValue::Null},
            {u"name_with_path"_s,
             folderPath.isEmpty() ? f.name : QString(folderPath + QLatin1Char('/') + f.name)},
            {u"private"_s, false},
            {u"is_tracked"_s, false},
            {u"tracked_folder"_s, QJsonValue::Null},
            {u"file_type"_s, fileTypeOf(f.name)},
            {u"file_versions"_s, versions},
            {u"legacy_id"_s, QJsonValue::Null},
            {u"is_deleted"_s, false},
            {u"custom_fields"_s, QJsonObject{}}};
}

QJsonObject folderJson(SandboxState &s, const SandboxContext &ctx, const Folder &f, bool withChildren)
{
    const auto subfolders = s.childFolders(f.id);
    const auto files = s.childFiles(f.id);
    QJsonArray folderArray, fileArray;
    if (withChildren) {
        for (const Folder *child : subfolders)
            folderArray.append(folderJson(s, ctx, *child, false));
        for (const StoredFile *file : files)
            fileArray.append(fileJson(*file, ctx));
    }
    return {{u"id"_s, f.id},
            {u"name"_s, f.parentId ? QJsonValue(f.name) : QJsonValue(QJsonValue::Null)},
            {u"parent_id"_s, nullable(f.parentId)},
            {u"private"_s, f.isPrivate},
            {u"updated_at"_s, iso(f.updatedAt)},
            {u"is_tracked"_s, false},
            {u"tracked_folder"_s, QJsonValue::Null},
            {u"name_with_path"_s, s.folderPath(f.id)},
            {u"folders"_s, folderArray},
            {u"files"_s, fileArray},
            {u"read_only"_s, f.readOnly},
            {u"is_deleted"_s, false},
            {u"is_recycle_bin"_s, f.recycleBin},
            {u"has_children"_s, !subfolders.empty() || !files.empty()},
            {u"has_children_files"_s, !files.empty()},
            {u"has_children_folders"_s, !subfolders.empty()},
            {u"custom_fields"_s, QJsonObject{}}};
}

QJsonObject uploadJson(const Upload &u, const SandboxContext &ctx)
{
    QJsonObject out{{u"uuid"_s, u.uuid}};
    const QString hostileUrl = ctx.faults.storageUrl(); // a fault: a server naming any URL it likes
    if (u.segments.empty()) {
        QJsonObject fields;
        const auto signedFields =
            ctx.policy.sign(ctx.bucket, u.key, u.contentType, u.contentDisposition,
                            u.policyExpiresAt.addSecs(-ctx.options.policyLifetimeSecs), u.policyExpiresAt);
        for (const auto &[name, value] : signedFields)
            fields.insert(name, value);
        out.insert(u"url"_s, hostileUrl.isEmpty() ? ctx.storageUrl() : hostileUrl);
        out.insert(u"fields"_s, fields);
        out.insert(u"status"_s, u.stored ? QStringLiteral("complete") : QStringLiteral("ready"));
        return out;
    }
    QJsonArray segments;
    for (size_t i = 0; i < u.segments.size(); ++i) {
        const UploadSegment &seg = u.segments[i];
        QUrl url(ctx.storageUrl() + QLatin1Char('/') + u.key);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("partNumber"), QString::number(i + 1));
        q.addQueryItem(QStringLiteral("uploadId"), u.uuid);
        q.addQueryItem(QStringLiteral("X-Amz-Expires"), QString::number(ctx.options.policyLifetimeSecs));
        url.setQuery(q);
        QJsonObject headers{{u"x-amz-content-sha256"_s, seg.sha256},
                            {u"content-length"_s, QString::number(seg.size)}};
        if (!seg.md5.isEmpty())
            headers.insert(u"content-md5"_s,
                           QString::fromLatin1(QByteArray::fromHex(seg.md5.toLatin1()).toBase64()));
        QJsonObject segment{
            {u"size"_s, seg.size},
            {u"sha256"_s, seg.sha256},
            {u"md5"_s, seg.md5.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(seg.md5)},
            {u"url"_s, hostileUrl.isEmpty() ? url.toString(QUrl::FullyEncoded) : hostileUrl},
            {u"headers"_s, headers}};
        if (!seg.etag.isEmpty())
            segment.insert(u"etag"_s, seg.etag);
        segments.append(segment);
    }
    out.insert(u"segments"_s, segments);
    out.insert(u"status"_s, u.stored ? QStringLiteral("complete") : QStringLiteral("ready"));
    return out;
}

QJsonObject imageJson(const Image &i, const SandboxContext &ctx)
{
    const auto cat = ctx.state.imageCategories.find(i.categoryId);
    const bool hasCat = cat != ctx.state.imageCategories.end();
    const QString url = ctx.baseUrl() + QStringLiteral("/s3/") + ctx.bucket + QLatin1Char('/') + i.objectKey;
    const QString self =
        ctx.baseUrl() + QStringLiteral("/rest/v1.0/images/%1?project_id=%2").arg(i.id).arg(i.projectId);
    const auto user = ctx.state.users.find(i.uploadedBy);
    const QString created = iso(i.createdAt.isValid() ? i.createdAt : QDateTime::currentDateTimeUtc());
    QJsonObject out{
        {u"id"_s, i.id},
        {u"url"_s, url},
        {u"size"_s, i.size},
        {u"filename"_s, i.name},
        {u"description"_s, i.description},
        {u"thumbnail_url"_s, url},
        {u"image_category_id"_s, nullable(i.categoryId)},
        {u"image_category_name"_s, hasCat ? QJsonValue(cat->second.name) : QJsonValue(QJsonValue::Null)},
        {u"image_category_private"_s,
         hasCat ? QJsonValue(cat->second.isPrivate) : QJsonValue(QJsonValue::Null)},
        {u"private"_s, i.isPrivate},
        {u"width"_s, QJsonValue::Null},
        {u"height"_s, QJsonValue::Null},
        {u"uploader"_s,
         QJsonObject{{u"id"_s, i.uploadedBy},
                     {u"login"_s, user == ctx.state.users.end() ? QString() : user->second.login},
                     {u"name"_s, user == ctx.state.users.end() ? QString() : user->second.name}}},
        {u"links"_s, QJsonObject{{u"self"_s, self},
                                 {u"update"_s, self},
                                 {u"delete"_s, self},
                                 {u"permanentlyDelete"_s, self},
                                 {u"retrieve"_s, url}}},
        {u"created_at"_s, created},
        {u"updated_at"_s, created},
        {u"trades"_s, QJsonArray()},
        {u"comments_count"_s, 0},
        {u"starred"_s, false},
        {u"permanently_deleted"_s, false}};
    // Documented fields the sandbox does not model (location, daily log, GPS, …): null, as Procore
    // sends them when unset.
    for (const char *name : {"taken_at", "location", "projection", "origin_id", "daily_log_header_id",
                             "daily_log_segment_id", "daily_log_segment", "gps_lat", "gps_long"})
        out.insert(QLatin1String(name), QJsonValue::Null);
    return out;
}

QJsonObject imageCategoryJson(const ImageCategory &cat, const SandboxContext &ctx, int position)
{
    int count = 0;
    for (const auto &[iid, img] : ctx.state.images)
        count += img.categoryId == cat.id ? 1 : 0;
    const QString self =
        ctx.baseUrl()
        + QStringLiteral("/rest/v1.0/image_categories/%1?project_id=%2").arg(cat.id).arg(cat.projectId);
    const QString created = iso(cat.createdAt.isValid() ? cat.createdAt : QDateTime::currentDateTimeUtc());
    return {{u"id"_s, cat.id},
            {u"name"_s, cat.name},
            {u"count"_s, count},
            {u"private"_s, cat.isPrivate},
            {u"cover_photo"_s, QJsonValue::Null},
            {u"album_cover_id"_s, QJsonValue::Null},
            {u"position"_s, position},
            {u"created_at"_s, created},
            {u"updated_at"_s, created},
            {u"links"_s, QJsonObject{{u"show"_s, self}, {u"update"_s, self}, {u"delete"_s, self}}}};
}

QJsonObject drawingAreaJson(const DrawingArea &a, const SandboxState &s)
{
    int drawings = 0;
    for (const auto &[id, d] : s.drawingUploads)
        drawings += d.areaId == a.id ? int(d.uploadUuids.size()) : 0;
    return {{u"id"_s, a.id},
            {u"name"_s, a.name},
            {u"drawings_count"_s, drawings},
            {u"description"_s, QString()},
            {u"created_at"_s, QJsonValue::Null},
            {u"updated_at"_s, QJsonValue::Null},
            {u"deletable"_s, drawings == 0},
            {u"latest_revision_update"_s, QJsonValue::Null}};
}

QJsonObject drawingSetJson(const DrawingSet &set, const SandboxState &s, int position)
{
    int drawings = 0;
    for (const auto &[id, d] : s.drawingUploads)
        drawings += d.setId == set.id ? int(d.uploadUuids.size()) : 0;
    const auto p = s.projects.find(set.projectId);
    return {{u"id"_s, set.id},
            {u"project_id"_s, set.projectId},
            {u"company_id"_s,
             p == s.projects.end() ? QJsonValue(QJsonValue::Null) : QJsonValue(p->second.companyId)},
            {u"name"_s, set.name},
            {u"date"_s, set.date.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(set.date)},
            {u"created_at"_s, QJsonValue::Null},
            {u"updated_at"_s, QJsonValue::Null},
            {u"position"_s, position},
            {u"connected"_s, false},
            {u"deletable"_s, drawings == 0},
            {u"published_drawings_count"_s, drawings},
            {u"unpublished_drawings_count"_s, 0}};
}

QJsonObject drawingJson(const Drawing &d, const SandboxContext &ctx)
{
    // The reference's fields; discipline and the image renditions are not modelled (null).
    const QString pdf =
        ctx.baseUrl() + QStringLiteral("/s3/") + ctx.bucket + QStringLiteral("/drawings/%1.pdf").arg(d.id);
    return {{u"id"_s, d.id},
            {u"number"_s, d.number},
            {u"title"_s, d.title},
            {u"discipline"_s, QJsonValue::Null},
            {u"drawing_discipline_id"_s, QJsonValue::Null},
            {u"obsolete"_s, d.obsolete},
            {u"current_revision"_s, QJsonObject{{u"id"_s, d.id * 10 + 1},
                                                {u"revision_number"_s, d.revision},
                                                {u"floorplan"_s, false},
                                                {u"has_drawing_sketches"_s, false},
                                                {u"pdf_size"_s, d.pdfSize},
                                                {u"pdf_url"_s, pdf},
                                                {u"png_size"_s, QJsonValue::Null},
                                                {u"png_url"_s, QJsonValue::Null},
                                                {u"thumbnail_url"_s, QJsonValue::Null},
                                                {u"large_thumbnail_url"_s, QJsonValue::Null},
                                                {u"updated_at"_s, QJsonValue::Null}}}};
}

QString drawingStatus(const DrawingUpload &d, const SandboxOptions &options)
{
    // Procore's documented statuses; processed drawings wait in the log as ready_for_review.
    if (!options.drawingStatuses.isEmpty())
        return options.drawingStatuses.at(
            std::clamp<qsizetype>(d.polls, 0, options.drawingStatuses.size() - 1));
    if (d.polls <= 0)
        return QStringLiteral("in_queue");
    if (d.polls == 1)
        return QStringLiteral("in_progress");
    return d.failure.isEmpty() ? QStringLiteral("ready_for_review") : QStringLiteral("failed");
}

QJsonObject drawingUploadJson(const DrawingUpload &d, const SandboxContext &ctx, bool withImports)
{
    const SandboxState &s = ctx.state;
    const auto p = s.projects.find(d.projectId);
    const QString created = iso(d.createdAt);
    const QString status = drawingStatus(d, ctx.options);
    QJsonObject out{{u"id"_s, d.id},
                    {u"project_id"_s, d.projectId},
                    {u"company_id"_s,
                     p == s.projects.end() ? QJsonValue(QJsonValue::Null) : QJsonValue(p->second.companyId)},
                    {u"created_by_id"_s, nullable(d.createdBy)},
                    {u"created_at"_s, created},
                    {u"updated_at"_s, created},
                    {u"status"_s, status},
                    {u"drawing_area_id"_s, nullable(d.areaId)},
                    {u"drawing_set_id"_s, d.setId},
                    {u"upload_uuids"_s, QJsonArray::fromStringList(d.uploadUuids)},
                    {u"error_email_sent"_s, false},
                    {u"success_email_sent"_s, false},
                    {u"notify_on_success"_s, false},
                    {u"deletion_in_progress"_s, false},
                    {u"pre_adaptive_complete"_s, status == QLatin1String("ready_for_review")},
                    {u"drawing_number_contains_revision"_s, false},
                    {u"get_info_from_filename"_s, false},
                    {u"language"_s, QStringLiteral("en")}};
    if (withImports) {
        // One import per uploaded file, with its default_revision. The sandbox keeps no dates: null.
        QJsonArray imports;
        for (qsizetype i = 0; i < d.uploadUuids.size(); ++i) {
            const auto u = s.uploads.find(d.uploadUuids[i]);
            imports.append(
                QJsonObject{{u"id"_s, d.id * 1000 + i + 1},
                            {u"filename"_s, u == s.uploads.end() ? QString() : u->second.fileName},
                            {u"drawing_set_id"_s, d.setId},
                            {u"drawing_date"_s, QJsonValue::Null},
                            {u"received_date"_s, QJsonValue::Null},
                            {u"default_revision"_s, i < d.revisions.size() ? QJsonValue(d.revisions[i])
                                                                           : QJsonValue(QJsonValue::Null)},
                            {u"drawing_id"_s, QJsonValue::Null},
                            {u"custom_fields"_s, QJsonObject{}}});
        }
        out.insert(u"drawing_log_imports"_s, imports);
    }
    if (status == QLatin1String("failed"))
        out.insert(u"errors"_s, QJsonObject{{u"base"_s, QJsonArray{d.failure}}});
    return out;
}

} // namespace hoist::sandbox

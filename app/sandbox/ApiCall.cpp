#include "ApiCall.h"

#include "SandboxContext.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

using http::str;

bool truthy(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    const QString s = v.toVariant().toString().toLower();
    return s == QLatin1String("true") || s == QLatin1String("1");
}

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

void ApiCall::paginate(const QJsonArray &all, int defaultPerPage, int maxPerPage)
{
    const int perPage = std::clamp(params.value(u"per_page"_s).toVariant().toInt() > 0
                                       ? params.value(u"per_page"_s).toVariant().toInt()
                                       : defaultPerPage,
                                   1, maxPerPage);
    const int total = int(all.size());
    const int last = std::max(1, (total + perPage - 1) / perPage);
    const int page = std::max(1, params.value(u"page"_s).toVariant().toInt());
    QJsonArray slice;
    for (int i = (page - 1) * perPage; i < std::min(total, page * perPage); ++i)
        slice.append(all[i]);

    auto pageUrl = [&](int n) {
        QUrl url(ctx.baseUrl() + str(req.path));
        QUrlQuery q;
        for (const auto &[name, value] : req.params)
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
    res.set_header("Total", std::to_string(total));
    res.set_header("Per-Page", std::to_string(perPage));
    res.set_header("Link", http::std8(links.join(QStringLiteral(", "))));
    json(200, slice);
}

void ApiCall::nameTaken(const QString &name, const QJsonObject &existing)
{
    if (ctx.options.nameClash != QLatin1String("file_conflict"))
        return errors(422, QJsonObject{{u"name"_s, QJsonArray{QStringLiteral("has already been taken")}}});
    QJsonObject body{
        {u"errors"_s,
         QJsonObject{{u"base"_s, QJsonArray{QStringLiteral("%1 already exists in this folder").arg(name)}}}},
        {u"error_type"_s, QStringLiteral("file_conflict")}};
    if (!existing.isEmpty())
        body.insert(u"file"_s, existing);
    json(409, body);
}

qint64 ApiCall::projectOfCall() const
{
    const qint64 id = paramId(QStringLiteral("project_id"));
    const auto it = ctx.state.projects.find(id);
    if (id == 0 || it == ctx.state.projects.end() || it->second.companyId != companyId)
        return -1;
    return id;
}

const Folder *ApiCall::writableParent(qint64 projectId, const QJsonObject &body, const QString &what)
{
    SandboxState &s = ctx.state;
    qint64 parentId = body.value(u"parent_id"_s).toVariant().toLongLong();
    if (parentId == 0)
        if (const Folder *root = s.rootFolder(companyId, projectId))
            parentId = root->id;
    const auto parent = s.folders.find(parentId);
    if (parent == s.folders.end() || parent->second.projectId != projectId
        || parent->second.companyId != companyId) {
        notFound(QStringLiteral("Parent folder"));
        return nullptr;
    }
    if (parent->second.readOnly || parent->second.recycleBin) {
        errors(403,
               QStringLiteral("You do not have permission to add %1 to %2").arg(what, parent->second.name));
        return nullptr;
    }
    return &parent->second;
}

Upload *ApiCall::claimUpload(const QString &uuid)
{
    SandboxState &s = ctx.state;
    const auto it = s.uploads.find(uuid);
    // Another user's upload is one this user cannot see: 404, as Procore answers for what a user
    // cannot see at all (troubleshooting.md), not 403.
    if (uuid.isEmpty() || it == s.uploads.end() || it->second.companyId != companyId
        || it->second.userId != user.id) {
        errors(404, QStringLiteral("Upload %1 not found").arg(uuid));
        return nullptr;
    }
    Upload &u = it->second;
    if (u.createdAt.secsTo(QDateTime::currentDateTimeUtc()) > kAssociationWindowSecs) {
        errors(422, QJsonObject{{u"upload_uuid"_s, QJsonArray{QStringLiteral("has expired")}}});
        return nullptr;
    }
    if (!u.stored) {
        errors(422, QJsonObject{
                        {u"upload_uuid"_s, QJsonArray{QStringLiteral("has not been uploaded to storage")}}});
        return nullptr;
    }
    if (u.consumed) {
        errors(422, QJsonObject{{u"upload_uuid"_s, QJsonArray{QStringLiteral("has already been used")}}});
        return nullptr;
    }
    return &u;
}

} // namespace hoist::sandbox

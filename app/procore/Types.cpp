#include "Types.h"

#include "UrlPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace hoist {

using namespace Qt::StringLiterals;

namespace {

qint64 idOf(const QJsonValue &v)
{
    // JSON numbers above 2^53 would lose precision as doubles; ids arrive as integers or strings.
    if (v.isString())
        return v.toString().toLongLong();
    return v.toInteger();
}

} // namespace

NamedItem NamedItem::fromJson(const QJsonObject &json)
{
    return {idOf(json.value(u"id"_s)), json.value(u"name"_s).toString()};
}

QList<NamedItem> NamedItem::listFromJson(const QJsonValue &json)
{
    QList<NamedItem> out;
    for (const QJsonValue &v : json.toArray())
        out.append(fromJson(v.toObject()));
    return out;
}

User User::fromJson(const QJsonObject &json)
{
    return {idOf(json.value(u"id"_s)), json.value(u"login"_s).toString(), json.value(u"name"_s).toString()};
}

Company Company::fromJson(const QJsonObject &json)
{
    return {idOf(json.value(u"id"_s)), json.value(u"name"_s).toString(),
            json.value(u"is_active"_s).toBool(true)};
}

Project Project::fromJson(const QJsonObject &json)
{
    Project p;
    p.id = idOf(json.value(u"id"_s));
    p.companyId = idOf(json.value(u"company"_s).toObject().value(u"id"_s));
    p.name = json.value(u"name"_s).toString();
    p.displayName = json.value(u"display_name"_s).toString(p.name);
    p.projectNumber = json.value(u"project_number"_s).toString();
    p.active = json.value(u"active"_s).toBool(true);
    return p;
}

FileRef FileRef::fromJson(const QJsonObject &json)
{
    FileRef f;
    f.id = idOf(json.value(u"id"_s));
    f.parentId = idOf(json.value(u"parent_id"_s));
    f.name = json.value(u"name"_s).toString();
    f.nameWithPath = json.value(u"name_with_path"_s).toString(f.name);
    f.size = json.value(u"size"_s).toInteger();
    const QJsonArray versions = json.value(u"file_versions"_s).toArray();
    f.versionCount = int(versions.size());
    for (const QJsonValue &v : versions) {
        const QJsonObject version = v.toObject();
        const QString uuid = version.value(u"prostore_file"_s).toObject().value(u"upload_uuid"_s).toString();
        if (!uuid.isEmpty())
            f.uploadUuids.append(uuid);
        // A link Hoist may open in the browser: a web page, never a file: or other address.
        if (const QUrl url(version.value(u"url"_s).toString()); f.url.isEmpty() && UrlPolicy::isWebLink(url))
            f.url = url;
        const QDateTime at = QDateTime::fromString(version.value(u"created_at"_s).toString(), Qt::ISODate);
        if (at.isValid() && (!f.changedAt.isValid() || at > f.changedAt))
            f.changedAt = at;
    }
    if (!f.changedAt.isValid())
        f.changedAt = QDateTime::fromString(json.value(u"updated_at"_s).toString(), Qt::ISODate);
    return f;
}

Folder Folder::fromJson(const QJsonObject &json)
{
    Folder f;
    f.id = idOf(json.value(u"id"_s));
    f.parentId = idOf(json.value(u"parent_id"_s));
    f.name = json.value(u"name"_s).toString();
    f.nameWithPath = json.value(u"name_with_path"_s).toString();
    f.readOnly = json.value(u"read_only"_s).toBool();
    f.isRecycleBin = json.value(u"is_recycle_bin"_s).toBool();
    f.isPrivate = json.value(u"private"_s).toBool();
    f.hasChildFolders = json.value(u"has_children_folders"_s).toBool();
    f.hasChildFiles = json.value(u"has_children_files"_s).toBool();
    for (const QJsonValue &v : json.value(u"folders"_s).toArray())
        f.folders.append(Folder::fromJson(v.toObject()));
    for (const QJsonValue &v : json.value(u"files"_s).toArray())
        f.files.append(FileRef::fromJson(v.toObject()));
    if (!f.folders.isEmpty())
        f.hasChildFolders = true;
    return f;
}

UploadTicket UploadTicket::fromJson(const QJsonObject &json, const QByteArray &rawBody)
{
    UploadTicket t;
    t.uuid = json.value(u"uuid"_s).toString();
    t.url = QUrl(json.value(u"url"_s).toString());
    // QJsonObject iterates in key order, not in the order received. The values come from
    // QJsonDocument; only the order is recovered, from where each key first appears after
    // "fields" in the body (keys are re-serialised by QJsonDocument so escaping matches).
    const QJsonObject fields = json.value(u"fields"_s).toObject();
    const qsizetype fieldsAt = rawBody.indexOf("\"fields\"");
    QList<QPair<qsizetype, QPair<QString, QString>>> ordered;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        qsizetype at = -1;
        if (fieldsAt >= 0) {
            QByteArray quoted = QJsonDocument(QJsonArray{it.key()}).toJson(QJsonDocument::Compact);
            quoted = quoted.mid(1, quoted.size() - 2) + ':';
            at = rawBody.indexOf(quoted, fieldsAt);
            if (at < 0)
                at = rawBody.indexOf(quoted.chopped(1), fieldsAt);
        }
        ordered.append(
            {at < 0 ? std::numeric_limits<qsizetype>::max() : at, {it.key(), it.value().toString()}});
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : std::as_const(ordered))
        t.fields.append(entry.second);
    return t;
}

} // namespace hoist

#include "SandboxState.h"

#include <QJsonArray>
#include <QRegularExpression>

// SandboxState saved and loaded as JSON (DIR/state.json): the other half of SandboxState.cpp.
namespace hoist::sandbox {

using namespace Qt::StringLiterals;

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

qint64 id64(const QJsonValue &v)
{
    return v.toInteger();
}

// Writes and reads a std::map of records through two functions per record type.
template <typename K, typename T, typename ToJson>
QJsonArray mapToJson(const std::map<K, T> &map, ToJson toJson)
{
    QJsonArray out;
    for (const auto &[key, value] : map)
        out.append(toJson(value));
    return out;
}

template <typename K, typename T, typename FromJson, typename KeyOf>
void mapFromJson(const QJsonValue &array, std::map<K, T> &map, FromJson fromJson, KeyOf keyOf)
{
    map.clear();
    for (const QJsonValue &v : array.toArray()) {
        T item = fromJson(v.toObject());
        map.emplace(keyOf(item), std::move(item));
    }
}

QJsonArray stringsToJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsFromJson(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

} // namespace

QJsonObject SandboxState::toJson() const
{
    QJsonObject j;
    j[u"format"_s] = 1;
    j[u"id_counter"_s] = idCounter;
    j[u"default_user_id"_s] = defaultUserId;
    directoryToJson(j);
    documentsToJson(j);
    uploadsToJson(j);
    photosAndDrawingsToJson(j);
    authToJson(j);
    return j;
}

// Who and where: users, companies and their members, projects.
void SandboxState::directoryToJson(QJsonObject &j) const
{
    j[u"users"_s] = mapToJson(users, [](const User &u) {
        return QJsonObject{{u"id"_s, u.id}, {u"login"_s, u.login}, {u"name"_s, u.name}};
    });
    j[u"companies"_s] = mapToJson(companies, [this](const Company &c) {
        QJsonArray members;
        if (auto it = companyUsers.find(c.id); it != companyUsers.end())
            for (qint64 uid : it->second)
                members.append(uid);
        return QJsonObject{
            {u"id"_s, c.id}, {u"name"_s, c.name}, {u"is_active"_s, c.isActive}, {u"users"_s, members}};
    });
    j[u"projects"_s] = mapToJson(projects, [](const Project &p) {
        return QJsonObject{{u"id"_s, p.id},     {u"company_id"_s, p.companyId},
                           {u"name"_s, p.name}, {u"number"_s, p.projectNumber},
                           {u"city"_s, p.city}, {u"active"_s, p.active}};
    });
}

// Documents: folders and files with their versions.
void SandboxState::documentsToJson(QJsonObject &j) const
{
    j[u"folders"_s] = mapToJson(folders, [](const Folder &f) {
        return QJsonObject{{u"id"_s, f.id},
                           {u"parent_id"_s, f.parentId},
                           {u"company_id"_s, f.companyId},
                           {u"project_id"_s, f.projectId},
                           {u"name"_s, f.name},
                           {u"read_only"_s, f.readOnly},
                           {u"recycle_bin"_s, f.recycleBin},
                           {u"private"_s, f.isPrivate},
                           {u"updated_at"_s, iso(f.updatedAt)}};
    });
    j[u"files"_s] = mapToJson(files, [](const StoredFile &f) {
        QJsonArray versions;
        for (const FileVersion &v : f.versions)
            versions.append(QJsonObject{{u"id"_s, v.id},
                                        {u"number"_s, v.number},
                                        {u"notes"_s, v.notes},
                                        {u"size"_s, v.size},
                                        {u"upload_uuid"_s, v.uploadUuid},
                                        {u"key"_s, v.objectKey},
                                        {u"created_by"_s, v.createdBy},
                                        {u"created_at"_s, iso(v.createdAt)}});
        return QJsonObject{{u"id"_s, f.id},
                           {u"folder_id"_s, f.folderId},
                           {u"company_id"_s, f.companyId},
                           {u"project_id"_s, f.projectId},
                           {u"name"_s, f.name},
                           {u"description"_s, f.description},
                           {u"versions"_s, versions},
                           {u"created_at"_s, iso(f.createdAt)}};
    });
}

// Direct uploads and the stored objects.
void SandboxState::uploadsToJson(QJsonObject &j) const
{
    j[u"uploads"_s] = mapToJson(uploads, [](const Upload &u) {
        QJsonArray segs;
        for (const UploadSegment &s : u.segments)
            segs.append(QJsonObject{
                {u"size"_s, s.size}, {u"sha256"_s, s.sha256}, {u"md5"_s, s.md5}, {u"etag"_s, s.etag}});
        return QJsonObject{{u"uuid"_s, u.uuid},
                           {u"company_id"_s, u.companyId},
                           {u"project_id"_s, u.projectId},
                           {u"user_id"_s, u.userId},
                           {u"api_version"_s, u.apiVersion},
                           {u"key"_s, u.key},
                           {u"file_name"_s, u.fileName},
                           {u"content_type"_s, u.contentType},
                           {u"content_disposition"_s, u.contentDisposition},
                           {u"created_at"_s, iso(u.createdAt)},
                           {u"policy_expires_at"_s, iso(u.policyExpiresAt)},
                           {u"segments"_s, segs},
                           {u"stored"_s, u.stored},
                           {u"consumed"_s, u.consumed}};
    });
    j[u"objects"_s] = mapToJson(objects, [](const StoredObject &o) {
        return QJsonObject{{u"key"_s, o.key},
                           {u"size"_s, o.size},
                           {u"sha256"_s, o.sha256},
                           {u"md5"_s, o.md5},
                           {u"content_type"_s, o.contentType},
                           {u"stored_at"_s, iso(o.storedAt)},
                           {u"parts"_s, o.parts}};
    });
}

// Albums, images, drawing areas, sets and uploads.
void SandboxState::photosAndDrawingsToJson(QJsonObject &j) const
{
    j[u"image_categories"_s] = mapToJson(imageCategories, [](const ImageCategory &c) {
        return QJsonObject{{u"id"_s, c.id},
                           {u"project_id"_s, c.projectId},
                           {u"name"_s, c.name},
                           {u"private"_s, c.isPrivate},
                           {u"created_at"_s, iso(c.createdAt)}};
    });
    j[u"images"_s] = mapToJson(images, [](const Image &i) {
        return QJsonObject{{u"id"_s, i.id},
                           {u"project_id"_s, i.projectId},
                           {u"category_id"_s, i.categoryId},
                           {u"name"_s, i.name},
                           {u"description"_s, i.description},
                           {u"private"_s, i.isPrivate},
                           {u"upload_uuid"_s, i.uploadUuid},
                           {u"key"_s, i.objectKey},
                           {u"size"_s, i.size},
                           {u"uploaded_by"_s, i.uploadedBy},
                           {u"created_at"_s, iso(i.createdAt)}};
    });
    j[u"drawing_areas"_s] = mapToJson(drawingAreas, [](const DrawingArea &a) {
        return QJsonObject{{u"id"_s, a.id}, {u"project_id"_s, a.projectId}, {u"name"_s, a.name}};
    });
    j[u"drawing_sets"_s] = mapToJson(drawingSets, [](const DrawingSet &s) {
        return QJsonObject{
            {u"id"_s, s.id}, {u"project_id"_s, s.projectId}, {u"name"_s, s.name}, {u"date"_s, s.date}};
    });
    j[u"drawing_uploads"_s] = mapToJson(drawingUploads, [](const DrawingUpload &d) {
        return QJsonObject{{u"id"_s, d.id},
                           {u"project_id"_s, d.projectId},
                           {u"area_id"_s, d.areaId},
                           {u"set_id"_s, d.setId},
                           {u"upload_uuids"_s, stringsToJson(d.uploadUuids)},
                           {u"idempotency_token"_s, d.idempotencyToken},
                           {u"polls"_s, d.polls},
                           {u"created_at"_s, iso(d.createdAt)},
                           {u"failure"_s, d.failure},
                           {u"created_by"_s, d.createdBy},
                           {u"revisions"_s, stringsToJson(d.revisions)}};
    });
}

// OAuth: tokens and applications.
void SandboxState::authToJson(QJsonObject &j) const
{
    j[u"access_tokens"_s] = mapToJson(accessTokens, [](const AccessToken &t) {
        return QJsonObject{{u"token"_s, t.token},
                           {u"user_id"_s, t.userId},
                           {u"client_id"_s, t.clientId},
                           {u"refresh_token"_s, t.refreshToken},
                           {u"expires_at"_s, iso(t.expiresAt)},
                           {u"created_at"_s, iso(t.createdAt)},
                           {u"revoked"_s, t.revoked}};
    });
    j[u"refresh_tokens"_s] = mapToJson(refreshTokens, [](const RefreshToken &t) {
        return QJsonObject{{u"token"_s, t.token},
                           {u"user_id"_s, t.userId},
                           {u"client_id"_s, t.clientId},
                           {u"used"_s, t.used},
                           {u"revoked"_s, t.revoked}};
    });
    j[u"oauth_clients"_s] = mapToJson(oauthClients, [](const OAuthClient &c) {
        return QJsonObject{{u"client_id"_s, c.clientId},
                           {u"client_secret"_s, c.clientSecret},
                           {u"redirect_uris"_s, stringsToJson(c.redirectUris)}};
    });
}

bool SandboxState::isObjectKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^companies/[0-9]{1,19}/[0-9A-HJKMNP-TV-Z]{26}$"));
    return pattern.match(key).hasMatch();
}

bool SandboxState::fromJson(const QJsonObject &j, QString *why)
{
    if (j[u"format"_s].toInt() != 1)
        return false;
    // Every key a file version, upload, object or image names (empty: no object yet).
    QStringList keys;
    for (const char *list : {"objects", "uploads", "images"})
        for (const QJsonValue &v : j[QLatin1String(list)].toArray())
            keys.append(v[u"key"_s].toString());
    for (const QJsonValue &f : j[u"files"_s].toArray())
        for (const QJsonValue &v : f[u"versions"_s].toArray())
            keys.append(v[u"key"_s].toString());
    for (const QString &key : std::as_const(keys)) {
        if (!key.isEmpty() && !isObjectKey(key)) {
            if (why)
                *why = QStringLiteral("the object key \"%1\" is not companies/{id}/{uuid}").arg(key);
            return false;
        }
    }
    idCounter = id64(j[u"id_counter"_s]);
    defaultUserId = id64(j[u"default_user_id"_s]);
    directoryFromJson(j);
    documentsFromJson(j);
    m_indexedFiles = size_t(-1); // rebuilt on first use
    uploadsFromJson(j);
    photosAndDrawingsFromJson(j);
    authFromJson(j);
    return true;
}

void SandboxState::directoryFromJson(const QJsonObject &j)
{
    mapFromJson(
        j[u"users"_s], users,
        [](const QJsonObject &o) {
            return User{id64(o[u"id"_s]), o[u"login"_s].toString(), o[u"name"_s].toString()};
        },
        [](const User &u) { return u.id; });
    companyUsers.clear();
    mapFromJson(
        j[u"companies"_s], companies,
        [this](const QJsonObject &o) {
            Company c{id64(o[u"id"_s]), o[u"name"_s].toString(), o[u"is_active"_s].toBool(true)};
            for (const QJsonValue &uid : o[u"users"_s].toArray())
                companyUsers[c.id].append(id64(uid));
            return c;
        },
        [](const Company &c) { return c.id; });
    mapFromJson(
        j[u"projects"_s], projects,
        [](const QJsonObject &o) {
            return Project{id64(o[u"id"_s]),          id64(o[u"company_id"_s]), o[u"name"_s].toString(),
                           o[u"number"_s].toString(), o[u"city"_s].toString(),  o[u"active"_s].toBool(true)};
        },
        [](const Project &p) { return p.id; });
}

void SandboxState::documentsFromJson(const QJsonObject &j)
{
    mapFromJson(
        j[u"folders"_s], folders,
        [](const QJsonObject &o) {
            return Folder{id64(o[u"id"_s]),
                          id64(o[u"parent_id"_s]),
                          id64(o[u"company_id"_s]),
                          id64(o[u"project_id"_s]),
                          o[u"name"_s].toString(),
                          o[u"read_only"_s].toBool(),
                          o[u"recycle_bin"_s].toBool(),
                          o[u"private"_s].toBool(),
                          fromIso(o[u"updated_at"_s])};
        },
        [](const Folder &f) { return f.id; });
    mapFromJson(
        j[u"files"_s], files,
        [](const QJsonObject &o) {
            StoredFile f{id64(o[u"id"_s]),
                         id64(o[u"folder_id"_s]),
                         id64(o[u"company_id"_s]),
                         id64(o[u"project_id"_s]),
                         o[u"name"_s].toString(),
                         o[u"description"_s].toString(),
                         {},
                         fromIso(o[u"created_at"_s])};
            for (const QJsonValue &vv : o[u"versions"_s].toArray()) {
                const QJsonObject v = vv.toObject();
                f.versions.push_back(FileVersion{id64(v[u"id"_s]), v[u"number"_s].toInt(),
                                                 v[u"notes"_s].toString(), id64(v[u"size"_s]),
                                                 v[u"upload_uuid"_s].toString(), v[u"key"_s].toString(),
                                                 id64(v[u"created_by"_s]), fromIso(v[u"created_at"_s])});
            }
            return f;
        },
        [](const StoredFile &f) { return f.id; });
}

void SandboxState::uploadsFromJson(const QJsonObject &j)
{
    mapFromJson(
        j[u"uploads"_s], uploads,
        [](const QJsonObject &o) {
            Upload u;
            u.uuid = o[u"uuid"_s].toString();
            u.companyId = id64(o[u"company_id"_s]);
            u.projectId = id64(o[u"project_id"_s]);
            u.userId = id64(o[u"user_id"_s]);
            u.apiVersion = o[u"api_version"_s].toString();
            u.key = o[u"key"_s].toString();
            u.fileName = o[u"file_name"_s].toString();
            u.contentType = o[u"content_type"_s].toString();
            u.contentDisposition = o[u"content_disposition"_s].toString();
            u.createdAt = fromIso(o[u"created_at"_s]);
            u.policyExpiresAt = fromIso(o[u"policy_expires_at"_s]);
            for (const QJsonValue &sv : o[u"segments"_s].toArray()) {
                const QJsonObject s = sv.toObject();
                u.segments.push_back(UploadSegment{id64(s[u"size"_s]), s[u"sha256"_s].toString(),
                                                   s[u"md5"_s].toString(), s[u"etag"_s].toString()});
            }
            u.stored = o[u"stored"_s].toBool();
            u.consumed = o[u"consumed"_s].toBool();
            return u;
        },
        [](const Upload &u) { return u.uuid; });
    mapFromJson(
        j[u"objects"_s], objects,
        [](const QJsonObject &o) {
            return StoredObject{o[u"key"_s].toString(),
                                id64(o[u"size"_s]),
                                o[u"sha256"_s].toString(),
                                o[u"md5"_s].toString(),
                                o[u"content_type"_s].toString(),
                                fromIso(o[u"stored_at"_s]),
                                o[u"parts"_s].toInt()};
        },
        [](const StoredObject &o) { return o.key; });
}

void SandboxState::photosAndDrawingsFromJson(const QJsonObject &j)
{
    mapFromJson(
        j[u"image_categories"_s], imageCategories,
        [](const QJsonObject &o) {
            return ImageCategory{id64(o[u"id"_s]), id64(o[u"project_id"_s]), o[u"name"_s].toString(),
                                 o[u"private"_s].toBool(), fromIso(o[u"created_at"_s])};
        },
        [](const ImageCategory &c) { return c.id; });
    mapFromJson(
        j[u"images"_s], images,
        [](const QJsonObject &o) {
            return Image{id64(o[u"id"_s]),
                         id64(o[u"project_id"_s]),
                         id64(o[u"category_id"_s]),
                         o[u"name"_s].toString(),
                         o[u"description"_s].toString(),
                         o[u"private"_s].toBool(),
                         o[u"upload_uuid"_s].toString(),
                         o[u"key"_s].toString(),
                         id64(o[u"size"_s]),
                         id64(o[u"uploaded_by"_s]),
                         fromIso(o[u"created_at"_s])};
        },
        [](const Image &i) { return i.id; });
    mapFromJson(
        j[u"drawing_areas"_s], drawingAreas,
        [](const QJsonObject &o) {
            return DrawingArea{id64(o[u"id"_s]), id64(o[u"project_id"_s]), o[u"name"_s].toString()};
        },
        [](const DrawingArea &a) { return a.id; });
    mapFromJson(
        j[u"drawing_sets"_s], drawingSets,
        [](const QJsonObject &o) {
            return DrawingSet{id64(o[u"id"_s]), id64(o[u"project_id"_s]), o[u"name"_s].toString(),
                              o[u"date"_s].toString()};
        },
        [](const DrawingSet &s) { return s.id; });
    mapFromJson(
        j[u"drawing_uploads"_s], drawingUploads,
        [](const QJsonObject &o) {
            return DrawingUpload{id64(o[u"id"_s]),
                                 id64(o[u"project_id"_s]),
                                 id64(o[u"area_id"_s]),
                                 id64(o[u"set_id"_s]),
                                 stringsFromJson(o[u"upload_uuids"_s]),
                                 o[u"idempotency_token"_s].toString(),
                                 o[u"polls"_s].toInt(),
                                 fromIso(o[u"created_at"_s]),
                                 o[u"failure"_s].toString(),
                                 id64(o[u"created_by"_s]),
                                 stringsFromJson(o[u"revisions"_s])};
        },
        [](const DrawingUpload &d) { return d.id; });
}

void SandboxState::authFromJson(const QJsonObject &j)
{
    mapFromJson(
        j[u"access_tokens"_s], accessTokens,
        [](const QJsonObject &o) {
            return AccessToken{o[u"token"_s].toString(),     id64(o[u"user_id"_s]),
                               o[u"client_id"_s].toString(), o[u"refresh_token"_s].toString(),
                               fromIso(o[u"expires_at"_s]),  fromIso(o[u"created_at"_s]),
                               o[u"revoked"_s].toBool()};
        },
        [](const AccessToken &t) { return t.token; });
    mapFromJson(
        j[u"refresh_tokens"_s], refreshTokens,
        [](const QJsonObject &o) {
            return RefreshToken{o[u"token"_s].toString(), id64(o[u"user_id"_s]), o[u"client_id"_s].toString(),
                                o[u"used"_s].toBool(), o[u"revoked"_s].toBool()};
        },
        [](const RefreshToken &t) { return t.token; });
    mapFromJson(
        j[u"oauth_clients"_s], oauthClients,
        [](const QJsonObject &o) {
            return OAuthClient{o[u"client_id"_s].toString(), o[u"client_secret"_s].toString(),
                               stringsFromJson(o[u"redirect_uris"_s])};
        },
        [](const OAuthClient &c) { return c.clientId; });
}

} // namespace hoist::sandbox

// Documents, of a project (?project_id=) or of a company (/companies/{id}/…): folders, files and
// new versions of files.
#include "ApiCall.h"
#include "ApiRoutes.h"
#include "ApiShapes.h"
#include "SandboxContext.h"

#include <QFileInfo>

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

namespace {

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

void folderList(ApiCall &c, qint64 projectId)
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

void folderShow(ApiCall &c, qint64 projectId, qint64 folderId)
{
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    const auto it = c.ctx.state.folders.find(folderId);
    if (it == c.ctx.state.folders.end() || it->second.projectId != projectId
        || it->second.companyId != c.companyId)
        return c.notFound(QStringLiteral("Folder"));
    c.json(200, folderJson(c.ctx.state, c.ctx, it->second, true));
}

void folderCreate(ApiCall &c, qint64 projectId)
{
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    const QJsonObject body = c.params.value(u"folder"_s).toObject();
    const QString name = documentsName(body.value(u"name"_s).toString());
    if (name.isEmpty())
        return c.errors(400, QJsonObject{{u"name"_s, QJsonArray{QStringLiteral("can't be blank")}}});
    SandboxState &s = c.ctx.state;
    const Folder *parent = c.writableParent(projectId, body, QStringLiteral("folders"));
    if (!parent)
        return;
    const qint64 parentId = parent->id;
    for (const Folder *sibling : s.childFolders(parentId))
        if (sibling->name.compare(name, Qt::CaseInsensitive) == 0)
            return c.nameTaken(name);
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

void fileCreate(ApiCall &c, qint64 projectId)
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
    const Folder *parent = c.writableParent(projectId, body, QStringLiteral("files"));
    if (!parent)
        return;
    const qint64 parentId = parent->id;

    Upload *upload = c.claimUpload(body.value(u"upload_uuid"_s).toString());
    if (!upload)
        return;
    QString name = documentsName(body.value(u"name"_s).toString(upload->fileName));
    if (name.isEmpty())
        return c.errors(422, QJsonObject{{u"name"_s, QJsonArray{QStringLiteral("can't be blank")}}});
    auto taken = [&](const QString &candidate) { return s.fileNameTaken(parentId, candidate); };
    if (taken(name)) {
        if (!truthy(body.value(u"unique_name"_s))) {
            for (const StoredFile *f : s.childFiles(parentId))
                if (f->name.compare(name, Qt::CaseInsensitive) == 0)
                    return c.nameTaken(name, fileJson(*f, c.ctx));
            return c.nameTaken(name);
        }
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
    c.json(201, fileJson(s.addFile(f), c.ctx));
}

void fileShow(ApiCall &c)
{
    const qint64 projectId = c.projectOfCall();
    const auto it = c.ctx.state.files.find(c.pathId(1));
    if (projectId < 0 || it == c.ctx.state.files.end() || it->second.projectId != projectId)
        return c.notFound(QStringLiteral("File"));
    c.json(200, fileJson(it->second, c.ctx));
}

void fileVersionCreate(ApiCall &c)
{
    const qint64 projectId = c.projectOfCall();
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    SandboxState &s = c.ctx.state;
    const qint64 fileId = c.params.value(u"file_id"_s).toVariant().toLongLong();
    const auto it = s.files.find(fileId);
    if (it == s.files.end() || it->second.projectId != projectId)
        return c.notFound(QStringLiteral("File"));
    const QJsonObject body = c.params.value(u"file_version"_s).toObject();
    Upload *upload = c.claimUpload(body.value(u"upload_uuid"_s).toString());
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

} // namespace

void addDocumentRoutes(ApiRoutes &routes)
{
    using C = ApiRoutes::CompanyHeader;
    // A project's Documents.
    routes.add("GET", R"(/rest/v1\.0/folders)", C::Required,
               [](ApiCall &c) { folderList(c, c.projectOfCall()); });
    routes.add("GET", R"(/rest/v1\.0/folders/(\d+))", C::Required,
               [](ApiCall &c) { folderShow(c, c.projectOfCall(), c.pathId(1)); });
    routes.add("POST", R"(/rest/v1\.0/folders)", C::Required,
               [](ApiCall &c) { folderCreate(c, c.projectOfCall()); });
    routes.add("POST", R"(/rest/v1\.0/files)", C::Required,
               [](ApiCall &c) { fileCreate(c, c.projectOfCall()); });
    routes.add("GET", R"(/rest/v1\.0/files/(\d+))", C::Required, fileShow);
    routes.add("POST", R"(/rest/v1\.0/file_versions)", C::Required, fileVersionCreate);
    // Company Documents: the same resources with project 0.
    routes.add("GET", R"(/rest/v1\.0/companies/(\d+)/folders)", C::Required,
               [](ApiCall &c) { folderList(c, 0); });
    routes.add("GET", R"(/rest/v1\.0/companies/(\d+)/folders/(\d+))", C::Required,
               [](ApiCall &c) { folderShow(c, 0, c.pathId(2)); });
    routes.add("POST", R"(/rest/v1\.0/companies/(\d+)/folders)", C::Required,
               [](ApiCall &c) { folderCreate(c, 0); });
    routes.add("POST", R"(/rest/v1\.0/companies/(\d+)/files)", C::Required,
               [](ApiCall &c) { fileCreate(c, 0); });
}

} // namespace hoist::sandbox

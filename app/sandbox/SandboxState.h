#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <map>
#include <mutex>
#include <optional>
#include <vector>

namespace hoist::sandbox {

struct User
{
    qint64 id = 0;
    QString login;
    QString name;
};

struct Company
{
    qint64 id = 0;
    QString name;
    bool isActive = true;
};

struct Project
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString name;
    QString projectNumber;
    QString city;
    bool active = true;
};

// A Documents folder, of a project (projectId != 0) or of a company's Documents (projectId == 0).
struct Folder
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: this is the root
    qint64 companyId = 0;
    qint64 projectId = 0;
    QString name;
    bool readOnly = false;
    bool recycleBin = false;
    bool isPrivate = false;
    QDateTime updatedAt;
};

struct FileVersion
{
    qint64 id = 0;
    int number = 1;
    QString notes;
    qint64 size = 0;
    QString uploadUuid;
    QString objectKey;
    qint64 createdBy = 0;
    QDateTime createdAt;
};

struct StoredFile
{
    qint64 id = 0;
    qint64 folderId = 0;
    qint64 companyId = 0;
    qint64 projectId = 0;
    QString name;
    QString description;
    std::vector<FileVersion> versions;
    QDateTime createdAt;
};

struct UploadSegment
{
    qint64 size = 0;
    QString sha256; // hex
    QString md5;    // hex, optional
    QString etag;   // set when the part has been stored
};

// One direct upload (POST …/uploads). Its bytes reach storage under objectKey.
struct Upload
{
    QString uuid;
    qint64 companyId = 0;
    qint64 projectId = 0; // 0: company-level
    qint64 userId = 0;
    QString apiVersion; // "v1.0" or "v1.1"
    QString key;
    QString fileName;
    QString contentType;
    QString contentDisposition;
    QDateTime createdAt;
    QDateTime policyExpiresAt;
    std::vector<UploadSegment> segments; // empty: single POST
    bool stored = false;                 // bytes are in storage (POST done or PATCH complete)
    bool consumed = false;               // associated with a resource already
};

struct StoredObject
{
    QString key;
    qint64 size = 0;
    QString sha256; // empty for an object joined from parts until asked: SandboxContext::objectSha256
    QString md5;
    QString contentType;
    QDateTime storedAt;
    // 0: one file (SandboxContext::objectPath). N: a completed segmented upload, kept as its N
    // parts' files in order, never copied into one (SandboxContext::objectFiles).
    int parts = 0;
};

struct ImageCategory
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString name;
    bool isPrivate = false;
    QDateTime createdAt;
};

struct Image
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 categoryId = 0;
    QString name;
    QString description;
    bool isPrivate = false;
    QString uploadUuid;
    QString objectKey;
    qint64 size = 0;
    qint64 uploadedBy = 0;
    QDateTime createdAt;
};

struct DrawingArea
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString name;
};

struct DrawingSet
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString name;
    QString date;
};

// A drawing in an area's log, as a person publishes it after reviewing a drawing upload in
// Procore (the API's drawing upload ends at ready_for_review): tests put them in the state.
struct Drawing
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 areaId = 0;
    QString number;
    QString title;
    QString revision; // the current revision's revision_number
    qint64 pdfSize = 0;
    bool obsolete = false;
};

struct DrawingUpload
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 areaId = 0;
    qint64 setId = 0;
    QStringList uploadUuids;
    QString idempotencyToken;
    int polls = 0; // processing advances as it is polled: in_queue → processing → completed
    QDateTime createdAt;
    QString failure; // non-empty: processing ends "failed" with this reason (a file is not a PDF)
    qint64 createdBy = 0;
    QStringList revisions; // each import's default_revision, in the order of uploadUuids
};

struct AccessToken
{
    QString token;
    qint64 userId = 0;
    QString clientId;
    QString refreshToken; // the refresh token issued with it
    QDateTime expiresAt;
    QDateTime createdAt;
    bool revoked = false;
};

struct RefreshToken
{
    QString token;
    qint64 userId = 0;
    QString clientId;
    bool used = false;
    bool revoked = false;
};

struct AuthCode
{
    QString code;
    qint64 userId = 0;
    QString clientId;
    QString redirectUri;
    QDateTime expiresAt;
    bool used = false;
    QString codeChallenge; // PKCE (RFC 7636), when the authorize request sent one
    QString codeChallengeMethod;
};

struct OAuthClient
{
    QString clientId;
    QString clientSecret;
    QStringList redirectUris;
};

// A line of the request log, for tests: what came in, with or without credentials, and what went out.
struct LogEntry
{
    qint64 seq = 0;
    QString kind; // "api", "storage", "oauth", "control"
    QString method;
    QString path; // without the query string
    int status = 0;
    bool hadAuthorization = false;
    bool hadCookie = false;
    QString companyHeader;
    QDateTime at;
};

// Everything the sandbox knows. Callers hold lock() while they read or change it.
class SandboxState
{
public:
    std::unique_lock<std::recursive_mutex> lock() const { return std::unique_lock(m_mutex); }

    qint64 nextId(qint64 base); // ids are 64-bit and above 2^32 to catch truncation
    static QString newUlid();
    static QString randomToken(int bytes = 24);

    // The default user's long-lived token, as printed by `hoist-cli sandbox`.
    QString issueAccessToken(qint64 userId, qint64 lifetimeSecs, const QString &clientId = {},
                             const QString &refreshToken = {});
    const AccessToken *validAccessToken(const QString &token) const;

    std::vector<Folder *> childFolders(qint64 folderId);
    std::vector<StoredFile *> childFiles(qint64 folderId); // by id, from an index (not a scan)
    // Adds a file and indexes it by folder, so a folder of 10,000 files does not make each
    // association scan every file of every project. (A file put into `files` directly is indexed
    // when the index next finds itself short.)
    StoredFile &addFile(const StoredFile &file);
    bool fileNameTaken(qint64 folderId, const QString &name) const; // case-insensitive, as Procore
    // A new version of a file made by `userId` with no upload behind it (someone else's version, as
    // POST /_sandbox/file_versions makes): its size only, no bytes (url null). Null: no such file.
    const FileVersion *addVersionBy(qint64 fileId, qint64 userId, qint64 size, qint64 idBase);
    Folder *rootFolder(qint64 companyId, qint64 projectId);
    QString folderPath(qint64 folderId) const; // "Drawings/Architectural"; "" for the root

    QJsonObject toJson() const;
    // False for another format, or (with `why`) for an object key that is not companies/{id}/{uuid}:
    // a saved state never names a file outside the objects folder.
    bool fromJson(const QJsonObject &json, QString *why = nullptr);
    static bool isObjectKey(const QString &key); // companies/{id}/{26-character uuid}

    // Data, keyed by id (ordered maps keep listings stable).
    std::map<qint64, User> users;
    std::map<qint64, Company> companies;
    std::map<qint64, QList<qint64>> companyUsers; // company id → user ids with access
    std::map<qint64, Project> projects;
    std::map<qint64, Folder> folders;
    std::map<qint64, StoredFile> files;      // add with addFile()
    std::map<QString, Upload> uploads;       // by uuid
    std::map<QString, StoredObject> objects; // by key
    std::map<qint64, ImageCategory> imageCategories;
    std::map<qint64, Image> images;
    std::map<qint64, DrawingArea> drawingAreas;
    std::map<qint64, DrawingSet> drawingSets;
    std::map<qint64, DrawingUpload> drawingUploads;
    std::map<qint64, Drawing> drawings; // published drawings (not saved with --data)
    std::map<QString, AccessToken> accessTokens;
    std::map<QString, RefreshToken> refreshTokens;
    std::map<QString, AuthCode> authCodes;
    std::map<QString, OAuthClient> oauthClients;
    std::vector<LogEntry> log;
    std::vector<QJsonObject> exchanges; // recorded API/OAuth exchanges (SandboxOptions::record)
    qint64 defaultUserId = 0;
    qint64 idCounter = 0;
    qint64 logSeq = 0;
    bool dirty = false;
    // Storage requests (POSTs and part PUTs) being served now, and the most there ever were at
    // once: how many connections a client really opened.
    int storageInFlight = 0;
    int storageInFlightPeak = 0;

private:
    // toJson() and fromJson() by part.
    void directoryToJson(QJsonObject &j) const;
    void directoryFromJson(const QJsonObject &j);
    void documentsToJson(QJsonObject &j) const;
    void documentsFromJson(const QJsonObject &j);
    void uploadsToJson(QJsonObject &j) const;
    void uploadsFromJson(const QJsonObject &j);
    void photosAndDrawingsToJson(QJsonObject &j) const;
    void photosAndDrawingsFromJson(const QJsonObject &j);
    void authToJson(QJsonObject &j) const;
    void authFromJson(const QJsonObject &j);

    void indexFile(const StoredFile &file) const;
    void ensureIndex() const; // files are never removed nor moved: a count tells when it is short

    mutable std::recursive_mutex m_mutex;
    mutable std::map<qint64, std::vector<qint64>> m_filesByFolder; // folder id → file ids, ascending
    mutable std::map<qint64, QSet<QString>> m_fileNamesByFolder;   // folder id → case-folded names
    mutable size_t m_indexedFiles = 0;
};

} // namespace hoist::sandbox

#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace hoist {

// Procore ids are 64-bit everywhere (the sandbox seeds ids above 2^32 to catch truncation).

struct User
{
    qint64 id = 0;
    QString login;
    QString name;

    static User fromJson(const QJsonObject &json);
};

struct Company
{
    qint64 id = 0;
    QString name;
    bool isActive = true;

    static Company fromJson(const QJsonObject &json);
};

struct Project
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString name;
    QString displayName; // "2024-101 - Riverside Medical Center"
    QString projectNumber;
    bool active = true;

    static Project fromJson(const QJsonObject &json);
};

// One of a document's versions as Procore lists it (file_versions[]). Procore names no upload in
// it: what made a version is told by its size, creator and time (procore-api-notes.md §9).
struct FileVersionRef
{
    qint64 id = 0;
    int number = 0;
    qint64 size = 0;
    qint64 createdById = 0; // created_by.id; 0: not given
    QDateTime createdAt;    // Procore's clock

    static FileVersionRef fromJson(const QJsonObject &json);
};

// A document (Documents tool file) as the folder listing or the association call returns it.
struct FileRef
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QString nameWithPath;
    qint64 size = 0;
    int versionCount = 0;
    QList<FileVersionRef> versions; // as listed (Procore lists the newest first)
    QUrl url;                       // the newest version's download URL, when the server gives one
    QDateTime changedAt;            // the newest version's created_at (else the file's updated_at)

    static FileRef fromJson(const QJsonObject &json);
};

// A Documents folder. A listing fills the direct children only (deeper levels come back empty).
struct Folder
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: this is the root
    QString name;        // empty for the root
    QString nameWithPath;
    bool readOnly = false;
    bool isRecycleBin = false;
    bool isPrivate = false;
    bool hasChildFolders = false;
    bool hasChildFiles = false;
    QList<Folder> folders;
    QList<FileRef> files;

    bool isRoot() const { return parentId == 0; }
    static Folder fromJson(const QJsonObject &json);
};

// An album, drawing area or drawing set: what a picker lists.
struct NamedItem
{
    qint64 id = 0;
    QString name;

    static NamedItem fromJson(const QJsonObject &json);
    static QList<NamedItem> listFromJson(const QJsonValue &json);
};

// The two body shapes public sources give for POST /rest/v1.0/images.
enum class ImageBodyShape {
    TopLevelUploadUuid, // reference (OAS, Python SDK): {"upload_uuid","image_name","image":{…}}
    UploadObject,       // tutorial: {"upload":{"uuid","image_name"},"image":{…}}
};

// A Photos image made from a stored upload: its name, album and the image's own fields.
struct NewImage
{
    QString uploadUuid;
    QString name;
    qint64 albumId = 0; // 0: no album ("Unclassified")
    QString description;
    bool isPrivate = false;
};

// One file of a drawing upload (drawing_log_imports[]).
struct DrawingImport
{
    QString uploadUuid;
    QDate drawingDate;
    QDate receivedDate; // optional
    QString defaultRevision;
};

// The answer of create-upload: where and how to POST the bytes. `fields` keep the server's order
// and go into the storage form unaltered, before `file`.
struct UploadTicket
{
    QString uuid;
    QUrl url;
    QList<QPair<QString, QString>> fields;

    bool isValid() const { return !uuid.isEmpty() && url.isValid(); }
    // rawBody (the response as received) restores the fields' order, which QJsonObject loses.
    static UploadTicket fromJson(const QJsonObject &json, const QByteArray &rawBody = {});
};

} // namespace hoist

Q_DECLARE_METATYPE(hoist::Company)
Q_DECLARE_METATYPE(hoist::Project)
Q_DECLARE_METATYPE(hoist::Folder)
Q_DECLARE_METATYPE(hoist::FileRef)

#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace hoist {

Q_NAMESPACE

// Where a file's way stands. Done, Failed, Cancelled and Skipped are final (Failed and Cancelled
// can be retried).
enum class TransferState {
    Queued,      // waiting for a transfer slot
    Preparing,   // checking the file, finding/creating its Documents folder, create-upload
    Uploading,   // storage POST under way
    Associating, // the bytes are stored; making the Procore object (a document, a photo, a drawing upload)
    Done,
    Failed,
    Cancelled,
    Skipped,     // name clash with policy Skip (or the person chose to skip)
    Paused,      // the queue is paused; this file goes on when it resumes
    NeedsAnswer, // name clash with policy Ask: waiting for UploadController::resolveConflict()
    Processing,  // drawings: the bytes are stored; Procore processes the batch (not holding a slot)
};
Q_ENUM_NS(TransferState)

bool isFinalState(TransferState state);
QString transferStateText(TransferState state); // translated, for the status column

// What to do when the destination folder already holds a file of the same name (Documents:
// Photos and Drawings have no folders).
enum class ConflictPolicy {
    Ask,        // stop the file in NeedsAnswer and ask
    KeepBoth,   // associate with unique_name: Procore renames ("plan (1).pdf")
    Skip,       // leave the existing file alone
    NewVersion, // upload as a new version of the existing file
};
Q_ENUM_NS(ConflictPolicy)

QString conflictPolicyName(ConflictPolicy policy); // "ask", "keep-both", "skip", "new-version"
bool conflictPolicyFromName(const QString &name, ConflictPolicy *policy);

// A local file to upload, as FileScanner yields it.
struct UploadItem
{
    QString localPath;   // absolute
    QString relativeDir; // folders below the destination to recreate, "/"-separated; "" for none
    qint64 size = 0;
    QDateTime modified;
};

// The Procore tool a direct upload is attached to.
enum class DestinationKind {
    ProjectDocuments, // POST /rest/v1.0/files?project_id=
    CompanyDocuments, // POST /rest/v1.0/companies/{id}/files
    Photos,           // POST /rest/v1.0/images?project_id=
    Drawings,         // POST /rest/v1.1/projects/{id}/drawing_uploads, one call per batch
};
Q_ENUM_NS(DestinationKind)

QString destinationKindName(DestinationKind kind); // "documents", "company-documents", "photos", "drawings"
bool destinationKindFromName(const QString &name, DestinationKind *kind);
QString destinationKindText(DestinationKind kind); // translated, for people

// Photos: the album (image category) and the image's own fields.
struct PhotoOptions
{
    qint64 albumId = 0; // 0: no album ("Unclassified")
    QString albumName;  // for display
    QString description;
    bool isPrivate = false;

    bool operator==(const PhotoOptions &) const = default;
};

// Drawings: one drawing upload per batch, with these values for every file of it.
struct DrawingOptions
{
    qint64 areaId = 0; // 0: the project does not use drawing areas
    qint64 setId = 0;  // required by Procore
    QString setName;   // for display
    QDate drawingDate;
    QDate receivedDate; // optional
    QString defaultRevision = QStringLiteral("0");
    // Sheets whose revision is not the default (read from the file name, edited in the review):
    // local path → revision.
    QHash<QString, QString> revisions;

    QString revisionOf(const QString &localPath) const { return revisions.value(localPath, defaultRevision); }
    bool operator==(const DrawingOptions &) const = default;
};

// Where uploads go: a project's (or the company's) Documents folder, a project's Photos, or its
// Drawings. A value: two destinations are the same when every field is.
struct Destination
{
    qint64 companyId = 0;
    qint64 projectId = 0; // 0: the company's Documents
    qint64 folderId = 0;  // Documents: 0 is the root folder
    QString folderPath;   // Documents, for display: "Drawings/Architectural" ("" for the root)
    QString projectName;  // for display
    DestinationKind kind = DestinationKind::ProjectDocuments; // CompanyDocuments when projectId is 0
    PhotoOptions photo;
    DrawingOptions drawing;
    qint64 newVersionOf = 0; // Documents: upload as a new version of this file (id), not a new file
    QString versionNotes;    // notes of that new version (also for name clashes answered NewVersion)

    // Documents kinds follow projectId; Photos and Drawings need a project.
    DestinationKind effectiveKind() const;
    bool isDocuments() const
    {
        return effectiveKind() == DestinationKind::ProjectDocuments
               || effectiveKind() == DestinationKind::CompanyDocuments;
    }

    bool operator==(const Destination &) const = default;
};

// A queue item's identity: the same local file (path, size, modification time, the folders below
// the destination) for the same destination is one item, whether it comes from a drop, a
// command line or the journal.
QString queueIdentity(const UploadItem &item, const Destination &destination);

} // namespace hoist

Q_DECLARE_METATYPE(hoist::UploadItem)
Q_DECLARE_METATYPE(hoist::Destination)

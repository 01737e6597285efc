#pragma once

#include <QDateTime>
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
    Preparing,   // checking the file, finding/creating its folder, create-upload
    Uploading,   // storage POST under way
    Associating, // the bytes are stored; attaching them to the Documents folder
    Done,
    Failed,
    Cancelled,
    Skipped,     // name clash with policy Skip (or the person chose to skip)
    Paused,      // the queue is paused; this file goes on when it resumes
    NeedsAnswer, // name clash with policy Ask: waiting for UploadController::resolveConflict()
};
Q_ENUM_NS(TransferState)

bool isFinalState(TransferState state);
QString transferStateText(TransferState state); // translated, for the status column

// What to do when the destination folder already holds a file of the same name.
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

// Where uploads go: a project's (or the company's) Documents folder.
struct Destination
{
    qint64 companyId = 0;
    qint64 projectId = 0; // 0: the company's Documents
    qint64 folderId = 0;  // 0: the root folder
    QString folderPath;   // for display: "Drawings/Architectural" ("" for the root)
    QString projectName;  // for display
};

} // namespace hoist

Q_DECLARE_METATYPE(hoist::UploadItem)
Q_DECLARE_METATYPE(hoist::Destination)

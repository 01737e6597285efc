#pragma once

#include "PreflightRules.h"
#include "procore/MediaListing.h"
#include "procore/Types.h"
#include "upload/UploadTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace hoist {

class ApiReply;
class ProcoreClient;

struct PreflightFile
{
    UploadItem item;
    QString storedName; // the name Procore will keep
    QString remotePath; // "Drawings/Level 2/plan.pdf", below the destination
    QList<PreflightFlag> flags;
    bool skip = false; // skipped unless the person says otherwise
    // A file of that name at the destination (NameClash, AlreadyThere): its size (-1: none) and
    // Procore's time of its newest version.
    qint64 remoteSize = -1;
    QDateTime remoteChangedAt;
    // NameClash: what to do with it, as the review starts it (KeepBoth, Skip or NewVersion);
    // Ask for every other file (the queue's setting applies if a clash appears later).
    ConflictPolicy choice = ConflictPolicy::Ask;
    bool hasClash() const { return remoteSize >= 0 && choice != ConflictPolicy::Ask; }
    // Drawings: the sheet number and revision its name gives ("" when none), or the default revision.
    QString sheetNumber;
    QString revision;
};

struct PreflightReport
{
    QList<PreflightFile> files;
    qint64 totalBytes = 0;
    int uploadCount = 0; // files that will go up
    qint64 uploadBytes = 0;
    QStringList foldersToCreate; // below the destination, parents first
    int listingsMade = 0;        // folder listings this check used (reads only)
    int estimatedApiCalls = 0;   // for the upload itself
    qint64 estimatedSeconds = 0; // what the rate limit allows, roughly
    QString error;               // the destination could not be read
    bool canAddVersions = false; // a changed file can become a new version (project Documents)
    bool isDrawings = false;     // the settings and each sheet's revision are for the person to confirm

    // Something to tell or to decide: a flagged file, a destination that could not be read, or
    // drawings (their settings and each sheet's revision hold for good once Procore processes
    // them). Without it the review need not open.
    bool hasSomethingToSay() const;
};

// The review before Upload: local flags for every file, plus what is already at the destination
// (one folder listing per existing folder, never a call per file) and which folders will be
// created. It only reads; nothing it does changes Procore.
class PreflightCheck : public QObject
{
    Q_OBJECT

public:
    explicit PreflightCheck(ProcoreClient *client, QObject *parent = nullptr);
    void setOptions(const PreflightOptions &options) { m_options = options; }
    void start(const QList<UploadItem> &items, const Destination &destination);
    const PreflightReport &report() const { return m_report; }
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    void finished();

private:
    struct RemoteFolder
    {
        bool exists = false;
        qint64 id = 0;
        QHash<QString, FileRef> files;   // lower-case name → file
        QHash<QString, qint64> childIds; // lower-case name → folder id
        bool listed = false;
    };
    void list(const QString &path, qint64 folderId);
    void onListed(const QString &path, ApiReply *reply);
    void markMissing(const QString &path);
    void complete();
    void compareWithRemote(PreflightFile &file, const QString &folder) const;
    // Photos and Drawings: what the album or the drawing area holds (one paged listing).
    void listMedia();
    void onMediaListed(ApiReply *reply);
    void compareWithMedia(PreflightFile &file) const;

    ProcoreClient *m_client;
    PreflightOptions m_options;
    Destination m_destination;
    QList<UploadItem> m_items;
    QSet<QString> m_needed; // every folder path below the destination that files need ("" included)
    QHash<QString, RemoteFolder> m_remote;
    QMultiHash<QString, RemoteImage> m_images; // lower-case file name → image in the album
    QMultiHash<QString, QString> m_sheets;     // lower-case sheet number → lower-case current revision
    int m_pending = 0;
    PreflightReport m_report;
};

} // namespace hoist

#pragma once

#include "FileHasher.h"
#include "FolderWatcher.h"
#include "WatchStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>

namespace hoist {

class UploadController;
class UploadJob;

// What a watch did with one of its files, for the window, the tray and `hoist-cli watch run`.
struct WatchEvent
{
    enum class Kind { Waiting, Queued, Uploading, Uploaded, Unchanged, Failed, Problem, Removed };
    qint64 watchId = 0;
    Kind kind = Kind::Waiting;
    QString path;    // relative to the watch's folder
    QString message; // for people
    qint64 fileId = 0;
};
QString watchEventKindName(WatchEvent::Kind kind); // "waiting", "uploaded", … (for --json)

// Runs the watches of a WatchStore: a FolderWatcher per watch finds complete files; each is
// hashed and compared with what the watch sent before (same path and sha256: nothing; other
// content of an uploaded Documents file: a new version of it; else a new file, its subfolders
// made as in a drop) and handed to the UploadController with the watch's destination, so it
// shares the queue, the journal, the pacer and the exactly-once rules with manual uploads.
// The watch's record of a file is written when its job ends; a queued record whose job was
// interrupted is handed over again and joins the journal's unfinished item (queueIdentity).
class WatchService : public QObject
{
    Q_OBJECT

public:
    struct Status
    {
        int waiting = 0;      // settling, being hashed or about to be queued
        int queued = 0;       // in the upload queue
        bool missing = false; // the folder is not there
    };

    // Neither is owned; both must outlive the service.
    WatchService(UploadController *controller, WatchStore *store, QObject *parent = nullptr);
    ~WatchService() override;

    void setOptions(const FolderWatcher::Options &options) { m_options = options; }
    // After a failure, a file is tried again this long after (default 10 min) or when it changes.
    void setRetryFailedAfter(int ms) { m_retryFailedMs = ms; }
    void start();  // every watch not paused
    void reload(); // watches added or removed in the store by another process

    // Checks the folder; returns 0 and sets *error when it cannot be watched.
    qint64 addWatch(const QString &folder, const Destination &destination, QString *error = nullptr);
    bool removeWatch(qint64 id);
    bool setPaused(qint64 id, bool paused);
    QList<Watch> watches() const;
    Status status(qint64 id) const;

Q_SIGNALS:
    void event(const hoist::WatchEvent &event);
    void watchesChanged();
    void statusChanged(qint64 watchId);

private:
    struct Running
    {
        ~Running() { delete watcher; }
        Watch watch;
        FolderWatcher *watcher = nullptr;
        QHash<QString, WatchedFile> files;
        QHash<QString, FolderWatcher::Stamp> hashing;
        QList<QPair<UploadItem, WatchedFile>> batch;
        bool missing = false;
    };

    void run(const Watch &watch);
    void reconcile(Running *r);
    void onWaiting(Running *r, const QString &rel, FolderWatcher::Wait why);
    void onReady(Running *r, const QString &rel, qint64 size, const QDateTime &modified);
    void onHashed(const QString &key, const QString &sha, const QString &error);
    void decide(Running *r, const QString &rel, const FolderWatcher::Stamp &stamp, const QString &sha);
    void flush();
    void enqueue(Running *r, const QList<QPair<UploadItem, WatchedFile>> &batch, const Destination &d);
    void onJobState(quint64 jobId, TransferState state);
    void finishJob(Running *r, quint64 jobId, const QString &rel, TransferState state);
    static void recordWhatWasSent(WatchedFile *rec, const UploadJob *job);
    void say(qint64 watchId, WatchEvent::Kind kind, const QString &path, const QString &message,
             qint64 fileId = 0);
    Running *running(qint64 id) const;
    // A store write's result: one that failed stops new work (UploadController::halt), as a
    // journal write does; the record stays in memory and Resume All writes it (writeUnwritten).
    // `rel` empty: the watch's own fields (last upload, last error).
    void kept(bool written, qint64 watchId, const QString &rel = {});
    void writeUnwritten();
    QString absolutePath(const Running *r, const QString &rel) const;

    UploadController *m_controller;
    WatchStore *m_store;
    FolderWatcher::Options m_options;
    int m_retryFailedMs = 10 * 60 * 1000;
    FileHasher m_hasher;
    QTimer m_flush;
    std::map<qint64, std::unique_ptr<Running>> m_running;
    QHash<quint64, QPair<qint64, QString>> m_jobs; // job id → watch, relative path
    QHash<quint64, qint64> m_fileIds;              // job id → Procore's file id, once associated
    QSet<quint64> m_uploadingSaid;
    QSet<quint64> m_recheckAfter;             // the file changed while its job ran
    QHash<qint64, QSet<QString>> m_unwritten; // watch → records (relative paths) not yet written
};

} // namespace hoist

Q_DECLARE_METATYPE(hoist::WatchEvent)

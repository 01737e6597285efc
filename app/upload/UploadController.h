#pragma once

#include "BandwidthLimiter.h"
#include "TransferJournal.h"
#include "UploadJob.h"
#include "UploadTypes.h"
#include "procore/RetryPolicy.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <QPointer>
#include <QSet>
#include <memory>

namespace hoist {

class DrawingBatch;
class FolderResolver;
class ProcoreClient;
class TransferJournal;
class TransferModel;
class UploadJob;

// The upload queue: takes items for a destination, runs up to maxParallel storage transfers at
// once (API calls are paced by the client's RatePacer), and offers pause/resume, cancel, retry
// and remove. All network traffic goes through the client's one QNetworkAccessManager.
class UploadController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int maxParallel READ maxParallel WRITE setMaxParallel NOTIFY settingsChanged)
    Q_PROPERTY(bool paused READ isPaused NOTIFY pausedChanged)
    Q_PROPERTY(bool idle READ isIdle NOTIFY idleChanged)
    Q_PROPERTY(hoist::ConflictPolicy conflictPolicy READ conflictPolicy WRITE setConflictPolicy NOTIFY
                   settingsChanged)

public:
    explicit UploadController(ProcoreClient *client, QObject *parent = nullptr);
    ~UploadController() override;

    ProcoreClient *client() const { return m_client; }
    TransferModel *model() const { return m_model; }

    int maxParallel() const { return m_maxParallel; }
    void setMaxParallel(int n); // default 3
    ConflictPolicy conflictPolicy() const { return m_conflict; }
    void setConflictPolicy(ConflictPolicy policy); // for files queued from now on (default KeepBoth)
    RetryPolicy retryPolicy() const { return m_retry; }
    // Files of at least `bytes` go up as segmented uploads of `segmentSize` parts (for files queued
    // from now on). Default: 256 MiB in 64 MiB parts; a single POST cannot carry more than 5 GB.
    void setSegmentThreshold(qint64 bytes, qint64 segmentSize = 64LL * 1024 * 1024)
    {
        m_segmentThreshold = bytes;
        m_segmentSize = segmentSize;
    }
    qint64 segmentThreshold() const { return m_segmentThreshold; }
    // The bandwidth limit for all of this controller's uploads together (0 = unlimited).
    void setBandwidthLimit(qint64 bytesPerSecond) { m_bandwidth.setBytesPerSecond(bytesPerSecond); }
    BandwidthLimiter *bandwidthLimiter() { return &m_bandwidth; }
    void setRetryPolicy(const RetryPolicy &policy);
    // Drawings: status polls after firstMs, doubling up to maxMs (default 2 s … 60 s), for at
    // most limitMs after the drawing upload was made (default 2 h; see DrawingBatch).
    void setDrawingPollInterval(int firstMs, int maxMs)
    {
        m_drawingPollFirstMs = firstMs;
        m_drawingPollMaxMs = maxMs;
    }
    void setDrawingPollLimit(int limitMs) { m_drawingPollLimitMs = limitMs; }
    // The drawing batch a job belongs to (nullptr for other destinations).
    DrawingBatch *drawingBatchOf(quint64 jobId) const;

    // Adds files (rows in the model, in order). Returns the rows' job ids. A file already in the
    // queue for the same destination (queueIdentity) is not added twice: an unfinished row keeps
    // going (a failed or cancelled one is retried), and an unfinished item of an earlier run (the
    // journal) goes on from where it stopped. `decision`: what to do if a file of that name is
    // there, decided before (the review's per-file choice); Ask: the queue's policy applies.
    QList<quint64> enqueue(const QList<UploadItem> &items, const Destination &destination,
                           ConflictPolicy decision = ConflictPolicy::Ask);

    bool isPaused() const { return m_paused; }
    bool isIdle() const; // nothing queued or under way (NeedsAnswer and final rows do not count)

    UploadJob *job(quint64 id) const;

    // Keeps the queue on disk from now on: every file queued, its upload, stored parts and
    // association (not owned; must outlive the controller or be detached with nullptr).
    void setJournal(TransferJournal *journal);
    TransferJournal *journal() const { return m_journal; }
    // Queues the journal's unfinished files again, each going on from where it stopped. Returns
    // how many were queued.
    int resumeFromJournal();
    // A journal is required (the window's, once it could not be opened at start): until one is
    // set, nothing new starts; resumeAll() asks for it again (journalWanted) and goes on once set.
    void holdForJournal(const QString &why);
    // A record the queue keeps could not be written (the journal, the history: `what` says which
    // and why, journalFailed() passes it on): every file stops where it is, nothing new starts and
    // no creating call goes out until resumeAll(), which tries again.
    void halt(const QString &what);
    // A journal write failed (journalFailed() said why): nothing new starts until resumeAll().
    bool isHalted() const { return m_halted; }
    QString journalError() const { return m_journalError; }

public Q_SLOTS:
    void pauseAll();
    void resumeAll();
    void cancel(quint64 jobId);
    void cancelAll();
    // Stops every transfer but leaves the journal as it is, so the files are resumed next time
    // (quitting or Ctrl+C with work in progress), unlike cancelAll().
    void stopForLater();
    void retry(quint64 jobId); // a Failed or Cancelled file goes back to the queue
    void retryFailed();
    void remove(quint64 jobId); // cancels if needed, then removes its row
    void clearFinished();       // removes Done and Skipped rows
    // Answer for a row in NeedsAnswer: KeepBoth, Skip or NewVersion. applyToAll: also for the
    // rest of the queue (sets the policy). versionNotes go with a NewVersion answer (also to the
    // other rows waiting for an answer when applyToAll); "" keeps the destination's notes.
    void resolveConflict(quint64 jobId, hoist::ConflictPolicy decision, bool applyToAll = false,
                         const QString &versionNotes = {});

Q_SIGNALS:
    void settingsChanged();
    void pausedChanged(bool paused);
    void idleChanged(bool idle);
    // Every state change of a row, for the CLI's event stream and notifications.
    void jobStateChanged(quint64 jobId, hoist::TransferState state);
    void conflictDetected(quint64 jobId, const QString &name, const QString &folderPath);
    // The queue has nothing left to do (emitted when it becomes idle).
    void finished();
    // A journal write failed (e.g. the disk is full): every file stopped where it was (the
    // journal keeps what it had) and no call that creates something goes without its record.
    // resumeAll() tries again. The message says why and where.
    void journalFailed(const QString &message);
    // resumeAll() while a required journal is missing: open it now and setJournal() (direct).
    void journalWanted();

private:
    void schedule();
    UploadJob *nextQueued(); // from m_cursor on
    void onJobState(UploadJob *job, TransferState state);
    void explainRefusal(UploadJob *job, TransferState state);
    FolderResolver *resolverFor(const Destination &destination);
    void updateIdle();
    UploadJob *createJob(quint64 id, const UploadItem &item, const Destination &destination,
                         FolderResolver *resolver);
    void recordInJournal(UploadJob *job);
    bool kept(bool written); // a journal write's result: a failed one stops new work (journalFailed)
    // Queues journal entries again (each from where it stopped); returns their ids.
    QList<quint64> resumeEntries(const QList<TransferJournal::Entry> &entries);
    static ResumePoint resumePointOf(const TransferJournal::Entry &entry);
    // The items not yet in this queue or the journal; *ids gets the ids of those that are.
    QList<UploadItem> withoutKnownItems(const QList<UploadItem> &items, const Destination &destination,
                                        QList<quint64> *ids);
    DrawingBatch *newDrawingBatch(const Destination &destination, const QString &journalKey,
                                  const QString &token = {});
    struct Occupancy
    {
        int sending = 0;     // holding a slot: bytes going, or about to
        int preparing = 0;   // API work before the bytes (UploadJob::holdsNoSlotYet)
        int associating = 0; // bytes stored, the association under way
    };
    Occupancy occupancy() const;
    int slotsTaken() const; // files sending, preparing or associating ones beyond maxParallel, lent parts
    bool takeSendSlot(const UploadJob *asking); // a file whose upload is made: may its bytes go now?
    void offerSendSlots();
    bool borrowSlot(); // for a segmented upload's extra parts
    void giveBackSlot();

    ProcoreClient *m_client;
    TransferModel *m_model;
    int m_maxParallel = 3;
    int m_maxPreparing = 8;
    ConflictPolicy m_conflict = ConflictPolicy::KeepBoth;
    RetryPolicy m_retry;
    qint64 m_segmentThreshold = 256LL * 1024 * 1024;
    BandwidthLimiter m_bandwidth;
    qint64 m_segmentSize = 64LL * 1024 * 1024;
    bool m_paused = false;
    bool m_halted = false; // a journal write failed
    bool m_journalRequired = false;
    QString m_journalError;
    bool m_idle = true;
    quint64 m_nextId = 1;
    QHash<quint64, UploadJob *> m_jobs;
    QHash<QString, FolderResolver *> m_resolvers; // "company/project/folder"
    bool m_scheduling = false;
    QList<DrawingBatch *> m_drawingBatches; // one per enqueue() to Drawings
    int m_drawingPollFirstMs = 2000;
    int m_drawingPollMaxMs = 60000;
    int m_drawingPollLimitMs = 0;               // 0: DrawingBatch's default
    QSet<UploadJob *> m_active;                 // Preparing, Uploading or Associating
    QSet<QString> m_foldersTaken;               // destinations (project and folder) where a file went up
    QHash<QString, QList<quint64>> m_refusedIn; // 403s in a folder where none went up yet
    int m_cursor = 0;                           // rows above it are not Queued
    TransferJournal *m_journal = nullptr;
    int m_borrowed = 0; // slots lent to segmented uploads' extra parts
    bool m_destroying = false;
    std::shared_ptr<const Destination> m_lastDestination; // shared by the jobs queued with it
};

} // namespace hoist

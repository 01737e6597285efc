#pragma once

#include "FolderResolver.h"
#include "SegmentPlan.h"
#include "UploadTypes.h"
#include "procore/ProcoreError.h"
#include "procore/RetryPolicy.h"
#include "procore/Types.h"

#include <QBasicTimer>
#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace hoist {

class Associator;
class BandwidthLimiter;
class ByteTransfer;
class ProcoreClient;

// What an earlier run knew of a file's upload (from the journal), so a new run goes on from there
// instead of starting over.
struct ResumePoint
{
    QString uploadUuid;
    QDateTime uploadCreatedAt;
    bool stored = false;         // the bytes reached storage
    QList<FileSegment> segments; // a segmented upload's parts, as planned
    QStringList etags;           // per part; "" for a part not stored yet
    QString targetName;          // the name association asked for, if it got that far
};

// One file's way to Procore, as an explicit step machine:
//   CheckingFile → ResolvingFolder (Documents) → [LookingForEarlierRun (resumed)] → SendingBytes
//   (ByteTransfer: create upload, one POST or parts) → Associating (one Associator per
//   destination kind) | WaitingForBatch (drawings) → Done;
//   ResolvingNameClash and WaitingToRetry in between; any step → Failed | Cancelled | Paused.
// advance() is the one way into a step, and every asynchronous answer passes guarded(): it is
// dropped unless the job is alive, in the same attempt (start/cancel) and still in the step that
// asked. Calls that create something (association, folders) are never repeated blindly: after an
// ambiguous outcome the job (or its Associator) looks first. Driven by UploadController.
class UploadJob : public QObject
{
    Q_OBJECT

public:
    enum class Step {
        Idle,                 // queued, paused, waiting for an answer or finished: nothing under way
        CheckingFile,         // the local file: there, readable, of a type the destination takes
        ResolvingFolder,      // Documents: find or create the destination folder
        LookingForEarlierRun, // resumed: did the last run's association go through?
        SendingBytes,         // create the upload and send the bytes (one POST or parts)
        WaitingToRetry,       // a backoff before the step it left goes again
        Associating,          // the creating call that makes the Procore object
        ResolvingNameClash,   // the name is taken: look at the folder, then apply the policy
        WaitingForBatch,      // drawings: stored; the batch's call and Procore's processing
    };
    Q_ENUM(Step)

    // Jobs queued together share one Destination (a queue of 10,000 holds it once).
    UploadJob(quint64 id, UploadItem item, std::shared_ptr<const Destination> destination,
              QObject *parent = nullptr);
    ~UploadJob() override;

    quint64 id() const { return m_id; }
    const UploadItem &item() const { return m_item; }
    const Destination &destination() const { return *m_destination; }
    TransferState state() const { return m_state; }
    Step step() const { return m_step; }
    QString fileName() const;         // the name it gets in Procore
    QString remoteFolderPath() const; // where it goes, for display ("Photos/Album", a folder path)
    qint64 bytesTotal() const { return m_total; }
    qint64 bytesSent() const { return m_sent; }
    ProcoreError error() const { return m_error; }
    // Replaces the next step of a failure's message (the controller knows more than the job).
    void setErrorHint(const QString &hint) { m_error.hint = hint; }
    QString errorText() const;    // reason + next step; empty unless Failed
    QString statusDetail() const; // e.g. "Waiting 20 s (rate limit)", "Renamed to plan (1).pdf"
    FileRef remoteFile() const { return m_remote; }
    QString uploadUuid() const { return m_ticket.uuid; }
    int attempts() const { return m_attempts; }
    // The file as it was when the bytes now in storage were read (size -1: none sent in this run).
    // A file that changed under its upload was sent again as it then was: this is what went.
    qint64 storedSize() const { return m_storedSize; }
    QDateTime storedModified() const { return m_storedModified; }

    // Set by the controller before start().
    void setClient(ProcoreClient *client) { m_client = client; }
    void setBandwidthLimiter(BandwidthLimiter *limiter) { m_bandwidth = limiter; }
    void setFolderResolver(FolderResolver *resolver) { m_resolver = resolver; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setConflictPolicy(ConflictPolicy policy) { m_conflict = policy; }
    // The person's answer to a name clash given before it happened (the review's choice).
    void setDecision(ConflictPolicy decision) { m_decision = decision; }
    // Notes of the new version this file may become (else the destination's versionNotes).
    void setVersionNotes(const QString &notes) { m_versionNotes = notes; }
    // Files of at least this size go up as a segmented upload (parts in parallel, each retried
    // alone); 0: never. Parts are `segmentSize` bytes. A resumed upload keeps its journal's plan.
    void setSegmentThreshold(qint64 bytes, qint64 segmentSize)
    {
        m_segmentThreshold = bytes;
        m_segmentSize = segmentSize;
    }
    // A single POST cannot carry more than 5 GB: bigger files always go in parts.
    static constexpr qint64 kMaxSinglePost = 5LL * 1024 * 1024 * 1024;
    bool isSegmented() const { return segmentsAt(m_statSize); }
    bool segmentsAt(qint64 size) const // a file of this size goes in parts
    {
        return (m_segmentThreshold > 0 && size >= m_segmentThreshold)
               || (m_segmentSize > 0 && size > kMaxSinglePost);
    }
    // A segmented upload sends more than one part at once only with slots from the queue's
    // budget (see SegmentedUpload::setSlotBroker), and at most `maxParts`.
    void setSlotBroker(std::function<bool()> borrow, std::function<void()> giveBack, int maxParts)
    {
        m_borrowSlot = std::move(borrow);
        m_giveBackSlot = std::move(giveBack);
        m_maxParts = maxParts;
    }
    void offerSlot(); // a slot of the queue came free
    // A file sent in one POST creates its upload without a slot (while others send), then asks
    // `take` for one before its bytes go, and waits for offerSlot() while none is free.
    void setSendGate(std::function<bool()> take) { m_takeSendSlot = std::move(take); }
    // Preparing (checking, finding its folder, creating its upload) and needing no slot for that.
    bool holdsNoSlotYet() const;
    // Queued or preparing, it would go so: a file sent in one POST (the size known, else listed).
    bool preparesWithoutSlot() const;
    // Its upload is made; its bytes wait for a slot.
    bool waitsForSendSlot() const;
    // After the journal's record of a step is written (the signals below), whether it was: a job
    // whose record was not kept stops (Paused) instead of making the call the record is for.
    void setRecordCheck(std::function<bool()> check) { m_recordCheck = std::move(check); }
    // Before start(): go on from an earlier run. The job first looks in the destination folder
    // for a file an earlier association may have made (by upload uuid, else by name, size and
    // time); then reuses stored bytes or stored parts while the upload is still valid and the
    // local file has not changed; otherwise it starts over.
    void setResumePoint(const ResumePoint &point) { m_resume = std::make_unique<ResumePoint>(point); }

    // Queued/Paused/Failed/Cancelled → Preparing.
    void start();
    // Stops network work; → Cancelled.
    void cancel();
    // Stops a storage transfer and goes back to Paused (the upload and stored parts are kept).
    void pause();
    // Back to Queued for another start() (after Failed/Cancelled/Paused), attempts reset. A paused
    // job keeps its transfer (the upload and its stored parts), as hoist-cli --resume does.
    void reset();
    // NeedsAnswer → go on with this decision (Ask is treated as Skip).
    void resolveConflict(ConflictPolicy decision);
    // Preparing, Uploading or Associating: holds one of the controller's parallel slots.
    bool isActive() const;

    // Drawings: once its bytes are stored the job waits in Processing (without a slot) for its
    // batch's drawing_uploads call and Procore's processing, which DrawingBatch reports here.
    void setProcessingDetail(const QString &detail);
    void finishProcessing(const QString &detail);
    // uploadConsumed: Procore took the upload and is done with it (a retry needs new bytes);
    // otherwise the stored upload is kept, and a retry goes back to the batch with it (which
    // sends it with its next call, or checks the status of the drawing upload that has it).
    void failProcessing(const ProcoreError &error, bool uploadConsumed);
    // Its drawing upload failed because of another sheet: queued again, its bytes to go again in a
    // new drawing upload (Procore took the upload; nothing was made of it).
    void sendAgain(const QString &detail);
    // Procore's rate limit holds the API calls: rows waiting for one say so ("Procore's rate limit:
    // going on at 14:32"); an empty text ends it.
    void setRateLimitWait(const QString &text);
    // Photos: the image Procore created (0 until done).
    qint64 remoteImageId() const { return m_imageId; }

Q_SIGNALS:
    void stateChanged(hoist::TransferState state);
    void stepChanged(hoist::UploadJob::Step step);
    void progressChanged(qint64 sent, qint64 total);
    void conflictDetected(const QString &name, const QString &folderPath);
    void detailChanged();
    // For the journal: each step that an interrupted run must not repeat.
    void uploadCreated(const QString &uuid, const QDateTime &createdAt,
                       const QList<hoist::FileSegment> &parts);
    void segmentStored(int index, const QString &etag);
    void bytesStored();
    void associating(qint64 folderId, const QString &name);
    void associated(qint64 fileId);

private:
    // The one way into a step: records it, then runs what the step does.
    void advance(Step next);
    // Wraps a callback so it runs only while the job lives, in this attempt and in `step`.
    template <typename F> auto guarded(Step step, F f)
    {
        return [self = QPointer<UploadJob>(this), generation = m_generation, step, f](auto &&...args) {
            if (!self || self->m_generation != generation || self->m_step != step)
                return;
            if constexpr (std::is_invocable_v<F, decltype(args)...>)
                f(std::forward<decltype(args)>(args)...);
            else
                f(); // e.g. QTimer::timeout's private tag
        };
    }
    void setState(TransferState state);
    void setDetail(const QString &detail);
    void stop(TransferState state); // network work ends; Step::Idle
    void fail(const ProcoreError &error);
    void retryLater(Step step, const ProcoreError &error, const QString &detail);
    void timerEvent(QTimerEvent *event) override; // m_retryTimer
    void clearNetwork();
    void setSent(qint64 sent);
    bool recordKept(); // false: the journal did not take the record; the job is Paused

    // The steps (UploadJob.cpp).
    void checkLocalFile();
    bool fileUnchanged() const;
    void resolveFolder();
    void afterFolder();                          // the name check, then bytes or association
    void bytesOrAssociate();                     // stored already? else send
    bool applyConflict(const FileRef &existing); // false: the job stopped (skipped or asking)
    ConflictPolicy effectivePolicy() const;
    void sendBytes();
    ByteTransfer *makeTransfer();
    void onBytesSent();
    void restart(const QString &why);
    // UploadJobAssociation.cpp.
    void lookForEarlierRun();
    bool matchesEarlierRun(const FileRef &file) const;
    void applyResumePoint();
    void associate();
    Associator *makeAssociator();
    void onAssociated();
    void resolveNameClash();
    void finishDone();

    quint64 m_id;
    UploadItem m_item;
    std::shared_ptr<const Destination> m_destination;
    TransferState m_state = TransferState::Queued;
    Step m_step = Step::Idle;
    Step m_retryStep = Step::Idle; // what WaitingToRetry goes back to
    ProcoreError m_error;
    std::unique_ptr<ProcoreError> m_clash; // the NameTaken answer ResolvingNameClash works on
    QString m_detail;
    QString m_rateWait; // the rate-limit text shown as the detail, while it is
    ProcoreClient *m_client = nullptr;
    BandwidthLimiter *m_bandwidth = nullptr;
    QPointer<FolderResolver> m_resolver;
    RetryPolicy m_retry;
    ConflictPolicy m_conflict = ConflictPolicy::KeepBoth;
    ConflictPolicy m_decision = ConflictPolicy::Ask; // per-file answer
    qint64 m_folderId = 0;
    qint64 m_existingFileId = 0; // for NewVersion
    UploadTicket m_ticket;       // uuid (and createdAt in m_ticketAt) of the upload the bytes went to
    QDateTime m_ticketAt;
    QString m_contentType;
    qint64 m_statSize = -1;
    QDateTime m_statModified;
    qint64 m_total = 0;
    qint64 m_sent = 0;
    int m_attempts = 0; // storage attempts with the current transfer
    int m_restarts = 0; // new uploads because the file changed / the upload was spent
    FileRef m_remote;
    QPointer<ByteTransfer> m_transfer; // kept across pause and retries (its upload and parts)
    QPointer<Associator> m_associator;
    qint64 m_segmentThreshold = 0;
    qint64 m_segmentSize = 0;
    QBasicTimer m_retryTimer;         // WaitingToRetry's wait (no QObject per job)
    std::function<void()> m_retryDue; // what it then does, through guarded() like every answer
    bool m_pauseRequested = false;
    quint64 m_generation = 0;       // bumped by start() and cancel(); guarded() compares it
    bool m_stored = false;          // m_ticket's bytes are in storage
    bool m_associationSent = false; // an association for m_ticket went out without an answer seen
    bool m_staleUpload = false;     // a resumed photo upload past the margin: a refusal starts over
    qint64 m_storedSize = -1;       // the file as it was when those bytes were sent
    QDateTime m_storedModified;
    // Few jobs resume, so these sit behind pointers (a queue of 10,000 fresh files pays 16 bytes each).
    std::unique_ptr<ResumePoint> m_resume;        // until applied at the first start()
    std::unique_ptr<ResumePoint> m_segmentResume; // parts to go on with
    std::function<bool()> m_borrowSlot;
    std::function<void()> m_giveBackSlot;
    std::function<bool()> m_takeSendSlot;
    std::function<bool()> m_recordCheck;
    int m_maxParts = 3;
    qint64 m_imageId = 0;
    QString m_versionNotes;
};

} // namespace hoist

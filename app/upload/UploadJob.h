#pragma once

#include "FolderResolver.h"
#include "SegmentPlan.h"
#include "UploadTypes.h"
#include "procore/ProcoreError.h"
#include "procore/RetryPolicy.h"
#include "procore/Types.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace hoist {

class ApiReply;
class ProcoreClient;
class SegmentedUpload;
class StoragePost;

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

// One file's way: folder → create upload → storage POST → unchanged? → associate. Retries what
// is worth retrying (backoff, a new ticket after an expired policy, a new upload when the file
// changed meanwhile) and fails with a reason and a next step otherwise. Driven by UploadController.
class UploadJob : public QObject
{
    Q_OBJECT

public:
    UploadJob(quint64 id, UploadItem item, Destination destination, QObject *parent = nullptr);
    ~UploadJob() override;

    quint64 id() const { return m_id; }
    const UploadItem &item() const { return m_item; }
    const Destination &destination() const { return m_destination; }
    TransferState state() const { return m_state; }
    QString fileName() const;         // the name it gets in Procore
    QString remoteFolderPath() const; // destination path + relative dir, for display
    qint64 bytesTotal() const { return m_total; }
    qint64 bytesSent() const { return m_sent; }
    ProcoreError error() const { return m_error; }
    QString errorText() const;    // reason + next step; empty unless Failed
    QString statusDetail() const; // e.g. "Waiting 20 s (rate limit)", "Renamed to plan (1).pdf"
    FileRef remoteFile() const { return m_remote; }
    QString uploadUuid() const { return m_ticket.uuid; }
    int attempts() const { return m_attempts; }

    // Set by the controller before start().
    void setClient(ProcoreClient *client) { m_client = client; }
    void setFolderResolver(FolderResolver *resolver) { m_resolver = resolver; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setConflictPolicy(ConflictPolicy policy) { m_conflict = policy; }
    // Notes of the new version this file may become (else the destination's versionNotes).
    void setVersionNotes(const QString &notes) { m_versionNotes = notes; }
    // Files of at least this size go up as a segmented upload (parts in parallel, each retried
    // alone); 0: never. Parts are `segmentSize` bytes.
    void setSegmentThreshold(qint64 bytes, qint64 segmentSize)
    {
        m_segmentThreshold = bytes;
        m_segmentSize = segmentSize;
    }
    // A single POST cannot carry more than 5 GB: bigger files always go in parts.
    static constexpr qint64 kMaxSinglePost = 5LL * 1024 * 1024 * 1024;
    bool isSegmented() const
    {
        return (m_segmentThreshold > 0 && m_statSize >= m_segmentThreshold)
               || (m_segmentSize > 0 && m_statSize > kMaxSinglePost);
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
    // Before start(): go on from an earlier run. The job first looks in the destination folder
    // for a file an earlier association may have made (by upload uuid, else by name, size and
    // time); then reuses stored bytes or stored parts while the upload is still valid and the
    // local file has not changed; otherwise it starts over.
    void setResumePoint(const ResumePoint &point) { m_resume = point; }

    // Queued/Paused/Failed/Cancelled → Preparing.
    void start();
    // Stops network work; → Cancelled.
    void cancel();
    // Stops a storage transfer and goes back to Paused (the ticket is kept while valid).
    void pause();
    // Back to Queued for another start() (after Failed/Cancelled), attempts reset.
    void reset();
    // NeedsAnswer → go on with this decision (Ask is treated as Skip).
    void resolveConflict(ConflictPolicy decision);
    // Preparing, Uploading or Associating: holds one of the controller's parallel slots.
    bool isActive() const;

    // Drawings: once its bytes are stored the job waits in Processing (without a slot) for its
    // batch's drawing_uploads call and Procore's processing, which DrawingBatch reports here.
    void setProcessingDetail(const QString &detail);
    void finishProcessing();
    // uploadConsumed: Procore took the upload (a retry needs new bytes); otherwise the stored
    // bytes are sent again with the next batch call.
    void failProcessing(const ProcoreError &error, bool uploadConsumed);
    // Photos: the image Procore created (0 until done).
    qint64 remoteImageId() const { return m_imageId; }

Q_SIGNALS:
    void stateChanged(hoist::TransferState state);
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
    void setState(TransferState state);
    void setDetail(const QString &detail);
    void fail(const ProcoreError &error);
    void checkLocalFile();
    bool fileUnchanged() const;
    void resolveFolder();
    void checkConflict();
    void checkEarlierRun(); // resumed jobs: did an earlier association go through?
    bool matchesEarlierRun(const FileRef &file) const;
    void applyResumePoint();
    void continueToStorage();                    // after the folder and the name check
    bool applyConflict(const FileRef &existing); // false: the job stopped (skipped or asking)
    ConflictPolicy effectivePolicy() const;
    void createUpload();
    void startStorage();
    void onStorageFinished();
    void startSegmented();
    void onSegmentedFinished();
    void restart(const QString &why);
    void associate();
    void onAssociated(ApiReply *reply);
    void createImage();
    void onImageCreated(ApiReply *reply);
    void verifyAssociation(const ProcoreError &original);
    bool isOurAssociation(const FileRef &file) const;
    void finishDone();
    void clearNetwork();

    quint64 m_id;
    UploadItem m_item;
    Destination m_destination;
    TransferState m_state = TransferState::Queued;
    ProcoreError m_error;
    QString m_detail;
    ProcoreClient *m_client = nullptr;
    QPointer<FolderResolver> m_resolver;
    RetryPolicy m_retry;
    ConflictPolicy m_conflict = ConflictPolicy::KeepBoth;
    ConflictPolicy m_decision = ConflictPolicy::Ask; // per-file answer
    qint64 m_folderId = 0;
    qint64 m_existingFileId = 0; // for NewVersion
    UploadTicket m_ticket;
    QDateTime m_ticketAt;
    QString m_contentType;
    qint64 m_statSize = -1;
    QDateTime m_statModified;
    qint64 m_total = 0;
    qint64 m_sent = 0;
    int m_attempts = 0; // storage attempts with the current ticket
    int m_restarts = 0; // new tickets because the file changed / policy expired
    int m_verifyAttempts = 0;
    FileRef m_remote;
    QPointer<ApiReply> m_apiReply;
    QPointer<StoragePost> m_post;
    QPointer<SegmentedUpload> m_segmented;
    qint64 m_segmentThreshold = 0;
    qint64 m_segmentSize = 0;
    QTimer m_retryTimer;
    bool m_pauseRequested = false;
    quint64 m_generation = 0; // bumped by start() and cancel(); stale callbacks compare it
    bool m_stored = false;    // m_ticket's bytes are in storage
    qint64 m_storedSize = -1; // the file as it was when those bytes were sent
    QDateTime m_storedModified;
    std::optional<ResumePoint> m_resume;        // until applied at the first start()
    std::optional<ResumePoint> m_segmentResume; // parts to go on with
    bool m_resumedSegments = false;
    std::function<bool()> m_borrowSlot;
    std::function<void()> m_giveBackSlot;
    int m_maxParts = 3; // the segmented upload under way is an earlier run's
    ImageBodyShape m_imageShape = ImageBodyShape::TopLevelUploadUuid; // the reference shape first
    bool m_imageShapeSwitched = false;
    qint64 m_imageId = 0;
    QString m_versionNotes;
};

} // namespace hoist

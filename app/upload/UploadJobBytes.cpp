// UploadJob's bytes: the ByteTransfer that creates the upload and sends the file (one POST or
// parts), the queue slot its bytes take, and what its outcome leads to.
#include "UploadJob.h"

#include "PartsTransfer.h"
#include "SinglePostTransfer.h"

#include <QFileInfo>

namespace hoist {

void UploadJob::offerSlot()
{
    if (m_transfer)
        m_transfer->offerSlot();
}

bool UploadJob::holdsNoSlotYet() const
{
    if (m_state != TransferState::Preparing || !m_takeSendSlot)
        return false;
    return m_transfer ? m_transfer->createsBeforeTakingSlot() : preparesWithoutSlot();
}

bool UploadJob::preparesWithoutSlot() const
{
    if (!m_takeSendSlot || m_segmentResume || (m_resume && !m_resume->segments.isEmpty()))
        return false;
    return !segmentsAt(m_statSize >= 0 ? m_statSize : m_total);
}

bool UploadJob::waitsForSendSlot() const
{
    return m_state == TransferState::Preparing && m_transfer && m_transfer->isWaitingForSlot();
}

ByteTransfer *UploadJob::makeTransfer()
{
    const ByteTransfer::Target target{m_client,
                                      m_destination->companyId,
                                      m_destination->projectId,
                                      m_item.localPath,
                                      fileName(),
                                      m_contentType,
                                      m_bandwidth,
                                      m_takeSendSlot};
    if (!isSegmented() && !m_segmentResume)
        return new SinglePostTransfer(target, this);
    auto *parts = new PartsTransfer(target, this);
    parts->setPartSize(m_segmentSize);
    parts->setRetryPolicy(m_retry);
    parts->setSlots(m_borrowSlot, m_giveBackSlot, m_maxParts);
    if (m_segmentResume) {
        // The parts plan is the journal's, whatever this run's threshold and part size are.
        const ResumePoint &r = *m_segmentResume;
        parts->resumeFrom({r.uploadUuid, r.uploadCreatedAt, r.segments, r.etags});
        m_segmentResume.reset();
    }
    return parts;
}

void UploadJob::sendBytes()
{
    if (!m_transfer) {
        m_transfer = makeTransfer();
        m_attempts = 0;
    }
    ByteTransfer *t = m_transfer;
    t->disconnect(this);
    ++m_attempts;
    // Uploading once bytes go: at its first progress when it waits for a slot to send them.
    const bool gated = t->createsBeforeTakingSlot();
    setState(t->hasUpload() && !gated ? TransferState::Uploading : TransferState::Preparing);
    setSent(0);
    connect(t, &ByteTransfer::uploadCreated, this,
            guarded(Step::SendingBytes,
                    [this, gated](const QString &uuid, const QDateTime &at, const QList<FileSegment> &parts) {
                        m_ticket = {};
                        m_ticket.uuid = uuid;
                        m_ticketAt = at;
                        if (!gated)
                            setState(TransferState::Uploading);
                        Q_EMIT uploadCreated(uuid, at, parts);
                    }));
    connect(t, &ByteTransfer::partStored, this,
            guarded(Step::SendingBytes,
                    [this](int index, const QString &etag) { Q_EMIT segmentStored(index, etag); }));
    connect(t, &ByteTransfer::progress, this, guarded(Step::SendingBytes, [this](qint64 sent, qint64) {
                if (m_state == TransferState::Preparing)
                    setState(TransferState::Uploading);
                setSent(sent);
            }));
    connect(t, &ByteTransfer::detailChanged, this,
            guarded(Step::SendingBytes, [this](const QString &detail) { setDetail(detail); }));
    connect(t, &ByteTransfer::finished, this, guarded(Step::SendingBytes, [this] { onBytesSent(); }));
    t->start();
}

void UploadJob::onBytesSent()
{
    const ByteTransfer::Outcome outcome = m_transfer->outcome();
    const ProcoreError error = m_transfer->error();
    if (outcome == ByteTransfer::Outcome::Cancelled)
        return; // cancel() or pause() set the state
    if (!QFileInfo::exists(m_item.localPath)) {
        fail(ProcoreError::localFile(
            tr("The file disappeared while it was uploading: %1").arg(m_item.localPath),
            tr("Put the file back and retry, or remove it from the queue.")));
        return;
    }
    if (outcome == ByteTransfer::Outcome::FileChanged || !fileUnchanged()) {
        // It shrank, grew or was rewritten under the transfer: those bytes are not the file.
        restart(tr("The file changed while it was uploading; uploading it again."));
        return;
    }
    switch (outcome) {
    case ByteTransfer::Outcome::Stored:
        m_ticket.uuid = m_transfer->uploadUuid();
        // Spent: a later attempt makes a new upload. Letting it go now keeps a long queue of
        // finished jobs small (it held its signals, timers and the storage answer).
        m_transfer->disconnect(this);
        m_transfer->deleteLater();
        m_transfer = nullptr;
        m_associationSent = false; // a new upload: nothing was associated with it yet
        m_stored = true;
        m_storedSize = m_statSize;
        m_storedModified = m_statModified;
        setDetail({});
        Q_EMIT bytesStored();
        if (recordKept())
            advance(Step::Associating);
        return;
    case ByteTransfer::Outcome::UploadSpent:
        restart(error.httpStatus == 403
                    ? tr("The upload permission expired; asking Procore for a new one.")
                    : tr("The last run's upload can no longer be continued; uploading the file again."));
        return;
    case ByteTransfer::Outcome::Failed: {
        if (error.kind == ProcoreError::Kind::LocalFile) {
            fail(error);
            return;
        }
        if (m_transfer->canRetry() && m_retry.shouldRetry(m_attempts, error)) {
            retryLater(Step::SendingBytes, error,
                       tr("Storage error (%1); trying again in %2 s.").arg(error.message));
            return;
        }
        ProcoreError e = error;
        if (m_transfer->canRetry() && error.httpStatus >= 400 && error.httpStatus < 500)
            e.message = tr("Procore's file storage refused the file.");              // the code: e.detail
        else if (m_transfer->canRetry() && error.kind != ProcoreError::Kind::Server) // parts name theirs
            e.message = tr("Storage refused the file: %1").arg(error.message);
        fail(e);
        return;
    }
    case ByteTransfer::Outcome::FileChanged:
    case ByteTransfer::Outcome::Cancelled:
        return;
    }
}

} // namespace hoist

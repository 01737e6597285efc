#include "UploadJob.h"

#include <QTimerEvent>

#include "Associator.h"
#include "ByteTransfer.h"
#include "DestinationFileRule.h"
#include "FolderResolver.h"
#include "UploadLog.h"
#include "procore/ProcoreClient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>

#include <limits>

namespace hoist {

using namespace Qt::StringLiterals;

UploadJob::UploadJob(quint64 id, UploadItem item, std::shared_ptr<const Destination> destination,
                     QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_item(std::move(item))
    , m_destination(std::move(destination))
    , m_total(m_item.size)
{
    Q_ASSERT(m_destination);
}

UploadJob::~UploadJob()
{
    clearNetwork();
}

QString UploadJob::fileName() const
{
    return QFileInfo(m_item.localPath).fileName();
}

QString UploadJob::remoteFolderPath() const
{
    switch (m_destination->effectiveKind()) {
    case DestinationKind::Photos:
        return m_destination->photo.albumName.isEmpty()
                   ? tr("Photos")
                   : QString(tr("Photos") + QLatin1Char('/') + m_destination->photo.albumName);
    case DestinationKind::Drawings:
        return m_destination->drawing.setName.isEmpty()
                   ? tr("Drawings")
                   : QString(tr("Drawings") + QLatin1Char('/') + m_destination->drawing.setName);
    case DestinationKind::ProjectDocuments:
    case DestinationKind::CompanyDocuments:
        break;
    }
    QStringList parts;
    if (!m_destination->folderPath.isEmpty())
        parts.append(m_destination->folderPath);
    if (!m_item.relativeDir.isEmpty())
        parts.append(m_item.relativeDir);
    return parts.join(QLatin1Char('/'));
}

QString UploadJob::errorText() const
{
    return m_state == TransferState::Failed ? m_error.describe() : QString();
}

QString UploadJob::statusDetail() const
{
    return m_detail;
}

bool UploadJob::isActive() const
{
    return m_state == TransferState::Preparing || m_state == TransferState::Uploading
           || m_state == TransferState::Associating;
}

void UploadJob::setState(TransferState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void UploadJob::setDetail(const QString &detail)
{
    if (m_detail == detail)
        return;
    m_detail = detail;
    Q_EMIT detailChanged();
}

void UploadJob::setRateLimitWait(const QString &text)
{
    // Only a step that waits for an API call is held; bytes to storage are not paced.
    const bool apiStep =
        m_step == Step::CheckingFile || m_step == Step::ResolvingFolder
        || m_step == Step::LookingForEarlierRun || m_step == Step::Associating
        || m_step == Step::ResolvingNameClash
        || (m_step == Step::SendingBytes && m_state == TransferState::Preparing && !waitsForSendSlot());
    if (!text.isEmpty() && apiStep) {
        m_rateWait = text;
        setDetail(text);
    } else if (text.isEmpty() && !m_rateWait.isEmpty()) {
        if (m_detail == m_rateWait)
            setDetail({});
        m_rateWait.clear();
    }
}

void UploadJob::setSent(qint64 sent)
{
    m_sent = sent;
    Q_EMIT progressChanged(m_sent, m_total);
}

void UploadJob::advance(Step next)
{
    m_step = next;
    Q_EMIT stepChanged(next);
    switch (next) {
    case Step::CheckingFile:
        checkLocalFile();
        break;
    case Step::ResolvingFolder:
        resolveFolder();
        break;
    case Step::LookingForEarlierRun:
        lookForEarlierRun();
        break;
    case Step::SendingBytes:
        sendBytes();
        break;
    case Step::Associating:
        associate();
        break;
    case Step::ResolvingNameClash:
        resolveNameClash();
        break;
    case Step::Idle:
    case Step::WaitingToRetry:  // entered by retryLater(), which holds the timer
    case Step::WaitingForBatch: // DrawingBatch reports through finishProcessing()/failProcessing()
        break;
    }
}

void UploadJob::clearNetwork()
{
    m_retryTimer.stop();
    if (m_associator) {
        m_associator->disconnect(this);
        m_associator->abort();
        m_associator->deleteLater();
        m_associator = nullptr;
    }
    if (m_transfer) {
        m_transfer->disconnect(this);
        m_transfer->abort();
        m_transfer->deleteLater();
        m_transfer = nullptr;
    }
}

void UploadJob::stop(TransferState state)
{
    m_retryTimer.stop();
    m_step = Step::Idle;
    Q_EMIT stepChanged(m_step);
    setState(state);
}

void UploadJob::fail(const ProcoreError &error)
{
    clearNetwork();
    m_error = error;
    qCInfo(lcUpload).noquote() << QStringLiteral("job %1 \"%2\" failed:").arg(m_id).arg(fileName())
                               << error.message;
    setDetail({});
    stop(TransferState::Failed);
}

void UploadJob::retryLater(Step step, const ProcoreError &error, const QString &detail)
{
    const int delay = m_retry.delayMs(m_attempts, error);
    setDetail(detail.arg((delay + 999) / 1000));
    m_retryStep = step;
    advance(Step::WaitingToRetry);
    m_retryDue = guarded(Step::WaitingToRetry, [this] {
        if (m_pauseRequested) {
            m_pauseRequested = false;
            stop(TransferState::Paused);
            return;
        }
        advance(m_retryStep);
    });
    m_retryTimer.start(delay, this);
}

void UploadJob::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_retryTimer.timerId())
        return QObject::timerEvent(event);
    m_retryTimer.stop();
    if (const std::function<void()> due = std::exchange(m_retryDue, {}))
        due();
}

void UploadJob::start()
{
    if (isActive() || m_state == TransferState::Done || m_state == TransferState::Skipped)
        return;
    m_error = {};
    m_pauseRequested = false;
    ++m_generation; // answers of an earlier attempt are dropped from now on
    setDetail({});
    setState(TransferState::Preparing);
    advance(Step::CheckingFile);
}

void UploadJob::reset()
{
    if (isActive())
        return;
    if (m_state == TransferState::Paused)
        m_retryTimer.stop(); // a pause keeps the transfer: its upload and stored parts go on
    else
        clearNetwork();
    m_error = {};
    m_attempts = 0;
    m_restarts = 0;
    setDetail({});
    stop(TransferState::Queued);
}

void UploadJob::cancel()
{
    if (isFinalState(m_state) && m_state != TransferState::Failed)
        return;
    ++m_generation;
    clearNetwork();
    setSent(0);
    m_error = ProcoreError::cancelled();
    setDetail({});
    stop(TransferState::Cancelled);
}

void UploadJob::pause()
{
    switch (m_step) {
    case Step::SendingBytes:
        // The transfer keeps its upload and stored parts for the next start().
        if (m_transfer)
            m_transfer->abort();
        ++m_generation;
        setSent(0);
        stop(TransferState::Paused);
        return;
    case Step::WaitingToRetry:
        ++m_generation;
        stop(TransferState::Paused);
        return;
    case Step::CheckingFile:
    case Step::ResolvingFolder:
    case Step::LookingForEarlierRun:
        m_pauseRequested = true; // the answer in flight lands; the bytes do not go
        return;
    case Step::Idle:
        if (m_state == TransferState::Queued)
            setState(TransferState::Paused);
        return;
    case Step::Associating:
    case Step::ResolvingNameClash:
    case Step::WaitingForBatch:
        return; // the last call finishes; final states stay
    }
}

void UploadJob::resolveConflict(ConflictPolicy decision)
{
    if (m_state != TransferState::NeedsAnswer)
        return;
    m_decision = decision == ConflictPolicy::Ask ? ConflictPolicy::Skip : decision;
    if (m_decision == ConflictPolicy::Skip) {
        setDetail(tr("A file of that name is already there."));
        setState(TransferState::Skipped);
        return;
    }
    setState(TransferState::Queued); // the controller starts it again
}

ConflictPolicy UploadJob::effectivePolicy() const
{
    return m_decision != ConflictPolicy::Ask ? m_decision : m_conflict;
}

void UploadJob::checkLocalFile()
{
    const QFileInfo info(m_item.localPath);
    if (!info.exists()) {
        fail(ProcoreError::localFile(tr("The file no longer exists: %1").arg(m_item.localPath),
                                     tr("Put the file back and retry, or remove it from the queue.")));
        return;
    }
    if (info.isDir() || !info.isFile()) {
        fail(ProcoreError::localFile(
            tr("Not a regular file (a folder, pipe or device): %1").arg(m_item.localPath),
            tr("Remove it from the queue; only files can be uploaded.")));
        return;
    }
    if (!info.isReadable()) {
        fail(ProcoreError::localFile(
            tr("The file cannot be read (permission denied): %1").arg(m_item.localPath),
            tr("Allow your user to read the file, then retry.")));
        return;
    }
    m_statSize = info.size();
    m_statModified = info.lastModified();
    if (m_total != m_statSize) {
        m_total = m_statSize;
        Q_EMIT progressChanged(m_sent, m_total);
    }
    if (m_contentType.isEmpty())
        m_contentType =
            QMimeDatabase().mimeTypeForFile(m_item.localPath, QMimeDatabase::MatchExtension).name();
    if (m_destination->isDocuments()) {
        advance(Step::ResolvingFolder);
        return;
    }
    // The type rule again, for Photos: an image also goes with an image content type. (Procore's
    // processing of a drawing upload refuses what is not a PDF itself.)
    const DestinationKind kind = m_destination->effectiveKind();
    if (fileFit(m_item.localPath, kind) == FileFit::NotAnImage
        || (kind == DestinationKind::Photos && !m_contentType.startsWith(QLatin1String("image/")))) {
        fail(
            ProcoreError::localFile(tr("Not an image, and Photos take only images: %1").arg(m_item.localPath),
                                    tr("Upload it to Documents instead, or remove it from the queue.")));
        return;
    }
    // Photos and drawings have no folders. A resumed photo's earlier association shows as
    // "already used" when repeated; a resumed drawing batch repeats its Idempotency-Token.
    m_folderId = 0;
    if (m_resume)
        applyResumePoint();
    bytesOrAssociate();
}

bool UploadJob::fileUnchanged() const
{
    const QFileInfo info(m_item.localPath);
    return info.exists() && info.size() == m_statSize && info.lastModified() == m_statModified;
}

void UploadJob::resolveFolder()
{
    if (!m_resolver) {
        fail(ProcoreError::localFile(tr("No destination folder."), {}));
        return;
    }
    m_resolver->ensure(
        m_item.relativeDir, this,
        guarded(Step::ResolvingFolder, [this](qint64 folderId, const ProcoreError &error) {
            if (error.isError()) {
                ProcoreError e = error;
                e.message =
                    tr("Could not open or create the folder %1: %2").arg(remoteFolderPath(), error.message);
                fail(e);
                return;
            }
            m_folderId = folderId;
            if (m_resume)
                advance(Step::LookingForEarlierRun);
            else
                afterFolder();
        }));
}

void UploadJob::afterFolder()
{
    if (m_destination->newVersionOf) {
        // Dropped onto an existing file: a new version of that one, whatever its name.
        m_existingFileId = m_destination->newVersionOf;
        m_decision = ConflictPolicy::NewVersion;
    } else if (const auto existing = m_resolver->knownFile(m_folderId, fileName())) {
        if (!applyConflict(*existing))
            return;
    }
    bytesOrAssociate();
}

void UploadJob::bytesOrAssociate()
{
    if (m_stored && m_statSize == m_storedSize && m_statModified == m_storedModified) {
        advance(Step::Associating); // the bytes are in storage already (an earlier association failed)
        return;
    }
    if (m_stored) {
        m_stored = false; // changed since: those bytes are stale, and so is their upload
        m_ticket = {};
    }
    if (m_pauseRequested) {
        m_pauseRequested = false;
        stop(TransferState::Paused);
        return;
    }
    advance(Step::SendingBytes);
}

bool UploadJob::applyConflict(const FileRef &existing)
{
    switch (effectivePolicy()) {
    case ConflictPolicy::KeepBoth:
        return true;
    case ConflictPolicy::NewVersion:
        if (!m_destination->projectId)
            return true; // company Documents have no versions endpoint: keep both
        m_existingFileId = existing.id;
        return true;
    case ConflictPolicy::Skip:
        clearNetwork();
        setDetail(tr("A file of that name is already there."));
        stop(TransferState::Skipped);
        return false;
    case ConflictPolicy::Ask:
        clearNetwork();
        stop(TransferState::NeedsAnswer);
        Q_EMIT conflictDetected(fileName(), remoteFolderPath());
        return false;
    }
    return true;
}

bool UploadJob::recordKept()
{
    if (!m_recordCheck || m_recordCheck())
        return true;
    ++m_generation; // nothing of this attempt goes on
    setDetail(tr("Stopped: the transfer journal could not be written."));
    if (m_state != TransferState::Paused)
        stop(TransferState::Paused);
    return false;
}

void UploadJob::restart(const QString &why)
{
    if (!m_retry.shouldRestart(++m_restarts)) {
        fail(
            ProcoreError::localFile(tr("Gave up after %1 new attempts: %2").arg(m_retry.maxRestarts).arg(why),
                                    tr("Make sure nothing is writing to the file, then retry.")));
        return;
    }
    clearNetwork(); // a new upload for the file as it is now
    setDetail(why);
    m_ticket = {};
    m_stored = false;
    m_segmentResume.reset();
    const QFileInfo info(m_item.localPath);
    m_statSize = info.size();
    m_statModified = info.lastModified();
    if (m_total != m_statSize) {
        m_total = m_statSize;
        Q_EMIT progressChanged(m_sent, m_total);
    }
    advance(Step::SendingBytes);
}

} // namespace hoist

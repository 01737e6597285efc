#include "UploadJob.h"

#include "FolderResolver.h"
#include "SegmentedUpload.h"
#include "StoragePost.h"
#include "procore/ProcoreClient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

#include <limits>

namespace hoist {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxRestarts = 5;              // new tickets (file changed, policy expired) before giving up
constexpr qint64 kTicketReuseSecs = 45 * 60; // policies last an hour; leave room for a long transfer
// Procore keeps an upload for association for a week; leave a day's margin.
constexpr qint64 kAssociateWithinSecs = 6 * 24 * 3600;
// A segmented upload's parts are taken up again for a day (fresh part URLs are fetched).
constexpr qint64 kPartsReuseSecs = 24 * 3600;
// Clock skew allowed between this machine and Procore when matching an earlier association.
constexpr qint64 kClockSkewSecs = 10 * 60;

// "plan (2).pdf" is what unique_name makes of "plan.pdf".
bool isRenamedCopy(const QString &candidate, const QString &name)
{
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString ext = dot > 0 ? name.mid(dot) : QString();
    const QRegularExpression re(u"^"_s + QRegularExpression::escape(stem) + u" \\(\\d+\\)"_s
                                + QRegularExpression::escape(ext) + u"$"_s);
    return re.match(candidate).hasMatch();
}

} // namespace

UploadJob::UploadJob(quint64 id, UploadItem item, Destination destination, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_item(std::move(item))
    , m_destination(std::move(destination))
    , m_total(m_item.size)
{
    m_retryTimer.setSingleShot(true);
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
    switch (m_destination.effectiveKind()) {
    case DestinationKind::Photos:
        return m_destination.photo.albumName.isEmpty()
                   ? tr("Photos")
                   : QString(tr("Photos") + QLatin1Char('/') + m_destination.photo.albumName);
    case DestinationKind::Drawings:
        return m_destination.drawing.setName.isEmpty()
                   ? tr("Drawings")
                   : QString(tr("Drawings") + QLatin1Char('/') + m_destination.drawing.setName);
    case DestinationKind::ProjectDocuments:
    case DestinationKind::CompanyDocuments:
        break;
    }
    QStringList parts;
    if (!m_destination.folderPath.isEmpty())
        parts.append(m_destination.folderPath);
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

void UploadJob::offerSlot()
{
    if (m_segmented)
        m_segmented->offerSlot();
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

void UploadJob::clearNetwork()
{
    m_retryTimer.stop();
    m_retryTimer.disconnect();
    if (m_apiReply) {
        m_apiReply->disconnect(this);
        m_apiReply->abort();
        m_apiReply->deleteLater();
        m_apiReply = nullptr;
    }
    if (m_post) {
        m_post->disconnect(this);
        m_post->abort();
        m_post->deleteLater();
        m_post = nullptr;
    }
    if (m_segmented) {
        m_segmented->disconnect(this);
        m_segmented->abort();
        m_segmented->deleteLater();
        m_segmented = nullptr;
    }
}

void UploadJob::fail(const ProcoreError &error)
{
    clearNetwork();
    m_error = error;
    setDetail({});
    setState(TransferState::Failed);
}

void UploadJob::start()
{
    if (isActive() || m_state == TransferState::Done || m_state == TransferState::Skipped)
        return;
    m_error = {};
    m_pauseRequested = false;
    ++m_generation; // callbacks of an earlier run are ignored from now on
    setDetail({});
    setState(TransferState::Preparing);
    checkLocalFile();
}

void UploadJob::reset()
{
    if (isActive())
        return;
    clearNetwork();
    m_error = {};
    m_attempts = 0;
    m_restarts = 0;
    setDetail({});
    setState(TransferState::Queued);
}

void UploadJob::cancel()
{
    if (isFinalState(m_state) && m_state != TransferState::Failed)
        return;
    ++m_generation;
    clearNetwork();
    m_sent = 0;
    Q_EMIT progressChanged(m_sent, m_total);
    m_error = ProcoreError::cancelled();
    setDetail({});
    setState(TransferState::Cancelled);
}

void UploadJob::pause()
{
    switch (m_state) {
    case TransferState::Queued:
        setState(TransferState::Paused);
        break;
    case TransferState::Uploading:
        clearNetwork(); // the ticket stays; the POST starts again from the first byte
        m_sent = 0;
        Q_EMIT progressChanged(m_sent, m_total);
        setState(TransferState::Paused);
        break;
    case TransferState::Preparing:
        // Let the API call in flight land, then stop before the bytes go.
        if (m_retryTimer.isActive()) {
            clearNetwork();
            setState(TransferState::Paused);
        } else {
            m_pauseRequested = true;
        }
        break;
    default:
        break; // associating finishes; final states stay
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
    switch (m_destination.effectiveKind()) {
    case DestinationKind::Photos:
        if (!m_contentType.startsWith(QLatin1String("image/")) || !isImageFile(m_item.localPath)) {
            fail(ProcoreError::localFile(
                tr("Not an image, and Photos take only images: %1").arg(m_item.localPath),
                tr("Upload it to Documents instead, or remove it from the queue.")));
            return;
        }
        m_folderId = 0;
        if (m_resume)
            applyResumePoint(); // an earlier association shows as "already used" when repeated
        continueToStorage();    // no folders in Photos
        return;
    case DestinationKind::Drawings:
        m_folderId = 0;
        if (m_resume)
            applyResumePoint(); // the batch repeats its call with the same Idempotency-Token
        continueToStorage();
        return;
    case DestinationKind::ProjectDocuments:
    case DestinationKind::CompanyDocuments:
        break;
    }
    resolveFolder();
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
        [this, generation = m_generation](qint64 folderId, const ProcoreError &error) {
            if (m_state != TransferState::Preparing || generation != m_generation)
                return;
            if (error.isError()) {
                ProcoreError e = error;
                e.message =
                    tr("Could not open or create the folder %1: %2").arg(remoteFolderPath(), error.message);
                fail(e);
                return;
            }
            m_folderId = folderId;
            if (m_resume)
                checkEarlierRun();
            else
                checkConflict();
        });
}

void UploadJob::checkEarlierRun()
{
    if (!m_resume->stored || m_resume->uploadUuid.isEmpty()) {
        // Association only ever follows stored bytes: nothing can have been made yet.
        applyResumePoint();
        checkConflict();
        return;
    }
    setDetail(tr("Checking what the last run finished…"));
    m_resolver->refreshFolder(
        m_folderId, this, [this, generation = m_generation](const Folder &folder, const ProcoreError &error) {
            if (m_state != TransferState::Preparing || generation != m_generation)
                return;
            if (error.isError()) {
                ProcoreError e = error;
                e.message =
                    tr("Could not check whether the last run finished this file: %1").arg(error.message);
                fail(e); // the resume point is kept: a retry checks again
                return;
            }
            for (const FileRef &f : folder.files) {
                if (matchesEarlierRun(f)) {
                    m_ticket = {};
                    m_ticket.uuid = m_resume->uploadUuid;
                    m_resume.reset();
                    m_remote = f;
                    Q_EMIT associating(m_folderId, f.name);
                    finishDone();
                    return;
                }
            }
            applyResumePoint();
            checkConflict();
        });
}

bool UploadJob::matchesEarlierRun(const FileRef &file) const
{
    const ResumePoint &r = *m_resume;
    if (file.uploadUuids.contains(r.uploadUuid))
        return true;
    if (!file.uploadUuids.isEmpty())
        return false; // Procore names the uploads behind this file, and ours is not one
    // Without upload uuids in the listing: same name (or the renamed copy), same size, and made
    // after our upload was created.
    const QString name = r.targetName.isEmpty() ? fileName() : r.targetName;
    if (file.size != m_statSize || (file.name != name && !isRenamedCopy(file.name, name)))
        return false;
    return file.changedAt.isValid() && r.uploadCreatedAt.isValid()
           && file.changedAt >= r.uploadCreatedAt.addSecs(-kClockSkewSecs);
}

void UploadJob::applyResumePoint()
{
    const ResumePoint r = *m_resume;
    m_resume.reset();
    setDetail({});
    const bool unchanged = m_statSize == m_item.size && m_statModified == m_item.modified;
    const qint64 age = r.uploadCreatedAt.isValid() ? r.uploadCreatedAt.secsTo(QDateTime::currentDateTimeUtc())
                                                   : std::numeric_limits<qint64>::max();
    if (!unchanged || r.uploadUuid.isEmpty())
        return; // start over
    if (r.stored && age < kAssociateWithinSecs) {
        m_ticket = {};
        m_ticket.uuid = r.uploadUuid;
        m_ticketAt = r.uploadCreatedAt;
        m_stored = true;
        m_storedSize = m_statSize;
        m_storedModified = m_statModified;
        return;
    }
    if (!r.stored && !r.segments.isEmpty() && isSegmented() && age < kPartsReuseSecs)
        m_segmentResume = r;
}

void UploadJob::checkConflict()
{
    if (m_destination.newVersionOf) {
        // Dropped onto an existing file: a new version of that one, whatever its name.
        m_existingFileId = m_destination.newVersionOf;
        m_decision = ConflictPolicy::NewVersion;
    } else if (const auto existing = m_resolver->knownFile(m_folderId, fileName())) {
        if (!applyConflict(*existing))
            return;
    }
    continueToStorage();
}

void UploadJob::continueToStorage()
{
    if (m_stored && m_statSize == m_storedSize && m_statModified == m_storedModified) {
        associate(); // the bytes are in storage already (an earlier association failed)
        return;
    }
    if (m_stored) {
        m_stored = false; // changed since: those bytes are stale, and so is their ticket
        m_ticket = {};
    }
    if (m_pauseRequested) {
        m_pauseRequested = false;
        setState(TransferState::Paused);
        return;
    }
    createUpload();
}

bool UploadJob::applyConflict(const FileRef &existing)
{
    switch (effectivePolicy()) {
    case ConflictPolicy::KeepBoth:
        return true;
    case ConflictPolicy::NewVersion:
        if (!m_destination.projectId)
            return true; // company Documents have no versions endpoint: keep both
        m_existingFileId = existing.id;
        return true;
    case ConflictPolicy::Skip:
        clearNetwork();
        setDetail(tr("A file of that name is already there."));
        setState(TransferState::Skipped);
        return false;
    case ConflictPolicy::Ask:
        clearNetwork();
        setState(TransferState::NeedsAnswer);
        Q_EMIT conflictDetected(fileName(), remoteFolderPath());
        return false;
    }
    return true;
}

void UploadJob::createUpload()
{
    if (isSegmented()) {
        startSegmented();
        return;
    }
    if (m_ticket.isValid() && !m_stored && m_ticketAt.isValid()
        && m_ticketAt.secsTo(QDateTime::currentDateTimeUtc()) < kTicketReuseSecs) {
        startStorage();
        return;
    }
    m_ticket = {};
    m_stored = false;
    ApiReply *reply = m_client->createUpload(m_destination.companyId, m_destination.projectId, fileName(),
                                             m_contentType, m_statSize);
    m_apiReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_apiReply = nullptr;
        if (!reply->isOk()) {
            fail(reply->error());
            return;
        }
        m_ticket = reply->uploadTicket();
        m_ticketAt = QDateTime::currentDateTimeUtc();
        m_attempts = 0;
        if (!m_ticket.isValid()) {
            ProcoreError e;
            e.kind = ProcoreError::Kind::Invalid;
            e.message = tr("Procore's create-upload answer has no storage URL.");
            fail(e);
            return;
        }
        Q_EMIT uploadCreated(m_ticket.uuid, m_ticketAt, {});
        if (m_pauseRequested) {
            m_pauseRequested = false;
            setState(TransferState::Paused);
            return;
        }
        startStorage();
    });
}

void UploadJob::startStorage()
{
    setState(TransferState::Uploading);
    setDetail({});
    ++m_attempts;
    m_sent = 0;
    Q_EMIT progressChanged(m_sent, m_total);
    auto *post = new StoragePost(m_client->network(), m_ticket, m_item.localPath, m_contentType, this);
    m_post = post;
    connect(post, &StoragePost::progress, this, [this](qint64 sent, qint64) {
        m_sent = sent;
        Q_EMIT progressChanged(m_sent, m_total);
    });
    connect(post, &StoragePost::finished, this, &UploadJob::onStorageFinished);
    post->start();
}

void UploadJob::onStorageFinished()
{
    StoragePost *post = m_post;
    m_post = nullptr;
    if (!post)
        return;
    post->deleteLater();
    const ProcoreError error = post->error();
    if (error.kind == ProcoreError::Kind::Cancelled)
        return; // cancel() or pause() handled the state
    if (!error.isError()) {
        if (!QFileInfo::exists(m_item.localPath)) {
            fail(ProcoreError::localFile(
                tr("The file disappeared while it was uploading: %1").arg(m_item.localPath),
                tr("Put the file back and retry, or remove it from the queue.")));
            return;
        }
        if (!fileUnchanged()) {
            restart(tr("The file changed while it was uploading; uploading it again."));
            return;
        }
        m_stored = true;
        m_storedSize = m_statSize;
        m_storedModified = m_statModified;
        Q_EMIT bytesStored();
        associate();
        return;
    }
    if (post->isPolicyExpired()) {
        restart(tr("The upload permission expired; asking Procore for a new one."));
        return;
    }
    if (error.kind == ProcoreError::Kind::LocalFile) {
        fail(error);
        return;
    }
    if (m_retry.shouldRetry(m_attempts, error)) {
        const int delay = m_retry.delayMs(m_attempts, error);
        setDetail(
            tr("Storage error (%1); trying again in %2 s.").arg(error.message).arg((delay + 999) / 1000));
        m_retryTimer.disconnect();
        connect(&m_retryTimer, &QTimer::timeout, this, [this] {
            if (m_pauseRequested) {
                m_pauseRequested = false;
                setState(TransferState::Paused);
                return;
            }
            startStorage();
        });
        m_retryTimer.start(delay);
        return;
    }
    ProcoreError e = error;
    e.message = tr("Storage refused the file: %1").arg(error.message);
    fail(e);
}

void UploadJob::startSegmented()
{
    setState(TransferState::Uploading);
    setDetail(tr("Checking the file's parts…"));
    m_ticket = {};
    m_stored = false;
    m_sent = 0;
    Q_EMIT progressChanged(m_sent, m_total);
    auto *up = new SegmentedUpload(m_client, m_item.localPath, m_destination.companyId,
                                   m_destination.projectId, fileName(), m_contentType, this);
    m_segmented = up;
    up->setSegmentSize(m_segmentSize);
    up->setRetryPolicy(m_retry);
    up->setMaxParallel(m_maxParts);
    if (m_borrowSlot)
        up->setSlotBroker(m_borrowSlot, m_giveBackSlot);
    connect(up, &SegmentedUpload::created, this, [this](const QString &uuid) {
        m_ticket.uuid = uuid;
        m_ticketAt = QDateTime::currentDateTimeUtc();
        const QList<FileSegment> parts = m_segmented ? m_segmented->segments() : QList<FileSegment>();
        setDetail(tr("Uploading in %n part(s)", nullptr, int(parts.size())));
        Q_EMIT uploadCreated(uuid, m_ticketAt, parts);
    });
    connect(up, &SegmentedUpload::preparing, this, [this](qint64 hashed, qint64 total) {
        setDetail(tr("Preparing… %1 %").arg(total > 0 ? hashed * 100 / total : 0));
    });
    connect(up, &SegmentedUpload::partStored, this, &UploadJob::segmentStored);
    connect(up, &SegmentedUpload::progress, this, [this](qint64 sent, qint64) {
        m_sent = sent;
        Q_EMIT progressChanged(m_sent, m_total);
    });
    connect(up, &SegmentedUpload::finished, this, &UploadJob::onSegmentedFinished);
    if (m_segmentResume) {
        // Parts stored by an earlier run are not sent again.
        const ResumePoint r = *m_segmentResume;
        m_segmentResume.reset();
        m_resumedSegments = true;
        m_ticket.uuid = r.uploadUuid;
        m_ticketAt = r.uploadCreatedAt;
        setDetail(tr("Going on with the parts the last run did not send"));
        up->resume(r.uploadUuid, r.segments, r.etags);
        return;
    }
    m_resumedSegments = false;
    up->start();
}

void UploadJob::onSegmentedFinished()
{
    SegmentedUpload *up = m_segmented;
    m_segmented = nullptr;
    if (!up)
        return;
    up->deleteLater();
    if (up->isDone()) {
        if (!fileUnchanged()) {
            restart(tr("The file changed while it was uploading; uploading it again."));
            return;
        }
        m_ticket.uuid = up->uuid();
        m_stored = true;
        m_storedSize = m_statSize;
        m_storedModified = m_statModified;
        setDetail({});
        Q_EMIT bytesStored();
        associate();
        return;
    }
    const ProcoreError error = up->error();
    if (error.kind == ProcoreError::Kind::Cancelled)
        return;
    // A part whose bytes no longer match its checksum: the file changed after it was read.
    const QString s3Code = error.body.toObject().value(QStringLiteral("Code")).toString();
    if (s3Code == QLatin1String("XAmzContentSHA256Mismatch") || s3Code == QLatin1String("BadDigest")
        || !fileUnchanged()) {
        restart(tr("The file changed while it was uploading; uploading it again."));
        return;
    }
    if (m_resumedSegments && !error.isTransient() && error.kind != ProcoreError::Kind::LocalFile) {
        // The earlier run's upload is gone or no longer takes parts: make a new one.
        m_resumedSegments = false;
        restart(tr("The last run's upload can no longer be continued; uploading the file again."));
        return;
    }
    ProcoreError e = error;
    if (error.kind != ProcoreError::Kind::LocalFile)
        e.message = tr("The segmented upload failed: %1").arg(error.message);
    fail(e);
}

void UploadJob::restart(const QString &why)
{
    if (++m_restarts > kMaxRestarts) {
        fail(ProcoreError::localFile(tr("Gave up after %1 new attempts: %2").arg(kMaxRestarts).arg(why),
                                     tr("Make sure nothing is writing to the file, then retry.")));
        return;
    }
    setDetail(why);
    m_ticket = {};
    m_stored = false;
    setState(TransferState::Preparing);
    const QFileInfo info(m_item.localPath);
    m_statSize = info.size();
    m_statModified = info.lastModified();
    if (m_total != m_statSize) {
        m_total = m_statSize;
        Q_EMIT progressChanged(m_sent, m_total);
    }
    createUpload();
}

void UploadJob::associate()
{
    switch (m_destination.effectiveKind()) {
    case DestinationKind::Photos:
        createImage();
        return;
    case DestinationKind::Drawings:
        // One drawing_uploads call carries the whole batch: wait for it without holding a slot.
        m_sent = m_total;
        Q_EMIT progressChanged(m_sent, m_total);
        setDetail(tr("Stored; waiting for the rest of the drawing batch…"));
        setState(TransferState::Processing);
        return;
    case DestinationKind::ProjectDocuments:
    case DestinationKind::CompanyDocuments:
        break;
    }
    setState(TransferState::Associating);
    Q_EMIT associating(m_folderId, fileName());
    ApiReply *reply = nullptr;
    const bool unique = effectivePolicy() == ConflictPolicy::KeepBoth;
    if (m_existingFileId && effectivePolicy() == ConflictPolicy::NewVersion)
        reply = m_client->createFileVersion(
            m_destination.companyId, m_destination.projectId, m_existingFileId, m_ticket.uuid,
            m_versionNotes.isEmpty() ? m_destination.versionNotes : m_versionNotes);
    else if (m_destination.projectId)
        reply = m_client->associateProjectFile(m_destination.companyId, m_destination.projectId, m_folderId,
                                               fileName(), m_ticket.uuid, unique);
    else
        reply = m_client->associateCompanyFile(m_destination.companyId, m_folderId, fileName(), m_ticket.uuid,
                                               unique);
    m_apiReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onAssociated(reply); });
}

void UploadJob::onAssociated(ApiReply *reply)
{
    reply->deleteLater();
    m_apiReply = nullptr;
    if (reply->isOk()) {
        if (m_existingFileId && effectivePolicy() == ConflictPolicy::NewVersion) {
            m_remote.id = m_existingFileId;
            m_remote.name = fileName();
            m_remote.parentId = m_folderId;
            const QJsonObject version = reply->json().toObject();
            m_remote.url = QUrl(version.value(u"url"_s).toString());
            m_remote.uploadUuids.prepend(m_ticket.uuid);
            m_remote.size = m_statSize;
        } else {
            m_remote = reply->file();
        }
        finishDone();
        return;
    }
    const ProcoreError error = reply->error();
    if (error.kind == ProcoreError::Kind::NameTaken && !m_existingFileId) {
        // The cache did not know that name: look, then apply the policy.
        m_resolver->refreshFolder(m_folderId, this,
                                  [this, error](const Folder &, const ProcoreError &listError) {
                                      if (listError.isError()) {
                                          fail(error);
                                          return;
                                      }
                                      const auto existing = m_resolver->knownFile(m_folderId, fileName());
                                      if (!existing) {
                                          fail(error);
                                          return;
                                      }
                                      if (effectivePolicy() == ConflictPolicy::KeepBoth) {
                                          m_decision = ConflictPolicy::KeepBoth;
                                          associate();
                                          return;
                                      }
                                      if (applyConflict(*existing))
                                          associate();
                                  });
        return;
    }
    if (error.kind == ProcoreError::Kind::UploadUsed) {
        verifyAssociation(error);
        return;
    }
    fail(error);
}

void UploadJob::createImage()
{
    setState(TransferState::Associating);
    const PhotoOptions &photo = m_destination.photo;
    ApiReply *reply =
        m_client->createImage(m_destination.companyId, m_destination.projectId, m_ticket.uuid, fileName(),
                              photo.albumId, photo.description, photo.isPrivate, m_imageShape);
    m_apiReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onImageCreated(reply); });
}

void UploadJob::onImageCreated(ApiReply *reply)
{
    reply->deleteLater();
    m_apiReply = nullptr;
    if (reply->isOk()) {
        const QJsonObject image = reply->json().toObject();
        m_imageId = image.value(u"id"_s).toInteger();
        m_remote = {};
        m_remote.id = m_imageId;
        m_remote.name = image.value(u"filename"_s).toString(fileName());
        m_remote.url = QUrl(image.value(u"url"_s).toString());
        m_remote.size = m_statSize;
        m_remote.uploadUuids = {m_ticket.uuid};
        finishDone();
        return;
    }
    const ProcoreError error = reply->error();
    if (error.kind == ProcoreError::Kind::UploadUsed) {
        // Each upload is this file's alone: an earlier attempt (whose answer was lost, or a run
        // that stopped) made the photo already.
        m_remote = {};
        m_remote.name = fileName();
        m_remote.size = m_statSize;
        m_remote.uploadUuids = {m_ticket.uuid};
        setDetail(tr("Added by an earlier attempt"));
        finishDone();
        return;
    }
    // Sources disagree on the body: when Procore says it misses the upload's fields, the other
    // shape goes once.
    const bool shapeRefused =
        (error.httpStatus == 400 || error.httpStatus == 422) && error.kind != ProcoreError::Kind::UploadUsed
        && (error.message.contains(QLatin1String("upload"), Qt::CaseInsensitive)
            || error.message.contains(QLatin1String("image_name"), Qt::CaseInsensitive));
    if (shapeRefused && !m_imageShapeSwitched) {
        m_imageShapeSwitched = true;
        m_imageShape = m_imageShape == ImageBodyShape::TopLevelUploadUuid
                           ? ImageBodyShape::UploadObject
                           : ImageBodyShape::TopLevelUploadUuid;
        setDetail(tr("Procore wants the other photo body; sending it."));
        createImage();
        return;
    }
    ProcoreError e = error;
    e.message = tr("Procore did not add the photo: %1").arg(error.message);
    fail(e);
}

void UploadJob::setProcessingDetail(const QString &detail)
{
    if (m_state == TransferState::Processing)
        setDetail(detail);
}

void UploadJob::finishProcessing()
{
    if (m_state != TransferState::Processing)
        return;
    m_remote = {};
    m_remote.name = fileName();
    m_remote.size = m_statSize;
    m_remote.uploadUuids = {m_ticket.uuid};
    m_sent = m_total;
    Q_EMIT progressChanged(m_sent, m_total);
    setDetail(tr("Drawing processed"));
    setState(TransferState::Done);
}

void UploadJob::failProcessing(const ProcoreError &error, bool uploadConsumed)
{
    if (m_state != TransferState::Processing)
        return;
    if (uploadConsumed) {
        m_stored = false;
        m_ticket = {};
    }
    fail(error);
}

void UploadJob::verifyAssociation(const ProcoreError &original)
{
    // "has already been used": an earlier attempt went through but its answer was lost. Find it.
    m_resolver->refreshFolder(m_folderId, this,
                              [this, original](const Folder &folder, const ProcoreError &listError) {
                                  if (!listError.isError()) {
                                      for (const FileRef &f : folder.files) {
                                          if (f.uploadUuids.contains(m_ticket.uuid)) {
                                              m_remote = f;
                                              finishDone();
                                              return;
                                          }
                                      }
                                  }
                                  fail(original);
                              });
}

void UploadJob::finishDone()
{
    m_sent = m_total;
    Q_EMIT progressChanged(m_sent, m_total);
    if (m_resolver && m_remote.id && m_destination.isDocuments())
        m_resolver->noteFile(m_folderId, m_remote);
    if (!m_remote.name.isEmpty() && m_remote.name != fileName())
        setDetail(tr("Stored as %1").arg(m_remote.name));
    Q_EMIT associated(m_remote.id);
    setState(TransferState::Done);
}

} // namespace hoist

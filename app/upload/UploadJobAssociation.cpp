// UploadJob's last steps: the Associator that turns stored bytes into a Procore object, the name
// clash it may meet, and going on from what an earlier run (the journal) left.
#include "UploadJob.h"

#include "Associator.h"
#include "FileAssociator.h"
#include "FolderResolver.h"
#include "PhotoAssociator.h"
#include "UploadLog.h"
#include "VersionAssociator.h"
#include "procore/ProcoreClient.h"

#include <limits>

namespace hoist {

namespace {

// Procore keeps an upload for association for a week; leave a day's margin.
constexpr qint64 kAssociateWithinSecs = 6 * 24 * 3600;
// A segmented upload's parts are taken up again for a day (fresh part URLs are fetched).
constexpr qint64 kPartsReuseSecs = 24 * 3600;

} // namespace

void UploadJob::lookForEarlierRun()
{
    if (!m_resume->stored || m_resume->uploadUuid.isEmpty()) {
        // The last run's association only ever follows stored bytes, so it made nothing: a file
        // of that name in the folder is someone else's, and the name-clash setting decides.
        applyResumePoint();
        afterFolder();
        return;
    }
    setDetail(tr("Checking what the last run finished…"));
    m_resolver->refreshFolder(
        m_folderId, this,
        guarded(Step::LookingForEarlierRun, [this](const Folder &folder, const ProcoreError &error) {
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
            afterFolder();
        }));
}

bool UploadJob::matchesEarlierRun(const FileRef &file) const
{
    const ResumePoint &r = *m_resume;
    // The signed-in user is not asked here: name, size and Procore's time tell the earlier run's file.
    return Associator::madeByUpload(
        file,
        {r.uploadUuid, r.uploadCreatedAt, r.targetName.isEmpty() ? fileName() : r.targetName, m_statSize}, 0,
        m_client->serverClockOffsetSecs());
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
    // Photos cannot be looked up by listing: a stored photo upload goes first whatever its age,
    // as its repeat is answered "already used" when the last run's image went through. Only a
    // refusal of an upload past the margin starts over (onAssociated).
    const bool photo = m_destination->effectiveKind() == DestinationKind::Photos;
    if (r.stored && (age < kAssociateWithinSecs || photo)) {
        m_staleUpload = age >= kAssociateWithinSecs;
        m_ticket = {};
        m_ticket.uuid = r.uploadUuid;
        m_ticketAt = r.uploadCreatedAt;
        m_stored = true;
        m_storedSize = m_statSize;
        m_storedModified = m_statModified;
        return;
    }
    // The parts plan is the journal's, whatever this run's threshold and part size are.
    if (!r.stored && !r.segments.isEmpty() && age < kPartsReuseSecs)
        m_segmentResume = std::make_unique<ResumePoint>(r);
}

Associator *UploadJob::makeAssociator()
{
    const Associator::Upload upload{m_ticket.uuid, m_ticketAt, fileName(), m_statSize};
    switch (m_destination->effectiveKind()) {
    case DestinationKind::Photos:
        return new PhotoAssociator(m_client, *m_destination, upload, this);
    case DestinationKind::Drawings: // DrawingBatch's one call
        return nullptr;
    case DestinationKind::ProjectDocuments:
    case DestinationKind::CompanyDocuments:
        break;
    }
    if (m_existingFileId && effectivePolicy() == ConflictPolicy::NewVersion)
        return new VersionAssociator(
            m_client, m_resolver, *m_destination, m_folderId, upload, m_existingFileId,
            m_versionNotes.isEmpty() ? m_destination->versionNotes : m_versionNotes, this);
    return new FileAssociator(m_client, m_resolver, *m_destination, m_folderId, upload,
                              effectivePolicy() == ConflictPolicy::KeepBoth, this);
}

void UploadJob::associate()
{
    if (m_destination->effectiveKind() == DestinationKind::Drawings) {
        // One drawing_uploads call carries the whole batch: wait for it without holding a slot.
        setSent(m_total);
        setDetail(tr("Stored; waiting for the rest of the drawing batch…"));
        m_step = Step::WaitingForBatch;
        Q_EMIT stepChanged(m_step);
        setState(TransferState::Processing);
        return;
    }
    setState(TransferState::Associating);
    if (m_destination->isDocuments())
        Q_EMIT associating(m_folderId, fileName());
    if (!recordKept())
        return; // no association without its record
    Associator *a = makeAssociator();
    a->setObjectName(QStringLiteral("job %1 \"%2\"").arg(m_id).arg(fileName())); // the audit's label
    m_associator = a;
    a->setRetryPolicy(m_retry);
    connect(a, &Associator::detailChanged, this,
            guarded(Step::Associating, [this](const QString &detail) { setDetail(detail); }));
    connect(a, &Associator::finished, this, guarded(Step::Associating, [this] { onAssociated(); }));
    // An association of this upload that was cancelled or paused in flight may have gone through.
    const bool lookFirst = m_associationSent;
    m_associationSent = true;
    a->start(lookFirst);
}

void UploadJob::onAssociated()
{
    Associator *a = m_associator;
    m_associator = nullptr;
    a->deleteLater();
    // Known unless it failed without a clear answer: then the next attempt looks first.
    m_associationSent = a->result() == Associator::Result::Failed
                        && (a->error().maybeApplied || a->error().kind == ProcoreError::Kind::UploadUsed);
    switch (a->result()) {
    case Associator::Result::Done:
        m_remote = a->remote();
        if (auto *photo = qobject_cast<PhotoAssociator *>(a))
            m_imageId = photo->imageId();
        finishDone();
        return;
    case Associator::Result::NameTaken:
        m_clash = std::make_unique<ProcoreError>(a->error());
        advance(Step::ResolvingNameClash);
        return;
    case Associator::Result::Failed: {
        ProcoreError e = a->error();
        if (std::exchange(m_staleUpload, false) && !e.isAmbiguous() && !e.isTransient()
            && e.kind != ProcoreError::Kind::Auth && e.kind != ProcoreError::Kind::UploadUsed) {
            // Procore refused the old upload itself (expired): nothing was made with it.
            restart(tr("The last run's upload can no longer be continued; uploading the file again."));
            return;
        }
        if (m_destination->effectiveKind() == DestinationKind::Photos)
            e.message = tr("Procore did not add the photo: %1").arg(e.message);
        fail(e);
        return;
    }
    case Associator::Result::Cancelled:
        return;
    }
}

void UploadJob::resolveNameClash()
{
    if (m_existingFileId) {
        fail(*m_clash);
        return;
    }
    // The resolver's listing did not know that name: look, then apply the policy.
    m_resolver->refreshFolder(
        m_folderId, this,
        guarded(Step::ResolvingNameClash, [this](const Folder &, const ProcoreError &error) {
            const auto existing =
                error.isError() ? std::nullopt : m_resolver->knownFile(m_folderId, fileName());
            if (!existing) {
                fail(*m_clash);
                return;
            }
            if (effectivePolicy() == ConflictPolicy::KeepBoth)
                m_decision = ConflictPolicy::KeepBoth;
            if (applyConflict(*existing))
                advance(Step::Associating);
        }));
}

void UploadJob::setProcessingDetail(const QString &detail)
{
    if (m_state == TransferState::Processing)
        setDetail(detail);
}

void UploadJob::finishProcessing(const QString &detail)
{
    if (m_state != TransferState::Processing)
        return;
    m_remote = {};
    m_remote.name = fileName();
    m_remote.size = m_statSize;
    setSent(m_total);
    setDetail(detail);
    stop(TransferState::Done);
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

void UploadJob::sendAgain(const QString &detail)
{
    if (m_state != TransferState::Processing)
        return;
    clearNetwork();
    m_stored = false;
    m_ticket = {};
    m_attempts = 0;
    m_restarts = 0;
    setDetail(detail);
    stop(TransferState::Queued);
}

void UploadJob::finishDone()
{
    setSent(m_total);
    if (m_resolver && m_remote.id && m_destination->isDocuments())
        m_resolver->noteFile(m_folderId, m_remote);
    if (!m_remote.name.isEmpty() && m_remote.name != fileName())
        setDetail(tr("Stored as %1").arg(m_remote.name));
    qCInfo(lcUpload).noquote() << QStringLiteral("job %1 \"%2\" done: file %3 \"%4\" (upload %5)")
                                      .arg(m_id)
                                      .arg(fileName(), QString::number(m_remote.id), m_remote.name,
                                           m_ticket.uuid);
    Q_EMIT associated(m_remote.id);
    stop(TransferState::Done);
}

} // namespace hoist

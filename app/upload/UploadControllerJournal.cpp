// UploadController's journal: every file queued, its upload, stored parts and association are
// recorded as they happen, and a queue cut off is resumed from those records. A write that fails
// (or a journal that cannot be opened, when one is required) holds the queue: nothing new starts
// and no creating call goes without its record.
#include "UploadController.h"

#include "DrawingBatch.h"
#include "TransferJournal.h"
#include "TransferModel.h"
#include "UploadJob.h"

#include <QCoreApplication>
#include <QTimer>

namespace hoist {

bool UploadController::kept(bool written)
{
    if (written || m_halted || !m_journal)
        return written;
    // A journal write failed: nothing new starts, and no creating call goes without its record
    // (the job that asked for the record stops too: UploadJob::recordKept). The rows stay.
    halt(QCoreApplication::translate("UploadController", "the transfer journal could not be written: %1")
             .arg(m_journal->lastError()));
    return false;
}

void UploadController::holdForJournal(const QString &why)
{
    m_journalRequired = true;
    if (!m_journal)
        halt(QCoreApplication::translate("UploadController", "the transfer journal could not be opened: %1")
                 .arg(why));
}

void UploadController::halt(const QString &what)
{
    if (m_halted)
        return; // said once; Resume All tries again
    m_halted = true;
    m_journalError = what;
    const bool wasPaused = m_paused;
    m_paused = true; // as Pause All: Resume All tries again
    for (UploadJob *job : std::as_const(m_jobs))
        job->pause();
    if (!wasPaused)
        Q_EMIT pausedChanged(true);
    Q_EMIT journalFailed(m_journalError);
    updateIdle();
}

void UploadController::setJournal(TransferJournal *journal)
{
    m_journal = journal;
    if (journal)
        m_nextId = std::max<quint64>(m_nextId, journal->maxId() + 1);
}

void UploadController::recordInJournal(UploadJob *job)
{
    TransferJournal *journal = m_journal;
    const quint64 id = job->id();
    auto mine = [this, journal] { return m_journal == journal; };
    connect(job, &UploadJob::stateChanged, this, [this, mine, journal, job, id](TransferState s) {
        // Only what a later run reads: finished, failed, waiting for an answer, or queued again.
        // The steps in between are the journal's other records (fewer commits per file).
        const bool passing = s == TransferState::Preparing || s == TransferState::Uploading
                             || s == TransferState::Associating || s == TransferState::Processing
                             || s == TransferState::Paused;
        if (mine() && !passing)
            kept(journal->setState(id, s, s == TransferState::Failed ? job->errorText() : QString()));
    });
    connect(
        job, &UploadJob::uploadCreated, this,
        [this, mine, journal, id](const QString &uuid, const QDateTime &at, const QList<FileSegment> &parts) {
            if (!mine())
                return;
            QList<TransferJournal::Segment> segments;
            for (const FileSegment &p : parts)
                segments.append(
                    {p.index, p.size, QString::fromLatin1(p.sha256), QString::fromLatin1(p.md5), {}});
            kept(journal->setUpload(id, uuid, at, segments));
        });
    connect(job, &UploadJob::segmentStored, this, [this, mine, journal, id](int index, const QString &etag) {
        if (mine())
            kept(journal->setSegmentStored(id, index, etag));
    });
    // One sync per file before its creating call: a Documents file's association target (which
    // syncs the stored flag with it), else the stored flag itself (photos, drawings).
    connect(job, &UploadJob::bytesStored, this, [this, mine, journal, job, id] {
        if (mine())
            kept(journal->setStored(id, !job->destination().isDocuments()));
    });
    connect(job, &UploadJob::associating, this,
            [this, mine, journal, id](qint64 folderId, const QString &name) {
                if (mine())
                    kept(journal->setTarget(id, folderId, name));
            });
    connect(job, &UploadJob::associated, this, [this, mine, journal, id](qint64 fileId) {
        if (mine())
            kept(journal->setAssociated(id, fileId));
    });
}

int UploadController::resumeFromJournal()
{
    if (!m_journal)
        return 0;
    return int(resumeEntries(m_journal->unfinished()).size());
}

QList<quint64> UploadController::resumeEntries(const QList<TransferJournal::Entry> &entries)
{
    QList<UploadJob *> jobs;
    QList<quint64> ids;
    QHash<QString, DrawingBatch *> batches;      // by journal key: a batch goes on together
    QHash<qint64, QStringList> inDrawingUploads; // the uploads each journaled drawing upload holds
    for (const TransferJournal::Entry &e : entries)
        if (e.drawingUploadId && !e.uploadUuid.isEmpty())
            inDrawingUploads[e.drawingUploadId].append(e.uploadUuid);
    for (const TransferJournal::Entry &e : entries) {
        if (m_jobs.contains(e.id))
            continue; // already in this queue
        if (e.fileId) {
            kept(m_journal->setState(e.id, TransferState::Done)); // associated; only the state was not kept
            continue;
        }
        UploadJob *job = createJob(e.id, e.item, e.destination, resolverFor(e.destination));
        job->setConflictPolicy(e.policy);
        if (e.destination.effectiveKind() == DestinationKind::Drawings) {
            DrawingBatch *&batch = batches[e.batchKey];
            if (!batch)
                batch = newDrawingBatch(e.destination, e.batchKey, e.batchToken);
            batch->addJob(job);
            batch->setDrawingUpload(e.drawingUploadId, inDrawingUploads.value(e.drawingUploadId));
        }
        job->setResumePoint(resumePointOf(e));
        recordInJournal(job);
        m_nextId = std::max(m_nextId, e.id + 1);
        jobs.append(job);
        ids.append(e.id);
    }
    if (jobs.isEmpty())
        return ids;
    m_model->addJobs(jobs);
    updateIdle();
    QTimer::singleShot(0, this, &UploadController::schedule);
    return ids;
}

ResumePoint UploadController::resumePointOf(const TransferJournal::Entry &e)
{
    ResumePoint point;
    point.uploadUuid = e.uploadUuid;
    point.uploadCreatedAt = e.uploadCreatedAt;
    point.stored = e.stored;
    point.targetName = e.targetName;
    qint64 offset = 0;
    for (const TransferJournal::Segment &s : e.segments) {
        point.segments.append({s.index, offset, s.size, s.sha256.toLatin1(), s.md5.toLatin1()});
        point.etags.append(s.etag);
        offset += s.size;
    }
    return point;
}

} // namespace hoist

#include "UploadController.h"

#include "DrawingBatch.h"
#include "FolderResolver.h"
#include "TransferJournal.h"
#include "TransferModel.h"
#include "UploadJob.h"
#include "procore/ProcoreClient.h"
#include "procore/RatePacer.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace hoist {

UploadController::UploadController(ProcoreClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new TransferModel(this))
{
    m_retry = client->retryPolicy();
    // A long wait for Procore's rate limit is said on the rows it holds, not only in the status bar.
    if (RatePacer *pacer = client->pacer()) {
        connect(pacer, &RatePacer::waiting, this, [this](const QDateTime &until) {
            for (UploadJob *job : std::as_const(m_jobs))
                job->setRateLimitWait(RatePacer::waitText(until));
        });
        connect(pacer, &RatePacer::goingOn, this, [this] {
            for (UploadJob *job : std::as_const(m_jobs))
                job->setRateLimitWait({});
        });
    }
}

UploadController::~UploadController()
{
    // Jobs first (they hold callbacks into resolvers), then the rest with the QObject tree.
    m_destroying = true;
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (UploadJob *job : jobs) {
        job->disconnect(this);
        delete job;
    }
}

void UploadController::setMaxParallel(int n)
{
    n = std::clamp(n, 1, 32);
    if (n == m_maxParallel)
        return;
    m_maxParallel = n;
    Q_EMIT settingsChanged();
    schedule();
}

void UploadController::setConflictPolicy(ConflictPolicy policy)
{
    if (policy == m_conflict)
        return;
    m_conflict = policy;
    for (UploadJob *job : std::as_const(m_jobs))
        if (!job->isActive() && !isFinalState(job->state()))
            job->setConflictPolicy(policy);
    Q_EMIT settingsChanged();
}

void UploadController::setRetryPolicy(const RetryPolicy &policy)
{
    m_retry = policy;
    m_client->setRetryPolicy(policy);
    for (UploadJob *job : std::as_const(m_jobs))
        job->setRetryPolicy(policy);
}

UploadJob *UploadController::job(quint64 id) const
{
    return m_jobs.value(id);
}

FolderResolver *UploadController::resolverFor(const Destination &d)
{
    const QString key = QStringLiteral("%1/%2/%3").arg(d.companyId).arg(d.projectId).arg(d.folderId);
    FolderResolver *r = m_resolvers.value(key);
    if (!r) {
        r = new FolderResolver(m_client, d.companyId, d.projectId, d.folderId, this);
        m_resolvers.insert(key, r);
    }
    return r;
}

UploadJob *UploadController::createJob(quint64 id, const UploadItem &item, const Destination &destination,
                                       FolderResolver *resolver)
{
    // Jobs queued together (or restored together) share their Destination.
    if (!m_lastDestination || *m_lastDestination != destination)
        m_lastDestination = std::make_shared<const Destination>(destination);
    auto *job = new UploadJob(id, item, m_lastDestination, this);
    job->setClient(m_client);
    job->setBandwidthLimiter(&m_bandwidth);
    job->setFolderResolver(resolver);
    job->setRetryPolicy(m_retry);
    job->setConflictPolicy(m_conflict);
    job->setSegmentThreshold(m_segmentThreshold, m_segmentSize);
    job->setSlotBroker([this] { return borrowSlot(); }, [this] { giveBackSlot(); }, m_maxParallel);
    job->setSendGate([this, job] { return takeSendSlot(job); });
    job->setRecordCheck([this] { return !m_halted; });
    if (m_paused)
        job->pause();
    connect(job, &UploadJob::stateChanged, this, [this, job](TransferState s) { onJobState(job, s); });
    // (The model marks a row dirty on its state and progress itself: TransferModel::track.)
    connect(job, &UploadJob::detailChanged, this, [this, job] { m_model->markDirty(job); });
    connect(job, &UploadJob::conflictDetected, this, [this, job](const QString &name, const QString &path) {
        Q_EMIT conflictDetected(job->id(), name, path);
    });
    m_jobs.insert(job->id(), job);
    return job;
}

QList<quint64> UploadController::enqueue(const QList<UploadItem> &givenItems, const Destination &destination,
                                         ConflictPolicy decision)
{
    QList<quint64> ids;
    const QList<UploadItem> items = withoutKnownItems(givenItems, destination, &ids);
    if (items.isEmpty() || m_halted)
        return ids; // nothing new, or the journal cannot take new files now (journalFailed said so)
    DrawingBatch *batch = nullptr;
    const QString batchKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (destination.effectiveKind() == DestinationKind::Drawings)
        batch = newDrawingBatch(destination, batchKey);
    // The journal first (one transaction for the whole drop): no file is queued without its row.
    if (m_journal) {
        QList<TransferJournal::Entry> entries;
        quint64 id = m_nextId;
        for (const UploadItem &item : items) {
            TransferJournal::Entry e;
            e.id = id++;
            e.item = item;
            e.destination = destination;
            e.policy = decision != ConflictPolicy::Ask ? decision : m_conflict;
            if (batch) {
                e.batchKey = batchKey;
                e.batchToken = batch->idempotencyToken();
            }
            entries.append(e);
        }
        if (!kept(m_journal->add(entries)))
            return ids;
    }
    FolderResolver *resolver = resolverFor(destination);
    QList<UploadJob *> jobs;
    for (const UploadItem &item : items) {
        UploadJob *job = createJob(m_nextId++, item, destination, resolver);
        if (decision != ConflictPolicy::Ask)
            job->setDecision(decision); // decided before (the review): the setting no longer applies
        if (batch)
            batch->addJob(job);
        jobs.append(job);
        ids.append(job->id());
        if (m_journal)
            recordInJournal(job);
    }
    m_model->addJobs(jobs);
    updateIdle();
    QTimer::singleShot(0, this, &UploadController::schedule);
    return ids;
}

QList<UploadItem> UploadController::withoutKnownItems(const QList<UploadItem> &items, const Destination &d,
                                                      QList<quint64> *ids)
{
    // The same file for the same destination is one item: a row of this queue that is not
    // finished, or an unfinished item of an earlier run (which goes on from where it stopped).
    QHash<QString, UploadJob *> queued;
    for (UploadJob *job : std::as_const(m_jobs))
        if (job->state() != TransferState::Done && job->state() != TransferState::Skipped)
            queued.insert(queueIdentity(job->item(), job->destination()), job);
    QHash<QString, TransferJournal::Entry> waiting;
    if (m_journal)
        for (const TransferJournal::Entry &e : m_journal->unfinished())
            if (!m_jobs.contains(e.id))
                waiting.insert(queueIdentity(e.item, e.destination), e);
    QList<UploadItem> fresh;
    QList<TransferJournal::Entry> joined;
    for (const UploadItem &item : items) {
        const QString key = queueIdentity(item, d);
        if (queued.contains(key)) {
            UploadJob *job = queued.value(key);
            if (!job)
                continue; // twice in this drop
            ids->append(job->id());
            if (job->state() == TransferState::Failed || job->state() == TransferState::Cancelled)
                retry(job->id()); // dropped again: try again, still one row
        } else if (const auto e = waiting.constFind(key); e != waiting.constEnd()) {
            joined.append(*e);
            waiting.erase(e);
        } else {
            fresh.append(item);
            queued.insert(key, nullptr); // the same file twice in one drop is one item too
        }
    }
    ids->append(resumeEntries(joined));
    return fresh;
}

DrawingBatch *UploadController::newDrawingBatch(const Destination &destination, const QString &journalKey,
                                                const QString &token)
{
    auto *batch = new DrawingBatch(m_client, destination, this);
    batch->setIdempotencyToken(token);
    batch->setPollInterval(m_drawingPollFirstMs, m_drawingPollMaxMs);
    batch->setPollLimit(m_drawingPollLimitMs);
    connect(batch, &DrawingBatch::busyChanged, this, &UploadController::updateIdle);
    connect(batch, &DrawingBatch::tokenChanged, this,
            [this, journal = m_journal, journalKey](const QString &t) {
                if (journal && m_journal == journal)
                    kept(journal->setBatchToken(journalKey, t));
            });
    connect(batch, &DrawingBatch::drawingUploadMade, this,
            [this, journal = m_journal](qint64 id, const QList<quint64> &jobIds) {
                if (journal && m_journal == journal)
                    kept(journal->setDrawingUpload(jobIds, id));
            });
    m_drawingBatches.append(batch);
    return batch;
}

void UploadController::onJobState(UploadJob *job, TransferState state)
{
    m_model->markDirty(job);
    if (job->isActive())
        m_active.insert(job);
    else
        m_active.remove(job);
    if (state == TransferState::Queued)
        m_cursor = std::min(m_cursor, m_model->rowOf(job) < 0 ? m_cursor : m_model->rowOf(job));
    explainRefusal(job, state);
    Q_EMIT jobStateChanged(job->id(), state);
    // A slot may have come free (a file left, stored its bytes, or makes its upload again), or a
    // file that waited behind this one to send may go.
    QTimer::singleShot(0, this, &UploadController::schedule);
    updateIdle();
}

// A 403 for one file where others went into the same folder is no permission of the folder: no
// "ask an admin" for it, whether the others went up before or after it.
void UploadController::explainRefusal(UploadJob *job, TransferState state)
{
    const QString where = QString::number(job->destination().projectId) + u'/' + job->remoteFolderPath();
    const QString hint = tr("Other files went into the same folder, so this is not a permission of the "
                            "folder: check this file's name, type and size, then retry it.");
    if (state == TransferState::Done && !m_foldersTaken.contains(where)) {
        m_foldersTaken.insert(where);
        for (quint64 id : m_refusedIn.take(where))
            if (UploadJob *refused = this->job(id); refused && refused->state() == TransferState::Failed) {
                refused->setErrorHint(hint);
                m_model->markDirty(refused);
            }
    } else if (state == TransferState::Failed && job->error().kind == ProcoreError::Kind::Forbidden) {
        if (m_foldersTaken.contains(where))
            job->setErrorHint(hint);
        else
            m_refusedIn[where].append(job->id());
    }
}

UploadJob *UploadController::nextQueued()
{
    for (; m_cursor < m_model->rowCount(); ++m_cursor) {
        UploadJob *job = m_model->jobAt(m_cursor);
        if (job->state() == TransferState::Queued)
            return job;
    }
    return nullptr;
}

void UploadController::schedule()
{
    if (m_scheduling)
        return;
    m_scheduling = true;
    if (!m_paused && !m_halted) {
        offerSendSlots();
        // Rows in model order: the queue runs top to bottom. A file sent in one POST may start
        // while every slot sends, to check itself and create its upload meanwhile.
        while (UploadJob *job = nextQueued()) {
            if (slotsTaken() >= m_maxParallel
                && !(job->preparesWithoutSlot() && occupancy().preparing < m_maxParallel))
                break;
            m_active.insert(job);
            job->start();
            if (!job->isActive())
                m_active.remove(job);
        }
        // Slots no file is waiting for go to big files' extra parts.
        if (slotsTaken() < m_maxParallel) {
            const auto active = m_active;
            for (UploadJob *job : active)
                job->offerSlot();
        }
    }
    m_scheduling = false;
    updateIdle();
}

// Files whose upload is made and whose bytes wait go first, oldest first.
void UploadController::offerSendSlots()
{
    QList<UploadJob *> waiting;
    for (UploadJob *job : std::as_const(m_active))
        if (job->waitsForSendSlot())
            waiting.append(job);
    std::sort(waiting.begin(), waiting.end(), [](UploadJob *a, UploadJob *b) { return a->id() < b->id(); });
    for (UploadJob *job : std::as_const(waiting))
        job->offerSlot();
}

// The slots are for bytes. API work holds none: a file whose bytes are stored waits for its
// association (an API call, paced by the client's RatePacer), and a file sent in one POST checks
// itself, finds its folder and creates its upload while others send (issue 28.4: on a long round
// trip each of those is a wait the link need not sit through). Up to maxParallel files of each
// kind go so, beyond which each holds a slot again.
int UploadController::slotsTaken() const
{
    const Occupancy o = occupancy();
    return o.sending + std::max(0, o.associating - m_maxParallel) + std::max(0, o.preparing - m_maxParallel)
           + m_borrowed;
}

UploadController::Occupancy UploadController::occupancy() const
{
    Occupancy o;
    for (const UploadJob *job : m_active) {
        if (job->state() == TransferState::Associating)
            ++o.associating;
        else if (job->holdsNoSlotYet())
            ++o.preparing;
        else
            ++o.sending;
    }
    return o;
}

// A file with its upload made asks before its bytes go: at most maxParallel files send at once,
// in the queue's order (a file whose upload was made sooner does not pass one above it that is
// still preparing, unless that one waits out a backoff).
bool UploadController::takeSendSlot(const UploadJob *asking)
{
    if (m_destroying || m_paused || m_halted)
        return false;
    for (const UploadJob *job : std::as_const(m_active))
        if (job->id() < asking->id() && job->holdsNoSlotYet()
            && job->step() != UploadJob::Step::WaitingToRetry)
            return false;
    const Occupancy o = occupancy();
    return o.sending + std::max(0, o.associating - m_maxParallel) + m_borrowed < m_maxParallel;
}

bool UploadController::borrowSlot()
{
    if (m_destroying || m_paused || m_halted || slotsTaken() >= m_maxParallel)
        return false;
    if (nextQueued())
        return false; // a whole file waiting goes first
    for (const UploadJob *job : std::as_const(m_active))
        if (job->waitsForSendSlot())
            return false; // and one whose bytes wait
    ++m_borrowed;
    return true;
}

void UploadController::giveBackSlot()
{
    m_borrowed = std::max(0, m_borrowed - 1);
    if (!m_destroying)
        QTimer::singleShot(0, this, &UploadController::schedule);
}

DrawingBatch *UploadController::drawingBatchOf(quint64 jobId) const
{
    const UploadJob *job = m_jobs.value(jobId);
    for (DrawingBatch *batch : m_drawingBatches)
        if (job && batch->contains(job))
            return batch;
    return nullptr;
}

bool UploadController::isIdle() const
{
    if (!m_active.isEmpty())
        return false;
    for (const DrawingBatch *batch : m_drawingBatches)
        if (batch->isBusy())
            return false;
    if (m_paused || m_halted)
        return true;
    for (int row = m_cursor; row < m_model->rowCount(); ++row)
        if (m_model->jobAt(row)->state() == TransferState::Queued)
            return false;
    return true;
}

void UploadController::updateIdle()
{
    const bool idle = isIdle();
    if (idle == m_idle)
        return;
    m_idle = idle;
    Q_EMIT idleChanged(idle);
    if (idle && !m_paused && !m_halted)
        Q_EMIT finished();
}

void UploadController::pauseAll()
{
    if (m_paused)
        return;
    m_paused = true;
    for (UploadJob *job : std::as_const(m_jobs))
        job->pause();
    Q_EMIT pausedChanged(true);
    updateIdle();
}

void UploadController::resumeAll()
{
    if (!m_paused && !m_halted)
        return;
    if (m_halted && m_journalRequired && !m_journal) {
        Q_EMIT journalWanted(); // the session tries to open it again (setJournal)
        if (!m_journal) {
            Q_EMIT journalFailed(m_journalError);
            return;
        }
    }
    m_paused = false;
    if (m_halted) {
        // Tried again once the cause is gone (space freed): the next write that fails stops again.
        m_halted = false;
        m_journalError.clear();
        if (m_journal)
            m_journal->clearError();
    }
    m_cursor = 0;
    for (UploadJob *job : std::as_const(m_jobs))
        if (job->state() == TransferState::Paused)
            job->reset();
    Q_EMIT pausedChanged(false);
    schedule();
    updateIdle();
}

void UploadController::cancel(quint64 jobId)
{
    if (UploadJob *job = m_jobs.value(jobId))
        job->cancel();
}

void UploadController::cancelAll()
{
    for (UploadJob *job : std::as_const(m_jobs))
        if (!isFinalState(job->state()))
            job->cancel();
}

void UploadController::stopForLater()
{
    setJournal(nullptr);
    cancelAll();
}

void UploadController::retry(quint64 jobId)
{
    UploadJob *job = m_jobs.value(jobId);
    const int row = job ? m_model->rowOf(job) : -1;
    if (!job || row < 0
        || (job->state() != TransferState::Failed && job->state() != TransferState::Cancelled))
        return;
    if (FolderResolver *r = resolverFor(job->destination()))
        r->clearFailures();
    job->reset();
    m_cursor = std::min(m_cursor, row);
    if (m_paused)
        job->pause();
    schedule();
}

void UploadController::retryFailed()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->jobAt(row)->state() == TransferState::Failed)
            retry(m_model->jobAt(row)->id());
}

void UploadController::remove(quint64 jobId)
{
    UploadJob *job = m_jobs.value(jobId);
    const int row = job ? m_model->rowOf(job) : -1;
    if (!job || row < 0)
        return;
    job->disconnect(this);
    job->cancel();
    if (m_journal)
        kept(m_journal->remove(job->id()));
    m_active.remove(job);
    if (row < m_cursor)
        --m_cursor;
    m_model->removeJobAt(row);
    m_jobs.remove(job->id());
    job->deleteLater();
    schedule();
    updateIdle();
}

void UploadController::clearFinished()
{
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const TransferState s = m_model->jobAt(row)->state();
        if (s == TransferState::Done || s == TransferState::Skipped)
            remove(m_model->jobAt(row)->id());
    }
}

void UploadController::resolveConflict(quint64 jobId, ConflictPolicy decision, bool applyToAll,
                                       const QString &versionNotes)
{
    if (applyToAll) {
        setConflictPolicy(decision);
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (UploadJob *job = m_model->jobAt(r); job->state() == TransferState::NeedsAnswer) {
                job->setVersionNotes(versionNotes);
                job->resolveConflict(decision);
            }
    } else if (UploadJob *job = m_jobs.value(jobId)) {
        job->setVersionNotes(versionNotes);
        job->resolveConflict(decision);
    }
    m_cursor = 0;
    schedule();
}

} // namespace hoist

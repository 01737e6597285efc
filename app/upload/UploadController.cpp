#include "UploadController.h"

#include "DrawingBatch.h"
#include "FolderResolver.h"
#include "TransferModel.h"
#include "UploadJob.h"
#include "procore/ProcoreClient.h"

#include <QTimer>

namespace hoist {

UploadController::UploadController(ProcoreClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new TransferModel(this))
{
    m_retry = client->retryPolicy();
}

UploadController::~UploadController()
{
    // Jobs first (they hold callbacks into resolvers), then the rest with the QObject tree.
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

QList<quint64> UploadController::enqueue(const QList<UploadItem> &items, const Destination &destination)
{
    QList<UploadJob *> jobs;
    QList<quint64> ids;
    FolderResolver *resolver = resolverFor(destination);
    DrawingBatch *batch = nullptr;
    if (destination.effectiveKind() == DestinationKind::Drawings) {
        batch = new DrawingBatch(m_client, destination, this);
        batch->setPollInterval(m_drawingPollFirstMs, m_drawingPollMaxMs);
        connect(batch, &DrawingBatch::busyChanged, this, &UploadController::updateIdle);
        m_drawingBatches.append(batch);
    }
    for (const UploadItem &item : items) {
        auto *job = new UploadJob(m_nextId++, item, destination, this);
        job->setClient(m_client);
        job->setFolderResolver(resolver);
        job->setRetryPolicy(m_retry);
        job->setConflictPolicy(m_conflict);
        job->setSegmentThreshold(m_segmentThreshold, m_segmentSize);
        if (m_paused)
            job->pause();
        connect(job, &UploadJob::stateChanged, this, [this, job](TransferState s) { onJobState(job, s); });
        connect(job, &UploadJob::progressChanged, this, [this, job] { m_model->markDirty(job); });
        connect(job, &UploadJob::detailChanged, this, [this, job] { m_model->markDirty(job); });
        connect(job, &UploadJob::conflictDetected, this,
                [this, job](const QString &name, const QString &path) {
                    Q_EMIT conflictDetected(m_model->rowOf(job), name, path);
                });
        if (batch)
            batch->addJob(job);
        m_jobs.insert(job->id(), job);
        jobs.append(job);
        ids.append(job->id());
    }
    m_model->addJobs(jobs);
    updateIdle();
    QTimer::singleShot(0, this, &UploadController::schedule);
    return ids;
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
    Q_EMIT jobStateChanged(job->id(), state);
    if (!job->isActive())
        QTimer::singleShot(0, this, &UploadController::schedule);
    updateIdle();
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
    if (!m_paused) {
        // Rows in model order: the queue runs top to bottom.
        while (m_active.size() < m_maxParallel) {
            UploadJob *job = nextQueued();
            if (!job)
                break;
            m_active.insert(job);
            job->start();
            if (!job->isActive())
                m_active.remove(job);
        }
    }
    m_scheduling = false;
    updateIdle();
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
    if (m_paused)
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
    if (idle && !m_paused)
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
    if (!m_paused)
        return;
    m_paused = false;
    m_cursor = 0;
    for (UploadJob *job : std::as_const(m_jobs))
        if (job->state() == TransferState::Paused)
            job->reset();
    Q_EMIT pausedChanged(false);
    schedule();
    updateIdle();
}

void UploadController::cancel(int row)
{
    if (UploadJob *job = m_model->jobAt(row))
        job->cancel();
}

void UploadController::cancelAll()
{
    for (UploadJob *job : std::as_const(m_jobs))
        if (!isFinalState(job->state()))
            job->cancel();
}

void UploadController::retry(int row)
{
    UploadJob *job = m_model->jobAt(row);
    if (!job || (job->state() != TransferState::Failed && job->state() != TransferState::Cancelled))
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
            retry(row);
}

void UploadController::remove(int row)
{
    UploadJob *job = m_model->jobAt(row);
    if (!job)
        return;
    job->disconnect(this);
    job->cancel();
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
            remove(row);
    }
}

void UploadController::resolveConflict(int row, ConflictPolicy decision, bool applyToAll)
{
    if (applyToAll) {
        setConflictPolicy(decision);
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->jobAt(r)->state() == TransferState::NeedsAnswer)
                m_model->jobAt(r)->resolveConflict(decision);
    } else if (UploadJob *job = m_model->jobAt(row)) {
        job->resolveConflict(decision);
    }
    m_cursor = 0;
    schedule();
}

} // namespace hoist

#include "DrawingBatch.h"

#include "UploadJob.h"
#include "procore/ProcoreClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

namespace hoist {

using namespace Qt::StringLiterals;

DrawingBatch::DrawingBatch(ProcoreClient *client, Destination destination, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_destination(std::move(destination))
    , m_token(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DrawingBatch::poll);
}

void DrawingBatch::setPollInterval(int firstMs, int maxMs)
{
    m_firstPollMs = std::max(1, firstMs);
    m_maxPollMs = std::max(m_firstPollMs, maxMs);
}

void DrawingBatch::addJob(UploadJob *job)
{
    m_jobs.append(job);
    connect(job, &UploadJob::stateChanged, this, &DrawingBatch::onJobState);
}

bool DrawingBatch::contains(const UploadJob *job) const
{
    for (const auto &j : m_jobs)
        if (j == job)
            return true;
    return false;
}

bool DrawingBatch::isBusy() const
{
    if (m_reply || m_pollTimer.isActive() || !m_inFlight.isEmpty())
        return true;
    for (const auto &job : m_jobs)
        if (job && job->state() == TransferState::Processing)
            return true;
    return false;
}

bool DrawingBatch::isProcessed(const QString &status)
{
    // Procore's reference: in_queue, in_progress, mechanical_turk (people finish it), failed,
    // ready_for_review and reviewed; the last two mean the drawings are in the log for review.
    return status == QLatin1String("ready_for_review") || status == QLatin1String("reviewed");
}

QString DrawingBatch::statusText(const QString &status)
{
    if (status == QLatin1String("in_queue"))
        return QCoreApplication::translate("DrawingBatch", "Processing drawing: waiting in Procore's queue…");
    if (status == QLatin1String("in_progress"))
        return QCoreApplication::translate("DrawingBatch", "Processing drawing…");
    if (status == QLatin1String("mechanical_turk"))
        return QCoreApplication::translate(
            "DrawingBatch",
            "Processing drawing: Procore's staff are finishing it by hand; this can take hours…");
    if (isProcessed(status))
        return QCoreApplication::translate("DrawingBatch", "Drawing processed");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("DrawingBatch", "Drawing processing failed");
    return QCoreApplication::translate("DrawingBatch", "Processing drawing (%1)…").arg(status);
}

QString DrawingBatch::stillProcessingText()
{
    return QCoreApplication::translate("DrawingBatch",
                                       "Uploaded; Procore is still processing it. See the project's Drawings "
                                       "tool in Procore (Drawings › Uploads) for its progress.");
}

void DrawingBatch::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    setDetail(statusText(status));
    Q_EMIT statusChanged(status);
}

void DrawingBatch::setDetail(const QString &detail)
{
    for (const auto &job : std::as_const(m_inFlight))
        if (job)
            job->setProcessingDetail(detail);
}

void DrawingBatch::onJobState()
{
    // Look once the current round of state changes is over: "retry failed" resets the rows one
    // after the other, and the first must not go alone.
    if (!m_checkQueued) {
        m_checkQueued = true;
        QTimer::singleShot(0, this, &DrawingBatch::checkSettled);
    }
    const bool busy = isBusy();
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        Q_EMIT busyChanged();
    }
}

void DrawingBatch::checkSettled()
{
    m_checkQueued = false;
    if (!m_reply && !m_pollTimer.isActive() && m_inFlight.isEmpty()) {
        // Send when nothing of the batch is moving any more: every job is stored or final. Jobs
        // whose uploads are in the drawing upload already only ever have its status checked.
        bool settled = true;
        bool waiting = false;
        QList<QPointer<UploadJob>> known;
        for (const auto &job : std::as_const(m_jobs)) {
            if (!job)
                continue;
            const TransferState s = job->state();
            if (s == TransferState::Processing && m_submittedUuids.contains(job->uploadUuid()))
                known.append(job);
            else if (s == TransferState::Processing)
                waiting = true;
            else if (!isFinalState(s))
                settled = false;
        }
        if (!known.isEmpty())
            resumePolling(known);
        else if (settled && waiting)
            submit();
    }
    const bool busy = isBusy();
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        Q_EMIT busyChanged();
    }
}

void DrawingBatch::submit()
{
    if (m_tokenAccepted) {
        // Files retried after an accepted call: a new drawing upload needs its own token.
        m_token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_tokenAccepted = false;
        Q_EMIT tokenChanged(m_token);
    }
    QList<DrawingImport> imports;
    const DrawingOptions &o = m_destination.drawing;
    for (const auto &job : std::as_const(m_jobs)) {
        if (!job || job->state() != TransferState::Processing)
            continue;
        m_inFlight.append(job);
        // Each sheet's own revision (its job's destination keeps it, also when resumed).
        const QString revision = job->destination().drawing.revisionOf(job->item().localPath);
        imports.append({job->uploadUuid(), o.drawingDate.isValid() ? o.drawingDate : QDate::currentDate(),
                        o.receivedDate, revision.isEmpty() ? u"0"_s : revision});
        job->setProcessingDetail(tr("Sending the drawing batch to Procore…"));
    }
    m_drawingUploadId = 0;
    m_status.clear();
    ApiReply *reply = m_client->createDrawingUpload(m_destination.companyId, m_destination.projectId,
                                                    o.areaId, o.setId, imports, m_token);
    reply->setObjectName(
        QStringLiteral("drawing batch of %1 file(s)").arg(imports.size())); // the audit's label
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, imports] {
        if (reply->isOk())
            for (const DrawingImport &i : imports)
                m_submittedUuids.append(i.uploadUuid); // in Procore now: only checked from here on
        onSubmitted(reply);
    });
}

void DrawingBatch::onSubmitted(ApiReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (!reply->isOk()) {
        // Not made, or not known to be: a retry repeats the call with the same token.
        ProcoreError e = reply->error();
        e.message = tr("Procore refused the drawing upload: %1").arg(e.message);
        finishAll(false, e, false);
        return;
    }
    m_tokenAccepted = true;
    const QJsonObject body = reply->json().toObject();
    m_drawingUploadId = body.value(u"id"_s).toInteger();
    QList<quint64> jobIds;
    for (const auto &job : std::as_const(m_inFlight))
        if (job)
            jobIds.append(job->id());
    Q_EMIT drawingUploadMade(m_drawingUploadId, jobIds);
    m_sinceCreated.start();
    m_failedPolls = 0;
    setStatus(body.value(u"status"_s).toString(u"in_queue"_s));
    m_pollDelayMs = m_firstPollMs;
    m_pollTimer.start(m_pollDelayMs);
}

void DrawingBatch::setDrawingUpload(qint64 id, const QStringList &uploadUuids)
{
    if (id <= 0 || uploadUuids.isEmpty())
        return;
    m_drawingUploadId = id;
    m_tokenAccepted = true;
    for (const QString &uuid : uploadUuids)
        if (!m_submittedUuids.contains(uuid))
            m_submittedUuids.append(uuid);
}

void DrawingBatch::resumePolling(const QList<QPointer<UploadJob>> &jobs)
{
    // Retry after failed status checks (or of rows cancelled while the call was on its way):
    // the drawing upload exists, so only its status is asked for, from now for another limit.
    m_inFlight = jobs;
    m_failedPolls = 0;
    m_sinceCreated.start();
    setDetail(m_status.isEmpty() ? tr("Checking the drawing upload's status…") : statusText(m_status));
    m_pollDelayMs = m_firstPollMs;
    m_pollTimer.start(0);
}

void DrawingBatch::poll()
{
    ApiReply *reply =
        m_client->drawingUpload(m_destination.companyId, m_destination.projectId, m_drawingUploadId);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onPolled(reply); });
}

void DrawingBatch::onPolled(ApiReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (!reply->isOk())
        return onPollFailed(reply->error());
    m_failedPolls = 0;
    const QJsonObject body = reply->json().toObject();
    const QString status = body.value(u"status"_s).toString();
    setStatus(status);
    if (isProcessed(status)) {
        finishAll(true, {}, true, statusText(status));
        return;
    }
    if (status == QLatin1String("failed")) {
        ProcoreError e;
        e.kind = ProcoreError::Kind::Invalid;
        e.httpStatus = reply->httpStatus();
        e.body = body;
        QString why = ProcoreError::errorsText(body.value(u"errors"_s));
        if (why.isEmpty())
            why = body.value(u"error"_s).toString();
        e.message = why.isEmpty() ? tr("Procore could not process the drawing.")
                                  : tr("Procore could not process the drawing: %1").arg(why);
        e.hint = tr("Check that the file is a readable PDF, then retry.");
        failNaming(e, why);
        return;
    }
    if (m_sinceCreated.elapsed() >= m_pollLimitMs) {
        finishAll(true, {}, true, stillProcessingText()); // Procore goes on; Hoist stops asking
        return;
    }
    pollLater();
}

void DrawingBatch::onPollFailed(const ProcoreError &error)
{
    // The drawing upload was made: a check that fails says nothing about it. Ask again later;
    // after a few failures in a row the rows fail, and Retry asks again (never a new upload).
    if (++m_failedPolls >= kMaxFailedPolls) {
        ProcoreError e = error;
        e.message = tr("Could not read the drawing upload's status: %1").arg(error.message);
        e.hint = tr("Procore has the drawings (drawing upload %1); Retry checks its status again without "
                    "sending them again.")
                     .arg(m_drawingUploadId);
        finishAll(false, e, false);
        return;
    }
    pollLater();
    setDetail(tr("Could not read the drawing's status (%1); asking Procore again in %2 s.")
                  .arg(error.message)
                  .arg((m_pollDelayMs + 999) / 1000));
}

void DrawingBatch::pollLater()
{
    m_pollDelayMs = std::min(m_pollDelayMs * 2, m_maxPollMs);
    m_pollTimer.start(m_pollDelayMs);
}

// Procore could not process the drawing upload. When its reason names a sheet of the batch, that
// sheet fails with the reason and the others go again, in a new drawing upload without it: Procore
// made nothing of the failed one (its status says so) and took its uploads, so their bytes go
// again. Each round leaves one named sheet out, so the rounds end.
void DrawingBatch::failNaming(const ProcoreError &error, const QString &why)
{
    QString named;
    for (const auto &job : std::as_const(m_inFlight))
        if (job && !why.isEmpty() && why.contains(job->fileName()) && job->fileName().size() > named.size())
            named = job->fileName(); // the longest name that fits: "A-101.pdf" before "101.pdf"
    if (named.isEmpty()) {
        finishAll(false, error, true);
        return;
    }
    // m_inFlight stays filled while the jobs change state, so their signals start no new call.
    const auto jobs = m_inFlight;
    for (const auto &job : jobs) {
        if (!job)
            continue;
        if (job->fileName() == named)
            job->failProcessing(error, true);
        else
            job->sendAgain(tr("Sent again without %1, which Procore could not process.").arg(named));
    }
    m_inFlight.clear();
    onJobState();
}

void DrawingBatch::finishAll(bool completed, const ProcoreError &error, bool uploadsConsumed,
                             const QString &detail)
{
    // m_inFlight stays filled while the jobs change state, so their signals start no new call.
    const auto jobs = m_inFlight;
    for (const auto &job : jobs) {
        if (!job)
            continue;
        if (completed)
            job->finishProcessing(detail);
        else
            job->failProcessing(error, uploadsConsumed);
    }
    m_inFlight.clear();
    onJobState();
}

} // namespace hoist

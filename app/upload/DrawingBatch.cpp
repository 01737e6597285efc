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
    if (isProcessed(status))
        return QCoreApplication::translate("DrawingBatch", "Drawing processed");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("DrawingBatch", "Drawing processing failed");
    return QCoreApplication::translate("DrawingBatch", "Processing drawing (%1)…").arg(status);
}

void DrawingBatch::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    for (const auto &job : std::as_const(m_inFlight))
        if (job)
            job->setProcessingDetail(statusText(status));
    Q_EMIT statusChanged(status);
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
        // Send when nothing of the batch is moving any more: every job is stored or final.
        bool settled = true;
        bool waiting = false;
        for (const auto &job : std::as_const(m_jobs)) {
            if (!job)
                continue;
            const TransferState s = job->state();
            if (s == TransferState::Processing)
                waiting = true;
            else if (!isFinalState(s))
                settled = false;
        }
        if (settled && waiting)
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
        imports.append({job->uploadUuid(), o.drawingDate.isValid() ? o.drawingDate : QDate::currentDate(),
                        o.receivedDate, o.defaultRevision.isEmpty() ? u"0"_s : o.defaultRevision});
        job->setProcessingDetail(tr("Sending the drawing batch to Procore…"));
    }
    m_drawingUploadId = 0;
    m_status.clear();
    ApiReply *reply = m_client->createDrawingUpload(m_destination.companyId, m_destination.projectId,
                                                    o.areaId, o.setId, imports, m_token);
    reply->setObjectName(
        QStringLiteral("drawing batch of %1 file(s)").arg(imports.size())); // the audit's label
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onSubmitted(reply); });
}

void DrawingBatch::onSubmitted(ApiReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (!reply->isOk()) {
        ProcoreError e = reply->error();
        e.message = tr("Procore refused the drawing upload: %1").arg(e.message);
        finishAll(false, e);
        return;
    }
    m_tokenAccepted = true;
    const QJsonObject body = reply->json().toObject();
    m_drawingUploadId = body.value(u"id"_s).toInteger();
    setStatus(body.value(u"status"_s).toString(u"in_queue"_s));
    m_pollDelayMs = m_firstPollMs;
    m_pollTimer.start(m_pollDelayMs);
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
    if (!reply->isOk()) {
        ProcoreError e = reply->error();
        e.message = tr("Could not read the drawing upload's status: %1").arg(e.message);
        finishAll(false, e);
        return;
    }
    const QJsonObject body = reply->json().toObject();
    const QString status = body.value(u"status"_s).toString();
    setStatus(status);
    if (isProcessed(status)) {
        finishAll(true, {});
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
        finishAll(false, e);
        return;
    }
    m_pollDelayMs = std::min(m_pollDelayMs * 2, m_maxPollMs);
    m_pollTimer.start(m_pollDelayMs);
}

void DrawingBatch::finishAll(bool completed, const ProcoreError &error)
{
    // Procore took the uploads once the call was accepted (an id came back).
    const bool consumed = m_drawingUploadId != 0;
    // m_inFlight stays filled while the jobs change state, so their signals start no new call.
    const auto jobs = m_inFlight;
    for (const auto &job : jobs) {
        if (!job)
            continue;
        if (completed)
            job->finishProcessing();
        else
            job->failProcessing(error, consumed);
    }
    m_inFlight.clear();
    onJobState();
}

} // namespace hoist

#include "HistoryRecorder.h"

#include "UploadHistory.h"
#include "upload/UploadController.h"
#include "upload/UploadJob.h"

#include <QCoreApplication>

namespace hoist {

namespace {

QString outcomeOf(TransferState state)
{
    switch (state) {
    case TransferState::Done:
        return QStringLiteral("done");
    case TransferState::Failed:
        return QStringLiteral("failed");
    case TransferState::Skipped:
        return QStringLiteral("skipped");
    case TransferState::Cancelled:
        return QStringLiteral("cancelled");
    default:
        return {};
    }
}

} // namespace

HistoryRecorder::HistoryRecorder(UploadController *controller, UploadHistory *history, QString environmentId,
                                 QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_history(history)
    , m_environment(std::move(environmentId))
{
    connect(controller, &UploadController::jobStateChanged, this,
            [this](quint64 id, TransferState state) { onStateChanged(id, int(state)); });
    connect(controller, &UploadController::pausedChanged, this, [this](bool paused) {
        if (!paused)
            writePending();
    });
}

void HistoryRecorder::onStateChanged(quint64 jobId, int stateValue)
{
    const QString outcome = outcomeOf(TransferState(stateValue));
    const UploadJob *job = m_controller->job(jobId);
    if (outcome.isEmpty() || !job)
        return;
    const Destination &d = job->destination();
    const QString name = job->remoteFile().name.isEmpty() ? job->fileName() : job->remoteFile().name;
    const QString folder = job->remoteFolderPath();
    HistoryRecord r;
    r.environment = m_environment;
    r.localPath = job->item().localPath;
    r.destination = (d.projectName.isEmpty() ? QString() : QString(d.projectName + QStringLiteral(" / ")))
                    + (folder.isEmpty() ? name : QString(folder + QLatin1Char('/') + name));
    r.companyId = d.companyId;
    r.projectId = d.projectId;
    r.projectName = d.projectName;
    r.folderId = job->remoteFile().parentId;
    r.fileId = job->remoteFile().id;
    r.uploadUuid = job->uploadUuid();
    r.size = job->item().size;
    r.outcome = outcome;
    r.reason = outcome == QLatin1String("failed") ? job->errorText() : job->statusDetail();
    r.url = job->remoteFile().url;
    m_pending.append(r);
    writePending();
}

void HistoryRecorder::writePending()
{
    while (!m_pending.isEmpty()) {
        if (!m_history->record(m_pending.first())) {
            m_controller->halt(
                QCoreApplication::translate("HistoryRecorder", "the upload history could not be written: %1")
                    .arg(m_history->lastError()));
            return;
        }
        m_pending.removeFirst();
    }
}

} // namespace hoist

#include "HistoryRecorder.h"

#include "UploadHistory.h"
#include "WebLink.h"
#include "procore/ApiReply.h"
#include "procore/ProcoreClient.h"
#include "upload/UploadController.h"
#include "upload/UploadJob.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

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

// The hashing threads: one per core at most, shared by every recorder of the process.
QThreadPool &hashPool()
{
    static QThreadPool pool;
    return pool;
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

HistoryRecorder::~HistoryRecorder()
{
    // The sha256s still being read go into their rows before the history may close (hoist-cli
    // ends right after its last file).
    while (m_hashing > 0) {
        hashPool().waitForDone();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

void HistoryRecorder::askWhoUploads(ProcoreClient *client)
{
    ApiReply *reply = client->me();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk())
            return;
        const User user = User::fromJson(reply->json().toObject());
        if (!user.name.isEmpty() || !user.login.isEmpty())
            m_uploader = user.name.isEmpty() ? user.login : user.name;
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
    r.target = d;
    r.relativeDir = job->item().relativeDir;
    Pending p{r, false, 0, {}};
    if (outcome == QLatin1String("done")) {
        p.record.uploadedBy = m_uploader;
        if (m_controller->client())
            p.record.webUrl = WebLink::to(m_controller->client()->apiBase(), d, r.folderId, r.fileId);
        const bool sent = job->storedSize() >= 0;
        p.hash = true;
        p.size = sent ? job->storedSize() : job->item().size;
        p.modified = sent ? job->storedModified() : job->item().modified;
    }
    m_pending.append(p);
    writePending();
}

void HistoryRecorder::writePending()
{
    while (!m_pending.isEmpty()) {
        Pending &p = m_pending.first();
        if (!m_history->record(p.record)) {
            m_controller->halt(
                QCoreApplication::translate("HistoryRecorder", "the upload history could not be written: %1")
                    .arg(m_history->lastError()));
            return;
        }
        if (p.hash)
            hashLater(p.record.id, p.record.localPath, p.size, p.modified);
        m_pending.removeFirst();
    }
}

// The file's sha256, if it is still as it was sent (same size and time): else none is claimed.
void HistoryRecorder::hashLater(qint64 recordId, const QString &path, qint64 size, const QDateTime &modified)
{
    ++m_hashing;
    QPointer<HistoryRecorder> self(this);
    hashPool().start([self, recordId, path, size, modified] {
        QString hex;
        QFile file(path);
        const QFileInfo info(path);
        if (info.size() == size && (!modified.isValid() || info.lastModified() == modified)
            && file.open(QIODevice::ReadOnly)) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (hash.addData(&file) && QFileInfo(path).lastModified() == info.lastModified())
                hex = QString::fromLatin1(hash.result().toHex());
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, recordId, hex] {
                if (!self)
                    return;
                --self->m_hashing;
                if (!hex.isEmpty() && self->m_history->setSha256(recordId, hex))
                    Q_EMIT self->hashed(recordId);
            },
            Qt::QueuedConnection);
    });
}

} // namespace hoist

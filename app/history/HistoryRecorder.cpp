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

struct FileHash
{
    qint64 size = -1; // the file as it was read
    QDateTime modified;
    QString hex; // empty: unreadable, changed while it was read, or stopped
};

// The sha256 of the file at `path`, read in pieces until `running` (when given) goes false.
FileHash hashFile(const QString &path, const std::atomic_bool *running)
{
    FileHash result;
    const QFileInfo before(path);
    result.size = before.size();
    result.modified = before.lastModified();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 n = 0; (n = file.read(chunk.data(), chunk.size())) != 0;) {
        if (n < 0 || (running && !running->load()))
            return result;
        hash.addData(QByteArrayView(chunk.constData(), n));
    }
    const QFileInfo after(path);
    if (after.size() == result.size && after.lastModified() == result.modified)
        result.hex = QString::fromLatin1(hash.result().toHex());
    return result;
}

bool sameFile(qint64 size, const QDateTime &modified, qint64 wantSize, const QDateTime &wantModified)
{
    return size == wantSize && (!wantModified.isValid() || modified == wantModified);
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
    // A file still going up is not read to its end; one whose row waits for its sha256 is.
    for (const SentHash &read : std::as_const(m_sentHashes))
        if (read.recordId == 0 && read.running)
            read.running->store(false);
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
    const UploadJob *job = m_controller->job(jobId);
    if (!job)
        return;
    if (TransferState(stateValue) == TransferState::Uploading)
        hashWhileSending(jobId, job->item().localPath);
    const QString outcome = outcomeOf(TransferState(stateValue));
    if (outcome.isEmpty())
        return;
    if (outcome != QLatin1String("done")) {
        if (const auto read = m_sentHashes.constFind(jobId);
            read != m_sentHashes.cend() && read->recordId == 0) {
            read->running->store(false);
            m_sentHashes.erase(read);
        }
    }
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
    Pending p{r, false, 0, {}, jobId};
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
            useSentHash(p.jobId, p.record.id, p.size, p.modified, p.record.localPath);
        m_pending.removeFirst();
    }
}

// The file's sha256, if it is still as it was sent (same size and time): else none is claimed.
void HistoryRecorder::hashLater(qint64 recordId, const QString &path, qint64 size, const QDateTime &modified)
{
    ++m_hashing;
    QPointer<HistoryRecorder> self(this);
    hashPool().start([self, recordId, path, size, modified] {
        const FileHash read = hashFile(path, nullptr);
        const QString hex = sameFile(read.size, read.modified, size, modified) ? read.hex : QString();
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

// Reads the file while its bytes go up (from its first Uploading on; again if it changed since
// it was read), so its row gets the sha256 as soon as it is written.
void HistoryRecorder::hashWhileSending(quint64 jobId, const QString &path)
{
    if (const auto read = m_sentHashes.constFind(jobId); read != m_sentHashes.cend()) {
        const QFileInfo now(path);
        if (!read->finished || sameFile(read->size, read->modified, now.size(), now.lastModified()))
            return; // being read, or read as it is now
        read->running->store(false);
    }
    SentHash &read = m_sentHashes[jobId];
    read = SentHash{};
    read.running = std::make_shared<std::atomic_bool>(true);
    read.path = path;
    ++m_hashing;
    QPointer<HistoryRecorder> self(this);
    hashPool().start([self, jobId, path, running = read.running] {
        const FileHash result = hashFile(path, running.get());
        QMetaObject::invokeMethod(
            self.data(),
            [self, jobId, running, result] {
                if (self)
                    self->onSentHash(jobId, running, result.size, result.modified, result.hex);
            },
            Qt::QueuedConnection);
    });
}

void HistoryRecorder::onSentHash(quint64 jobId, const std::shared_ptr<std::atomic_bool> &run, qint64 size,
                                 const QDateTime &modified, const QString &hex)
{
    --m_hashing;
    const auto read = m_sentHashes.find(jobId);
    if (read == m_sentHashes.end() || read->running != run)
        return; // the file ended otherwise, or is read again
    run->store(false);
    read->finished = true;
    read->size = size;
    read->modified = modified;
    read->hex = hex;
    if (read->recordId > 0)
        useSentHash(jobId, read->recordId, read->sentSize, read->sentModified, read->path);
}

// The row of a file that went up takes the sha256 read while it was sent, if the file was read
// as it was sent (same size and time); else the file is read again now.
void HistoryRecorder::useSentHash(quint64 jobId, qint64 recordId, qint64 size, const QDateTime &modified,
                                  const QString &path)
{
    const auto read = m_sentHashes.find(jobId);
    if (read == m_sentHashes.end()) {
        hashLater(recordId, path, size, modified);
        return;
    }
    if (!read->finished) {
        read->recordId = recordId;
        read->sentSize = size;
        read->sentModified = modified;
        return;
    }
    const SentHash done = *read;
    m_sentHashes.erase(read);
    if (done.hex.isEmpty() || !sameFile(done.size, done.modified, size, modified))
        hashLater(recordId, path, size, modified);
    else if (m_history->setSha256(recordId, done.hex))
        Q_EMIT hashed(recordId);
}

} // namespace hoist

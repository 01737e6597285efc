#include "WatchService.h"

#include "WatchLog.h"

#include "upload/DestinationFileRule.h"
#include "upload/TransferJournal.h"
#include "upload/UploadController.h"
#include "upload/UploadJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hoist {

namespace {

const QChar kSep(0x1f);

QString keyOf(qint64 watchId, const QString &rel)
{
    return QString::number(watchId) + kSep + rel;
}

bool typeFits(const Destination &d, const QString &path, QString *why)
{
    switch (fileFit(path, d.effectiveKind())) { // the one type rule (upload/DestinationFileRule)
    case FileFit::Fits:
        return true;
    case FileFit::NotAnImage:
        *why = QCoreApplication::translate("WatchService", "Left out: Photos take only images.");
        return false;
    case FileFit::NotAPdf:
        *why = QCoreApplication::translate("WatchService", "Left out: Drawings take only PDFs.");
        return false;
    }
    return false;
}

} // namespace

QString watchEventKindName(WatchEvent::Kind kind)
{
    switch (kind) {
    case WatchEvent::Kind::Waiting:
        return QStringLiteral("waiting");
    case WatchEvent::Kind::Queued:
        return QStringLiteral("queued");
    case WatchEvent::Kind::Uploading:
        return QStringLiteral("uploading");
    case WatchEvent::Kind::Uploaded:
        return QStringLiteral("uploaded");
    case WatchEvent::Kind::Unchanged:
        return QStringLiteral("unchanged");
    case WatchEvent::Kind::Failed:
        return QStringLiteral("failed");
    case WatchEvent::Kind::Problem:
        return QStringLiteral("problem");
    case WatchEvent::Kind::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

WatchService::WatchService(UploadController *controller, WatchStore *store, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_store(store)
{
    qRegisterMetaType<WatchEvent>();
    // Files found together (a copy of a folder) go to the queue together: one enqueue, one
    // drawing batch, one look at the journal.
    m_flush.setSingleShot(true);
    m_flush.setInterval(50);
    connect(&m_flush, &QTimer::timeout, this, &WatchService::flush);
    connect(&m_hasher, &FileHasher::hashed, this, &WatchService::onHashed);
    connect(controller, &UploadController::jobStateChanged, this, &WatchService::onJobState);
    connect(controller, &UploadController::pausedChanged, this, [this](bool paused) {
        if (!paused)
            writeUnwritten();
    });
}

WatchService::~WatchService() = default;

void WatchService::start()
{
    for (const Watch &w : m_store->watches())
        if (!w.paused && !m_running.count(w.id))
            run(w);
}

void WatchService::reload()
{
    QSet<qint64> present;
    for (const Watch &w : m_store->watches()) {
        present.insert(w.id);
        if (!m_running.count(w.id) && !w.paused)
            run(w);
    }
    bool changed = false;
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (!present.contains(it->first)) {
            it = m_running.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    if (changed)
        Q_EMIT watchesChanged();
}

void WatchService::kept(bool written, qint64 watchId, const QString &rel)
{
    if (written)
        return;
    m_unwritten[watchId].insert(rel);
    m_controller->halt(tr("the watch folders' records could not be written: %1").arg(m_store->lastError()));
}

void WatchService::writeUnwritten()
{
    const QHash<qint64, QSet<QString>> unwritten = std::exchange(m_unwritten, {});
    for (auto it = unwritten.cbegin(); it != unwritten.cend(); ++it) {
        const Running *r = running(it.key());
        if (!r)
            continue; // the watch was removed meanwhile, with its records
        for (const QString &rel : it.value()) {
            if (m_controller->isHalted()) { // stopped again: the rest waits for the next Resume All
                m_unwritten[it.key()].insert(rel);
                continue;
            }
            if (rel.isEmpty())
                kept(m_store->setLastUpload(r->watch.id, r->watch.lastUploadAt)
                         && m_store->setLastError(r->watch.id, r->watch.lastError),
                     r->watch.id);
            else if (r->files.contains(rel))
                kept(m_store->putFile(r->watch.id, r->files.value(rel)), r->watch.id, rel);
        }
    }
}

WatchService::Running *WatchService::running(qint64 id) const
{
    const auto it = m_running.find(id);
    return it == m_running.end() ? nullptr : it->second.get();
}

QString WatchService::absolutePath(const Running *r, const QString &rel) const
{
    return r->watcher->root() + QLatin1Char('/') + rel;
}

void WatchService::run(const Watch &watch)
{
    auto r = std::make_unique<Running>();
    r->watch = watch;
    r->watcher = new FolderWatcher(watch.folder, m_options, this);
    Running *raw = r.get();
    m_running[watch.id] = std::move(r);
    reconcile(raw);
    connect(raw->watcher, &FolderWatcher::fileWaiting, this,
            [this, raw](const QString &rel, FolderWatcher::Wait why) { onWaiting(raw, rel, why); });
    connect(raw->watcher, &FolderWatcher::fileReady, this,
            [this, raw](const QString &rel, qint64 size, const QDateTime &modified) {
                onReady(raw, rel, size, modified);
            });
    connect(raw->watcher, &FolderWatcher::fileGone, this, [this, raw](const QString &rel) {
        if (raw->files.value(rel).state == WatchedFile::State::Uploaded)
            say(raw->watch.id, WatchEvent::Kind::Removed, rel,
                tr("Gone from the folder; it stays in Procore (deletions and renames are never sent)."));
    });
    connect(raw->watcher, &FolderWatcher::rootMissing, this, [this, raw] {
        raw->missing = true;
        say(raw->watch.id, WatchEvent::Kind::Problem, {},
            tr("The folder %1 is not there (or cannot be read); watching for it to come back.")
                .arg(QDir::toNativeSeparators(raw->watch.folder)));
    });
    raw->watcher->start();
}

void WatchService::reconcile(Running *r)
{
    // A record left queued by an earlier run: its journal row says whether the job ended.
    r->files = m_store->files(r->watch.id);
    QHash<quint64, TransferJournal::Entry> entries;
    if (TransferJournal *journal = m_store->journal())
        for (const TransferJournal::Entry &e : journal->entries())
            entries.insert(e.id, e);
    QHash<QString, FolderWatcher::Stamp> handled;
    for (WatchedFile &f : r->files) {
        if (f.state == WatchedFile::State::Queued && entries.contains(f.jobId)) {
            const TransferJournal::Entry &e = entries.value(f.jobId);
            if (e.fileId || e.state == TransferState::Done || e.state == TransferState::Skipped) {
                f.state = WatchedFile::State::Uploaded;
                f.fileId = e.fileId ? e.fileId : f.fileId;
                kept(m_store->putFile(r->watch.id, f), r->watch.id, f.relPath);
            }
        }
        if (f.state == WatchedFile::State::Uploaded)
            handled.insert(f.relPath, {f.size, f.modified.toMSecsSinceEpoch()});
    }
    r->watcher->preload(handled);
}

void WatchService::onWaiting(Running *r, const QString &rel, FolderWatcher::Wait why)
{
    r->missing = false;
    QString text;
    switch (why) {
    case FolderWatcher::Wait::Settling:
        text = tr("Waiting until the file is complete.");
        break;
    case FolderWatcher::Wait::Empty:
        text = tr("The file is empty; Procore refuses empty files, so it waits until it has content.");
        break;
    case FolderWatcher::Wait::OpenForWriting:
        text = tr("Still open for writing in another program; it goes up once that program closes it.");
        break;
    }
    say(r->watch.id,
        why == FolderWatcher::Wait::Settling ? WatchEvent::Kind::Waiting : WatchEvent::Kind::Problem, rel,
        text);
    Q_EMIT statusChanged(r->watch.id);
}

void WatchService::onReady(Running *r, const QString &rel, qint64 size, const QDateTime &modified)
{
    const QString path = absolutePath(r, rel);
    QString why;
    if (!typeFits(r->watch.destination, path, &why)) {
        // Refused where it can be seen: the watch's last error, not only an event.
        r->watch.lastError = rel + QStringLiteral(": ") + why;
        kept(m_store->setLastError(r->watch.id, r->watch.lastError), r->watch.id);
        say(r->watch.id, WatchEvent::Kind::Problem, rel, why);
        Q_EMIT statusChanged(r->watch.id);
        return;
    }
    const auto rec = r->files.constFind(rel);
    if (rec != r->files.cend() && rec->state == WatchedFile::State::Queued && m_jobs.contains(rec->jobId)
        && rec->size == size && rec->modified == modified)
        return; // already in the queue as it is
    r->hashing.insert(rel, {size, modified.toMSecsSinceEpoch()});
    m_hasher.hash(keyOf(r->watch.id, rel), path);
    Q_EMIT statusChanged(r->watch.id);
}

void WatchService::onHashed(const QString &key, const QString &sha, const QString &error)
{
    const qint64 watchId = key.section(kSep, 0, 0).toLongLong();
    const QString rel = key.section(kSep, 1);
    Running *r = running(watchId);
    if (!r || !r->hashing.contains(rel))
        return; // the watch was removed meanwhile
    const FolderWatcher::Stamp stamp = r->hashing.take(rel);
    Q_EMIT statusChanged(watchId);
    if (!error.isEmpty()) {
        const QString text = tr("Cannot read the file: %1. It is tried again later.").arg(error);
        say(watchId, WatchEvent::Kind::Problem, rel, text);
        QTimer::singleShot(m_retryFailedMs, r->watcher, [w = r->watcher, rel] { w->recheck(rel); });
        return;
    }
    const QFileInfo info(absolutePath(r, rel));
    if (!info.isFile() || FolderWatcher::Stamp{info.size(), info.lastModified().toMSecsSinceEpoch()} != stamp)
        return; // changed while hashed: the watcher sees it settle again
    decide(r, rel, stamp, sha);
}

void WatchService::decide(Running *r, const QString &rel, const FolderWatcher::Stamp &stamp,
                          const QString &sha)
{
    const QDateTime modified = QDateTime::fromMSecsSinceEpoch(stamp.mtimeMs);
    const auto rec = r->files.find(rel);
    const bool known = rec != r->files.end();
    // What was sent is known by its sha256, or (a file edited while it uploaded: see finishJob)
    // by the size and time the job read it at, until the file is hashed as it is now.
    const bool sameAsSent = known
                            && (rec->sha256 == sha
                                || (rec->sha256.isEmpty() && rec->size == stamp.size
                                    && rec->modified.toMSecsSinceEpoch() == stamp.mtimeMs));
    if (sameAsSent && rec->state == WatchedFile::State::Uploaded) {
        // Touched, or moved away and back: the same bytes are already in Procore.
        rec->sha256 = sha;
        rec->size = stamp.size;
        rec->modified = modified;
        kept(m_store->putFile(r->watch.id, *rec), r->watch.id, rel);
        say(r->watch.id, WatchEvent::Kind::Unchanged, rel, tr("Already uploaded with the same content."));
        return;
    }
    if (known && rec->state == WatchedFile::State::Queued && m_jobs.contains(rec->jobId)) {
        if (rec->sha256 != sha)
            m_recheckAfter.insert(rec->jobId); // one job per file at a time; the new content follows
        return;
    }
    WatchedFile f;
    f.relPath = rel;
    f.size = stamp.size;
    f.modified = modified;
    f.sha256 = sha;
    f.fileId = known ? rec->fileId : 0; // the file in Procore this path went to
    const UploadItem item{absolutePath(r, rel),
                          rel.contains(QLatin1Char('/')) ? rel.section(QLatin1Char('/'), 0, -2) : QString(),
                          stamp.size, modified};
    Destination d = r->watch.destination;
    if (f.fileId && d.isDocuments()) {
        // Other content at a path that went up before: a new version of that file.
        d.newVersionOf = f.fileId;
        enqueue(r, {{item, f}}, d);
        return;
    }
    r->batch.append({item, f});
    m_flush.start();
}

void WatchService::flush()
{
    for (auto &[id, r] : m_running)
        if (!r->batch.isEmpty())
            enqueue(r.get(), std::exchange(r->batch, {}), r->watch.destination);
}

void WatchService::enqueue(Running *r, const QList<QPair<UploadItem, WatchedFile>> &batch,
                           const Destination &d)
{
    QList<UploadItem> items;
    QHash<QString, WatchedFile> byPath;
    for (const auto &[item, file] : batch) {
        items.append(item);
        byPath.insert(item.localPath, file);
    }
    const QList<quint64> ids = m_controller->enqueue(items, d);
    for (quint64 id : ids) {
        UploadJob *job = m_controller->job(id);
        if (!job || !byPath.contains(job->item().localPath))
            continue;
        WatchedFile f = byPath.take(job->item().localPath);
        f.state = WatchedFile::State::Queued;
        f.jobId = id;
        r->files.insert(f.relPath, f);
        kept(m_store->putFile(r->watch.id, f), r->watch.id, f.relPath);
        m_jobs.insert(id, {r->watch.id, f.relPath});
        connect(job, &UploadJob::associated, this,
                [this, id](qint64 fileId) { m_fileIds.insert(id, fileId); });
        say(r->watch.id, WatchEvent::Kind::Queued, f.relPath,
            tr("Queued for %1.").arg(job->remoteFolderPath()));
        if (isFinalState(job->state()) && job->state() != TransferState::Failed)
            finishJob(r, id, f.relPath, job->state());
    }
    Q_EMIT statusChanged(r->watch.id);
}

void WatchService::onJobState(quint64 jobId, TransferState state)
{
    if (!m_jobs.contains(jobId))
        return;
    const auto [watchId, rel] = m_jobs.value(jobId);
    Running *r = running(watchId);
    if (!r) { // the watch was removed; its jobs go on as manual uploads
        if (isFinalState(state))
            m_jobs.remove(jobId);
        return;
    }
    if ((state == TransferState::Preparing || state == TransferState::Uploading)
        && !m_uploadingSaid.contains(jobId)) {
        m_uploadingSaid.insert(jobId);
        say(watchId, WatchEvent::Kind::Uploading, rel, tr("Uploading."));
    }
    if (isFinalState(state))
        finishJob(r, jobId, rel, state);
}

void WatchService::finishJob(Running *r, quint64 jobId, const QString &rel, TransferState state)
{
    m_jobs.remove(jobId);
    m_uploadingSaid.remove(jobId);
    const qint64 fileId = m_fileIds.take(jobId);
    auto rec = r->files.find(rel);
    if (rec == r->files.end() || rec->jobId != jobId)
        return;
    const qint64 watchId = r->watch.id;
    if (state == TransferState::Done || state == TransferState::Skipped) {
        if (state == TransferState::Done)
            recordWhatWasSent(&*rec, m_controller->job(jobId));
        rec->state = WatchedFile::State::Uploaded;
        rec->fileId = fileId ? fileId : rec->fileId;
        rec->error.clear();
        kept(m_store->putFile(watchId, *rec), watchId, rel);
        r->watch.lastUploadAt = QDateTime::currentDateTimeUtc();
        kept(m_store->setLastUpload(watchId, r->watch.lastUploadAt), watchId);
        if (state == TransferState::Done)
            say(watchId, WatchEvent::Kind::Uploaded, rel, tr("Uploaded."), rec->fileId);
        else
            say(watchId, WatchEvent::Kind::Unchanged, rel,
                tr("Skipped: a file of that name is already there."));
    } else {
        const UploadJob *job = m_controller->job(jobId);
        rec->state = WatchedFile::State::Failed;
        rec->error = job && !job->errorText().isEmpty() ? job->errorText() : transferStateText(state);
        kept(m_store->putFile(watchId, *rec), watchId, rel);
        r->watch.lastError = rel + QStringLiteral(": ") + rec->error;
        kept(m_store->setLastError(watchId, r->watch.lastError), watchId);
        say(watchId, WatchEvent::Kind::Failed, rel, rec->error);
        QTimer::singleShot(m_retryFailedMs, r->watcher, [w = r->watcher, rel] { w->recheck(rel); });
    }
    if (m_recheckAfter.remove(jobId))
        r->watcher->recheck(rel);
    Q_EMIT statusChanged(watchId);
}

void WatchService::recordWhatWasSent(WatchedFile *rec, const UploadJob *job)
{
    if (!job || job->storedSize() < 0)
        return; // resumed and found in Procore: what the record says went
    if (job->storedSize() == rec->size
        && job->storedModified().toMSecsSinceEpoch() == rec->modified.toMSecsSinceEpoch())
        return;
    // Edited while it uploaded: the job sent the file as it then was, not the content hashed
    // before. Its sha256 is not known here; the next look hashes it and, while the file is
    // still as it was sent (size and time), takes it for what went (WatchService::decide).
    rec->size = job->storedSize();
    rec->modified = job->storedModified();
    rec->sha256.clear();
}

void WatchService::say(qint64 watchId, WatchEvent::Kind kind, const QString &path, const QString &message,
                       qint64 fileId)
{
    // What the person sees is what the log keeps: waiting and unchanged files in detail only.
    const bool detail = kind == WatchEvent::Kind::Waiting || kind == WatchEvent::Kind::Unchanged;
    const QString line = QStringLiteral("watch %1: %2: %3").arg(watchId).arg(path, message);
    if (detail)
        qCDebug(lcWatch).noquote() << line;
    else
        qCInfo(lcWatch).noquote() << line; // failures too: the window and the terminal already say them
    Q_EMIT event(WatchEvent{watchId, kind, path, message, fileId});
}

qint64 WatchService::addWatch(const QString &folder, const Destination &destination, QString *error)
{
    const QFileInfo info(folder);
    if (!info.isDir() || !info.isReadable()) {
        if (error)
            *error = tr("%1 is not a folder that can be read.").arg(QDir::toNativeSeparators(folder));
        return 0;
    }
    const QString path = QDir::cleanPath(info.absoluteFilePath());
    const qint64 id = m_store->addWatch(path, destination);
    if (!id) {
        if (error)
            *error = tr("The watch could not be saved.");
        return 0;
    }
    if (const auto w = m_store->watch(id))
        run(*w);
    Q_EMIT watchesChanged();
    return id;
}

bool WatchService::removeWatch(qint64 id)
{
    m_running.erase(id);
    const bool ok = m_store->removeWatch(id);
    Q_EMIT watchesChanged();
    return ok;
}

bool WatchService::setPaused(qint64 id, bool paused)
{
    if (!m_store->setPaused(id, paused))
        return false;
    if (paused)
        m_running.erase(id);
    else if (const auto w = m_store->watch(id); w && !m_running.count(id))
        run(*w);
    Q_EMIT watchesChanged();
    return true;
}

QList<Watch> WatchService::watches() const
{
    QList<Watch> out = m_store->watches();
    for (Watch &w : out)
        if (const Running *r = running(w.id))
            w.lastUploadAt = r->watch.lastUploadAt.isValid() ? r->watch.lastUploadAt : w.lastUploadAt;
    return out;
}

WatchService::Status WatchService::status(qint64 id) const
{
    Status s;
    const Running *r = running(id);
    if (!r)
        return s;
    s.waiting = r->watcher->settlingCount() + int(r->hashing.size() + r->batch.size());
    for (const auto &[watchId, rel] : std::as_const(m_jobs))
        if (watchId == id)
            ++s.queued;
    s.missing = r->missing;
    return s;
}

} // namespace hoist

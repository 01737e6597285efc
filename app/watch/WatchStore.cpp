#include "WatchStore.h"

#include "WatchLog.h"
#include "storage/Database.h"
#include "upload/TransferJournal.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hoist {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(QLatin1String(""));
}

QDateTime fromIso(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QString(QLatin1String("")) : s);
}

WatchedFile::State stateFromName(const QString &name)
{
    if (name == QLatin1String("uploaded"))
        return WatchedFile::State::Uploaded;
    if (name == QLatin1String("failed"))
        return WatchedFile::State::Failed;
    return WatchedFile::State::Queued;
}

const QString kWatchColumns = QStringLiteral(
    "id, folder, company_id, project_id, folder_id, folder_path, project_name, destination_extra, paused, "
    "last_upload_at, last_error");

Watch watchFrom(const QSqlQuery &q)
{
    Watch w;
    w.id = q.value(0).toLongLong();
    w.folder = q.value(1).toString();
    w.destination.companyId = q.value(2).toLongLong();
    w.destination.projectId = q.value(3).toLongLong();
    w.destination.folderId = q.value(4).toLongLong();
    w.destination.folderPath = q.value(5).toString();
    w.destination.projectName = q.value(6).toString();
    TransferJournal::readDestinationExtra(q.value(7).toString(), &w.destination);
    w.paused = q.value(8).toBool();
    w.lastUploadAt = fromIso(q.value(9).toString());
    w.lastError = q.value(10).toString();
    return w;
}

} // namespace

QString watchedFileStateName(WatchedFile::State state)
{
    switch (state) {
    case WatchedFile::State::Queued:
        return QStringLiteral("queued");
    case WatchedFile::State::Uploaded:
        return QStringLiteral("uploaded");
    case WatchedFile::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

WatchStore::WatchStore(TransferJournal *journal)
    : m_journal(journal)
{}

WatchStore::WatchStore(TransferJournal *journal, std::unique_ptr<Database> own)
    : m_journal(journal)
    , m_own(std::move(own))
{}

WatchStore::~WatchStore() = default;

std::unique_ptr<WatchStore> WatchStore::open(const QString &journalPath, QString *error)
{
    // Without the journal's lock (a `watch run` may have the file open): a damaged file is
    // refused, never set aside under the process that uses it; the owner of the lock decides.
    std::unique_ptr<Database> db =
        Database::open(journalPath, TransferJournal::schema(), error, Database::Damaged::Refuse);
    if (!db)
        return nullptr;
    return std::unique_ptr<WatchStore>(new WatchStore(nullptr, std::move(db)));
}

QSqlDatabase WatchStore::db() const
{
    return m_own ? m_own->db() : m_journal->database()->db();
}

bool WatchStore::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        // Said once for as long as the same error lasts (each later record tries again).
        const QString error = q.lastError().text();
        if (error != m_lastError)
            qCWarning(lcWatch) << "watch store write failed:" << error;
        m_lastError = error;
        return false;
    }
    m_lastError.clear();
    return true;
}

qint64 WatchStore::addWatch(const QString &folder, const Destination &d)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO watches (folder, company_id, project_id, folder_id, folder_path, "
                             "project_name, destination_extra) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         QVariantList{text(folder), d.companyId, d.projectId, d.folderId, text(d.folderPath),
                      text(d.projectName), TransferJournal::destinationExtra(d)})
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcWatch) << "adding a watch failed:" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool WatchStore::removeWatch(qint64 id)
{
    // ON DELETE CASCADE needs foreign_keys on this connection (Database turns it on); say it
    // outright anyway.
    return exec(QStringLiteral("DELETE FROM watch_files WHERE watch_id = ?"), {id})
           && exec(QStringLiteral("DELETE FROM watches WHERE id = ?"), {id});
}

QList<Watch> WatchStore::watches() const
{
    QList<Watch> out;
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT %1 FROM watches ORDER BY id").arg(kWatchColumns)))
        while (q.next())
            out.append(watchFrom(q));
    return out;
}

std::optional<Watch> WatchStore::watch(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM watches WHERE id = ?").arg(kWatchColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return watchFrom(q);
    return std::nullopt;
}

bool WatchStore::setPaused(qint64 id, bool paused)
{
    return exec(QStringLiteral("UPDATE watches SET paused = ? WHERE id = ?"), {paused ? 1 : 0, id});
}

bool WatchStore::setLastUpload(qint64 id, const QDateTime &at)
{
    return exec(QStringLiteral("UPDATE watches SET last_upload_at = ? WHERE id = ?"), {iso(at), id});
}

bool WatchStore::setLastError(qint64 id, const QString &error)
{
    return exec(QStringLiteral("UPDATE watches SET last_error = ? WHERE id = ?"), {text(error), id});
}

QHash<QString, WatchedFile> WatchStore::files(qint64 watchId) const
{
    QHash<QString, WatchedFile> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT rel_path, size, modified, sha256, state, job_id, file_id, error "
                             "FROM watch_files WHERE watch_id = ?"));
    q.addBindValue(watchId);
    if (!q.exec())
        return out;
    while (q.next()) {
        WatchedFile f;
        f.relPath = q.value(0).toString();
        f.size = q.value(1).toLongLong();
        f.modified = fromIso(q.value(2).toString());
        f.sha256 = q.value(3).toString();
        f.state = stateFromName(q.value(4).toString());
        f.jobId = q.value(5).toULongLong();
        f.fileId = q.value(6).toLongLong();
        f.error = q.value(7).toString();
        out.insert(f.relPath, f);
    }
    return out;
}

bool WatchStore::putFile(qint64 watchId, const WatchedFile &f)
{
    return exec(
        QStringLiteral("INSERT OR REPLACE INTO watch_files (watch_id, rel_path, size, modified, sha256, "
                       "state, job_id, file_id, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {watchId, text(f.relPath), f.size, iso(f.modified), text(f.sha256), watchedFileStateName(f.state),
         QVariant::fromValue(f.jobId), f.fileId, text(f.error)});
}

} // namespace hoist

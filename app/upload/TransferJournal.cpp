#include "TransferJournal.h"

#include "UploadLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>

#include <functional>

namespace hoist {

namespace {

const QList<Database::Migration> &migrations()
{
    static const QList<Database::Migration> list = {
        {1,
         {QStringLiteral("CREATE TABLE queue (id INTEGER PRIMARY KEY, local_path TEXT NOT NULL, relative_dir "
                         "TEXT NOT NULL, "
                         "size INTEGER NOT NULL, modified TEXT NOT NULL, company_id INTEGER NOT NULL, "
                         "project_id INTEGER NOT NULL, "
                         "folder_id INTEGER NOT NULL, folder_path TEXT NOT NULL, project_name TEXT NOT NULL, "
                         "policy TEXT NOT NULL, "
                         "state TEXT NOT NULL, upload_uuid TEXT NOT NULL DEFAULT '', upload_created_at TEXT "
                         "NOT NULL DEFAULT '', "
                         "stored INTEGER NOT NULL DEFAULT 0, target_folder_id INTEGER NOT NULL DEFAULT 0, "
                         "target_name TEXT NOT NULL DEFAULT '', file_id INTEGER NOT NULL DEFAULT 0, error "
                         "TEXT NOT NULL DEFAULT '')"),
          QStringLiteral(
              "CREATE TABLE segments (job_id INTEGER NOT NULL REFERENCES queue(id) ON DELETE CASCADE, "
              "idx INTEGER NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, md5 TEXT NOT NULL, "
              "etag TEXT NOT NULL DEFAULT '', PRIMARY KEY (job_id, idx))")}},
        // Photos, Drawings and new versions: what goes with the destination beyond its folder.
        {2,
         {QStringLiteral("ALTER TABLE queue ADD COLUMN destination_extra TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE queue ADD COLUMN batch_key TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE queue ADD COLUMN batch_token TEXT NOT NULL DEFAULT ''")}},
        // Watch folders (app/watch): a local folder bound to a destination, and what was uploaded
        // from it (relative path, size, mtime, sha256, Procore's file id).
        {3,
         {QStringLiteral(
              "CREATE TABLE watches (id INTEGER PRIMARY KEY AUTOINCREMENT, folder TEXT NOT NULL, "
              "company_id INTEGER NOT NULL, project_id INTEGER NOT NULL, folder_id INTEGER NOT NULL, "
              "folder_path TEXT NOT NULL, project_name TEXT NOT NULL, destination_extra TEXT NOT "
              "NULL DEFAULT '', paused INTEGER NOT NULL DEFAULT 0, last_upload_at TEXT NOT NULL "
              "DEFAULT '', last_error TEXT NOT NULL DEFAULT '')"),
          QStringLiteral(
              "CREATE TABLE watch_files (watch_id INTEGER NOT NULL REFERENCES watches(id) ON DELETE "
              "CASCADE, rel_path TEXT NOT NULL, size INTEGER NOT NULL, modified TEXT NOT NULL, "
              "sha256 TEXT NOT NULL, state TEXT NOT NULL, job_id INTEGER NOT NULL DEFAULT 0, "
              "file_id INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '', "
              "PRIMARY KEY (watch_id, rel_path))")}},
        // Drawings: the drawing upload a file went into, once Procore took the call, so a resumed
        // batch only checks its status and never asks for it again.
        {4, {QStringLiteral("ALTER TABLE queue ADD COLUMN drawing_upload_id INTEGER NOT NULL DEFAULT 0")}},
    };
    return list;
}

QString stateName(TransferState state)
{
    return QString::fromLatin1(QMetaEnum::fromType<TransferState>().valueToKey(int(state)));
}

TransferState stateFromName(const QString &name)
{
    bool ok = false;
    const int v = QMetaEnum::fromType<TransferState>().keyToValue(name.toLatin1().constData(), &ok);
    return ok ? TransferState(v) : TransferState::Queued;
}

bool isFinishedForGood(TransferState s)
{
    return s == TransferState::Done || s == TransferState::Skipped || s == TransferState::Cancelled;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(QLatin1String(""));
}

// The destination beyond company, project and folder, as JSON ("" for plain Documents). A drawing
// keeps its own sheet's revision only (`localPath`'s), not the whole batch's.
QString extraToJson(const Destination &d, const QString &localPath = {})
{
    if (d.kind == DestinationKind::ProjectDocuments && !d.newVersionOf && d.versionNotes.isEmpty())
        return QString(QLatin1String(""));
    QJsonObject o{
        {QStringLiteral("kind"), destinationKindName(d.kind)},
        {QStringLiteral("album_id"), d.photo.albumId},
        {QStringLiteral("album_name"), d.photo.albumName},
        {QStringLiteral("description"), d.photo.description},
        {QStringLiteral("private"), d.photo.isPrivate},
        {QStringLiteral("area_id"), d.drawing.areaId},
        {QStringLiteral("set_id"), d.drawing.setId},
        {QStringLiteral("set_name"), d.drawing.setName},
        {QStringLiteral("drawing_date"), d.drawing.drawingDate.toString(Qt::ISODate)},
        {QStringLiteral("received_date"), d.drawing.receivedDate.toString(Qt::ISODate)},
        {QStringLiteral("revision"), d.drawing.defaultRevision},
        {QStringLiteral("new_version_of"), d.newVersionOf},
        {QStringLiteral("version_notes"), d.versionNotes},
    };
    if (d.drawing.revisions.contains(localPath))
        o.insert(QStringLiteral("sheet_revision"), d.drawing.revisions.value(localPath));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void extraFromJson(const QString &json, Destination *d, const QString &localPath = {})
{
    if (json.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    destinationKindFromName(o.value(QStringLiteral("kind")).toString(), &d->kind);
    d->photo.albumId = o.value(QStringLiteral("album_id")).toInteger();
    d->photo.albumName = o.value(QStringLiteral("album_name")).toString();
    d->photo.description = o.value(QStringLiteral("description")).toString();
    d->photo.isPrivate = o.value(QStringLiteral("private")).toBool();
    d->drawing.areaId = o.value(QStringLiteral("area_id")).toInteger();
    d->drawing.setId = o.value(QStringLiteral("set_id")).toInteger();
    d->drawing.setName = o.value(QStringLiteral("set_name")).toString();
    d->drawing.drawingDate =
        QDate::fromString(o.value(QStringLiteral("drawing_date")).toString(), Qt::ISODate);
    d->drawing.receivedDate =
        QDate::fromString(o.value(QStringLiteral("received_date")).toString(), Qt::ISODate);
    d->drawing.defaultRevision = o.value(QStringLiteral("revision")).toString();
    d->newVersionOf = o.value(QStringLiteral("new_version_of")).toInteger();
    d->versionNotes = o.value(QStringLiteral("version_notes")).toString();
    if (o.contains(QStringLiteral("sheet_revision")))
        d->drawing.revisions.insert(localPath, o.value(QStringLiteral("sheet_revision")).toString());
}

// A null QString binds as SQL NULL; the columns hold "" for "none".
QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QString(QLatin1String("")) : s);
}

// Why the journal's lock could not be had: another Hoist holds it, or the lock file cannot be
// written (a full disk, no permission), which is no one's lock.
QString lockProblem(const QLockFile &lock, const QString &path)
{
    if (lock.error() != QLockFile::LockFailedError) {
        const QStorageInfo disk(QFileInfo(path).absolutePath());
        if (disk.isValid() && disk.bytesAvailable() < 4096)
            return QCoreApplication::translate("TransferJournal",
                                               "The transfer journal %1 cannot be locked: the disk is full; "
                                               "free some space there.")
                .arg(QDir::toNativeSeparators(path));
        return QCoreApplication::translate("TransferJournal",
                                           "The transfer journal %1 cannot be locked: its folder cannot be "
                                           "written.")
            .arg(QDir::toNativeSeparators(path));
    }
    qint64 pid = 0;
    QString host, app;
    lock.getLockInfo(&pid, &host, &app);
    return QCoreApplication::translate("TransferJournal",
                                       "The transfer journal %1 is in use by another Hoist (%2, process %3).")
        .arg(path, app)
        .arg(pid);
}

} // namespace

TransferJournal::TransferJournal(std::unique_ptr<Database> db, std::unique_ptr<QLockFile> lock)
    : m_db(std::move(db))
    , m_lock(std::move(lock))
{}

TransferJournal::~TransferJournal()
{
    m_db.reset(); // close before unlocking
}

std::unique_ptr<TransferJournal> TransferJournal::open(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale
    if (!lock->tryLock(0)) {
        if (error)
            *error = lockProblem(*lock, path);
        return nullptr;
    }
    std::unique_ptr<Database> db = Database::open(path, migrations(), error);
    if (!db)
        return nullptr;
    return std::unique_ptr<TransferJournal>(new TransferJournal(std::move(db), std::move(lock)));
}

QString TransferJournal::pathFor(const QString &program, const QString &environmentId)
{
    QString env = environmentId;
    env.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journals/")
           + program + QLatin1Char('-') + env + QStringLiteral(".sqlite");
}

const QList<Database::Migration> &TransferJournal::schema()
{
    return migrations();
}

Database *TransferJournal::database() const
{
    return m_db.get();
}

QString TransferJournal::destinationExtra(const Destination &destination)
{
    return extraToJson(destination);
}

void TransferJournal::readDestinationExtra(const QString &json, Destination *destination)
{
    extraFromJson(json, destination);
}

QString TransferJournal::path() const
{
    return m_db->path();
}

QString TransferJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/journal.sqlite");
}

QString TransferJournal::lastError() const
{
    return m_lastError;
}

void TransferJournal::clearError()
{
    m_lastError.clear();
}

QString TransferJournal::setAsideMessage() const
{
    return m_db->setAsideMessage();
}

bool TransferJournal::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() || failed(q.lastError());
}

bool TransferJournal::failed(const QSqlError &error)
{
    m_lastError = Database::describe(m_db->path(), error);
    qCWarning(lcUpload) << "journal write failed:" << m_lastError;
    return false;
}

bool TransferJournal::commit(bool ok)
{
    QSqlDatabase db = m_db->db();
    if (ok && db.commit())
        return true;
    if (ok)
        failed(db.lastError());
    db.rollback();
    return false;
}

bool TransferJournal::begin()
{
    QSqlDatabase db = m_db->db();
    return db.transaction() || failed(db.lastError());
}

bool TransferJournal::durably(const std::function<bool()> &write)
{
    if (!m_db->setDurable(true))
        return failed(m_db->db().lastError());
    const bool ok = write();
    m_db->setDurable(false);
    return ok;
}

bool TransferJournal::add(const QList<Entry> &entries)
{
    // Durable: a folder may be created for these files next, and their rows are its record.
    return durably([&] {
        bool ok = begin();
        for (const Entry &e : entries)
            ok = ok && insert(e);
        return commit(ok);
    });
}

bool TransferJournal::insert(const Entry &e)
{
    bool ok =
        exec(QStringLiteral(
                 "INSERT OR REPLACE INTO queue (id, local_path, relative_dir, size, modified, company_id, "
                 "project_id, folder_id, folder_path, project_name, policy, state, upload_uuid, "
                 "upload_created_at, stored, target_folder_id, target_name, file_id, error, "
                 "destination_extra, batch_key, batch_token) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {QVariant::fromValue(e.id),
              text(e.item.localPath),
              text(e.item.relativeDir),
              e.item.size,
              iso(e.item.modified),
              e.destination.companyId,
              e.destination.projectId,
              e.destination.folderId,
              text(e.destination.folderPath),
              text(e.destination.projectName),
              conflictPolicyName(e.policy),
              stateName(e.state),
              text(e.uploadUuid),
              iso(e.uploadCreatedAt),
              e.stored ? 1 : 0,
              e.targetFolderId,
              text(e.targetName),
              e.fileId,
              text(e.error),
              extraToJson(e.destination, e.item.localPath),
              text(e.batchKey),
              text(e.batchToken)});
    for (const Segment &s : e.segments)
        ok = ok
             && exec(QStringLiteral("INSERT OR REPLACE INTO segments (job_id, idx, size, sha256, md5, etag) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {QVariant::fromValue(e.id), s.index, s.size, text(s.sha256), text(s.md5), text(s.etag)});
    return ok;
}

bool TransferJournal::setState(quint64 id, TransferState state, const QString &error)
{
    return exec(QStringLiteral("UPDATE queue SET state = ?, error = ? WHERE id = ?"),
                {stateName(state), text(error), QVariant::fromValue(id)});
}

bool TransferJournal::setUpload(quint64 id, const QString &uuid, const QDateTime &createdAt,
                                const QList<Segment> &segments)
{
    bool ok =
        begin()
        && exec(
            QStringLiteral(
                "UPDATE queue SET upload_uuid = ?, upload_created_at = ?, stored = 0, drawing_upload_id = 0 "
                "WHERE id = ?"),
            {text(uuid), iso(createdAt), QVariant::fromValue(id)})
        && exec(QStringLiteral("DELETE FROM segments WHERE job_id = ?"), {QVariant::fromValue(id)});
    for (const Segment &s : segments)
        ok = ok
             && exec(
                 QStringLiteral(
                     "INSERT INTO segments (job_id, idx, size, sha256, md5, etag) VALUES (?, ?, ?, ?, ?, ?)"),
                 {QVariant::fromValue(id), s.index, s.size, text(s.sha256), text(s.md5), text(s.etag)});
    return commit(ok);
}

bool TransferJournal::setStored(quint64 id, bool durable)
{
    auto write = [&] {
        return exec(QStringLiteral("UPDATE queue SET stored = 1 WHERE id = ?"), {QVariant::fromValue(id)});
    };
    // Durable when the association follows without a record of its own (a photo's, a drawing's).
    return durable ? durably(write) : write();
}

bool TransferJournal::setSegmentStored(quint64 id, int index, const QString &etag)
{
    return exec(QStringLiteral("UPDATE segments SET etag = ? WHERE job_id = ? AND idx = ?"),
                {text(etag), QVariant::fromValue(id), index});
}

bool TransferJournal::setTarget(quint64 id, qint64 folderId, const QString &name)
{
    // Durable: the association call follows at once; a power cut must leave the record that it
    // may have happened, so the next run looks before sending it again.
    return durably([&] {
        return exec(QStringLiteral("UPDATE queue SET target_folder_id = ?, target_name = ? WHERE id = ?"),
                    {folderId, text(name), QVariant::fromValue(id)});
    });
}

bool TransferJournal::setAssociated(quint64 id, qint64 fileId)
{
    return exec(QStringLiteral("UPDATE queue SET file_id = ?, state = ? WHERE id = ?"),
                {fileId, stateName(TransferState::Done), QVariant::fromValue(id)});
}

bool TransferJournal::setBatchToken(const QString &batchKey, const QString &token)
{
    return durably([&] {
        return exec(QStringLiteral("UPDATE queue SET batch_token = ? WHERE batch_key = ?"),
                    {text(token), text(batchKey)});
    });
}

bool TransferJournal::setDrawingUpload(const QList<quint64> &ids, qint64 drawingUploadId)
{
    return durably([&] {
        for (quint64 id : ids)
            if (!exec(QStringLiteral("UPDATE queue SET drawing_upload_id = ? WHERE id = ?"),
                      {drawingUploadId, QVariant::fromValue(id)}))
                return false;
        return true;
    });
}

bool TransferJournal::remove(quint64 id)
{
    return exec(QStringLiteral("DELETE FROM queue WHERE id = ?"), {QVariant::fromValue(id)});
}

int TransferJournal::removeWhereFinished(bool finished)
{
    QSqlQuery q(m_db->db());
    q.prepare(finished ? QStringLiteral("DELETE FROM queue WHERE state IN (?, ?, ?)")
                       : QStringLiteral("DELETE FROM queue WHERE state NOT IN (?, ?, ?)"));
    for (TransferState s : {TransferState::Done, TransferState::Skipped, TransferState::Cancelled})
        q.addBindValue(stateName(s));
    if (!q.exec()) {
        failed(q.lastError());
        return 0;
    }
    return q.numRowsAffected();
}

int TransferJournal::removeFinished()
{
    return removeWhereFinished(true);
}

int TransferJournal::discardUnfinished()
{
    return removeWhereFinished(false);
}

QList<TransferJournal::Entry> TransferJournal::select(const QString &where) const
{
    QList<Entry> out;
    QSqlQuery q(m_db->db());
    if (!q.exec(
            QStringLiteral(
                "SELECT id, local_path, relative_dir, size, modified, company_id, project_id, folder_id, "
                "folder_path, project_name, policy, state, upload_uuid, upload_created_at, stored, "
                "target_folder_id, target_name, file_id, error, destination_extra, batch_key, batch_token, "
                "drawing_upload_id FROM queue %1 ORDER BY id")
                .arg(where)))
        return out;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toULongLong();
        e.item.localPath = q.value(1).toString();
        e.item.relativeDir = q.value(2).toString();
        e.item.size = q.value(3).toLongLong();
        e.item.modified = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        e.destination.companyId = q.value(5).toLongLong();
        e.destination.projectId = q.value(6).toLongLong();
        e.destination.folderId = q.value(7).toLongLong();
        e.destination.folderPath = q.value(8).toString();
        e.destination.projectName = q.value(9).toString();
        conflictPolicyFromName(q.value(10).toString(), &e.policy);
        e.state = stateFromName(q.value(11).toString());
        e.uploadUuid = q.value(12).toString();
        e.uploadCreatedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        e.stored = q.value(14).toBool();
        e.targetFolderId = q.value(15).toLongLong();
        e.targetName = q.value(16).toString();
        e.fileId = q.value(17).toLongLong();
        e.error = q.value(18).toString();
        extraFromJson(q.value(19).toString(), &e.destination, e.item.localPath);
        e.batchKey = q.value(20).toString();
        e.batchToken = q.value(21).toString();
        e.drawingUploadId = q.value(22).toLongLong();
        out.append(e);
    }
    QSqlQuery s(m_db->db());
    s.prepare(
        QStringLiteral("SELECT idx, size, sha256, md5, etag FROM segments WHERE job_id = ? ORDER BY idx"));
    for (Entry &e : out) {
        s.addBindValue(QVariant::fromValue(e.id));
        if (!s.exec())
            continue;
        while (s.next())
            e.segments.append({s.value(0).toInt(), s.value(1).toLongLong(), s.value(2).toString(),
                               s.value(3).toString(), s.value(4).toString()});
    }
    return out;
}

QList<TransferJournal::Entry> TransferJournal::entries() const
{
    return select({});
}

QList<TransferJournal::Entry> TransferJournal::unfinished() const
{
    QList<Entry> out = select({});
    out.removeIf([](const Entry &e) { return isFinishedForGood(e.state); });
    return out;
}

quint64 TransferJournal::maxId() const
{
    QSqlQuery q(m_db->db());
    return q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM queue")) && q.next()
               ? q.value(0).toULongLong()
               : 0;
}

} // namespace hoist

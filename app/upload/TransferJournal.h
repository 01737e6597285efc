#pragma once

#include "UploadTypes.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;
class QSqlError;

namespace hoist {

// The queue on disk (SQLite), so a crash, a kill -9 or a reboot costs at most the part in
// flight: what each file is, where it goes, the upload it has (uuid, when it was created, which
// segments are stored with their ETags), whether its bytes reached storage, and what it was
// associated with. Every change is one small transaction; the file uses WAL. The record written
// before a call that creates something (the rows of a drop, the stored bytes, the association's
// target, a drawing batch's token) is synced to disk before the write returns; a write that
// fails returns false and lastError() says why (the caller stops new work: see
// UploadController::journalFailed).
class TransferJournal
{
public:
    struct Segment
    {
        int index = 0;
        qint64 size = 0;
        QString sha256; // hex
        QString md5;    // hex
        QString etag;   // empty until stored
    };

    struct Entry
    {
        quint64 id = 0; // the job id
        UploadItem item;
        Destination destination;
        ConflictPolicy policy = ConflictPolicy::KeepBoth;
        TransferState state = TransferState::Queued;
        QString uploadUuid;
        QDateTime uploadCreatedAt;
        bool stored = false; // uploadUuid's bytes are in storage
        qint64 targetFolderId = 0;
        QString targetName; // the name association was (or is being) asked for
        qint64 fileId = 0;  // set once associated
        QString error;
        QList<Segment> segments;
        // Drawings: the files queued together go to Procore in one drawing_uploads call; they
        // share a key, and the call's Idempotency-Token is kept so a resumed call cannot duplicate.
        QString batchKey;
        QString batchToken;
        qint64 drawingUploadId = 0; // the drawing upload Procore made with this file's upload
    };

    ~TransferJournal();
    // Opens (or creates) the journal and locks it for this process: a second process gets null
    // and *error naming it. A lock left by a killed process is taken over.
    static std::unique_ptr<TransferJournal> open(const QString &path, QString *error = nullptr);
    static QString defaultPath(); // <AppDataLocation>/journal.sqlite
    // One journal per program and environment: <AppDataLocation>/journals/<program>-<environment>.sqlite
    static QString pathFor(const QString &program, const QString &environmentId);
    QString path() const;
    QString setAsideMessage() const;
    // Why the last write failed (a full disk says so, with the file); empty while every write
    // went through. clearError() before trying again.
    QString lastError() const;
    void clearError();
    // The journal file's schema (also the watch tables of app/watch, which share the file) and
    // the open database, for those tables.
    static const QList<Database::Migration> &schema();
    Database *database() const;
    // A destination beyond company, project and folder, as the journal keeps it (JSON, "" for
    // plain Documents), and back.
    static QString destinationExtra(const Destination &destination);
    static void readDestinationExtra(const QString &json, Destination *destination);

    bool add(const QList<Entry> &entries); // one transaction
    bool setState(quint64 id, TransferState state, const QString &error = {});
    // A new upload for the file: forgets any earlier one (and its stored flag and segments).
    bool setUpload(quint64 id, const QString &uuid, const QDateTime &createdAt,
                   const QList<Segment> &segments = {});
    // durable: synced before it returns (the association follows without a record of its own);
    // a Documents file's association target (setTarget, always durable) syncs it anyway.
    bool setStored(quint64 id, bool durable = true);
    bool setSegmentStored(quint64 id, int index, const QString &etag);
    bool setTarget(quint64 id, qint64 folderId, const QString &name);
    bool setAssociated(quint64 id, qint64 fileId);
    bool setBatchToken(const QString &batchKey, const QString &token);
    // Procore took the drawing_uploads call carrying these files (synced before going on).
    bool setDrawingUpload(const QList<quint64> &ids, qint64 drawingUploadId);
    bool remove(quint64 id);
    int removeFinished();    // Done, Skipped and Cancelled rows; returns how many
    int discardUnfinished(); // forgets every row not finished; returns how many

    QList<Entry> entries() const;    // in queue order
    QList<Entry> unfinished() const; // not Done, Skipped or Cancelled
    quint64 maxId() const;

private:
    TransferJournal(std::unique_ptr<Database> db, std::unique_ptr<QLockFile> lock);
    bool exec(const QString &sql, const QVariantList &binds);
    bool failed(const QSqlError &error); // records lastError(); returns false
    bool begin();
    bool commit(bool ok); // commits, or rolls back when !ok or the commit fails
    bool durably(const std::function<bool()> &write);
    bool insert(const Entry &entry);
    int removeWhereFinished(bool finished);
    QList<Entry> select(const QString &where) const;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QLockFile> m_lock;
    QString m_lastError;
};

} // namespace hoist

#pragma once

#include "upload/UploadTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

class QIODevice;

namespace hoist {

class Database;

// One finished, failed, skipped or cancelled file, as the history keeps it.
struct HistoryRecord
{
    qint64 id = 0;
    QDateTime at;
    QString environment; // environment id: "production", "built-in-sandbox", …
    QString localPath;
    QString destination; // "Project name / Folder/Sub/name.pdf"
    qint64 companyId = 0;
    qint64 projectId = 0;
    QString projectName;
    qint64 folderId = 0;
    qint64 fileId = 0; // Procore's id of the associated document, 0 if none
    QString uploadUuid;
    qint64 size = 0;
    QString sha256;  // hex, where computed
    QString outcome; // "done", "failed", "skipped", "cancelled"
    QString reason;  // why it failed or was skipped
    QUrl url;        // the storage (download) address Procore gave, when it gave one
    // Schema 3 (issue 26): where the item was queued to, so that a retry goes there again.
    Destination target;      // valid when hasTarget()
    QString relativeDir;     // the folders below the target that the item recreates
    QString uploadedBy;      // the signed-in user's name (GET /me), for receipts
    QUrl webUrl;             // the page of the document, photo or drawing in Procore's web app
    bool superseded = false; // read only: a later row exists for the same file and destination

    bool hasTarget() const { return target.companyId != 0; }
    // One local file for one destination (the queue's identity), across rows.
    QString itemKey() const;
};

// A CSV field (RFC 4180, quoted, formula starts defused): for the export and the receipt.
QString historyCsvField(const QString &value);

struct HistoryFilter
{
    QString text; // matched against local path and destination
    qint64 projectId = 0;
    QString outcome;
    QDateTime from, to;
    int limit = -1;
    // Only each file's latest row for its destination (a file that failed and later went up is
    // then "done", not "failed").
    bool latestOnly = false;
};

// How much history is kept: rows older than keepDays, and all but the newest keepRows, go
// (0: no limit of that kind). The window's Settings change it; hoist-cli keeps the defaults.
struct HistoryLimits
{
    int keepDays = 180;
    int keepRows = 100000;
};

// The local record of every upload (SQLite, in the app's data folder), for the History view and
// `hoist-cli history`. It survives restarts and upgrades; a damaged file is set aside.
class UploadHistory
{
public:
    ~UploadHistory();
    // Null (with *error) only when no database can be opened at all.
    static std::unique_ptr<UploadHistory> open(const QString &path, QString *error = nullptr);
    static QString defaultPath(); // <AppDataLocation>/history.sqlite

    QString setAsideMessage() const;
    int schemaVersion() const;

    bool record(HistoryRecord &record); // fills record.id; false: lastError() says why and where
    QString lastError() const;
    bool setSha256(qint64 recordId, const QString &hex); // known once the file was read (HistoryRecorder)
    QList<HistoryRecord> find(const HistoryFilter &filter = {}) const; // newest first
    bool exportCsv(const HistoryFilter &filter, QIODevice *out) const;
    QList<QPair<qint64, QString>> projects() const; // (id, name) of every project in the history

    // Keeping it small (issue 27): prune() removes what the limits say goes (rows removed, -1 on
    // failure); clear() removes every row and gives the space back; sizeOnDisk() counts the file
    // and its write-ahead log. Opening reads only the header and schema; integrityProblem() reads
    // every page (PRAGMA quick_check), for when a read failed or a background moment.
    int prune(const HistoryLimits &limits, const QDateTime &now = QDateTime::currentDateTimeUtc());
    bool clear();
    void compact(); // gives back what pruning freed when it is much, and empties the write-ahead log
    qint64 rowCount() const;
    qint64 sizeOnDisk() const;
    QString integrityProblem() const;
    QString path() const;

private:
    explicit UploadHistory(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
    QString m_lastError;
};

} // namespace hoist

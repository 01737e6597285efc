// UploadHistory's upkeep (issue 27): pruning to its limits, clearing, its size and a full check.
#include "HistoryLog.h"
#include "UploadHistory.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace hoist {

int UploadHistory::prune(const HistoryLimits &limits, const QDateTime &now)
{
    QSqlDatabase db = m_db->db();
    int removed = 0;
    QSqlQuery q(db);
    if (limits.keepDays > 0) {
        q.prepare(QStringLiteral("DELETE FROM uploads WHERE at < ?"));
        q.addBindValue(now.addDays(-limits.keepDays).toUTC().toString(Qt::ISODateWithMs));
        if (!q.exec()) {
            qCWarning(lcHistory) << "pruning the history by age failed:" << q.lastError().text();
            return -1;
        }
        removed += q.numRowsAffected();
    }
    if (limits.keepRows > 0) {
        // Ids grow with time: all but the newest keepRows (one index walk, no sort).
        q.prepare(QStringLiteral("DELETE FROM uploads WHERE id <= (SELECT id FROM uploads ORDER BY id DESC "
                                 "LIMIT 1 OFFSET ?)"));
        q.addBindValue(limits.keepRows);
        if (!q.exec()) {
            qCWarning(lcHistory) << "pruning the history by rows failed:" << q.lastError().text();
            return -1;
        }
        removed += q.numRowsAffected();
    }
    if (removed > 0)
        qCInfo(lcHistory) << "history pruned:" << removed << "rows older than" << limits.keepDays
                          << "days or beyond the newest" << limits.keepRows;
    return removed;
}

bool UploadHistory::clear()
{
    QSqlQuery q(m_db->db());
    if (!q.exec(QStringLiteral("DELETE FROM uploads"))) {
        qCWarning(lcHistory) << "clearing the history failed:" << q.lastError().text();
        return false;
    }
    // Give the space back: the file shrinks to its schema.
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.exec(QStringLiteral("VACUUM"));
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    qCInfo(lcHistory) << "history cleared";
    return true;
}

void UploadHistory::compact()
{
    QSqlQuery q(m_db->db());
    // Pages freed by pruning are reused by new rows; when they are over a quarter of the file,
    // give them back. Either way the write-ahead log goes back to nothing.
    if (q.exec(QStringLiteral("PRAGMA freelist_count")) && q.next()) {
        const qint64 freePages = q.value(0).toLongLong();
        if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next()
            && freePages * 4 > q.value(0).toLongLong())
            q.exec(QStringLiteral("VACUUM"));
    }
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

qint64 UploadHistory::rowCount() const
{
    QSqlQuery q(m_db->db());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM uploads")) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 UploadHistory::sizeOnDisk() const
{
    const QString p = m_db->path();
    return QFileInfo(p).size() + QFileInfo(p + QStringLiteral("-wal")).size();
}

QString UploadHistory::integrityProblem() const
{
    return m_db->integrityProblem();
}

QString UploadHistory::path() const
{
    return m_db->path();
}

} // namespace hoist

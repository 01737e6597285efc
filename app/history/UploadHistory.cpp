#include "UploadHistory.h"

#include "HistoryLog.h"
#include "storage/Database.h"
#include "upload/TransferJournal.h"

#include <QFileInfo>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringConverter>
#include <QTextStream>

namespace hoist {

namespace {

// Schema 1 was the first release's; 2 added Procore ids, checksum, environment and link.
const QList<Database::Migration> &migrations()
{
    static const QList<Database::Migration> list = {
        {1,
         {QStringLiteral(
              "CREATE TABLE uploads (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
              "local_path TEXT NOT NULL, destination TEXT NOT NULL, project_id INTEGER, size INTEGER, "
              "outcome TEXT NOT NULL, reason TEXT)"),
          QStringLiteral("CREATE INDEX uploads_at ON uploads(at)")}},
        {2,
         {QStringLiteral("ALTER TABLE uploads ADD COLUMN environment TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE uploads ADD COLUMN company_id INTEGER"),
          QStringLiteral("ALTER TABLE uploads ADD COLUMN project_name TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE uploads ADD COLUMN folder_id INTEGER"),
          QStringLiteral("ALTER TABLE uploads ADD COLUMN file_id INTEGER"),
          QStringLiteral("ALTER TABLE uploads ADD COLUMN upload_uuid TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE uploads ADD COLUMN sha256 TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE uploads ADD COLUMN url TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("CREATE INDEX uploads_project ON uploads(project_id)"),
          QStringLiteral("CREATE INDEX uploads_outcome ON uploads(outcome)")}},
        // 3 (issue 26): the destination the item was queued to, its identity, who uploaded it and
        // its web page. Older rows get a key from what they hold (no destination to retry to).
        {3,
         {QStringLiteral("ALTER TABLE uploads ADD COLUMN target_kind TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE uploads ADD COLUMN target_folder_id INTEGER"),
          QStringLiteral("ALTER TABLE uploads ADD COLUMN target_folder_path TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE uploads ADD COLUMN target_extra TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE uploads ADD COLUMN relative_dir TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE uploads ADD COLUMN uploaded_by TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE uploads ADD COLUMN web_url TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE uploads ADD COLUMN item_key TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("UPDATE uploads SET item_key = environment || '|' || local_path || '|' || "
                         "IFNULL(project_id, 0) || '|' || destination"),
          QStringLiteral("CREATE INDEX uploads_item ON uploads(item_key, id)")}},
    };
    return list;
}

} // namespace

// RFC 4180: quote every field, double the quotes inside. A cell that a spreadsheet would read
// as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe,
// as OWASP's CSV-injection advice says: a file named "=HYPERLINK(…)" stays text.
QString historyCsvField(const QString &value)
{
    QString v = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!v.isEmpty() && formulaStarts.contains(v.front()))
        v.prepend(QLatin1Char('\''));
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

namespace {

// A later row for the same file and destination (ids grow with time).
constexpr const char *kSuperseded =
    "EXISTS (SELECT 1 FROM uploads v WHERE v.item_key = u.item_key AND v.id > u.id)";

// One row of find()'s SELECT.
HistoryRecord readRecord(const QSqlQuery &q)
{
    HistoryRecord r;
    r.id = q.value(0).toLongLong();
    r.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.environment = q.value(2).toString();
    r.localPath = q.value(3).toString();
    r.destination = q.value(4).toString();
    r.companyId = q.value(5).toLongLong();
    r.projectId = q.value(6).toLongLong();
    r.projectName = q.value(7).toString();
    r.folderId = q.value(8).toLongLong();
    r.fileId = q.value(9).toLongLong();
    r.uploadUuid = q.value(10).toString();
    r.size = q.value(11).toLongLong();
    r.sha256 = q.value(12).toString();
    r.outcome = q.value(13).toString();
    r.reason = q.value(14).toString();
    r.url = QUrl(q.value(15).toString());
    if (DestinationKind kind; destinationKindFromName(q.value(16).toString(), &kind)) {
        r.target.companyId = r.companyId;
        r.target.projectId = r.projectId;
        r.target.projectName = r.projectName;
        r.target.folderId = q.value(17).toLongLong();
        r.target.folderPath = q.value(18).toString();
        TransferJournal::readDestinationExtra(q.value(19).toString(), &r.target);
        r.target.kind = kind;
    }
    r.relativeDir = q.value(20).toString();
    r.uploadedBy = q.value(21).toString();
    r.webUrl = QUrl(q.value(22).toString());
    r.superseded = q.value(23).toBool();
    return r;
}

} // namespace

QString HistoryRecord::itemKey() const
{
    if (!hasTarget()) // as schema 3's migration keys older rows
        return QStringList{environment, localPath, QString::number(projectId), destination}.join(
            QLatin1Char('|'));
    return QStringList{environment,
                       localPath,
                       relativeDir,
                       QString::number(target.companyId),
                       QString::number(target.projectId),
                       QString::number(target.folderId),
                       destinationKindName(target.kind),
                       TransferJournal::destinationExtra(target)}
        .join(QLatin1Char('|'));
}

UploadHistory::UploadHistory(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{}

UploadHistory::~UploadHistory() = default;

std::unique_ptr<UploadHistory> UploadHistory::open(const QString &path, QString *error)
{
    std::unique_ptr<Database> db =
        Database::open(path, migrations(), error, Database::Damaged::SetAside, Database::Check::Light);
    if (!db)
        return nullptr;
    return std::unique_ptr<UploadHistory>(new UploadHistory(std::move(db)));
}

QString UploadHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/history.sqlite");
}

QString UploadHistory::setAsideMessage() const
{
    return m_db->setAsideMessage();
}

int UploadHistory::schemaVersion() const
{
    return m_db->schemaVersion();
}

bool UploadHistory::record(HistoryRecord &r)
{
    if (!r.at.isValid())
        r.at = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT INTO uploads (at, environment, local_path, destination, company_id, "
                             "project_id, project_name, "
                             "folder_id, file_id, upload_uuid, size, sha256, outcome, reason, url, "
                             "target_kind, target_folder_id, target_folder_path, target_extra, relative_dir, "
                             "uploaded_by, web_url, item_key) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // A null QString binds as SQL NULL; the text columns hold "" for "none".
    auto text = [](const QString &v) { return QVariant(v.isNull() ? QString(QLatin1String("")) : v); };
    for (const QVariant &v : {text(r.at.toUTC().toString(Qt::ISODateWithMs)),
                              text(r.environment),
                              text(r.localPath),
                              text(r.destination),
                              QVariant(r.companyId),
                              QVariant(r.projectId),
                              text(r.projectName),
                              QVariant(r.folderId),
                              QVariant(r.fileId),
                              text(r.uploadUuid),
                              QVariant(r.size),
                              text(r.sha256),
                              text(r.outcome),
                              text(r.reason),
                              text(r.url.toString()),
                              text(r.hasTarget() ? destinationKindName(r.target.kind) : QString()),
                              QVariant(r.target.folderId),
                              text(r.target.folderPath),
                              text(r.hasTarget() ? TransferJournal::destinationExtra(r.target) : QString()),
                              text(r.relativeDir),
                              text(r.uploadedBy),
                              text(r.webUrl.toString()),
                              text(r.itemKey())})
        q.addBindValue(v);
    if (!q.exec()) {
        // Said once for as long as the same error lasts (each later file tries again).
        const QString error = Database::describe(m_db->path(), q.lastError());
        if (error != m_lastError)
            qCWarning(lcHistory) << "cannot record upload history:" << error;
        m_lastError = error;
        return false;
    }
    m_lastError.clear();
    r.id = q.lastInsertId().toLongLong();
    return true;
}

QString UploadHistory::lastError() const
{
    return m_lastError;
}

bool UploadHistory::setSha256(qint64 recordId, const QString &hex)
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("UPDATE uploads SET sha256 = ? WHERE id = ?"));
    q.addBindValue(hex);
    q.addBindValue(recordId);
    if (!q.exec()) {
        qCWarning(lcHistory) << "cannot record a checksum in the history:" << q.lastError().text();
        return false;
    }
    return true;
}

QList<HistoryRecord> UploadHistory::find(const HistoryFilter &f) const
{
    QStringList where;
    QVariantList binds;
    if (!f.text.isEmpty()) {
        where << QStringLiteral("(local_path LIKE ? ESCAPE '\\' OR destination LIKE ? ESCAPE '\\')");
        QString like = f.text;
        like.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        like = QLatin1Char('%') + like + QLatin1Char('%');
        binds << like << like;
    }
    if (f.projectId) {
        where << QStringLiteral("project_id = ?");
        binds << f.projectId;
    }
    if (!f.outcome.isEmpty()) {
        where << QStringLiteral("outcome = ?");
        binds << f.outcome;
    }
    if (f.from.isValid()) {
        where << QStringLiteral("at >= ?");
        binds << f.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("at < ?");
        binds << f.to.toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.latestOnly)
        where << QStringLiteral("NOT (%1)").arg(QLatin1String(kSuperseded));
    QString sql = QStringLiteral("SELECT id, at, environment, local_path, destination, company_id, "
                                 "project_id, project_name, folder_id, "
                                 "file_id, upload_uuid, size, sha256, outcome, reason, url, target_kind, "
                                 "target_folder_id, target_folder_path, target_extra, relative_dir, "
                                 "uploaded_by, web_url, %1 FROM uploads u")
                      .arg(QLatin1String(kSuperseded));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY at DESC, id DESC");
    if (f.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(f.limit);
    QSqlQuery q(m_db->db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<HistoryRecord> out;
    if (!q.exec()) {
        // A read that fails is when the whole file is checked.
        const QString problem = integrityProblem();
        qCWarning(lcHistory) << "reading the history failed:" << q.lastError().text()
                             << (problem.isEmpty() ? QStringLiteral("(the file checks sound)") : problem);
        return out;
    }
    while (q.next())
        out.append(readRecord(q));
    return out;
}

QList<QPair<qint64, QString>> UploadHistory::projects() const
{
    QList<QPair<qint64, QString>> out;
    QSqlQuery q(m_db->db());
    if (!q.exec(
            QStringLiteral("SELECT project_id, MAX(project_name) FROM uploads WHERE project_id IS NOT NULL "
                           "GROUP BY project_id ORDER BY MAX(project_name)")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

bool UploadHistory::exportCsv(const HistoryFilter &filter, QIODevice *out) const
{
    QTextStream s(out);
    s.setEncoding(QStringConverter::Utf8);
    s << "when,outcome,local_path,destination,project,size,sha256,procore_file_id,upload_uuid,reason,url\r\n";
    for (const HistoryRecord &r : find(filter)) {
        const QStringList fields = {r.at.toUTC().toString(Qt::ISODate),
                                    r.outcome,
                                    r.localPath,
                                    r.destination,
                                    r.projectName,
                                    QString::number(r.size),
                                    r.sha256,
                                    r.fileId ? QString::number(r.fileId) : QString(),
                                    r.uploadUuid,
                                    r.reason,
                                    r.url.toString()};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << historyCsvField(f);
        s << quoted.join(QLatin1Char(',')) << "\r\n";
    }
    s.flush();
    return s.status() == QTextStream::Ok;
}

} // namespace hoist

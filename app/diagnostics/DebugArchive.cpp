#include "DebugArchive.h"

#include "DiagnosticsLog.h"
#include "LogSession.h"
#include "SecretFilter.h"
#include "ZipArchive.h"
#include "history/UploadHistory.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

namespace hoist {

using namespace Qt::StringLiterals;

namespace {

const char kReadme[] =
    "Hoist debug archive\n"
    "\n"
    "versions.txt      Hoist, Qt and the operating system\n"
    "settings.txt      the settings (keys that could hold a secret are left out)\n"
    "logs/             the log files, newest first (hoist.audit lines: every call that creates\n"
    "                  something in Procore, and what each look after a lost answer found)\n"
    "journals.txt      each transfer journal's queue and watched folders, in counts\n"
    "history.csv       the last rows of the upload history\n"
    "\n"
    "No token, password, client secret, signed URL or storage signature is in this archive.\n";

// A read-only connection to a SQLite file, closed and removed when it goes.
class ReadOnly
{
public:
    explicit ReadOnly(const QString &path)
        : m_name(u"hoist-archive-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
        m_open = db.open();
    }
    ~ReadOnly()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QStringList rows(const QString &sql) const
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return {u"  (cannot read: %1)"_s.arg(sql.section(u' ', 0, 3))};
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << q.value(i).toString();
            out << u"  "_s + fields.join(u" | "_s);
        }
        return out;
    }

private:
    QString m_name;
    bool m_open = false;
};

QByteArray readLog(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // Already filtered when written; filtered again in case a file came from an older Hoist.
    return SecretFilter::clean(QString::fromUtf8(f.readAll())).toUtf8();
}

} // namespace

QString DebugArchive::journalSummary(const QString &journalPath)
{
    QString out = u"%1 (%2 bytes)\n"_s.arg(journalPath).arg(QFileInfo(journalPath).size());
    ReadOnly db(journalPath);
    if (!db.isOpen())
        return out + u"  (cannot open)\n"_s;
    out += u" queue by state (state | files | bytes):\n"_s;
    out +=
        db.rows(u"SELECT state, COUNT(*), SUM(size) FROM queue GROUP BY state ORDER BY state"_s).join(u'\n');
    out += u"\n watched folders (id | folder | paused | last upload | last error | files):\n"_s;
    out += db.rows(u"SELECT w.id, w.folder, w.paused, w.last_upload_at, w.last_error, "
                   "(SELECT COUNT(*) FROM watch_files f WHERE f.watch_id = w.id) FROM watches w"_s)
               .join(u'\n');
    out += u"\n watched files by state (state | files):\n"_s;
    out += db.rows(u"SELECT state, COUNT(*) FROM watch_files GROUP BY state"_s).join(u'\n');
    return SecretFilter::clean(out) + u'\n';
}

QString DebugArchive::historyRows(const QString &historyPath, int rows)
{
    if (historyPath.isEmpty() || !QFileInfo::exists(historyPath))
        return u"(no history)\n"_s;
    QString error;
    const auto history = UploadHistory::open(historyPath, &error);
    if (!history)
        return u"(cannot open the history: %1)\n"_s.arg(error);
    HistoryFilter filter;
    filter.limit = rows;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    history->exportCsv(filter, &buffer);
    QString csv = QString::fromUtf8(buffer.data());
    // A link may be a signed download URL: keep scheme, host and path only.
    static const QRegularExpression query(u"(https?://[^\\s\",?]*)\\?[^\\s\",]*"_s);
    csv.replace(query, u"\\1"_s);
    return SecretFilter::clean(csv);
}

QString DebugArchive::settingsText(const QSettings &settings)
{
    static const QRegularExpression secret(u"password|passwd|token|secret|credential|cookie|key$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QString out;
    for (const QString &key : settings.allKeys()) {
        if (secret.match(key).hasMatch()) {
            out += key + u" = (left out)\n"_s;
            continue;
        }
        const QVariant value = settings.value(key);
        const QString text = value.canConvert<QString>()
                                 ? value.toString()
                                 : u"(%1)"_s.arg(QString::fromLatin1(value.typeName()));
        out += key + u" = "_s + SecretFilter::clean(text) + u'\n';
    }
    return out;
}

QStringList DebugArchive::journalsIn(const QString &dataFolder)
{
    QStringList out;
    const QDir dir(dataFolder + u"/journals"_s);
    for (const QFileInfo &f : dir.entryInfoList({u"*.sqlite"_s}, QDir::Files, QDir::Name))
        out << f.absoluteFilePath();
    if (QFileInfo::exists(dataFolder + u"/journal.sqlite"_s))
        out << dataFolder + u"/journal.sqlite"_s;
    return out;
}

QString DebugArchive::suggestedPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return folder + u"/hoist-debug-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)
           + u".zip"_s;
}

bool DebugArchive::write(const QString &zipPath, const Sources &sources, QString *error)
{
    LogSession::flush();
    QDir().mkpath(QFileInfo(zipPath).absolutePath());
    ZipArchive zip(zipPath);
    if (!zip.isOk()) {
        if (error)
            *error = u"cannot write %1"_s.arg(zipPath);
        return false;
    }
    zip.add(u"README.txt"_s, QByteArray(kReadme));
    zip.add(u"versions.txt"_s, (LogSession::versions() + u'\n').toUtf8());
    zip.add(u"settings.txt"_s, sources.settingsText.toUtf8());
    for (const QString &log : sources.logFiles)
        zip.add(u"logs/"_s + QFileInfo(log).fileName(), readLog(log));
    QString journals;
    for (const QString &journal : sources.journals)
        journals += journalSummary(journal) + u'\n';
    zip.add(u"journals.txt"_s, (journals.isEmpty() ? u"(no journal)\n"_s : journals).toUtf8());
    zip.add(u"history.csv"_s, historyRows(sources.historyPath, sources.historyRows).toUtf8());
    if (!zip.close()) {
        if (error)
            *error = u"writing %1 failed"_s.arg(zipPath);
        return false;
    }
    QFile::setPermissions(zipPath, QFile::ReadOwner | QFile::WriteOwner); // for the user to send, no one else
    qCInfo(lcDiagnostics).noquote() << "debug archive written:" << zipPath;
    return true;
}

} // namespace hoist

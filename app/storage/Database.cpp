#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>

#include <algorithm>

namespace hoist {

namespace {

// SQLite's primary result codes (sqlite3.h), as QSQLITE reports them in nativeErrorCode().
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0; // an extended code carries the primary one in its low byte
}

// Why a file cannot be used as it is: nothing (fine), damage (set it aside) or anything else
// (a full disk, a permission: leave the file alone and say why).
struct Problem
{
    QString text;
    bool damage = false;
    bool isEmpty() const { return text.isEmpty(); }
};

Problem failed(const QString &path, const QSqlError &error)
{
    return {Database::describe(path, error), Database::isDamage(error)};
}

// PRAGMA quick_check: nothing when fine, otherwise why the file must be set aside (damage).
Problem quickCheck(QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return failed(path, q.lastError());
    if (q.value(0).toString() != QLatin1String("ok"))
        return {QCoreApplication::translate("Database", "the database is damaged (%1)")
                    .arg(q.value(0).toString()),
                true};
    return {};
}

// Opens a connection and checks the file is a healthy SQLite database we understand.
Problem check(QSqlDatabase &db, const QString &path, int newestKnown, Database::Check depth)
{
    if (!db.open())
        return failed(path, db.lastError());
    QSqlQuery q(db);
    if (depth == Database::Check::Full) {
        if (Problem problem = quickCheck(db, path); !problem.isEmpty())
            return problem;
    } else if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !q.next()) {
        // The header and the schema pages: a file that is not a database fails here.
        return failed(path, q.lastError());
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failed(path, q.lastError());
    const int version = q.value(0).toInt();
    if (version > newestKnown)
        return {
            QCoreApplication::translate(
                "Database", "it was written by a newer version of Hoist (schema %1, this version knows %2)")
                .arg(version)
                .arg(newestKnown),
            true};
    return {};
}

constexpr QFile::Permissions kOwnerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

// The database's folder and its file for this user only (local paths, project ids and storage
// addresses are nobody else's business on a shared PC): the folders Hoist makes, the folder of the
// file and Hoist's data folder above it 0700; the file 0600, made so before SQLite opens it (its
// -wal and -shm files take the file's mode). False when the folder cannot be made.
bool preparePrivate(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    QStringList closeUp{folder};
    for (QString f = folder; !QFileInfo::exists(f); f = QFileInfo(f).absolutePath())
        closeUp.append(f); // about to be made by mkpath
    if (!QDir().mkpath(folder))
        return false;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    for (QString f = folder; !data.isEmpty() && f.startsWith(data + QLatin1Char('/'));) {
        f = QFileInfo(f).absolutePath();
        closeUp.append(f);
    }
    for (const QString &f : std::as_const(closeUp))
        QFile::setPermissions(f, kOwnerOnlyFolder);
    if (!QFileInfo::exists(path))
        if (QFile empty(path); empty.open(QIODevice::WriteOnly)) // SQLite takes it as a new database
            empty.close();
    QFile::setPermissions(path, kOwnerOnlyFile);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            QFile::setPermissions(path + QLatin1String(suffix), kOwnerOnlyFile);
    return true;
}

// WAL, synced at checkpoints (and at each commit made durable, see setDurable); foreign keys on.
// A file that cannot take WAL (e.g. a full disk cannot grow it) is not used.
Problem configure(QSqlDatabase &db, const QString &path)
{
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !pragma.next())
        return failed(path, pragma.lastError());
    if (pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return {QCoreApplication::translate("Database", "%1 cannot be written (journal mode %2)")
                    .arg(path, pragma.value(0).toString())};
    if (!pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return failed(path, pragma.lastError());
    return {};
}

// SQLite says SQLITE_FULL when the database or its WAL cannot grow, but a disk I/O error
// (SQLITE_IOERR) or "cannot open" when the WAL's shared memory or a new file finds no space.
bool diskFull(const QString &path, int code)
{
    if (code == kSqliteFull)
        return true;
    if (code != kSqliteIoErr && code != kSqliteCantOpen)
        return false;
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    return disk.isValid() && disk.bytesAvailable() < 64 * 1024;
}

} // namespace

bool Database::isDamage(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == kSqliteCorrupt || code == kSqliteNotADb;
}

QString Database::describe(const QString &path, const QSqlError &error)
{
    if (diskFull(path, sqliteCode(error)))
        return QCoreApplication::translate("Database",
                                           "the disk is full (%1 cannot grow); free some space there")
            .arg(QDir::toNativeSeparators(path));
    const QString text = error.text().trimmed();
    return text.isEmpty() ? QCoreApplication::translate("Database", "%1 cannot be read or written")
                                .arg(QDir::toNativeSeparators(path))
                          : QStringLiteral("%1 (%2)").arg(text, QDir::toNativeSeparators(path));
}

bool Database::setDurable(bool durable)
{
    QSqlQuery q(db());
    return q.exec(durable ? QStringLiteral("PRAGMA synchronous=FULL")
                          : QStringLiteral("PRAGMA synchronous=NORMAL"));
}

Database::Database(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Database::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

QString Database::integrityProblem() const
{
    QSqlDatabase d = db();
    return quickCheck(d, m_path).text;
}

std::unique_ptr<Database> Database::open(const QString &path, const QList<Migration> &migrations,
                                         QString *error, Damaged damaged, Check depth)
{
    const int newest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (!preparePrivate(path)) {
        if (error)
            *error = QCoreApplication::translate("Database", "Cannot create the folder for %1.").arg(path);
        return nullptr;
    }
    const QString connection = QStringLiteral("hoist-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(path, connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        Problem problem = check(db, path, newest, depth);
        if (problem.damage && damaged == Damaged::SetAside) {
            db.close();
            if (!database->setAside(problem.text, error))
                return nullptr;
            problem = db.open() ? Problem{} : failed(path, db.lastError());
        }
        if (problem.isEmpty())
            problem = configure(db, path);
        if (!problem.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Database", "%1 cannot be used: %2.")
                             .arg(QFileInfo(path).fileName(), problem.text);
            return nullptr;
        }
    }
    if (!database->migrate(migrations, error))
        return nullptr;
    return database;
}

bool Database::setAside(const QString &problem, QString *error)
{
    const QString aside = m_path + QStringLiteral(".set-aside-")
                          + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(m_path, aside)) {
        if (error)
            *error =
                QCoreApplication::translate("Database", "%1 cannot be used (%2) and cannot be moved aside.")
                    .arg(m_path, problem);
        return false;
    }
    QFile::remove(m_path + QStringLiteral("-journal"));
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    preparePrivate(m_path);
    m_setAside =
        QCoreApplication::translate(
            "Database", "%1 could not be used because %2. It was kept as %3 and a new one was started.")
            .arg(QFileInfo(m_path).fileName(), problem, aside);
    return true;
}

bool Database::migrate(const QList<Migration> &migrations, QString *error)
{
    QSqlDatabase d = db();
    const int current = schemaVersion();
    if (current < 0) {
        if (error)
            *error = describe(m_path, d.lastError());
        return false;
    }
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        QSqlQuery q(d);
        bool ok = d.transaction();
        QSqlError why = d.lastError();
        for (const QString &statement : m.statements) {
            if (ok && !q.exec(statement)) {
                ok = false;
                why = q.lastError();
            }
        }
        if (ok && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version))) {
            ok = false;
            why = q.lastError();
        }
        if (ok && !d.commit()) {
            ok = false;
            why = d.lastError();
        }
        if (!ok) {
            d.rollback(); // nothing of this step is kept; the file stays at the schema it had
            if (error)
                *error = QCoreApplication::translate("Database", "Upgrading %1 to schema %2 failed: %3")
                             .arg(m_path)
                             .arg(m.version)
                             .arg(describe(m_path, why));
            return false;
        }
    }
    return true;
}

} // namespace hoist

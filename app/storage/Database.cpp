#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace hoist {

namespace {

// Opens a connection and checks the file is a healthy SQLite database we understand.
// Returns an empty string when fine, otherwise the reason the file must be set aside.
QString quickCheck(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return q.lastError().text().isEmpty()
                   ? QCoreApplication::translate("Database", "the file is not a database")
                   : q.lastError().text();
    if (q.value(0).toString() != QLatin1String("ok"))
        return QCoreApplication::translate("Database", "the database is damaged (%1)")
            .arg(q.value(0).toString());
    return {};
}

QString check(QSqlDatabase &db, int newestKnown, Database::Check depth)
{
    if (!db.open())
        return db.lastError().text();
    QSqlQuery q(db);
    if (depth == Database::Check::Full) {
        if (QString problem = quickCheck(db); !problem.isEmpty())
            return problem;
    } else if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !q.next()) {
        // The header and the schema pages: a file that is not a database fails here.
        return QCoreApplication::translate("Database", "the file is not a database");
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return q.lastError().text();
    const int version = q.value(0).toInt();
    if (version > newestKnown)
        return QCoreApplication::translate(
                   "Database",
                   "it was written by a newer version of Hoist (schema %1, this version knows %2)")
            .arg(version)
            .arg(newestKnown);
    return {};
}

} // namespace

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
    return quickCheck(d);
}

std::unique_ptr<Database> Database::open(const QString &path, const QList<Migration> &migrations,
                                         QString *error, Check depth)
{
    const int newest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Database", "Cannot create the folder for %1.").arg(path);
        return nullptr;
    }
    const QString connection = QStringLiteral("hoist-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(path, connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        const QString problem = check(db, newest, depth);
        if (!problem.isEmpty()) {
            db.close();
            const QString aside =
                path + QStringLiteral(".set-aside-")
                + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            if (!QFile::rename(path, aside)) {
                if (error)
                    *error = QCoreApplication::translate("Database",
                                                         "%1 cannot be used (%2) and cannot be moved aside.")
                                 .arg(path, problem);
                return nullptr;
            }
            QFile::remove(path + QStringLiteral("-journal"));
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
            database->m_setAside =
                QCoreApplication::translate(
                    "Database",
                    "%1 could not be used because %2. It was kept as %3 and a new one was started.")
                    .arg(QFileInfo(path).fileName(), problem, aside);
            if (!db.open()) {
                if (error)
                    *error = db.lastError().text();
                return nullptr;
            }
        }
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    if (!database->migrate(migrations, error))
        return nullptr;
    return database;
}

bool Database::migrate(const QList<Migration> &migrations, QString *error)
{
    QSqlDatabase d = db();
    const int current = schemaVersion();
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        d.transaction();
        QSqlQuery q(d);
        for (const QString &statement : m.statements) {
            if (!q.exec(statement)) {
                d.rollback();
                if (error)
                    *error = QCoreApplication::translate("Database", "Upgrading %1 to schema %2 failed: %3")
                                 .arg(m_path)
                                 .arg(m.version)
                                 .arg(q.lastError().text());
                return false;
            }
        }
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        d.commit();
    }
    return true;
}

} // namespace hoist

#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>

namespace hoist {

// A local SQLite file with a versioned schema (PRAGMA user_version), for the upload history and
// the transfer journal. Opening applies the migrations the file has not seen yet, in one
// transaction each. A file that SQLite says is damaged (SQLITE_CORRUPT, SQLITE_NOTADB, or a
// failed quick_check) or that a newer Hoist wrote is set aside (renamed beside itself) and a
// fresh one is created; setAsideMessage() says so in words a person can act on. Any other
// failure (a full disk, no permission, an I/O error) sets nothing aside: open() returns null and
// says why, and the file stays as it was for when the cause is gone. Nothing here crashes on a
// bad file.
class Database
{
public:
    struct Migration
    {
        int version; // the schema version after these statements
        QStringList statements;
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Damaged {
        SetAside, // a damaged file is renamed beside itself and a fresh one started
        Refuse,   // open() fails instead: the caller does not own the file (another process may)
    };
    // How much opening checks: Full reads every page (PRAGMA quick_check: a small file like the
    // journal); Light reads the header and the schema only, so opening stays cheap at any size,
    // and integrityProblem() is for when a read fails or for a background moment.
    enum class Check { Full, Light };

    // Returns null when no usable database can be had (a full disk, a folder that is not
    // writable, a damaged file under Damaged::Refuse); then *error says why.
    static std::unique_ptr<Database> open(const QString &path, const QList<Migration> &migrations,
                                          QString *error = nullptr, Damaged damaged = Damaged::SetAside,
                                          Check check = Check::Full);

    // PRAGMA quick_check: empty when the file is sound, else what is wrong (it reads every page).
    QString integrityProblem() const;
    // SQLite says the file itself is damaged or not a database (SQLITE_CORRUPT, SQLITE_NOTADB).
    static bool isDamage(const QSqlError &error);
    // A failed statement in words a person can act on: a full disk says so, with the file.
    static QString describe(const QString &path, const QSqlError &error);
    // The next commits are synced to disk before they return (synchronous=FULL) while durable is
    // true, instead of at the next checkpoint (NORMAL). For the record written before a call
    // that creates something: a power cut must not lose it.
    bool setDurable(bool durable);

    QSqlDatabase db() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // Empty, or what happened to a damaged or newer file and where it now is.
    QString setAsideMessage() const { return m_setAside; }

private:
    Database(QString path, QString connection);
    bool migrate(const QList<Migration> &migrations, QString *error);
    bool setAside(const QString &problem, QString *error);

    QString m_path;
    QString m_connection;
    QString m_setAside;
};

} // namespace hoist

#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace hoist {

// A local SQLite file with a versioned schema (PRAGMA user_version), for the upload history and
// the transfer journal. Opening applies the migrations the file has not seen yet, in one
// transaction each. A file that is damaged, not a database, or written by a newer Hoist is set
// aside (renamed beside itself) and a fresh one is created; setAsideMessage() says so in words
// a person can act on. Nothing here crashes on a bad file.
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

    // How much opening checks: Full reads every page (PRAGMA quick_check: a small file like the
    // journal); Light reads the header and the schema only, so opening stays cheap at any size,
    // and integrityProblem() is for when a read fails or for a background moment.
    enum class Check { Full, Light };

    // Returns null only when no database can be had at all (e.g. the folder is not writable);
    // then *error says why.
    static std::unique_ptr<Database> open(const QString &path, const QList<Migration> &migrations,
                                          QString *error = nullptr, Check check = Check::Full);

    // PRAGMA quick_check: empty when the file is sound, else what is wrong (it reads every page).
    QString integrityProblem() const;

    QSqlDatabase db() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // Empty, or what happened to a damaged or newer file and where it now is.
    QString setAsideMessage() const { return m_setAside; }

private:
    Database(QString path, QString connection);
    bool migrate(const QList<Migration> &migrations, QString *error);

    QString m_path;
    QString m_connection;
    QString m_setAside;
};

} // namespace hoist

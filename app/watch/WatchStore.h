#pragma once

#include "upload/UploadTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace hoist {

class Database;
class TransferJournal;

// A local folder bound to a destination: new and changed files below it go there.
struct Watch
{
    qint64 id = 0;
    QString folder; // absolute local path
    Destination destination;
    bool paused = false;
    QDateTime lastUploadAt;
    QString lastError;
};

// What a watch sent from one of its files: the file as it was (size, mtime, sha256) and where it
// stands (queued as a job of the journal, uploaded as Procore's file id, or failed).
struct WatchedFile
{
    enum class State { Queued, Uploaded, Failed };
    QString relPath; // "/"-separated, below the watch's folder
    qint64 size = 0;
    QDateTime modified;
    QString sha256; // hex
    State state = State::Queued;
    quint64 jobId = 0; // the journal's id while queued
    qint64 fileId = 0; // Procore's id once uploaded (0 for photos and drawings)
    QString error;
};

// The watches and their files, in the transfer journal's SQLite file (schema 3, see
// TransferJournal::schema()): one file per program and environment holds the queue and the
// watches that feed it, so a restart knows which queued job a watched file is.
class WatchStore
{
public:
    // Over an open journal (not owned; must outlive the store).
    explicit WatchStore(TransferJournal *journal);
    // Opens the journal file itself without taking the journal's lock (`hoist-cli watch add`,
    // `list` and `remove` next to a running `watch run`; SQLite serialises the writes). A
    // damaged file is refused (null, *error says why), never set aside: the lock's owner may use it.
    static std::unique_ptr<WatchStore> open(const QString &journalPath, QString *error = nullptr);
    ~WatchStore();
    WatchStore(const WatchStore &) = delete;
    WatchStore &operator=(const WatchStore &) = delete;

    TransferJournal *journal() const { return m_journal; }

    qint64 addWatch(const QString &folder, const Destination &destination); // 0 on failure
    bool removeWatch(qint64 id); // and its files' records (nothing is removed in Procore)
    QList<Watch> watches() const;
    std::optional<Watch> watch(qint64 id) const;
    bool setPaused(qint64 id, bool paused);
    bool setLastUpload(qint64 id, const QDateTime &at);
    bool setLastError(qint64 id, const QString &error);

    QHash<QString, WatchedFile> files(qint64 watchId) const; // by relPath
    bool putFile(qint64 watchId, const WatchedFile &file);
    QString lastError() const { return m_lastError; } // SQLite's words for the last write that failed

private:
    WatchStore(TransferJournal *journal, std::unique_ptr<Database> own);
    QSqlDatabase db() const;
    bool exec(const QString &sql, const QVariantList &binds);

    TransferJournal *m_journal = nullptr;
    std::unique_ptr<Database> m_own;
    QString m_lastError;
};

QString watchedFileStateName(WatchedFile::State state); // "queued", "uploaded", "failed"

} // namespace hoist

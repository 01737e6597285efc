#pragma once

#include "UploadHistory.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace hoist {

class ProcoreClient;
class UploadController;

// Writes every file that reaches an end (done, failed, skipped, cancelled) into the history,
// for the window and hoist-cli alike: where it was queued to (for a retry), the web page of what
// it made in Procore, who uploaded it (GET /me) and, for a file that went up, its sha256, read on
// a worker thread while its bytes go up (so the row has it when the file is done, and hoist-cli
// need not wait for it at the end; issue 28.4) and, where the file was not read so, afterwards. A row that
// cannot be written (a full disk) stops new work as a journal write does (UploadController::halt), is kept,
// and is written with the next one or when the queue goes on again.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    HistoryRecorder(UploadController *controller, UploadHistory *history, QString environmentId,
                    QObject *parent = nullptr);
    ~HistoryRecorder() override;

    // Asks the client's GET /me who uploads (the name goes into each row recorded after).
    void askWhoUploads(ProcoreClient *client);
    void setUploader(const QString &name) { m_uploader = name; }
    QString uploader() const { return m_uploader; }
    int hashesPending() const { return m_hashing; }

Q_SIGNALS:
    // The sha256 of a recorded file was added to its row.
    void hashed(qint64 recordId);

private:
    void onStateChanged(quint64 jobId, int state);
    void writePending();
    void hashLater(qint64 recordId, const QString &path, qint64 size, const QDateTime &modified);
    void hashWhileSending(quint64 jobId, const QString &path);
    void onSentHash(quint64 jobId, const std::shared_ptr<std::atomic_bool> &run, qint64 size,
                    const QDateTime &modified, const QString &hex);
    void useSentHash(quint64 jobId, qint64 recordId, qint64 size, const QDateTime &modified,
                     const QString &path);

    UploadController *m_controller;
    UploadHistory *m_history;
    QString m_environment;
    struct Pending
    {
        HistoryRecord record;
        bool hash = false; // a file that went up: its sha256 is read once the row is written
        qint64 size = 0;
        QDateTime modified;
        quint64 jobId = 0;
    };
    // A sha256 read while the file's bytes go up, kept for its row if the file is done as read.
    struct SentHash
    {
        std::shared_ptr<std::atomic_bool> running; // false: stop reading (or the read is over)
        bool finished = false;
        qint64 size = -1; // the file as it was read
        QDateTime modified;
        QString hex;          // empty: the file changed while it was read
        qint64 recordId = 0;  // > 0: the row waiting for it
        qint64 sentSize = -1; // what that row's upload sent
        QDateTime sentModified;
        QString path;
    };
    QHash<quint64, SentHash> m_sentHashes; // by job id
    QList<Pending> m_pending;              // rows not written yet, oldest first
    QString m_uploader;
    int m_hashing = 0;
};

} // namespace hoist

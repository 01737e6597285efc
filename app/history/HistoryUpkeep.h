#pragma once

#include "UploadHistory.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace hoist {

// Keeps the history small without holding up the window: prunes it to its limits and checks the
// whole file (PRAGMA quick_check) on a connection and a thread of their own, then says how big it
// is. done() comes in the owner's thread; the destructor waits for a run under way.
class HistoryUpkeep : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        int removed = 0;  // rows pruned (-1: pruning failed)
        qint64 rows = 0;  // left
        qint64 bytes = 0; // file and write-ahead log
        QString problem;  // what the full check found; empty when sound
    };

    explicit HistoryUpkeep(QString path, QObject *parent = nullptr);
    ~HistoryUpkeep() override;

    bool isRunning() const;
    // Starts a run (false when one is under way).
    bool start(const HistoryLimits &limits);
    // The same, in the calling thread (the bench, hoist-cli).
    static Result run(const QString &path, const HistoryLimits &limits);

Q_SIGNALS:
    void done(const hoist::HistoryUpkeep::Result &result);

private:
    QString m_path;
    QPointer<QThread> m_thread;
};

} // namespace hoist

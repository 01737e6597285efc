#pragma once

#include <QString>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace hoist {

// A log file that looks after itself: lines are queued by whoever logs (the event loop never
// waits for the disk) and written by one thread of its own to <folder>/<base>.log; when that file
// would pass maxBytes it becomes <base>.1.log (the older ones shifting to .2, .3 …) and at most
// `keep` files are kept. A full queue (the disk is stuck) drops lines and says how many.
class LogFile
{
public:
    struct Limits
    {
        qint64 maxBytes = 4 * 1024 * 1024;
        int keep = 4; // files, the current one included
        int maxQueuedLines = 20000;
    };

    LogFile(QString folder, QString baseName, Limits limits);
    LogFile(QString folder, QString baseName);
    ~LogFile(); // writes what is queued, then ends the thread

    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    void append(const QString &line); // thread-safe; never blocks on the disk
    void flush();                     // waits until every line appended so far is on disk

    QString path() const; // the current file
    QStringList files();  // every kept file, the current one first
    QString folder() const { return m_folder; }

private:
    void run();
    void writeLines(const QStringList &lines);
    void write(const QByteArray &bytes);
    void rotate();

    const QString m_folder;
    const QString m_base;
    const Limits m_limits;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_drained;
    std::deque<QString> m_queue;
    quint64 m_appended = 0;
    quint64 m_written = 0;
    quint64 m_dropped = 0;
    bool m_stop = false;
    qint64 m_size = 0; // the writer thread's: bytes in the current file
    std::thread m_thread;
};

} // namespace hoist

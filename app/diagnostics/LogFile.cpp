#include "LogFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hoist {

LogFile::LogFile(QString folder, QString baseName)
    : LogFile(std::move(folder), std::move(baseName), Limits{})
{}

LogFile::LogFile(QString folder, QString baseName, Limits limits)
    : m_folder(std::move(folder))
    , m_base(std::move(baseName))
    , m_limits(limits)
{
    QDir().mkpath(m_folder);
    // The log is the user's only (paths, file names): the folder 0700, each file 0600.
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_size = QFileInfo(path()).size();
    m_thread = std::thread([this] { run(); });
}

LogFile::~LogFile()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

QString LogFile::path() const
{
    return m_folder + QLatin1Char('/') + m_base + QStringLiteral(".log");
}

QStringList LogFile::files()
{
    flush(); // what was appended so far is in the files before they are listed
    QStringList out;
    for (int i = 0; i < m_limits.keep; ++i) {
        const QString p = i == 0 ? path() : QStringLiteral("%1/%2.%3.log").arg(m_folder, m_base).arg(i);
        if (QFileInfo::exists(p))
            out << p;
    }
    return out;
}

void LogFile::append(const QString &line)
{
    {
        std::lock_guard lock(m_mutex);
        if (int(m_queue.size()) >= m_limits.maxQueuedLines) {
            ++m_dropped;
            ++m_appended;
            ++m_written; // counted as handled, so flush() does not wait for it
            return;
        }
        m_queue.push_back(line);
        ++m_appended;
    }
    m_wake.notify_one();
}

void LogFile::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_appended;
    m_drained.wait(lock, [&] { return m_written >= target || m_stop; });
}

void LogFile::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty() && m_stop)
            break;
        std::deque<QString> batch;
        batch.swap(m_queue);
        const quint64 dropped = std::exchange(m_dropped, 0);
        lock.unlock();
        QStringList lines;
        if (dropped)
            lines << QStringLiteral("(log: %1 lines dropped: the disk did not keep up)").arg(dropped);
        for (QString &line : batch)
            lines << std::move(line);
        writeLines(lines);
        lock.lock();
        m_written += batch.size();
        m_drained.notify_all();
    }
    m_drained.notify_all();
}

void LogFile::writeLines(const QStringList &lines)
{
    // In chunks that each fit the current file: a file never grows past maxBytes (unless one line
    // alone is longer).
    QByteArray chunk;
    for (const QString &line : lines) {
        const QByteArray bytes = line.toUtf8() + '\n';
        if (m_size + chunk.size() + bytes.size() > m_limits.maxBytes && m_size + chunk.size() > 0) {
            write(chunk);
            chunk.clear();
            rotate();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        write(chunk);
}

void LogFile::write(const QByteArray &bytes)
{
    QFile file(path());
    const bool fresh = !file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return; // nowhere to write: the lines still went to stderr where they go there
    if (fresh)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(bytes);
    m_size = file.size();
}

void LogFile::rotate()
{
    auto numbered = [this](int i) { return QStringLiteral("%1/%2.%3.log").arg(m_folder, m_base).arg(i); };
    QFile::remove(numbered(m_limits.keep - 1));
    for (int i = m_limits.keep - 2; i >= 1; --i)
        QFile::rename(numbered(i), numbered(i + 1));
    if (m_limits.keep > 1)
        QFile::rename(path(), numbered(1));
    else
        QFile::remove(path());
    m_size = 0;
}

} // namespace hoist

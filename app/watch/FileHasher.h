#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace hoist {

// SHA-256 of whole files on its own worker threads (two at most, so a flood of new files does
// not take every core); the answer comes back on the owner's thread. The destructor stops the
// reads under way and waits for them.
class FileHasher : public QObject
{
    Q_OBJECT

public:
    explicit FileHasher(QObject *parent = nullptr);
    ~FileHasher() override;

    // `key` comes back with the answer.
    void hash(const QString &key, const QString &path);
    int pending() const { return m_pending; }

Q_SIGNALS:
    // sha256 is lower-case hex; empty with `error` set when the file could not be read.
    void hashed(const QString &key, const QString &sha256, const QString &error);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    int m_pending = 0;
};

} // namespace hoist

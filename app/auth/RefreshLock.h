#pragma once

#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <functional>

namespace hoist {

// One refresh at a time across processes (the window and hoist-cli share one single-use refresh
// token in the keychain): a lock file beside the keychain entry, in Hoist's data folder. acquire()
// waits without blocking the event loop; a lock whose process is gone is taken over; after
// maxWaitMs (a process that hangs with it) the caller goes on without it and says so in the log.
class RefreshLock : public QObject
{
    Q_OBJECT

public:
    RefreshLock(const QString &path, QObject *parent = nullptr);
    ~RefreshLock() override;

    // <GenericDataLocation>/Hoist/locks/<keychain service>-<environment id>.refresh.lock
    static QString pathFor(const QString &service, const QString &environmentId);

    void setMaxWait(int ms) { m_maxWaitMs = ms; }
    // Runs `then` once the lock is held (at once when it is free). A second acquire() before the
    // first ran replaces it.
    void acquire(std::function<void()> then);
    void release(); // when held; also drops a pending acquire()
    bool isHeld() const { return m_held; }

private:
    void tryNow();

    QLockFile m_lock;
    QTimer m_retry;
    QElapsedTimer m_waiting;
    std::function<void()> m_then;
    int m_maxWaitMs = 60000;
    bool m_held = false;
};

} // namespace hoist

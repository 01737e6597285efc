#include "RefreshLock.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace hoist {

RefreshLock::RefreshLock(const QString &path, QObject *parent)
    : QObject(parent)
    , m_lock(path)
{
    m_lock.setStaleLockTime(0); // only a lock whose process is gone is stale
    m_retry.setInterval(50);
    connect(&m_retry, &QTimer::timeout, this, &RefreshLock::tryNow);
}

RefreshLock::~RefreshLock()
{
    release();
}

QString RefreshLock::pathFor(const QString &service, const QString &environmentId)
{
    QString name = service + QLatin1Char('-') + environmentId;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/Hoist/locks/") + name + QStringLiteral(".refresh.lock");
}

void RefreshLock::acquire(std::function<void()> then)
{
    m_then = std::move(then);
    m_waiting.start();
    tryNow();
}

void RefreshLock::tryNow()
{
    if (!m_then) {
        m_retry.stop();
        return;
    }
    if (!m_held) {
        QDir().mkpath(QFileInfo(m_lock.fileName()).absolutePath());
        m_held = m_lock.tryLock(0);
    }
    if (!m_held && m_lock.error() == QLockFile::LockFailedError && m_waiting.elapsed() < m_maxWaitMs) {
        if (!m_retry.isActive())
            m_retry.start();
        return; // another Hoist is refreshing: its answer will be in the keychain
    }
    if (!m_held)
        qWarning("hoist: refreshing the sign-in without the lock %s (%s)", qPrintable(m_lock.fileName()),
                 m_lock.error() == QLockFile::LockFailedError ? "still held" : "cannot be written");
    m_retry.stop();
    const std::function<void()> then = std::exchange(m_then, {});
    then();
}

void RefreshLock::release()
{
    m_then = {};
    m_retry.stop();
    if (m_held) {
        m_lock.unlock();
        m_held = false;
    }
}

} // namespace hoist

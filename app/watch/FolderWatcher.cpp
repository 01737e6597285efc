#include "FolderWatcher.h"
#include "watch/platform/OpenForWriting.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace hoist {

namespace {

FolderWatcher::Stamp stampOf(const QFileInfo &info)
{
    return {info.size(), info.lastModified().toMSecsSinceEpoch()};
}

} // namespace

FolderWatcher::FolderWatcher(const QString &root, const Options &options, QObject *parent)
    : QObject(parent)
    , m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath()))
    , m_options(options)
    , m_fsw(new QFileSystemWatcher(this))
{
    m_poll.setInterval(m_options.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &FolderWatcher::checkSettling);
    m_rescan.setInterval(m_options.rescanMs);
    connect(&m_rescan, &QTimer::timeout, this, &FolderWatcher::rescan);
    // Several events for one folder (a copy of many files) make one look at it.
    m_dirDebounce.setSingleShot(true);
    m_dirDebounce.setInterval(50);
    connect(m_fsw, &QFileSystemWatcher::directoryChanged, this, [this](const QString &dir) {
        m_changedDirs.insert(dir);
        m_dirDebounce.start();
    });
    connect(&m_dirDebounce, &QTimer::timeout, this, [this] {
        const QSet<QString> dirs = std::exchange(m_changedDirs, {});
        for (const QString &dir : dirs) {
            if (!QFileInfo(dir).isDir()) {
                rescan(); // a watched folder went away: the rescan forgets its files
                return;
            }
            scanDir(dir, false);
        }
    });
    m_clock.start();
}

FolderWatcher::~FolderWatcher() = default;

void FolderWatcher::preload(const QHash<QString, Stamp> &handled)
{
    for (auto it = handled.cbegin(); it != handled.cend(); ++it)
        m_seen.insert(it.key(), Seen{it.value(), 0, true, false});
}

void FolderWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    rescan();
    m_rescan.start();
}

void FolderWatcher::stop()
{
    m_running = false;
    m_rescan.stop();
    m_poll.stop();
    m_dirDebounce.stop();
    if (!m_fsw->directories().isEmpty())
        m_fsw->removePaths(m_fsw->directories());
    m_knownDirs.clear();
}

int FolderWatcher::watchedDirCount() const
{
    return int(m_fsw->directories().size());
}

void FolderWatcher::recheck(const QString &relPath)
{
    auto it = m_seen.find(relPath);
    if (it == m_seen.end() || !m_running)
        return;
    it->handled = false;
    it->told = false;
    it->changedAt = m_clock.elapsed() - m_options.stableMs; // settled unless it changes now
    m_settling.insert(relPath);
    if (!m_poll.isActive())
        m_poll.start();
}

bool FolderWatcher::isIgnoredName(const QString &name)
{
    static const QStringList temporary{QStringLiteral(".part"),       QStringLiteral(".partial"),
                                       QStringLiteral(".crdownload"), QStringLiteral(".tmp"),
                                       QStringLiteral(".swp"),        QStringLiteral(".download")};
    if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1String("~$"))
        || name.endsWith(QLatin1Char('~')))
        return true;
    for (const QString &suffix : temporary)
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    return false;
}

bool FolderWatcher::isOpenForWriting(const QString &path)
{
    return platform::isOpenForWriting(path); // platform/OpenForWriting_<system>.cpp
}

QString FolderWatcher::relOf(const QString &absPath) const
{
    return absPath.mid(m_root.size() + 1);
}

void FolderWatcher::watchDir(const QString &absDir)
{
    m_knownDirs.insert(absDir);
    // The root plus maxWatchedDirs folders; deeper or later folders rely on the rescan.
    if (m_fsw->directories().size() <= m_options.maxWatchedDirs && !m_fsw->directories().contains(absDir))
        m_fsw->addPath(absDir);
}

void FolderWatcher::rescan()
{
    if (!QFileInfo(m_root).isDir()) {
        if (!m_rootMissing)
            Q_EMIT rootMissing();
        m_rootMissing = true;
        return;
    }
    m_rootMissing = false;
    m_knownDirs.clear();
    watchDir(m_root);
    scanDir(m_root, true);
}

void FolderWatcher::scanDir(const QString &absDir, bool recursive)
{
    if (!m_running)
        return;
    QSet<QString> present;
    QStringList newDirs;
    QDirIterator it(absDir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                    recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (isIgnoredName(info.fileName()))
            continue;
        if (info.isDir()) {
            if (!recursive && !m_knownDirs.contains(info.absoluteFilePath()))
                newDirs.append(info.absoluteFilePath());
            else
                watchDir(info.absoluteFilePath());
            continue;
        }
        if (!info.isFile())
            continue;
        const QString rel = relOf(info.absoluteFilePath());
        if (rel.contains(QLatin1String("/."))) // below a hidden folder
            continue;
        present.insert(rel);
        see(rel, stampOf(info));
    }
    // Files gone from what was scanned are forgotten (never deleted in Procore).
    const QString prefix = absDir == m_root ? QString() : relOf(absDir) + QLatin1Char('/');
    for (auto s = m_seen.begin(); s != m_seen.end();) {
        const QString &rel = s.key();
        const bool inScope =
            rel.startsWith(prefix)
            && (recursive || !QStringView(rel).mid(prefix.size()).contains(QLatin1Char('/')));
        if (inScope && !present.contains(rel)) {
            m_settling.remove(rel);
            const bool wasHandled = s->handled;
            const QString gone = rel;
            s = m_seen.erase(s);
            if (wasHandled)
                Q_EMIT fileGone(gone);
        } else {
            ++s;
        }
    }
    for (const QString &dir : std::as_const(newDirs)) {
        watchDir(dir);
        scanDir(dir, true);
    }
}

void FolderWatcher::see(const QString &relPath, const Stamp &stamp)
{
    auto it = m_seen.find(relPath);
    if (it != m_seen.end() && it->stamp == stamp)
        return;
    if (it == m_seen.end())
        it = m_seen.insert(relPath, Seen{});
    it->stamp = stamp;
    it->changedAt = m_clock.elapsed();
    it->handled = false;
    it->told = false;
    if (!m_settling.contains(relPath)) {
        m_settling.insert(relPath);
        Q_EMIT fileWaiting(relPath, Wait::Settling);
    }
    if (!m_poll.isActive())
        m_poll.start();
}

void FolderWatcher::checkSettling()
{
    const qint64 now = m_clock.elapsed();
    const QSet<QString> settling = m_settling;
    for (const QString &rel : settling) {
        auto s = m_seen.find(rel);
        const QFileInfo info(m_root + QLatin1Char('/') + rel);
        if (s == m_seen.end() || !info.isFile()) {
            m_settling.remove(rel); // vanished before it was complete: nothing to send
            m_seen.remove(rel);
            continue;
        }
        const Stamp stamp = stampOf(info);
        if (stamp != s->stamp) {
            s->stamp = stamp;
            s->changedAt = now;
            continue;
        }
        if (now - s->changedAt < m_options.stableMs)
            continue;
        if (stamp.size == 0) { // a file being created starts empty; Procore refuses empty files
            if (!s->told && now - s->changedAt >= m_options.emptyNoticeMs) {
                s->told = true;
                Q_EMIT fileWaiting(rel, Wait::Empty);
            }
            continue;
        }
        if (isOpenForWriting(info.absoluteFilePath())) {
            if (!s->told) {
                s->told = true;
                Q_EMIT fileWaiting(rel, Wait::OpenForWriting);
            }
            continue;
        }
        s->handled = true;
        m_settling.remove(rel);
        Q_EMIT fileReady(rel, stamp.size, QDateTime::fromMSecsSinceEpoch(stamp.mtimeMs));
    }
    if (m_settling.isEmpty())
        m_poll.stop();
}

} // namespace hoist

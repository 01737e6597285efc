#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

class QFileSystemWatcher;

namespace hoist {

// Finds the files below one folder that are complete: present, not empty, size and modification
// time unchanged for `stableMs`, and (on Linux, where the kernel can tell) not open for writing
// by any process. Deletions and renames are noticed only to forget the file: nothing is ever
// removed or renamed in Procore.
//
// Signal and truth: QFileSystemWatcher (inotify) says a folder changed, but a watch per folder
// could exhaust the per-user inotify limit (often 8192) on a large tree and network shares do
// not notify at all. So the root and at most `maxWatchedDirs` folders below it (breadth first)
// are watched, and a full rescan every `rescanMs` is the truth for everything else. Files seen
// changing are then polled (a stat each `pollMs`) until they settle.
class FolderWatcher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int stableMs = 2000;  // unchanged this long = complete
        int pollMs = 250;     // how often settling files are looked at
        int rescanMs = 30000; // full rescan: the truth
        int maxWatchedDirs = 256;
        int emptyNoticeMs = 30000; // a file still empty after this is said once
    };
    struct Stamp
    {
        qint64 size = 0;
        qint64 mtimeMs = 0;
        bool operator==(const Stamp &) const = default;
    };
    enum class Wait { Settling, Empty, OpenForWriting };
    Q_ENUM(Wait)

    FolderWatcher(const QString &root, const Options &options, QObject *parent = nullptr);
    ~FolderWatcher() override;

    QString root() const { return m_root; }
    // Files already handled (uploaded as they are now): not reported again unless they change.
    void preload(const QHash<QString, Stamp> &handled);
    void start();
    void stop();
    // Looks at a file again as if it had just changed (after a failed upload, or a job that
    // finished while the file changed).
    void recheck(const QString &relPath);
    int settlingCount() const { return int(m_settling.size()); }
    int watchedDirCount() const;

    // Whether some process has the file open for writing (Linux: a read lease is refused; Windows:
    // a read without write sharing is); false where that cannot be told (macOS, other owners, file
    // systems without leases).
    static bool isOpenForWriting(const QString &path);
    // Hidden files and the temporary names of downloads and editors are never uploaded.
    static bool isIgnoredName(const QString &name);

Q_SIGNALS:
    void fileWaiting(const QString &relPath, hoist::FolderWatcher::Wait why);
    void fileReady(const QString &relPath, qint64 size, const QDateTime &modified);
    void fileGone(const QString &relPath); // deleted, renamed or moved away
    void rootMissing();                    // the folder is gone or unreadable (said once until it is back)

private:
    struct Seen
    {
        Stamp stamp;
        qint64 changedAt = 0; // m_clock ms when this stamp was first seen
        bool handled = false;
        bool told = false; // a wait other than Settling was said
    };
    void rescan();
    void scanDir(const QString &absDir, bool recursive);
    void see(const QString &relPath, const Stamp &stamp);
    void checkSettling();
    void watchDir(const QString &absDir);
    QString relOf(const QString &absPath) const;

    QString m_root;
    Options m_options;
    QFileSystemWatcher *m_fsw = nullptr;
    QTimer m_poll;
    QTimer m_rescan;
    QTimer m_dirDebounce;
    QSet<QString> m_changedDirs;
    QElapsedTimer m_clock;
    QHash<QString, Seen> m_seen;
    QSet<QString> m_settling;
    QSet<QString> m_knownDirs; // absolute, for new-subfolder detection
    bool m_rootMissing = false;
    bool m_running = false;
};

} // namespace hoist

#pragma once

#include "UploadTypes.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace hoist {

// Expands dropped or added paths into files on a worker thread (QThreadPool): a folder keeps its
// structure in UploadItem::relativeDir (a dropped "Photos" folder gives "Photos/…"). Nothing is
// skipped silently: unreadable entries, special files and symbolic links to folders are reported
// through problem().
class FileScanner : public QObject
{
    Q_OBJECT

public:
    explicit FileScanner(QObject *parent = nullptr);
    ~FileScanner() override;

    // Starts a scan; results arrive in batches. Several scans may run one after another.
    void scan(const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_running > 0; }

    // Blocking variant for hoist-cli and tests: the files and the problems (path, reason).
    static QList<UploadItem> scanNow(const QStringList &paths,
                                     QList<QPair<QString, QString>> *problems = nullptr);

Q_SIGNALS:
    void itemsFound(const QList<hoist::UploadItem> &items);
    void problem(const QString &path, const QString &reason);
    void finished(int fileCount, qint64 totalBytes, int problemCount);

private:
    int m_running = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace hoist

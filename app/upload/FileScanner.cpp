#include "FileScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

namespace hoist {

namespace {

constexpr int kBatch = 500;

struct Walker
{
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const UploadItem &)> onItem;
    std::function<void(const QString &, const QString &)> onProblem;

    void walk(const QString &path, const QString &relativeDir, bool topLevel)
    {
        if (cancel && cancel->load())
            return;
        const QFileInfo info(path);
        if (info.isSymLink() && !info.exists()) {
            onProblem(path, QCoreApplication::translate("FileScanner", "Broken symbolic link; skipped."));
            return;
        }
        if (!info.exists()) {
            onProblem(path, QCoreApplication::translate("FileScanner", "Does not exist; skipped."));
            return;
        }
        if (info.isDir()) {
            if (info.isSymLink() && !topLevel) {
                onProblem(
                    path,
                    QCoreApplication::translate(
                        "FileScanner",
                        "Symbolic link to a folder; not followed, add the folder itself to upload it."));
                return;
            }
            QDir dir(path);
            if (!info.isReadable() || !info.isExecutable() || !dir.isReadable()) {
                onProblem(path,
                          QCoreApplication::translate(
                              "FileScanner", "The folder cannot be read (permission denied); skipped."));
                return;
            }
            const QString name = info.fileName().isEmpty() ? dir.dirName() : info.fileName();
            const QString rel = relativeDir.isEmpty() ? name : QString(relativeDir + QLatin1Char('/') + name);
            const QFileInfoList entries =
                dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name | QDir::DirsLast);
            for (const QFileInfo &entry : entries)
                walk(entry.filePath(), rel, false);
            return;
        }
        if (!info.isFile()) {
            onProblem(path, QCoreApplication::translate(
                                "FileScanner", "Not a regular file (a pipe, socket or device); skipped."));
            return;
        }
        if (!info.isReadable()) {
            onProblem(path, QCoreApplication::translate(
                                "FileScanner", "The file cannot be read (permission denied); skipped."));
            return;
        }
        onItem(UploadItem{info.absoluteFilePath(), relativeDir, info.size(), info.lastModified()});
    }
};

} // namespace

FileScanner::FileScanner(QObject *parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<hoist::UploadItem>();
    qRegisterMetaType<QList<hoist::UploadItem>>();
}

FileScanner::~FileScanner()
{
    m_cancel->store(true);
}

void FileScanner::cancel()
{
    m_cancel->store(true);
}

QList<UploadItem> FileScanner::scanNow(const QStringList &paths, QList<QPair<QString, QString>> *problems)
{
    QList<UploadItem> out;
    Walker w;
    w.onItem = [&out](const UploadItem &item) { out.append(item); };
    w.onProblem = [problems](const QString &path, const QString &reason) {
        if (problems)
            problems->append({path, reason});
    };
    for (const QString &p : paths)
        w.walk(QDir::cleanPath(QFileInfo(p).absoluteFilePath()), QString(), true);
    return out;
}

void FileScanner::scan(const QStringList &paths)
{
    if (m_running == 0)
        m_cancel = std::make_shared<std::atomic_bool>(false);
    ++m_running;
    QPointer<FileScanner> self(this);
    auto cancel = m_cancel;
    QThreadPool::globalInstance()->start([self, cancel, paths] {
        QList<UploadItem> batch;
        int files = 0, problems = 0;
        qint64 bytes = 0;
        auto flush = [&] {
            if (batch.isEmpty())
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, items = std::exchange(batch, {})] {
                    if (self)
                        Q_EMIT self->itemsFound(items);
                },
                Qt::QueuedConnection);
        };
        Walker w;
        w.cancel = cancel.get();
        w.onItem = [&](const UploadItem &item) {
            batch.append(item);
            ++files;
            bytes += item.size;
            if (batch.size() >= kBatch)
                flush();
        };
        w.onProblem = [&](const QString &path, const QString &reason) {
            ++problems;
            QMetaObject::invokeMethod(
                self.data(),
                [self, path, reason] {
                    if (self)
                        Q_EMIT self->problem(path, reason);
                },
                Qt::QueuedConnection);
        };
        for (const QString &p : paths)
            w.walk(QDir::cleanPath(QFileInfo(p).absoluteFilePath()), QString(), true);
        flush();
        QMetaObject::invokeMethod(
            self.data(),
            [self, files, bytes, problems] {
                if (!self)
                    return;
                --self->m_running;
                Q_EMIT self->finished(files, bytes, problems);
            },
            Qt::QueuedConnection);
    });
}

} // namespace hoist

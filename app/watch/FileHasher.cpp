#include "FileHasher.h"

#include "storage/Checksums.h"

#include <QFile>

namespace hoist {

FileHasher::FileHasher(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(2);
}

FileHasher::~FileHasher()
{
    m_stop->store(true);
    m_pool.clear();
    m_pool.waitForDone();
}

void FileHasher::hash(const QString &key, const QString &path)
{
    ++m_pending;
    m_pool.start([this, stop = m_stop, key, path] {
        QString sha, error;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = file.errorString();
        } else {
            Checksums sums(Checksums::Sha256Only);
            QByteArray buffer(1 << 20, Qt::Uninitialized);
            qint64 n = 0;
            while (!stop->load() && (n = file.read(buffer.data(), buffer.size())) > 0)
                sums.add(buffer.constData(), n);
            if (n < 0)
                error = file.errorString();
            else
                sha = QString::fromLatin1(sums.sha256Hex());
        }
        if (stop->load())
            return;
        // The destructor waits for this task, so `this` is alive here.
        QMetaObject::invokeMethod(
            this,
            [this, key, sha, error] {
                --m_pending;
                Q_EMIT hashed(key, sha, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace hoist

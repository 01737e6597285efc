#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace hoist {

// One part of a segmented upload: where it lies in the file and its checksums (hex). `md5` stays
// empty for parts planned now: Procore wants only the SHA-256, which storage checks on every part
// (x-amz-content-sha256), and MD5 doubled the hashing time. Older journals may still carry one.
struct FileSegment
{
    int index = 0;
    qint64 offset = 0;
    qint64 size = 0;
    QByteArray sha256;
    QByteArray md5;
};

// Cuts a file into parts and hashes each (SHA-256 with libcrypto, every byte read once, a megabyte
// at a time), off the UI thread: several parts at once, one thread per core, so memory
// stays at a megabyte per thread. Procore wants every part but the last at least 5 MB.
class SegmentPlan : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMinSegment = 5'000'000;
    static constexpr qint64 kDefaultSegment = 64LL * 1024 * 1024;

    explicit SegmentPlan(QObject *parent = nullptr);
    ~SegmentPlan() override;

    // Runs on its own threads; progress() while it hashes, then finished(), on this object's thread.
    void start(const QString &path, qint64 segmentSize = kDefaultSegment);
    void cancel();

    QList<FileSegment> segments() const { return m_segments; }
    QString error() const { return m_error; }

    // The same work, synchronously (used by start() on a worker thread, and by tests). `threads`
    // 0: one per core. `hashed` (when set) is called from the hashing threads with the bytes done so far.
    static QList<FileSegment> compute(const QString &path, qint64 segmentSize,
                                      const std::atomic<bool> &cancelled, QString *error, int threads = 0,
                                      const std::function<void(qint64)> &hashed = {});

Q_SIGNALS:
    // Bytes hashed so far of `total`, about ten times a second ("Preparing… 40 %").
    void progress(qint64 hashed, qint64 total);
    void finished();

private:
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QList<FileSegment> m_segments;
    QString m_error;
};

} // namespace hoist

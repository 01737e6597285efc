#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace hoist {

// One part of a segmented upload: where it lies in the file and its checksums (hex).
struct FileSegment
{
    int index = 0;
    qint64 offset = 0;
    qint64 size = 0;
    QByteArray sha256;
    QByteArray md5;
};

// Cuts a file into parts and hashes each (sha256 and md5 in the same pass, every byte read once,
// a megabyte at a time), off the UI thread. Procore wants every part but the last at least 5 MB.
class SegmentPlan : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMinSegment = 5'000'000;
    static constexpr qint64 kDefaultSegment = 64LL * 1024 * 1024;

    explicit SegmentPlan(QObject *parent = nullptr);
    ~SegmentPlan() override;

    // Runs on the global thread pool; finished() follows on this object's thread.
    void start(const QString &path, qint64 segmentSize = kDefaultSegment);
    void cancel();

    QList<FileSegment> segments() const { return m_segments; }
    QString error() const { return m_error; }

    // The same work, synchronously (used by start() on the worker thread, and by tests).
    static QList<FileSegment> compute(const QString &path, qint64 segmentSize,
                                      const std::atomic<bool> &cancelled, QString *error);

Q_SIGNALS:
    void finished();

private:
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QList<FileSegment> m_segments;
    QString m_error;
};

} // namespace hoist

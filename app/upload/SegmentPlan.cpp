#include "SegmentPlan.h"

#include "storage/Checksums.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <mutex>
#include <thread>
#include <vector>

namespace hoist {

namespace {

constexpr qint64 kChunk = 1 << 20;

// Hashes one part with its own file handle; false (and `error`) when the file cannot be read.
bool hashSegment(const QString &path, FileSegment &seg, const std::atomic<bool> &cancelled,
                 std::atomic<qint64> &done, const std::function<void(qint64)> &hashed, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(seg.offset)) {
        *error = SegmentPlan::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray buffer(int(kChunk), Qt::Uninitialized);
    Checksums sums(Checksums::Sha256Only);
    for (qint64 left = seg.size; left > 0;) {
        if (cancelled.load()) {
            *error = SegmentPlan::tr("Cancelled");
            return false;
        }
        const qint64 n = file.read(buffer.data(), std::min<qint64>(left, kChunk));
        if (n <= 0) {
            *error = SegmentPlan::tr("Reading %1 stopped early: %2").arg(path, file.errorString());
            return false;
        }
        sums.add(buffer.constData(), n);
        left -= n;
        const qint64 total = done.fetch_add(n) + n;
        if (hashed)
            hashed(total);
    }
    seg.sha256 = sums.sha256Hex();
    return true;
}

} // namespace

SegmentPlan::SegmentPlan(QObject *parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{}

SegmentPlan::~SegmentPlan()
{
    cancel();
}

void SegmentPlan::cancel()
{
    m_cancelled->store(true);
}

QList<FileSegment> SegmentPlan::compute(const QString &path, qint64 segmentSize,
                                        const std::atomic<bool> &cancelled, QString *error, int threads,
                                        const std::function<void(qint64)> &hashed)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    const qint64 size = file.size();
    file.close();
    segmentSize = std::max(segmentSize, kMinSegment);
    QList<FileSegment> out;
    qint64 offset = 0;
    do {
        FileSegment seg;
        seg.index = int(out.size());
        seg.offset = offset;
        seg.size = std::min(segmentSize, size - offset);
        offset += seg.size;
        out.append(seg);
    } while (offset < size);

    // Each thread takes the next part not yet taken, so the parts finish roughly in order.
    const int workers =
        int(std::clamp<qsizetype>(threads > 0 ? threads : QThread::idealThreadCount(), 1, out.size()));
    std::atomic<int> next{0};
    std::atomic<qint64> done{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    auto work = [&] {
        QString e;
        for (int i = next++; i < out.size() && !failed.load(); i = next++) {
            if (!hashSegment(path, out[i], cancelled, done, hashed, &e)) {
                std::lock_guard lock(errorMutex);
                if (!failed.exchange(true))
                    *error = e;
                return;
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < workers; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    return failed.load() ? QList<FileSegment>() : out;
}

void SegmentPlan::start(const QString &path, qint64 segmentSize)
{
    m_cancelled->store(false);
    m_segments.clear();
    m_error.clear();
    QPointer<SegmentPlan> self(this);
    auto cancelled = m_cancelled;
    const qint64 total = QFile(path).size();
    // On the global pool (which waits for it at exit); compute() adds threads of its own.
    QThreadPool::globalInstance()->start([self, cancelled, path, segmentSize, total] {
        QElapsedTimer sinceReport;
        sinceReport.start();
        std::mutex reportMutex;
        auto hashed = [&](qint64 bytes) {
            std::lock_guard lock(reportMutex);
            if (sinceReport.elapsed() < 100)
                return;
            sinceReport.restart();
            QMetaObject::invokeMethod(
                self.data(),
                [self, bytes, total] {
                    if (self)
                        Q_EMIT self->progress(bytes, total);
                },
                Qt::QueuedConnection);
        };
        QString error;
        QList<FileSegment> segments = compute(path, segmentSize, *cancelled, &error, 0, hashed);
        if (cancelled->load())
            return;
        // Back to the object's thread; dropped if it is gone by then.
        QMetaObject::invokeMethod(
            self.data(),
            [self, segments = std::move(segments), error, total] {
                if (!self)
                    return;
                self->m_segments = segments;
                self->m_error = error;
                if (error.isEmpty())
                    Q_EMIT self->progress(total, total);
                Q_EMIT self->finished();
            },
            Qt::QueuedConnection);
    });
}

} // namespace hoist

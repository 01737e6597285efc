#include "SegmentPlan.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace hoist {

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
                                        const std::atomic<bool> &cancelled, QString *error)
{
    QList<FileSegment> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    const qint64 size = file.size();
    segmentSize = std::max(segmentSize, kMinSegment);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 offset = 0;
    do {
        FileSegment seg;
        seg.index = int(out.size());
        seg.offset = offset;
        seg.size = std::min(segmentSize, size - offset);
        QCryptographicHash sha(QCryptographicHash::Sha256), md5(QCryptographicHash::Md5);
        for (qint64 left = seg.size; left > 0;) {
            if (cancelled.load()) {
                *error = tr("Cancelled");
                return {};
            }
            const qint64 n = file.read(buffer.data(), std::min<qint64>(left, buffer.size()));
            if (n <= 0) {
                *error = tr("Reading %1 stopped early: %2").arg(path, file.errorString());
                return {};
            }
            sha.addData(QByteArrayView(buffer.constData(), n));
            md5.addData(QByteArrayView(buffer.constData(), n));
            left -= n;
        }
        seg.sha256 = sha.result().toHex();
        seg.md5 = md5.result().toHex();
        offset += seg.size;
        out.append(seg);
    } while (offset < size);
    return out;
}

void SegmentPlan::start(const QString &path, qint64 segmentSize)
{
    m_cancelled->store(false);
    m_segments.clear();
    m_error.clear();
    QPointer<SegmentPlan> self(this);
    auto cancelled = m_cancelled;
    QThreadPool::globalInstance()->start([self, cancelled, path, segmentSize] {
        QString error;
        QList<FileSegment> segments = compute(path, segmentSize, *cancelled, &error);
        if (cancelled->load())
            return;
        // Back to the object's thread; dropped if it is gone by then.
        QMetaObject::invokeMethod(
            self.data(),
            [self, segments = std::move(segments), error] {
                if (!self)
                    return;
                self->m_segments = segments;
                self->m_error = error;
                Q_EMIT self->finished();
            },
            Qt::QueuedConnection);
    });
}

} // namespace hoist

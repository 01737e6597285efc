#include "PacedDevice.h"

#include "BandwidthLimiter.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace hoist {

namespace {

constexpr qint64 kChunk = 16 * 1024;

QByteArray quoted(const QString &value)
{
    QByteArray v = value.toUtf8();
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', ' ').replace('\n', ' ');
    return '"' + v + '"';
}

} // namespace

PacedDevice::PacedDevice(QByteArray prefix, QIODevice *source, QByteArray suffix, BandwidthLimiter *limiter,
                         QObject *parent)
    : QIODevice(parent)
    , m_prefix(std::move(prefix))
    , m_source(source)
    , m_suffix(std::move(suffix))
    , m_limiter(limiter)
    , m_sourceSize(source->size() - source->pos())
    , m_total(m_prefix.size() + m_sourceSize + m_suffix.size())
    , m_wake(new QTimer(this))
{
    source->setParent(this);
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &QIODevice::readyRead);
    open(QIODevice::ReadOnly);
}

PacedDevice *PacedDevice::formData(const QList<QPair<QString, QString>> &fields, const QString &fileName,
                                   const QByteArray &contentType, QIODevice *file, BandwidthLimiter *limiter,
                                   QByteArray *contentTypeHeader)
{
    const QByteArray boundary = "hoist-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36)
                                + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    QByteArray prefix;
    for (const auto &[name, value] : fields) {
        prefix += "--" + boundary + "\r\nContent-Disposition: form-data; name=" + quoted(name) + "\r\n\r\n"
                  + value.toUtf8() + "\r\n";
    }
    prefix +=
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=" + quoted(fileName)
        + "\r\nContent-Type: "
        + (contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : contentType) + "\r\n\r\n";
    if (contentTypeHeader)
        *contentTypeHeader = "multipart/form-data; boundary=\"" + boundary + '"';
    return new PacedDevice(prefix, file, "\r\n--" + boundary + "--\r\n", limiter);
}

qint64 PacedDevice::bytesAvailable() const
{
    return m_total - m_read + QIODevice::bytesAvailable();
}

qint64 PacedDevice::readData(char *data, qint64 maxSize)
{
    if (m_read >= m_total)
        return -1;
    const qint64 now = BandwidthLimiter::nowMs();
    const qint64 wanted = std::min({maxSize, kChunk, m_total - m_read});
    const qint64 allowed = m_limiter->take(wanted, now);
    if (allowed <= 0) {
        if (!m_wake->isActive())
            m_wake->start(int(std::min<qint64>(m_limiter->delayFor(wanted, now), 1000)));
        return 0;
    }
    qint64 done = 0;
    while (done < allowed) {
        const qint64 at = m_read + done;
        qint64 n = 0;
        if (at < m_prefix.size()) {
            n = std::min(allowed - done, m_prefix.size() - at);
            std::memcpy(data + done, m_prefix.constData() + at, size_t(n));
        } else if (at < m_prefix.size() + m_sourceSize) {
            n = m_source->read(data + done, std::min(allowed - done, m_prefix.size() + m_sourceSize - at));
            if (n < 0)
                return done > 0 ? done : -1;
            if (n == 0) {
                setErrorString(tr("The file ended before all of it was sent."));
                return done > 0 ? done : -1;
            }
        } else {
            const qint64 s = at - m_prefix.size() - m_sourceSize;
            n = std::min(allowed - done, m_suffix.size() - s);
            std::memcpy(data + done, m_suffix.constData() + s, size_t(n));
        }
        done += n;
    }
    m_read += done;
    if (m_read < m_total && !m_wake->isActive()) // more to come: wake the reader when it may go
        m_wake->start(int(std::min<qint64>(m_limiter->delayFor(kChunk, BandwidthLimiter::nowMs()), 1000)));
    return done;
}

} // namespace hoist

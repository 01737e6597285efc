#include "BandwidthLimiter.h"

#include <QElapsedTimer>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace hoist {

namespace {
constexpr qint64 kMinBurst = 4096;
} // namespace

void BandwidthLimiter::setBytesPerSecond(qint64 rate)
{
    QMutexLocker lock(&m_mutex);
    m_rate = std::max<qint64>(0, rate);
    m_tokens = 0;
    m_last = -1;
}

qint64 BandwidthLimiter::bytesPerSecond() const
{
    QMutexLocker lock(&m_mutex);
    return m_rate;
}

qint64 BandwidthLimiter::burst() const
{
    QMutexLocker lock(&m_mutex);
    return std::max(kMinBurst, m_rate / 4);
}

void BandwidthLimiter::refill(qint64 nowMs)
{
    const double capacity = double(std::max(kMinBurst, m_rate / 4));
    if (m_last < 0) {
        m_tokens = capacity; // a transfer may start with one burst
    } else if (nowMs > m_last) {
        m_tokens = std::min(capacity, m_tokens + double(m_rate) * double(nowMs - m_last) / 1000.0);
    }
    m_last = std::max(m_last, nowMs);
}

qint64 BandwidthLimiter::take(qint64 wanted, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    if (m_rate <= 0 || wanted <= 0)
        return std::max<qint64>(0, wanted);
    refill(nowMs);
    const qint64 granted = std::min(wanted, qint64(std::floor(m_tokens)));
    m_tokens -= double(granted);
    return granted;
}

qint64 BandwidthLimiter::delayFor(qint64 bytes, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    if (m_rate <= 0)
        return 0;
    refill(nowMs);
    const double need = double(std::min(bytes, std::max(kMinBurst, m_rate / 4))) - m_tokens;
    if (need <= 0)
        return 0;
    return std::max<qint64>(1, qint64(std::ceil(need * 1000.0 / double(m_rate))));
}

qint64 BandwidthLimiter::nowMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace hoist

#pragma once

#include <QMutex>
#include <QtGlobal>

namespace hoist {

// The upload bandwidth limit shared by every transfer of one UploadController (which owns it and
// hands it to each job's byte transfer): a token bucket filled at
// bytesPerSecond (0 = unlimited) holding at most burst() bytes. Request bodies read through a
// PacedDevice take their bytes from it; the clock is passed in so the pacing can be tested
// without waiting. Thread-safe.
class BandwidthLimiter
{
public:
    void setBytesPerSecond(qint64 rate);
    qint64 bytesPerSecond() const;
    bool isLimited() const { return bytesPerSecond() > 0; }
    // At most this many bytes go out at once after an idle moment (a quarter second's worth, at
    // least 4 KiB).
    qint64 burst() const;

    // Takes up to `wanted` bytes at time `nowMs` (any monotonic clock in milliseconds) and returns
    // how many may be sent now: `wanted` when unlimited, otherwise what the bucket holds.
    qint64 take(qint64 wanted, qint64 nowMs);
    // Milliseconds from `nowMs` until take(bytes) can return at least min(bytes, burst()) bytes.
    qint64 delayFor(qint64 bytes, qint64 nowMs);

    // The clock PacedDevice uses (monotonic, milliseconds).
    static qint64 nowMs();

private:
    void refill(qint64 nowMs);

    mutable QMutex m_mutex;
    qint64 m_rate = 0;
    double m_tokens = 0;
    qint64 m_last = -1;
};

} // namespace hoist

#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <mutex>
#include <utility>

namespace hoist::sandbox {

// Procore's two rate-limit windows, hourly and a short "spike" window, counted per access token
// (rate_limiting.md). Both roll: a request counts for `length` seconds after it was made, so
// Remaining rises again as the window moves, and Reset is when the oldest counted request leaves
// it. Every request counts, refused ones too. The headers report whichever window is closer to
// its limit (the one most likely to be hit first).
class RateLimiter
{
public:
    struct Verdict
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSecs = 0;
        int retryAfterSecs = 0;
    };

    void setLimits(int hourly, int spike, int spikeWindowSecs);
    Verdict hit(const QString &key, qint64 nowEpochSecs);
    void reset();

private:
    // Requests per second within the window, oldest first.
    struct Window
    {
        std::deque<std::pair<qint64, int>> seconds;
        int used = 0;
        void forget(qint64 before); // drops the seconds at or before `before`
        void add(qint64 second);
        qint64 secondOfNth(int n) const; // the second of the n-th oldest request (1-based)
    };
    struct Counters
    {
        Window hour;
        Window spike;
    };
    std::mutex m_mutex;
    QHash<QString, Counters> m_counters;
    int m_hourly = 3600;
    int m_spike = 150;
    int m_spikeWindow = 10;
};

} // namespace hoist::sandbox

#include "RateLimiter.h"

#include <algorithm>

namespace hoist::sandbox {

void RateLimiter::setLimits(int hourly, int spike, int spikeWindowSecs)
{
    std::lock_guard lock(m_mutex);
    m_hourly = hourly;
    m_spike = spike;
    m_spikeWindow = std::max(1, spikeWindowSecs);
    m_counters.clear();
}

void RateLimiter::reset()
{
    std::lock_guard lock(m_mutex);
    m_counters.clear();
}

void RateLimiter::Window::forget(qint64 before)
{
    while (!seconds.empty() && seconds.front().first <= before) {
        used -= seconds.front().second;
        seconds.pop_front();
    }
}

void RateLimiter::Window::add(qint64 second)
{
    if (seconds.empty() || seconds.back().first != second)
        seconds.emplace_back(second, 0);
    ++seconds.back().second;
    ++used;
}

qint64 RateLimiter::Window::secondOfNth(int n) const
{
    for (const auto &[second, count] : seconds) {
        n -= count;
        if (n <= 0)
            return second;
    }
    return seconds.empty() ? 0 : seconds.back().first;
}

RateLimiter::Verdict RateLimiter::hit(const QString &key, qint64 now)
{
    std::lock_guard lock(m_mutex);
    Counters &c = m_counters[key];
    struct Check
    {
        Window *window;
        int limit;
        int length;
    };
    const Check checks[] = {{&c.hour, m_hourly, 3600}, {&c.spike, m_spike, m_spikeWindow}};
    Verdict v;
    bool reported = false;
    for (const Check &check : checks) {
        if (check.limit <= 0)
            continue;
        Window &w = *check.window;
        w.forget(now - check.length);
        w.add(now);
        const int remaining = std::max(0, check.limit - w.used);
        // Remaining rises when the oldest counted request leaves the window.
        const qint64 reset = w.secondOfNth(1) + check.length;
        if (w.used > check.limit) {
            // The next request is allowed once enough have left for it to fit.
            const qint64 free = w.secondOfNth(w.used - check.limit + 1) + check.length;
            v.allowed = false;
            v.retryAfterSecs = std::max<int>(v.retryAfterSecs, int(std::max<qint64>(1, free - now)));
        }
        if (!reported || remaining < v.remaining) {
            v.limit = check.limit;
            v.remaining = remaining;
            v.resetEpochSecs = reset;
            reported = true;
        }
    }
    if (!reported) {
        v.limit = 0;
        v.remaining = 0;
        v.resetEpochSecs = now;
    }
    return v;
}

} // namespace hoist::sandbox

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
        if (check.window->start == 0 || now >= check.window->start + check.length)
            *check.window = Window{now, 0};
        ++check.window->used;
        const int remaining = std::max(0, check.limit - check.window->used);
        const qint64 reset = check.window->start + check.length;
        if (check.window->used > check.limit) {
            v.allowed = false;
            v.retryAfterSecs = std::max<int>(v.retryAfterSecs, int(std::max<qint64>(1, reset - now)));
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

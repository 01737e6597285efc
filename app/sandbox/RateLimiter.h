#pragma once

#include <QHash>
#include <QString>

#include <mutex>

namespace hoist::sandbox {

// Procore's two rate-limit windows, hourly and a short "spike" window, counted per access token.
// Every request counts, refused ones too. The headers report whichever window is closer to its limit.
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
    struct Window
    {
        qint64 start = 0;
        int used = 0;
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

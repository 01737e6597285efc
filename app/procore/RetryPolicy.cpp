#include "RetryPolicy.h"

#include "ProcoreError.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace hoist {

bool RetryPolicy::shouldRetry(int attempt, const ProcoreError &error) const
{
    return error.isTransient() && attempt < maxAttempts;
}

int RetryPolicy::delayMs(int attempt, const ProcoreError &error) const
{
    if (error.retryAfterSecs >= 0) {
        const qint64 secs = std::min(error.retryAfterSecs, maxRetryAfterSecs);
        // At least a beat after the server's time, so a window that resets on the second is open.
        return int(std::max<qint64>(secs * 1000 * retryAfterScalePercent / 100, 50));
    }
    const double exp = double(baseDelayMs) * std::pow(2.0, std::clamp(attempt - 1, 0, 20));
    const double capped = std::min(exp, double(maxDelayMs));
    const double spread = capped * jitter * (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0);
    return int(std::max(0.0, capped + spread));
}

} // namespace hoist

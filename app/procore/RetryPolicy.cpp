#include "RetryPolicy.h"

#include "ProcoreError.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace hoist {

bool RetryPolicy::shouldRetry(int attempt, const ProcoreError &error) const
{
    // A 429 is the server pacing us, not a failure: it gets more tries (each waits its Retry-After).
    const int attempts = error.kind == ProcoreError::Kind::RateLimited ? maxAttempts * 3 : maxAttempts;
    return error.isTransient() && attempt < attempts;
}

int RetryPolicy::delayMs(int attempt, const ProcoreError &error) const
{
    const double random = QRandomGenerator::global()->generateDouble() * 2.0 - 1.0;
    if (error.retryAfterSecs >= 0) {
        const qint64 secs = std::min(error.retryAfterSecs, maxRetryAfterSecs);
        // At least a beat after the server's time, so a window that resets on the second is open.
        qint64 ms = std::max<qint64>(secs * 1000 * retryAfterScalePercent / 100, 50);
        if (error.kind == ProcoreError::Kind::RateLimited && attempt > 1) {
            // The 429 repeats: back off from Retry-After with jitter, but never past the window's Reset.
            const double exp = double(ms) * std::pow(2.0, std::clamp(attempt - 1, 0, 20));
            ms = qint64(std::min(exp, double(maxDelayMs)) * (1.0 + jitter * random));
            if (error.rateResetSecs >= 0)
                ms = std::min<qint64>(ms, qint64(error.rateResetSecs) * 1000 * retryAfterScalePercent / 100
                                              + 250);
            ms = std::max<qint64>(ms, 50);
        }
        return int(ms);
    }
    const double exp = double(baseDelayMs) * std::pow(2.0, std::clamp(attempt - 1, 0, 20));
    const double capped = std::min(exp, double(maxDelayMs));
    const double spread = capped * jitter * random;
    return int(std::max(0.0, capped + spread));
}

} // namespace hoist

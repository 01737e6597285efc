#include "RetryPolicy.h"

#include "ProcoreError.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace hoist {

bool RetryPolicy::shouldRetry(int attempt, const ProcoreError &error) const
{
    // A 429 is the server pacing us, not a failure: it gets more tries (each waits its Retry-After).
    const int attempts =
        error.kind == ProcoreError::Kind::RateLimited ? maxAttempts * rateLimitedFactor : maxAttempts;
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

RetryPolicy::Bound RetryPolicy::worstCaseForFile(int parts, int apiTimeoutMs, int storageStallMs) const
{
    const qint64 backoffMs = qint64(maxDelayMs * (1.0 + jitter));
    // One API call: up to maxAttempts × rateLimitedFactor tries, of which at most maxAttempts
    // are not 429s (only those can wait for the timeout); a backoff or a Retry-After between.
    const qint64 tries = qint64(maxAttempts) * rateLimitedFactor;
    const Bound call{tries, (qint64(maxAttempts) * apiTimeoutMs + (tries - 1) * backoffMs) / 1000, tries - 1};
    // One storage POST or part: maxAttempts tries, each stalling until the stall timeout.
    const Bound storage{maxAttempts,
                        (qint64(maxAttempts) * storageStallMs + (maxAttempts - 1) * backoffMs) / 1000, 0};
    const auto add = [](Bound a, const Bound &b, qint64 times = 1) {
        a.requests += b.requests * times;
        a.seconds += b.seconds * times;
        a.serverWaits += b.serverWaits * times;
        return a;
    };
    // One round: create-upload, the bytes (every part counted as if alone), and for parts the
    // completing PATCH.
    Bound round = add(call, storage, std::max(parts, 1));
    if (parts > 0)
        round = add(round, call);
    // The association: up to maxAttempts sends, each followed by a look (a listing).
    const Bound association =
        add(add({}, call, 2 * qint64(maxAttempts)), Bound{0, qint64(maxAttempts) * backoffMs / 1000, 0});
    return add(association, round, qint64(maxRestarts) + 1);
}

} // namespace hoist

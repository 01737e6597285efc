#pragma once

#include <QtGlobal>

namespace hoist {

struct ProcoreError;

// How often and how patiently transient failures are retried (API calls and storage POSTs).
// Tests shrink the delays to milliseconds.
struct RetryPolicy
{
    int maxAttempts = 6;              // attempts in all, the first included
    int baseDelayMs = 1000;           // first backoff; doubles each attempt
    int maxDelayMs = 60000;           // backoff ceiling
    double jitter = 0.3;              // ± fraction of random spread on each backoff
    int maxRetryAfterSecs = 900;      // longer server-asked waits are capped to this
    int retryAfterScalePercent = 100; // tests: 10 = wait a tenth of what Retry-After asks

    // The wait before attempt `attempt + 1` (attempt counts from 1) after `error`:
    // Retry-After when the server gave one (429/503), otherwise exponential backoff with jitter.
    int delayMs(int attempt, const ProcoreError &error) const;
    bool shouldRetry(int attempt, const ProcoreError &error) const;
};

} // namespace hoist

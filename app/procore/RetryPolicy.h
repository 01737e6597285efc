#pragma once

#include <QtGlobal>

namespace hoist {

struct ProcoreError;

// Every retry budget of an upload, in one place: how often and how patiently a failure is tried
// again, and by whom (each failure is retried at one level only, never multiplied by another):
//   - one API call (ProcoreClient): maxAttempts tries for network errors, 408 and 5xx, 429s
//     maxAttempts × rateLimitedFactor (each after its Retry-After); a creating call is never
//     repeated after an ambiguous outcome here;
//   - a creating call after an ambiguous outcome (Associator, NamedCreate): looked for, then sent
//     again while nothing is there, maxAttempts sends in all;
//   - one storage POST, or one part of a segmented upload (UploadJob, SegmentedUpload):
//     maxAttempts tries (an API call inside a transfer, e.g. create-upload, has its own above);
//   - one file: maxRestarts new uploads after its file changed or its upload expired.
// worstCaseForFile() adds these up. Tests shrink the delays to milliseconds.
struct RetryPolicy
{
    int maxAttempts = 6;              // attempts in all, the first included
    int rateLimitedFactor = 3;        // a 429 is the server pacing us: maxAttempts × this
    int maxRestarts = 5;              // new uploads for one file (changed, spent) before giving up
    int baseDelayMs = 1000;           // first backoff; doubles each attempt
    int maxDelayMs = 60000;           // backoff ceiling
    double jitter = 0.3;              // ± fraction of random spread on each backoff
    int maxRetryAfterSecs = 900;      // longer server-asked waits are capped to this
    int retryAfterScalePercent = 100; // tests: 10 = wait a tenth of what Retry-After asks

    // The wait before attempt `attempt + 1` (attempt counts from 1) after `error`:
    // Retry-After when the server gave one (429/503), otherwise exponential backoff with jitter.
    int delayMs(int attempt, const ProcoreError &error) const;
    // One call, one storage POST or one part: another attempt after `attempt` failed with `error`.
    bool shouldRetry(int attempt, const ProcoreError &error) const;
    // A creating call whose outcome was ambiguous and that a look did not find: send it again?
    bool shouldSendAgain(int sends, const ProcoreError &original) const
    {
        return shouldRetry(sends, original);
    }
    // One file: a new upload after `restarts` of them?
    bool shouldRestart(int restarts) const { return restarts <= maxRestarts; }

    // The most one file can cost when every attempt fails as late as it can (the API answers
    // nothing until its timeout, storage stalls, every backoff is the longest): HTTP requests;
    // seconds of timeouts and backoff beyond the time its bytes take to move; and how many waits
    // the server may ask for on top (429/503 Retry-After, each at most maxRetryAfterSecs).
    // `parts`: a segmented upload's parts (0 for one POST). A file into a folder that exists.
    struct Bound
    {
        qint64 requests = 0;
        qint64 seconds = 0;
        qint64 serverWaits = 0;
    };
    Bound worstCaseForFile(int parts, int apiTimeoutMs, int storageStallMs) const;
};

} // namespace hoist

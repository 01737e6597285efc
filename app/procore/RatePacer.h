#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

class QNetworkReply;

namespace hoist {

// The shared API budget of every job. Learns Procore's X-Rate-Limit-Limit/Remaining/Reset from
// each answer and spends that budget as fast as calls come, never more than it reports left:
// when it runs out, calls wait for the window's Reset. After a window turned over (or a 429), one
// call goes first and its answer tells the new budget. A 429 (or 503) with Retry-After holds every
// call for exactly that long (the server's own instruction), then one call tries again. Waits are
// QTimers; a wait longer than a few seconds is announced through waiting().
class RatePacer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int limit READ limit NOTIFY budgetChanged)
    Q_PROPERTY(int remaining READ remaining NOTIFY budgetChanged)

public:
    // Waits at least this long are announced (waiting()).
    static constexpr qint64 kAnnounceMs = 3000;

    explicit RatePacer(QObject *parent = nullptr);

    // Runs `go` when the budget allows (now, if it does). `context` dying cancels the wait.
    void acquire(QObject *context, std::function<void()> go);
    // Reads the rate-limit headers of an answer (any status). Every released call ends here or in forget().
    void observe(QNetworkReply *reply);
    // A released call that did not go out after all (cancelled meanwhile).
    void forget();
    // The server said "not before" (Retry-After): nothing goes out for that long, then one call
    // tries again whatever the budget said (Retry-After outranks a Reset far away).
    void holdFor(int secs);
    void holdForMs(qint64 ms);

    int limit() const { return m_limit; }
    int remaining() const { return m_remaining; }
    QDateTime resetAt() const { return m_resetAt; }
    int waitingCount() const { return int(m_waiting.size()); }
    qint64 heldMs() const; // how long calls are held from now; 0: not held

    // Calls kept unspent in every window for other tools using the same token (default 0).
    void setReserve(int calls) { m_reserve = std::max(0, calls); }

    // "Procore's rate limit: going on at 14:32" (translated), for the status bar and the rows.
    static QString waitText(const QDateTime &until);

Q_SIGNALS:
    void budgetChanged();
    // Calls are held until `until` (UTC) for longer than kAnnounceMs: a 429's Retry-After, or the
    // window's budget is spent until its Reset.
    void waiting(const QDateTime &until);
    // The wait that waiting() announced is over: calls go out again.
    void goingOn();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void()> go;
    };
    void pump();
    // ms until the next call may go; 0: now; -1: not before an answer comes (a probe is out).
    qint64 nextSlotDelayMs() const;
    bool budgetUnknown(const QDateTime &now) const;
    void announce(qint64 delayMs);

    std::deque<Waiter> m_waiting;
    QTimer m_timer;
    int m_limit = 0;
    int m_remaining = -1; // -1: not known (nothing heard yet, a new window, or after Retry-After)
    int m_inFlight = 0;   // released, answer not observed yet
    int m_reserve = 0;
    bool m_limited = false;  // the server has sent rate-limit headers
    bool m_probeOut = false; // the call that learns an unknown budget is out
    QDateTime m_resetAt;
    QDateTime m_holdUntil;
    QDateTime m_announced; // the end of the wait last announced; invalid: none
};

} // namespace hoist

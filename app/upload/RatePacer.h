#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

class QNetworkReply;

namespace hoist {

// The shared API budget of every job: learns Procore's X-Rate-Limit-Limit/Remaining/Reset from
// each answer and releases calls so the window is used without tripping 429. After a 429 (or a
// 503 with Retry-After) every call waits until the server said to come back. Waits are QTimers.
class RatePacer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int limit READ limit NOTIFY budgetChanged)
    Q_PROPERTY(int remaining READ remaining NOTIFY budgetChanged)

public:
    explicit RatePacer(QObject *parent = nullptr);

    // Runs `go` when the budget allows (now, if it does). `context` dying cancels the wait.
    void acquire(QObject *context, std::function<void()> go);
    // Reads the rate-limit headers of an answer (any status).
    void observe(QNetworkReply *reply);
    // The server said "not before": nothing goes out for `secs` seconds.
    void holdFor(int secs);
    void holdForMs(qint64 ms);

    int limit() const { return m_limit; }
    int remaining() const { return m_remaining; }
    QDateTime resetAt() const { return m_resetAt; }
    int waitingCount() const { return int(m_waiting.size()); }
    qint64 heldMs() const; // how long calls are held from now; 0: not held

    // Share of the window kept free for other tools using the same token (default 0.1).
    void setReserveFraction(double fraction) { m_reserve = fraction; }

Q_SIGNALS:
    void budgetChanged();
    // Calls are held until `until` (a 429, Retry-After, or the window ran out).
    void waiting(const QDateTime &until);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void()> go;
    };
    void pump();
    qint64 nextSlotDelayMs() const;

    std::deque<Waiter> m_waiting;
    QTimer m_timer;
    int m_limit = 0;
    int m_remaining = -1; // -1: not heard yet
    int m_inFlight = 0;   // released, answer not observed yet
    QDateTime m_resetAt;
    QDateTime m_holdUntil;
    QElapsedTimer m_lastRelease;
    double m_reserve = 0.1;
};

} // namespace hoist

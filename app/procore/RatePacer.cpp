#include "RatePacer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkReply>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace hoist {

namespace {

// Reset is in whole seconds: wait a beat past it, so the server's window has surely turned over.
constexpr qint64 kAfterResetMarginMs = 250;

} // namespace

RatePacer::RatePacer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RatePacer::pump);
}

QString RatePacer::waitText(const QDateTime &until)
{
    const QDateTime local = until.toLocalTime();
    const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(until);
    const QString time =
        QLocale().toString(local.time(), secs < 120 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    return QCoreApplication::translate("RatePacer", "Procore's rate limit: going on at %1").arg(time);
}

void RatePacer::acquire(QObject *context, std::function<void()> go)
{
    m_waiting.push_back(Waiter{context, context != nullptr, std::move(go)});
    pump();
}

qint64 RatePacer::heldMs() const
{
    if (!m_holdUntil.isValid())
        return 0;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_holdUntil));
}

void RatePacer::holdFor(int secs)
{
    holdForMs(qint64(secs) * 1000);
}

void RatePacer::holdForMs(qint64 ms)
{
    const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(ms);
    if (!m_holdUntil.isValid() || until > m_holdUntil)
        m_holdUntil = until;
    // The server's own instruction for this answer outranks the budget its headers showed: once
    // the hold is over, one call finds out what is left.
    m_remaining = -1;
    m_probeOut = false;
    pump();
}

void RatePacer::forget()
{
    m_inFlight = std::max(0, m_inFlight - 1);
    m_probeOut = false;
    pump();
}

void RatePacer::observe(QNetworkReply *reply)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    m_probeOut = false; // whatever this answer says, it ends a probe: never wait on one for ever
    bool okLimit = false, okRemaining = false, okReset = false;
    const int limit = reply->rawHeader("X-Rate-Limit-Limit").trimmed().toInt(&okLimit);
    const int remaining = reply->rawHeader("X-Rate-Limit-Remaining").trimmed().toInt(&okRemaining);
    const qint64 reset = reply->rawHeader("X-Rate-Limit-Reset").trimmed().toLongLong(&okReset);
    if (!okRemaining || !okReset) {
        // An answer without a budget (or no answer at all): the next call finds out instead.
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300)
            m_limited = false; // a server that does not limit (any more)
        pump();
        return;
    }
    // Reset is the server's clock; correct it by the skew its Date header shows.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime server = QLocale::c().toDateTime(QString::fromLatin1(reply->rawHeader("Date")),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    qint64 skewSecs = 0;
    if (server.isValid()) {
        server.setTimeSpec(Qt::UTC);
        skewSecs = now.secsTo(server);
        if (std::abs(skewSecs) < 2)
            skewSecs = 0;
    }
    const QDateTime resetAt = QDateTime::fromSecsSinceEpoch(reset - skewSecs, Qt::UTC);
    if (resetAt.addMSecs(kAfterResetMarginMs) <= now) {
        pump(); // an answer from a window that is over: it tells nothing about this one
        return;
    }
    m_limited = true;
    if (okLimit)
        m_limit = limit;
    // Answers of one window can come back out of order: the lowest count is the newest.
    if (resetAt == m_resetAt && m_remaining >= 0)
        m_remaining = std::min(m_remaining, remaining);
    else
        m_remaining = remaining;
    m_resetAt = resetAt;
    Q_EMIT budgetChanged();
    pump();
}

bool RatePacer::budgetUnknown(const QDateTime &now) const
{
    return m_remaining < 0 || !m_resetAt.isValid() || now >= m_resetAt.addMSecs(kAfterResetMarginMs);
}

qint64 RatePacer::nextSlotDelayMs() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_holdUntil.isValid() && m_holdUntil > now)
        return std::max<qint64>(1, now.msecsTo(m_holdUntil));
    if (!m_limited)
        return 0; // no budget heard of (yet): the first answers teach it
    if (budgetUnknown(now))
        return m_probeOut ? -1 : 0; // one call finds out the new window's budget
    if (m_remaining - m_inFlight - m_reserve > 0)
        return 0; // spend the budget while it lasts
    return now.msecsTo(m_resetAt) + kAfterResetMarginMs;
}

void RatePacer::announce(qint64 delayMs)
{
    if (delayMs < kAnnounceMs) {
        return;
    }
    const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    if (m_announced.isValid() && std::abs(m_announced.msecsTo(until)) < 1000)
        return;
    m_announced = until;
    Q_EMIT waiting(until);
}

void RatePacer::pump()
{
    while (!m_waiting.empty()) {
        Waiter &front = m_waiting.front();
        if (front.hasContext && !front.context) {
            m_waiting.pop_front();
            continue;
        }
        const qint64 delay = nextSlotDelayMs();
        if (delay < 0)
            return; // observe() pumps again
        if (delay > 0) {
            if (!m_timer.isActive() || m_timer.remainingTime() > delay)
                m_timer.start(int(std::min<qint64>(delay, 3600 * 1000)));
            announce(delay);
            return;
        }
        if (m_announced.isValid()) {
            m_announced = QDateTime();
            Q_EMIT goingOn();
        }
        Waiter w = std::move(front);
        m_waiting.pop_front();
        ++m_inFlight;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_limited && budgetUnknown(now)) {
            m_remaining = -1; // a new window: unknown until this call's answer
            m_probeOut = true;
        }
        w.go();
    }
}

} // namespace hoist

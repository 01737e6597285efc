#include "RatePacer.h"

#include <QLocale>
#include <QNetworkReply>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace hoist {

namespace {

constexpr qint64 kAfterResetMarginMs = 250;

} // namespace

RatePacer::RatePacer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RatePacer::pump);
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
    if (!m_holdUntil.isValid() || until > m_holdUntil) {
        m_holdUntil = until;
        Q_EMIT waiting(until);
    }
    pump();
}

void RatePacer::observe(QNetworkReply *reply)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    if (!reply->hasRawHeader("X-Rate-Limit-Remaining")) {
        pump();
        return;
    }
    bool okLimit = false, okRemaining = false, okReset = false;
    const int limit = reply->rawHeader("X-Rate-Limit-Limit").trimmed().toInt(&okLimit);
    const int remaining = reply->rawHeader("X-Rate-Limit-Remaining").trimmed().toInt(&okRemaining);
    qint64 reset = reply->rawHeader("X-Rate-Limit-Reset").trimmed().toLongLong(&okReset);
    if (!okRemaining) {
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
    if (okLimit)
        m_limit = limit;
    m_remaining = remaining;
    if (okReset)
        m_resetAt = QDateTime::fromSecsSinceEpoch(reset - skewSecs, Qt::UTC);
    Q_EMIT budgetChanged();
    pump();
}

qint64 RatePacer::nextSlotDelayMs() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_holdUntil.isValid() && m_holdUntil > now)
        return now.msecsTo(m_holdUntil);
    if (m_remaining < 0 || !m_resetAt.isValid())
        return 0; // nothing heard yet: the first answers teach the budget
    const qint64 toReset = now.msecsTo(m_resetAt);
    if (toReset <= 0)
        return 0; // the window has turned over
    const int reserve = int(std::ceil(m_limit * m_reserve));
    const int available = m_remaining - m_inFlight - reserve;
    if (available <= 0)
        return toReset + kAfterResetMarginMs;
    // Spread what is left over what is left of the window.
    const qint64 interval = toReset / (available + 1);
    if (!m_lastRelease.isValid())
        return 0;
    return std::max<qint64>(0, interval - m_lastRelease.elapsed());
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
        if (delay > 0) {
            if (!m_timer.isActive() || m_timer.remainingTime() > delay)
                m_timer.start(int(std::min<qint64>(delay, 3600 * 1000)));
            return;
        }
        Waiter w = std::move(front);
        m_waiting.pop_front();
        ++m_inFlight;
        if (m_remaining > 0 && m_resetAt.isValid() && QDateTime::currentDateTimeUtc() >= m_resetAt)
            m_remaining = -1; // a new window: unknown until the next answer
        m_lastRelease.start();
        w.go();
    }
}

} // namespace hoist

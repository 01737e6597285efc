// The rate pacer's decisions, fed with answers that carry Procore's X-Rate-Limit-* headers: the
// reported budget is spent back to back, a wait past it is announced, and a 429's Retry-After
// outranks a Reset far away (issue 14).
#include "procore/RatePacer.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace hoist;

namespace {

// A finished answer with the rate-limit headers of Procore's API (Qt's reply type, no network).
class Answer : public QNetworkReply
{
public:
    Answer(int status, int remaining, qint64 resetInSecs, int limit = 25)
    {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setRawHeader("X-Rate-Limit-Limit", QByteArray::number(limit));
        setRawHeader("X-Rate-Limit-Remaining", QByteArray::number(remaining));
        setRawHeader("X-Rate-Limit-Reset",
                     QByteArray::number(QDateTime::currentSecsSinceEpoch() + resetInSecs));
    }
    // No HTTP answer at all (connection refused, reset, timed out).
    Answer() = default;
    void abort() override {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

} // namespace

class TestRatePacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spendsTheBudgetBackToBack()
    {
        RatePacer pacer;
        QSignalSpy waiting(&pacer, &RatePacer::waiting);
        int ran = 0;
        pacer.acquire(nullptr, [&] { ++ran; }); // nothing known yet: goes
        QCOMPARE(ran, 1);
        Answer first(200, 6, 30);
        pacer.observe(&first);
        QCOMPARE(pacer.remaining(), 6);
        for (int i = 0; i < 8; ++i)
            pacer.acquire(nullptr, [&] { ++ran; });
        // All six calls the window has left go at once; the other two wait for its Reset.
        QCOMPARE(ran, 7);
        QCOMPARE(pacer.waitingCount(), 2);
        QCOMPARE(waiting.size(), 1);
        const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(waiting.first().first().toDateTime());
        QVERIFY2(secs >= 25 && secs <= 32, qPrintable(QString::number(secs)));
        // Answers of the same window out of order: the lowest count stands.
        Answer later(200, 1, 30), earlier(200, 4, 30);
        pacer.observe(&later);
        pacer.observe(&earlier);
        QCOMPARE(pacer.remaining(), 1);
        QCOMPARE(ran, 7); // four of the six are still out: nothing more may go
    }

    void retryAfterOutranksAFarReset()
    {
        RatePacer pacer;
        QSignalSpy goingOn(&pacer, &RatePacer::goingOn);
        // A 429 that says "Remaining 0, Reset in an hour, Retry-After 1" (here 300 ms).
        Answer limited(429, 0, 3600);
        pacer.observe(&limited);
        pacer.holdForMs(300);
        int ran = 0;
        pacer.acquire(nullptr, [&] { ++ran; });
        pacer.acquire(nullptr, [&] { ++ran; });
        QCOMPARE(ran, 0);
        QTRY_COMPARE_WITH_TIMEOUT(ran, 1, 5000); // after Retry-After, not after the Reset
        // One call finds out the budget; the next goes when its answer tells it.
        QTest::qWait(50);
        QCOMPARE(ran, 1);
        Answer fresh(200, 20, 30);
        pacer.observe(&fresh);
        QCOMPARE(ran, 2);
        QCOMPARE(goingOn.size(), 0); // a 300 ms wait was not announced
    }

    void probeEndsEvenWithoutAnAnswer()
    {
        RatePacer pacer;
        Answer limited(429, 0, 3600);
        pacer.observe(&limited);
        pacer.holdForMs(0);
        int ran = 0;
        pacer.acquire(nullptr, [&] { ++ran; });
        pacer.acquire(nullptr, [&] { ++ran; });
        QTRY_COMPARE_WITH_TIMEOUT(ran, 1, 5000); // the probe
        Answer refused;                          // its connection failed: no budget learnt
        pacer.observe(&refused);
        QCOMPARE(ran, 2); // the next call probes instead of waiting for ever
    }

    void longHoldIsAnnounced()
    {
        RatePacer pacer;
        QSignalSpy waiting(&pacer, &RatePacer::waiting);
        pacer.holdForMs(5000);
        pacer.acquire(nullptr, [] {});
        QCOMPARE(waiting.size(), 1);
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(waiting.first().first().toDateTime());
        QVERIFY(ms > 4000 && ms <= 5000);
        QVERIFY(
            RatePacer::waitText(waiting.first().first().toDateTime()).contains(QLatin1String("going on at")));
    }
};

QTEST_GUILESS_MAIN(TestRatePacer)
#include "tst_ratepacer.moc"

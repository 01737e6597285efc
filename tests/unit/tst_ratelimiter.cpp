// Procore's two rate-limit windows as the sandbox counts them.
#include "sandbox/RateLimiter.h"

#include <QTest>

using hoist::sandbox::RateLimiter;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hourlyLimitRefusesThePastLimitCallAndResets()
    {
        RateLimiter r;
        r.setLimits(3, 0, 10);
        const qint64 t0 = 1'000'000;
        QVERIFY(r.hit(QStringLiteral("a"), t0).allowed);
        QVERIFY(r.hit(QStringLiteral("a"), t0 + 1).allowed);
        const auto third = r.hit(QStringLiteral("a"), t0 + 2);
        QVERIFY(third.allowed);
        QCOMPARE(third.remaining, 0);
        QCOMPARE(third.limit, 3);
        QCOMPARE(third.resetEpochSecs, t0 + 3600);
        const auto fourth = r.hit(QStringLiteral("a"), t0 + 3);
        QVERIFY(!fourth.allowed);
        // The window rolls: room comes when the second oldest counted request (t0 + 1) leaves it.
        QCOMPARE(fourth.retryAfterSecs, 3598);
        QVERIFY(r.hit(QStringLiteral("b"), t0 + 3).allowed);     // another token has its own budget
        QVERIFY(!r.hit(QStringLiteral("a"), t0 + 3600).allowed); // t0's left; three others remain
        QVERIFY(r.hit(QStringLiteral("a"), t0 + 3602).allowed);
    }

    void headersReportTheWindowCloserToItsLimit()
    {
        RateLimiter r;
        r.setLimits(600, 25, 10);
        const qint64 t0 = 2'000'000;
        RateLimiter::Verdict v;
        for (int i = 0; i < 20; ++i)
            v = r.hit(QStringLiteral("a"), t0);
        QCOMPARE(v.limit, 25);
        QCOMPARE(v.remaining, 5);
        QCOMPARE(v.resetEpochSecs, t0 + 10);
        for (int i = 0; i < 5; ++i)
            v = r.hit(QStringLiteral("a"), t0 + 1);
        QVERIFY(v.allowed);
        v = r.hit(QStringLiteral("a"), t0 + 2);
        QVERIFY(!v.allowed);
        QCOMPARE(v.retryAfterSecs, 8);
        v = r.hit(QStringLiteral("a"), t0 + 10); // t0's 20 have left the spike window; the hour has not
        QVERIFY(v.allowed);
        QCOMPARE(v.limit, 25);
        QCOMPARE(v.remaining, 18); // t0 + 1's five, t0 + 2's refused one and this one still count
    }

    void spikeWindowRolls()
    {
        // Procore's documented example (600 an hour, 25 per 10 s): the 10-second window rolls, so
        // Remaining rises again as it moves, request by request, not all at once.
        RateLimiter r;
        r.setLimits(600, 25, 10);
        const qint64 t0 = 4'000'000;
        RateLimiter::Verdict v;
        for (int i = 0; i < 10; ++i)
            v = r.hit(QStringLiteral("a"), t0);
        for (int i = 0; i < 10; ++i)
            v = r.hit(QStringLiteral("a"), t0 + 5);
        QCOMPARE(v.remaining, 5);
        QCOMPARE(v.resetEpochSecs, t0 + 10); // when t0's requests leave
        v = r.hit(QStringLiteral("a"), t0 + 9);
        QCOMPARE(v.remaining, 4);
        v = r.hit(QStringLiteral("a"), t0 + 10); // t0's ten have left
        QCOMPARE(v.remaining, 13);
        QCOMPARE(v.resetEpochSecs, t0 + 15); // next, t0 + 5's leave
        for (int i = 0; i < 13; ++i)
            v = r.hit(QStringLiteral("a"), t0 + 11);
        QVERIFY(v.allowed);
        QCOMPARE(v.remaining, 0);
        v = r.hit(QStringLiteral("a"), t0 + 12);
        QVERIFY(!v.allowed);
        QCOMPARE(v.retryAfterSecs, 3); // t0 + 5's ten leave at t0 + 15
        QVERIFY(r.hit(QStringLiteral("a"), t0 + 15).allowed);
        QCOMPARE(v.limit, 25); // the spike window is the one closer to its limit
    }

    void refusedCallsCountToo()
    {
        RateLimiter r;
        r.setLimits(0, 2, 10);
        const qint64 t0 = 3'000'000;
        r.hit(QStringLiteral("a"), t0);
        r.hit(QStringLiteral("a"), t0);
        QVERIFY(!r.hit(QStringLiteral("a"), t0).allowed);
        QVERIFY(!r.hit(QStringLiteral("a"), t0 + 9).allowed);
        QVERIFY(r.hit(QStringLiteral("a"), t0 + 10).allowed);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"

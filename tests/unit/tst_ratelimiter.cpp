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
        QCOMPARE(fourth.retryAfterSecs, 3597);
        QVERIFY(r.hit(QStringLiteral("b"), t0 + 3).allowed);    // another token has its own budget
        QVERIFY(r.hit(QStringLiteral("a"), t0 + 3600).allowed); // a new window
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
        v = r.hit(QStringLiteral("a"), t0 + 10); // the spike window has passed; the hour has not
        QVERIFY(v.allowed);
        QCOMPARE(v.limit, 25);
        QCOMPARE(v.remaining, 24);
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

// The bandwidth limit: the token bucket's grants and delays on a simulated clock (no waiting),
// and PacedDevice's body (bytes in order, held back while the bucket is empty).
#include "upload/BandwidthLimiter.h"
#include "upload/PacedDevice.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace hoist;

class TestBandwidthLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unlimitedGrantsEverything()
    {
        BandwidthLimiter limiter;
        QVERIFY(!limiter.isLimited());
        QCOMPARE(limiter.take(1 << 20, 0), 1 << 20);
        QCOMPARE(limiter.delayFor(1 << 20, 0), 0);
    }

    void pacesToTheRate_data()
    {
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<qint64>("chunk");
        QTest::newRow("100 KiB/s, 16 KiB reads") << qint64(100 * 1024) << qint64(16 * 1024);
        QTest::newRow("1 MiB/s, 64 KiB reads") << qint64(1024 * 1024) << qint64(64 * 1024);
        QTest::newRow("10 KiB/s, 1 KiB reads") << qint64(10 * 1024) << qint64(1024);
    }

    void pacesToTheRate()
    {
        QFETCH(qint64, rate);
        QFETCH(qint64, chunk);
        BandwidthLimiter limiter;
        limiter.setBytesPerSecond(rate);
        // A reader that sends what it is granted and otherwise sleeps for the delay it is told.
        const qint64 total = rate * 10; // ten seconds' worth
        qint64 now = 1000, sent = 0;
        int steps = 0;
        while (sent < total) {
            const qint64 got = limiter.take(std::min(chunk, total - sent), now);
            sent += got;
            if (got == 0) {
                const qint64 wait = limiter.delayFor(chunk, now);
                QVERIFY2(wait > 0, "an empty bucket must ask the reader to wait");
                now += wait;
            }
            QVERIFY(++steps < 1'000'000);
        }
        const double seconds = double(now - 1000) / 1000.0;
        // Ten seconds' worth takes ten seconds, less the first burst that went at once.
        const double expected = double(total - limiter.burst()) / double(rate);
        QVERIFY2(std::abs(seconds - expected) <= 0.1,
                 qPrintable(QStringLiteral("%1 s, expected %2 s").arg(seconds).arg(expected)));
    }

    void neverMoreThanTheBurstAtOnce()
    {
        BandwidthLimiter limiter;
        limiter.setBytesPerSecond(400 * 1024);
        QCOMPARE(limiter.burst(), 100 * 1024);
        QCOMPARE(limiter.take(1 << 30, 0), 100 * 1024);
        QCOMPARE(limiter.take(1, 0), 0);
        // An hour idle still allows one burst only.
        QCOMPARE(limiter.take(1 << 30, 3'600'000), 100 * 1024);
        // 50 ms later: 20 KiB.
        QCOMPARE(limiter.take(1 << 30, 3'600'050), 20 * 1024);
        QCOMPARE(limiter.delayFor(40 * 1024, 3'600'050), 100);
    }

    void pacedDeviceKeepsTheBytesInOrder()
    {
        BandwidthLimiter unlimited;
        auto *source = new QBuffer;
        source->setData(QByteArray(100'000, 'x'));
        source->open(QIODevice::ReadOnly);
        QByteArray header;
        PacedDevice *body = PacedDevice::formData({{QStringLiteral("key"), QStringLiteral("a/b")}},
                                                  QStringLiteral("plan \"A\".pdf"), "application/pdf", source,
                                                  &unlimited, &header);
        QVERIFY(header.startsWith("multipart/form-data; boundary=\"hoist-"));
        const QByteArray all = body->readAll();
        QCOMPARE(all.size(), body->size());
        QVERIFY(all.contains("name=\"key\"\r\n\r\na/b\r\n"));
        QVERIFY(
            all.contains("name=\"file\"; filename=\"plan \\\"A\\\".pdf\"\r\nContent-Type: application/pdf"));
        QVERIFY(all.contains(QByteArray(QByteArray(100000, 'x') + "\r\n--hoist-")));
        QVERIFY(all.endsWith("--\r\n"));
        QVERIFY(body->atEnd());
        delete body;
    }

    void pacedDeviceWaitsForTheBucket()
    {
        BandwidthLimiter limiter;
        limiter.setBytesPerSecond(64 * 1024); // burst 16 KiB
        auto *source = new QBuffer;
        source->setData(QByteArray(40 * 1024, 'y'));
        source->open(QIODevice::ReadOnly);
        PacedDevice body({}, source, {}, &limiter);
        QCOMPARE(body.size(), 40 * 1024);
        char buf[64 * 1024];
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(body.read(buf, sizeof buf), 16 * 1024); // the first burst
        // Then only what the bucket refilled meanwhile (nothing, unless the machine stalled: the
        // bound follows the time that really passed, so a loaded machine does not fail it).
        const qint64 more = body.read(buf, sizeof buf);
        QVERIFY2(more <= (clock.elapsed() + 1) * 64 * 1024 / 1000, qPrintable(QString::number(more)));
        QVERIFY(more < 24 * 1024); // never the rest at once
        QSignalSpy ready(&body, &QIODevice::readyRead);
        QVERIFY(ready.wait(2000)); // told when to read again (about a quarter second)
        QVERIFY(body.read(buf, sizeof buf) > 0);
    }
};

QTEST_GUILESS_MAIN(TestBandwidthLimiter)
#include "tst_bandwidthlimiter.moc"

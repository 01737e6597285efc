// Segmented uploads against the sandbox: parts hashed once, PUT in parallel with exactly the
// returned headers, a failing or dropped part retried alone, a lost PATCH answer, and a resume
// that sends only the parts not yet stored.
#include "tst_upload_harness.h"

#include "procore/ApiReply.h"
#include "upload/SegmentedUpload.h"
#include "upload/TransferModel.h"

#include <QCryptographicHash>
#include <QSignalSpy>

using namespace hoist;
using namespace harness;

class TestSegmentedUpload : public QObject
{
    Q_OBJECT

    static constexpr qint64 kSize = 12'345'678; // 3 parts of 5,000,000 (the last 2,345,678)

    static std::unique_ptr<SegmentedUpload> makeUpload(Env &env, const QString &path)
    {
        auto up = std::make_unique<SegmentedUpload>(env.client.get(), path, env.companyId, env.projectId,
                                                    QFileInfo(path).fileName(),
                                                    QStringLiteral("application/octet-stream"));
        up->setSegmentSize(SegmentPlan::kMinSegment);
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 20;
        up->setRetryPolicy(fast);
        return up;
    }

    // Associates the finished upload and returns the stored file's sha256.
    static QString associateAndHash(Env &env, const QString &uuid, const QString &name)
    {
        ApiReply *reply =
            env.client->associateProjectFile(env.companyId, env.projectId, 0, name, uuid, false);
        QSignalSpy done(reply, &ApiReply::finished);
        if (!done.wait(10000) || !reply->isOk())
            return {};
        reply->deleteLater();
        for (const StoredFile &f : env.storedFiles())
            if (f.name == name)
                return f.sha256;
        return {};
    }

    static int partPuts(Env &env)
    {
        return env.countLog(QStringLiteral("storage"), QStringLiteral("PUT"), QStringLiteral("/s3/"));
    }

private Q_SLOTS:
    void threePartsInParallel()
    {
        Env env;
        const QByteArray sha = env.makeFile(QStringLiteral("model.ifc"), kSize, 3);
        auto up = makeUpload(env, env.path(QStringLiteral("model.ifc")));
        QSignalSpy done(up.get(), &SegmentedUpload::finished);
        QList<qint64> progress;
        connect(up.get(), &SegmentedUpload::progress, this, [&](qint64 sent, qint64) { progress << sent; });
        QSignalSpy preparing(up.get(), &SegmentedUpload::preparing);
        up->start();
        QVERIFY(done.wait(30000));
        QVERIFY2(up->isDone(), qPrintable(up->error().describe()));
        QCOMPARE(up->segments().size(), 3);
        QCOMPARE(up->segments()[2].size, kSize - 2 * SegmentPlan::kMinSegment);
        // Hashing was reported up to the whole file, and each part's checksums (hashed on several
        // threads) are those of its bytes.
        QVERIFY(!preparing.isEmpty());
        QCOMPARE(preparing.last().at(0).toLongLong(), kSize);
        QFile file(env.path(QStringLiteral("model.ifc")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const FileSegment &seg : up->segments()) {
            QVERIFY(file.seek(seg.offset));
            const QByteArray bytes = file.read(seg.size);
            QCOMPARE(seg.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            QVERIFY(seg.md5.isEmpty()); // optional, and not worth its hashing time
        }
        {
            // Procore (here the sandbox) got each part's size and SHA-256 and no MD5, so storage
            // checks the SHA-256 alone (x-amz-content-sha256) and still answers with the MD5 ETag.
            auto lock = env.server.state().lock();
            const sandbox::Upload &stored = env.server.state().uploads.at(up->uuid());
            QCOMPARE(stored.segments.size(), size_t(3));
            for (size_t i = 0; i < stored.segments.size(); ++i) {
                QCOMPARE(stored.segments[i].sha256.toLatin1(), up->segments()[int(i)].sha256);
                QVERIFY(stored.segments[i].md5.isEmpty());
                QCOMPARE(stored.segments[i].etag.size(), 32);
            }
        }
        QCOMPARE(partPuts(env), 3);
        QCOMPARE(progress.last(), kSize);
        QCOMPARE(associateAndHash(env, up->uuid(), QStringLiteral("model.ifc")).toLatin1(), sha);
        for (const auto &e : env.log(QStringLiteral("storage"))) {
            QVERIFY(!e.hadAuthorization);
            QVERIFY(!e.hadCookie);
        }
    }

    void failingAndDroppedPartsAreRetriedAlone()
    {
        Env env;
        const QByteArray sha = env.makeFile(QStringLiteral("archive.zip"), kSize, 4);
        sandbox::FaultRule fail500;
        fail500.kind = QStringLiteral("storage");
        fail500.method = QStringLiteral("PUT");
        fail500.path = QRegularExpression(QStringLiteral(".*"));
        fail500.status = 500;
        env.server.faults().addRule(fail500);
        sandbox::FaultRule drop = fail500;
        drop.dropAfterBytes = 1'000'000;
        env.server.faults().addRule(drop);
        auto up = makeUpload(env, env.path(QStringLiteral("archive.zip")));
        QSignalSpy done(up.get(), &SegmentedUpload::finished);
        up->start();
        QVERIFY(done.wait(30000));
        QVERIFY2(up->isDone(), qPrintable(up->error().describe()));
        QCOMPARE(partPuts(env), 5); // 3 parts + 2 retried, not the whole file again
        QCOMPARE(associateAndHash(env, up->uuid(), QStringLiteral("archive.zip")).toLatin1(), sha);
    }

    void lostCompletionAnswerIsRepeatedSafely_data()
    {
        QTest::addColumn<QString>("repeat");
        QTest::newRow("the repeat answers 200 again") << QStringLiteral("ok");
        QTest::newRow("the repeat answers 410 (already completed)") << QStringLiteral("gone");
    }
    void lostCompletionAnswerIsRepeatedSafely()
    {
        // The PATCH completes the upload and its answer is lost; the repeat may be answered 410
        // (Procore's reference lists it): the upload's state (GET) says it is complete, so the
        // upload goes on to its association.
        QFETCH(QString, repeat);
        sandbox::SandboxOptions options = Env::fastOptions();
        options.completeRepeat = repeat;
        Env env(true, options);
        const QByteArray sha = env.makeFile(QStringLiteral("scan.tif"), kSize, 5);
        sandbox::FaultRule lost;
        lost.kind = QStringLiteral("api");
        lost.method = QStringLiteral("PATCH");
        lost.path = QRegularExpression(QStringLiteral("/uploads/"));
        lost.status = 502;
        lost.afterSuccess = true;
        env.server.faults().addRule(lost);
        auto up = makeUpload(env, env.path(QStringLiteral("scan.tif")));
        QSignalSpy done(up.get(), &SegmentedUpload::finished);
        up->start();
        QVERIFY(done.wait(30000));
        QVERIFY2(up->isDone(), qPrintable(up->error().describe()));
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("PATCH"), QStringLiteral("/rest/v1.1/")),
                 2);
        QCOMPARE(
            env.countLog(QStringLiteral("api"), QStringLiteral("PATCH"), QStringLiteral("/rest/v1.1/"), 410),
            repeat == QLatin1String("gone") ? 1 : 0);
        QCOMPARE(associateAndHash(env, up->uuid(), QStringLiteral("scan.tif")).toLatin1(), sha);
    }

    void resumeSendsOnlyMissingParts()
    {
        Env env;
        const QByteArray sha = env.makeFile(QStringLiteral("site.las"), kSize, 6);
        QString uuid;
        QList<FileSegment> segments;
        QStringList etags;
        {
            auto up = makeUpload(env, env.path(QStringLiteral("site.las")));
            up->setMaxParallel(1);
            QSignalSpy stored(up.get(), &SegmentedUpload::partStored);
            connect(up.get(), &SegmentedUpload::partStored, up.get(), [&](int, const QString &) {
                uuid = up->uuid();
                segments = up->segments();
                etags = up->etags();
                up->abort(); // the app dies after the first part
            });
            up->start();
            QVERIFY(stored.wait(30000));
        }
        QCOMPARE(etags.size(), 3);
        QCOMPARE(std::count_if(etags.cbegin(), etags.cend(), [](const QString &e) { return !e.isEmpty(); }),
                 1);
        const int putsBefore = partPuts(env);
        auto again = makeUpload(env, env.path(QStringLiteral("site.las")));
        QSignalSpy done(again.get(), &SegmentedUpload::finished);
        again->resume(uuid, segments, etags);
        QVERIFY(done.wait(30000));
        QVERIFY2(again->isDone(), qPrintable(again->error().describe()));
        QCOMPARE(partPuts(env) - putsBefore, 2);
        QCOMPARE(associateAndHash(env, uuid, QStringLiteral("site.las")).toLatin1(), sha);
    }

    // Through the upload queue: big files go up in parts, small ones in one POST, both associated.
    void queueUsesSegmentsAboveTheThreshold()
    {
        Env env;
        env.controller->setSegmentThreshold(10'000'000, SegmentPlan::kMinSegment);
        const QByteArray big = env.makeFile(QStringLiteral("Model/tower.rvt"), kSize, 9);
        const QByteArray small = env.makeFile(QStringLiteral("Model/notes.txt"), 4'000, 10);
        sandbox::FaultRule fail503;
        fail503.kind = QStringLiteral("storage");
        fail503.method = QStringLiteral("PUT");
        fail503.status = 503;
        fail503.retryAfterSecs = 1;
        env.server.faults().addRule(fail503);
        UploadItem a = item(env.path(QStringLiteral("Model/tower.rvt")));
        UploadItem b = item(env.path(QStringLiteral("Model/notes.txt")));
        QVERIFY(env.runToIdle({a, b}, env.destination(QStringLiteral("Drawings"))));
        QVERIFY2(env.stateOf(0) == TransferState::Done,
                 qPrintable(env.controller->model()->jobAt(0)->errorText()));
        QCOMPARE(env.stateOf(1), TransferState::Done);
        QHash<QString, QString> sha;
        for (const StoredFile &f : env.storedFiles())
            sha.insert(f.path, f.sha256);
        QCOMPARE(sha.value(QStringLiteral("Drawings/tower.rvt")).toLatin1(), big);
        QCOMPARE(sha.value(QStringLiteral("Drawings/notes.txt")).toLatin1(), small);
        QCOMPARE(partPuts(env), 4); // 3 parts, one of them twice
        QCOMPARE(env.countLog(QStringLiteral("storage"), QStringLiteral("POST"), QStringLiteral("/s3/")), 1);
        TransferModel *m = env.controller->model();
        QCOMPARE(m->data(m->index(0, 0), TransferModel::BytesSentRole).toLongLong(), kSize);
    }

    // Parts count against the queue's limit on connections: a big file alone spreads its parts
    // over the free slots; with whole files waiting, it keeps to its own slot.
    void partsShareTheQueueConnectionLimit()
    {
        Env env;
        env.controller->setMaxParallel(2);
        env.controller->setSegmentThreshold(10'000'000, SegmentPlan::kMinSegment);
        env.server.faults().setStorageBytesPerSecond(20'000'000); // long enough to overlap
        const QByteArray big = env.makeFile(QStringLiteral("alone/site.las"), kSize, 21);
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("alone/site.las")))}, env.destination()));
        QCOMPARE(env.stateOf(0), TransferState::Done);
        {
            auto lock = env.server.state().lock();
            QCOMPARE(env.server.state().storageInFlightPeak, 2); // two parts at once, not three
            env.server.state().storageInFlightPeak = 0;
        }
        QList<UploadItem> mixed{item(env.path(QStringLiteral("alone/site.las")))};
        for (int i = 0; i < 6; ++i) {
            const QString name = QStringLiteral("mixed/photo-%1.jpg").arg(i);
            env.makeFile(name, 3'000'000, quint32(30 + i));
            mixed.append(item(env.path(name)));
        }
        QVERIFY(env.runToIdle(mixed, env.destination()));
        for (int row = 0; row < env.controller->model()->rowCount(); ++row)
            QCOMPARE(env.stateOf(row), TransferState::Done);
        auto lock = env.server.state().lock();
        QCOMPARE(env.server.state().storageInFlightPeak, 2); // never more than the limit
        Q_UNUSED(big);
    }

    void changedFileIsRefusedByStorage()
    {
        Env env;
        env.makeFile(QStringLiteral("moving.bin"), kSize, 7);
        auto up = makeUpload(env, env.path(QStringLiteral("moving.bin")));
        QSignalSpy done(up.get(), &SegmentedUpload::finished);
        connect(up.get(), &SegmentedUpload::created, this, [&] {
            // the file changes after it was hashed: every part's bytes now differ from its sha256
            env.makeFile(QStringLiteral("moving.bin"), kSize, 8);
        });
        up->start();
        QVERIFY(done.wait(30000));
        QVERIFY(!up->isDone());
        QCOMPARE(up->error().httpStatus, 400);
        QVERIFY2(up->error().message.contains(QStringLiteral("x-amz-content-sha256")),
                 qPrintable(up->error().message));
    }
};

QTEST_GUILESS_MAIN(TestSegmentedUpload)
#include "tst_segmented_upload.moc"

// Drawings after their one drawing_uploads call: Procore's processing can take hours and its
// status checks can fail. A failed status check never means the drawing upload is gone: the
// batch keeps its id, polls again with backoff, Retry resumes the polling, and no second drawing
// upload is ever made for it. Every documented status says on the row what it means, and the
// polling stops after a stated time with the row saying where to look in Procore.
#include "tst_upload_harness.h"
#include "upload/DrawingBatch.h"
#include "upload/TransferJournal.h"

#include <QFile>
#include <QTemporaryDir>

using namespace hoist;
using namespace harness;
using namespace Qt::StringLiterals;

class TestDrawingStatus : public QObject
{
    Q_OBJECT

private:
    static void makePdf(Env &env, const QString &name, quint32 seed)
    {
        env.makeFile(name, 20'000, seed);
        QFile f(env.path(name));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write("%PDF-1.7\n");
    }
    static Destination drawings(Env &env)
    {
        Destination d = env.destination();
        d.kind = DestinationKind::Drawings;
        auto lock = env.server.state().lock();
        for (const auto &[id, a] : env.server.state().drawingAreas)
            if (a.projectId == env.projectId && a.name == "Building A"_L1)
                d.drawing.areaId = id;
        for (const auto &[id, s] : env.server.state().drawingSets)
            if (s.projectId == env.projectId && s.name == "Addendum 1"_L1) {
                d.drawing.setId = id;
                d.drawing.setName = s.name;
            }
        d.drawing.drawingDate = QDate(2026, 6, 1);
        return d;
    }
    static int drawingUploads(Env &env)
    {
        auto lock = env.server.state().lock();
        return int(env.server.state().drawingUploads.size());
    }
    int createCalls(Env &env)
    {
        return env.countLog(u"api"_s, u"POST"_s,
                            u"/rest/v1.1/projects/%1/drawing_uploads"_s.arg(env.projectId));
    }
    int statusChecks(Env &env)
    {
        return env.countLog(u"api"_s, u"GET"_s,
                            u"/rest/v1.1/projects/%1/drawing_uploads/"_s.arg(env.projectId));
    }

private Q_SLOTS:
    void failedStatusChecksThenRetry()
    {
        // After the drawing upload is made, six status checks answer 500: the rows fail saying
        // the drawing upload is kept, and Retry asks for its status again: no new bytes, no
        // second drawing upload.
        Env env;
        env.controller->setDrawingPollInterval(10, 40);
        RetryPolicy twice;
        twice.maxAttempts = 2; // each status check: the first try and one retry
        twice.baseDelayMs = 5;
        twice.maxDelayMs = 20;
        env.client->setRetryPolicy(twice);
        makePdf(env, u"S-301.pdf"_s, 41);
        makePdf(env, u"S-302.pdf"_s, 42);
        sandbox::FaultRule failing;
        failing.method = u"GET"_s;
        failing.path = QRegularExpression(u"/drawing_uploads/\\d+$"_s);
        failing.status = 500;
        failing.count = 6;
        env.server.faults().addRule(failing);
        QVERIFY(
            env.runToIdle({item(env.path(u"S-301.pdf"_s)), item(env.path(u"S-302.pdf"_s))}, drawings(env)));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        QVERIFY2(env.controller->model()->jobAt(0)->errorText().contains(u"Retry"_s),
                 qPrintable(env.describeRows()));
        QCOMPARE(drawingUploads(env), 1);
        const int storagePosts = env.countLog(u"storage"_s, u"POST"_s, {});

        env.controller->retryFailed();
        QVERIFY(env.waitIdle());
        for (int r = 0; r < 2; ++r)
            QVERIFY2(env.stateOf(r) == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(drawingUploads(env), 1);
        QCOMPARE(createCalls(env), 1);
        QCOMPARE(env.countLog(u"storage"_s, u"POST"_s, {}), storagePosts); // no bytes sent again
    }

    void eachStatusSaysWhatItMeans_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("in_queue") << u"in_queue"_s;
        QTest::newRow("in_progress") << u"in_progress"_s;
        QTest::newRow("mechanical_turk") << u"mechanical_turk"_s;
    }
    void eachStatusSaysWhatItMeans()
    {
        // Procore answers one status for as long as the test looks; the row says what it means,
        // then the polling stops after its stated time, and the row says Procore still has it
        // and where to see it. The checks stay few.
        QFETCH(QString, status);
        sandbox::SandboxOptions options = Env::fastOptions();
        options.drawingStatuses = {status};
        Env env(true, options);
        env.controller->setDrawingPollInterval(50, 200);
        env.controller->setDrawingPollLimit(1'500);
        makePdf(env, u"M-101.pdf"_s, 43);
        const QList<quint64> ids = env.controller->enqueue({item(env.path(u"M-101.pdf"_s))}, drawings(env));
        UploadJob *job = env.controller->job(ids.first());
        QStringList details;
        connect(job, &UploadJob::detailChanged, this, [&] { details.append(job->statusDetail()); });
        QVERIFY(env.waitIdle(20000));
        QVERIFY2(details.contains(DrawingBatch::statusText(status)), qPrintable(details.join(u'|')));
        QVERIFY(DrawingBatch::statusText(status) != DrawingBatch::statusText(u"something_new"_s));
        QCOMPARE(job->state(), TransferState::Done);
        QVERIFY2(job->statusDetail() == DrawingBatch::stillProcessingText(), qPrintable(job->statusDetail()));
        const int checks = statusChecks(env);
        QVERIFY2(checks >= 3 && checks <= 12, qPrintable(QString::number(checks)));
        QCOMPARE(drawingUploads(env), 1);
        // Stopped: no check after the row said so.
        QSignalSpy never(job, &UploadJob::detailChanged);
        QVERIFY(!never.wait(500));
        QCOMPARE(statusChecks(env), checks);
    }

    void mechanicalTurkThenProcessed()
    {
        // People finish it, then it is ready for review: the row says both, and is done.
        sandbox::SandboxOptions options = Env::fastOptions();
        options.drawingStatuses = {u"in_queue"_s, u"mechanical_turk"_s, u"mechanical_turk"_s,
                                   u"ready_for_review"_s};
        Env env(true, options);
        env.controller->setDrawingPollInterval(10, 40);
        makePdf(env, u"M-102.pdf"_s, 44);
        const QList<quint64> ids = env.controller->enqueue({item(env.path(u"M-102.pdf"_s))}, drawings(env));
        UploadJob *job = env.controller->job(ids.first());
        QStringList details;
        connect(job, &UploadJob::detailChanged, this, [&] { details.append(job->statusDetail()); });
        QVERIFY(env.waitIdle(20000));
        QCOMPARE(job->state(), TransferState::Done);
        QVERIFY2(details.contains(DrawingBatch::statusText(u"mechanical_turk"_s)),
                 qPrintable(details.join(u'|')));
        QCOMPARE(job->statusDetail(), DrawingBatch::statusText(u"ready_for_review"_s));
    }
    void resumedBatchOnlyChecksItsDrawingUpload()
    {
        // A crash (here: the queue gone, the journal kept) after Procore took the drawing_uploads
        // call: the journal holds the drawing upload's id, so the next run only checks its status;
        // it never asks for a drawing upload again (not even with the same Idempotency-Token,
        // whose lifetime Procore does not state).
        sandbox::SandboxOptions options = Env::fastOptions();
        options.drawingStatuses = {u"in_queue"_s, u"in_progress"_s, u"in_progress"_s, u"ready_for_review"_s};
        Env env(true, options);
        QTemporaryDir dir;
        QString error;
        auto journal = TransferJournal::open(dir.filePath(u"j.sqlite"_s), &error);
        QVERIFY2(journal, qPrintable(error));
        env.controller->setJournal(journal.get());
        env.controller->setDrawingPollInterval(60'000, 60'000); // no status check before the crash
        makePdf(env, u"E-101.pdf"_s, 51);
        makePdf(env, u"E-102.pdf"_s, 52);
        env.controller->enqueue({item(env.path(u"E-101.pdf"_s)), item(env.path(u"E-102.pdf"_s))},
                                drawings(env));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return createCalls(env) == 1 && !journal->entries().isEmpty()
                       && journal->entries().first().drawingUploadId > 0;
            },
            30000));
        const int storagePosts = env.countLog(u"storage"_s, u"POST"_s, {});
        env.controller->setJournal(nullptr);
        env.controller = std::make_unique<UploadController>(env.client.get());
        env.controller->setJournal(journal.get());
        env.controller->setDrawingPollInterval(10, 40);
        QCOMPARE(env.controller->resumeFromJournal(), 2);
        QVERIFY(env.waitIdle(20000));
        for (int r = 0; r < 2; ++r)
            QVERIFY2(env.stateOf(r) == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(createCalls(env), 1);
        QCOMPARE(drawingUploads(env), 1);
        QCOMPARE(env.countLog(u"storage"_s, u"POST"_s, {}), storagePosts);
        QVERIFY(statusChecks(env) >= 1);
        env.controller->setJournal(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestDrawingStatus)
#include "tst_drawing_status.moc"

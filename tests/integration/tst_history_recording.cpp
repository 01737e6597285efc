// A real run with successes, a failure and a skip lands in the history with Procore's ids.
#include "tst_upload_harness.h"

#include "history/HistoryRecorder.h"
#include "history/UploadHistory.h"

using namespace hoist;
using namespace harness;

class TestHistoryRecording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runWithSuccessFailureAndSkip()
    {
        Env env;
        auto history = UploadHistory::open(env.path(QStringLiteral("history.sqlite")));
        QVERIFY(history);
        HistoryRecorder recorder(env.controller.get(), history.get(), QStringLiteral("built-in-sandbox"));

        env.makeFile(QStringLiteral("ok-1.pdf"), 10'000, 1);
        env.makeFile(QStringLiteral("ok-2.pdf"), 12'000, 2);
        QVERIFY(env.runToIdle(
            {item(env.path(QStringLiteral("ok-1.pdf"))), item(env.path(QStringLiteral("ok-2.pdf")))},
            env.destination(QStringLiteral("RFIs"))));
        // The same name again with policy Skip, and a file that vanished before its turn.
        env.controller->setConflictPolicy(ConflictPolicy::Skip);
        UploadItem gone = item(env.path(QStringLiteral("ok-1.pdf")));
        gone.localPath = env.path(QStringLiteral("vanished.pdf"));
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("ok-2.pdf"))), gone},
                              env.destination(QStringLiteral("RFIs"))));

        QList<HistoryRecord> rows = history->find();
        QCOMPARE(rows.size(), 4);
        QHash<QString, HistoryRecord> byOutcome;
        int done = 0;
        for (const HistoryRecord &r : rows) {
            byOutcome.insert(r.outcome, r);
            done += r.outcome == QLatin1String("done") ? 1 : 0;
            QCOMPARE(r.environment, QStringLiteral("built-in-sandbox"));
            QCOMPARE(r.projectId, env.projectId);
        }
        QCOMPARE(done, 2);
        const HistoryRecord ok = byOutcome.value(QStringLiteral("done"));
        QVERIFY(ok.fileId > 0);
        QVERIFY(ok.destination.endsWith(QStringLiteral("RFIs/ok-1.pdf"))
                || ok.destination.endsWith(QStringLiteral("RFIs/ok-2.pdf")));
        QCOMPARE(ok.uploadUuid.size(), 26);
        {
            auto lock = env.server.state().lock();
            QVERIFY(env.server.state().files.count(ok.fileId) == 1); // the id is Procore's (the sandbox's)
        }
        QVERIFY(byOutcome.contains(QStringLiteral("skipped")));
        QCOMPARE(byOutcome.value(QStringLiteral("skipped")).fileId, 0);
        const HistoryRecord failed = byOutcome.value(QStringLiteral("failed"));
        QCOMPARE(failed.localPath, env.path(QStringLiteral("vanished.pdf")));
        QVERIFY(!failed.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryRecording)
#include "tst_history_recording.moc"

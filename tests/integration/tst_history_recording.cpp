// A real run with successes, a failure and a skip lands in the history with Procore's ids; the
// upload receipt (issue 26) and hoist-cli history's view of what is still failed.
#include "tst_upload_harness.h"

#include "history/HistoryRecorder.h"
#include "history/UploadHistory.h"
#include "history/UploadReceipt.h"

#include <QProcess>
#include <QUrlQuery>

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
    // Issue 28.4: a file's sha256 is read while its bytes go up, so its row has it the moment the
    // file is done (hoist-cli used to read a big file again after its upload, before it exits).
    void shaIsInTheRowWhenTheFileIsDone()
    {
        Env env;
        auto history = UploadHistory::open(env.path(QStringLiteral("history.sqlite")));
        QVERIFY(history);
        HistoryRecorder recorder(env.controller.get(), history.get(), QStringLiteral("built-in-sandbox"));
        const QByteArray sha = env.makeFile(QStringLiteral("slow.pdf"), 2'000'000, 5);
        env.server.faults().setStorageBytesPerSecond(1'000'000); // two seconds of storage POST
        QString shaWhenDone = QStringLiteral("(not done)");
        connect(env.controller.get(), &UploadController::jobStateChanged, this,
                [&](quint64, TransferState state) {
                    if (state != TransferState::Done)
                        return;
                    const QList<HistoryRecord> rows = history->find();
                    shaWhenDone = rows.isEmpty() ? QStringLiteral("(no row)") : rows.first().sha256;
                });
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("slow.pdf")))},
                              env.destination(QStringLiteral("RFIs"))));
        QCOMPARE(shaWhenDone, QString::fromLatin1(sha));
        QCOMPARE(recorder.hashesPending(), 0);
    }
    // Issue 26: per file uploaded, the receipt gives its page in Procore's web application, who
    // uploaded it (GET /me) and when, and the sha256 of what went; as CSV from hoist-cli and as
    // a printable page. A file that failed and later went up is not listed by --failed.
    void receiptAndStillFailed()
    {
        Env env;
        const QString db = env.path(QStringLiteral("history.sqlite"));
        auto history = UploadHistory::open(db);
        QVERIFY(history);
        HistoryRecorder recorder(env.controller.get(), history.get(), QStringLiteral("built-in-sandbox"));
        recorder.askWhoUploads(env.client.get());
        const QByteArray sha1 = env.makeFile(QStringLiteral("RFI-12.pdf"), 10'000, 5);
        const QByteArray sha2 = env.makeFile(QStringLiteral("RFI-13.pdf"), 12'000, 6);
        // RFI-12 failed yesterday for the same destination (as an earlier run would have recorded).
        HistoryRecord before;
        before.at = QDateTime::currentDateTimeUtc().addDays(-1);
        before.environment = QStringLiteral("built-in-sandbox");
        before.localPath = env.path(QStringLiteral("RFI-12.pdf"));
        before.target = env.destination(QStringLiteral("RFIs"));
        before.companyId = env.companyId;
        before.projectId = env.projectId;
        before.outcome = QStringLiteral("failed");
        QVERIFY(history->record(before));
        QString me;
        {
            auto lock = env.server.state().lock();
            me = env.server.state().users.at(env.server.defaultUserId()).name;
        }
        QTRY_COMPARE(recorder.uploader(), me);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(env.runToIdle(
            {item(env.path(QStringLiteral("RFI-12.pdf"))), item(env.path(QStringLiteral("RFI-13.pdf")))},
            env.destination(QStringLiteral("RFIs"))));
        QTRY_COMPARE(recorder.hashesPending(), 0);

        const QString csv = env.path(QStringLiteral("receipt.csv"));
        QProcess cli;
        cli.start(qEnvironmentVariable("HOIST_CLI"),
                  {QStringLiteral("history"), QStringLiteral("--db"), db, QStringLiteral("--receipt"), csv});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // the header and the two files
        QVERIFY(lines[0].startsWith(
            "file,local_path,size,sha256,destination,procore_link,procore_id,uploaded_by"));
        const QHash<QByteArray, QByteArray> shaOf{{"RFI-12.pdf", sha1}, {"RFI-13.pdf", sha2}};
        for (const QByteArray &line : lines.mid(1)) {
            QStringList cells = QString::fromUtf8(line.trimmed()).split(QStringLiteral("\",\""));
            cells.first().remove(0, 1);
            cells.last().chop(1);
            QCOMPARE(cells.size(), 10);
            QVERIFY2(shaOf.contains(cells[0].toUtf8()), qPrintable(cells[0]));
            QCOMPARE(cells[3].toUtf8(), shaOf.value(cells[0].toUtf8())); // what was read is what went
            const qint64 fileId = cells[6].toLongLong();
            {
                auto lock = env.server.state().lock();
                const auto &stored = env.server.state().files.at(fileId);
                QCOMPARE(stored.name, cells[0]);
                QCOMPARE(env.server.objectSha256(stored.versions.back().objectKey).toUtf8(),
                         shaOf.value(cells[0].toUtf8()));
            }
            const QUrl link(cells[5]);
            QCOMPARE(link.host(), env.server.baseUrl().host());
            QCOMPARE(link.port(), env.server.baseUrl().port());
            QCOMPARE(link.path(), QStringLiteral("/%1/project/documents").arg(env.projectId));
            QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("file_id")), QString::number(fileId));
            QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("folder_id")),
                     QString::number(env.folderId(QStringLiteral("RFIs"))));
            QCOMPARE(cells[7], me);
            const QDateTime at = QDateTime::fromString(cells[8], Qt::ISODate);
            QVERIFY(at >= start && at <= QDateTime::currentDateTimeUtc().addSecs(1));
        }

        // The printable page lists the same links, people and checksums.
        const QString html = env.path(QStringLiteral("receipt.html"));
        cli.start(qEnvironmentVariable("HOIST_CLI"),
                  {QStringLiteral("history"), QStringLiteral("--db"), db, QStringLiteral("--receipt"), html});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(page.readAll());
        QVERIFY(text.contains(QString::fromLatin1(sha1)) && text.contains(QString::fromLatin1(sha2)));
        QVERIFY(text.contains(me.toHtmlEscaped()));
        QVERIFY(text.contains(QStringLiteral("/project/documents?folder_id=")));

        // Yesterday's failure of RFI-12 is over: --failed lists nothing.
        cli.start(qEnvironmentVariable("HOIST_CLI"), {QStringLiteral("history"), QStringLiteral("--db"), db,
                                                      QStringLiteral("--failed"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(cli.readAllStandardOutput().trimmed(), QByteArray());
        cli.start(qEnvironmentVariable("HOIST_CLI"), {QStringLiteral("history"), QStringLiteral("--db"), db,
                                                      QStringLiteral("--outcome"), QStringLiteral("done")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.readAllStandardOutput().trimmed().split('\n').size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHistoryRecording)
#include "tst_history_recording.moc"

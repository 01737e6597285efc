// Queue control and local-file trouble: cancel, retry one, pause/resume, a file that changes,
// vanishes or cannot be read, zero bytes, name clashes, and the model's coalesced updates.
#include "tst_upload_harness.h"

#include <QFile>
#include <QSignalSpy>

#include <optional>

#include <sys/stat.h>

using namespace hoist;
using namespace harness;

class TestUploadControl : public QObject
{
    Q_OBJECT

private:
    static bool waitFor(const std::function<bool()> &cond, int ms = 20000)
    {
        return QTest::qWaitFor(cond, ms);
    }

    static qint64 seededFileId(Env &env, const QString &name)
    {
        auto lock = env.server.state().lock();
        for (const auto &[id, f] : env.server.state().files)
            if (f.projectId == env.projectId && f.name == name)
                return id;
        return 0;
    }

private Q_SLOTS:
    void cancelWhileUploading()
    {
        Env env;
        env.server.faults().setStorageBytesPerSecond(1'000'000);
        env.makeFile(QStringLiteral("big.bin"), 1'000'000);
        env.controller->enqueue({item(env.path(QStringLiteral("big.bin")))}, env.destination());
        UploadJob *job = env.controller->model()->jobAt(0);
        QVERIFY(waitFor([&] { return job->state() == TransferState::Uploading && job->bytesSent() > 0; }));
        env.controller->cancel(env.controller->model()->jobAt(0)->id());
        QCOMPARE(job->state(), TransferState::Cancelled);
        QVERIFY(env.controller->isIdle());
        env.server.faults().setStorageBytesPerSecond(0);
        // Nothing was associated, and the row can be retried to completion.
        QCOMPARE(env.storedFiles().size(), 0);
        env.controller->retry(env.controller->model()->jobAt(0)->id());
        QVERIFY(env.waitIdle());
        QCOMPARE(job->state(), TransferState::Done);
        const auto files = env.storedFiles();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].sha256.toLatin1(), testfiles::sha256Of(env.path(QStringLiteral("big.bin"))));
    }

    void retryOneFailedFile()
    {
        Env env;
        env.makeFile(QStringLiteral("ok.txt"), 1000);
        const QString missing = env.path(QStringLiteral("later.txt"));
        UploadItem ghost{missing, {}, 10, QDateTime::currentDateTime()};
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("ok.txt"))), ghost}, env.destination()));
        QCOMPARE(env.stateOf(0), TransferState::Done);
        QCOMPARE(env.stateOf(1), TransferState::Failed);
        const QString reason = env.controller->model()
                                   ->data(env.controller->model()->index(1, 0), TransferModel::ErrorRole)
                                   .toString();
        QVERIFY2(reason.contains(QLatin1String("no longer exists")), qPrintable(reason));
        const QByteArray sha = env.makeFile(QStringLiteral("later.txt"), 2345, 7);
        env.controller->retry(env.controller->model()->jobAt(1)->id());
        QVERIFY(env.waitIdle());
        QCOMPARE(env.stateOf(1), TransferState::Done);
        QCOMPARE(env.storedFiles().size(), 2);
        for (const auto &f : env.storedFiles())
            if (f.name == QLatin1String("later.txt"))
                QCOMPARE(f.sha256.toLatin1(), sha);
    }

    void pauseAndResume()
    {
        Env env;
        env.server.faults().setStorageBytesPerSecond(1'000'000);
        const QByteArray sha1 = env.makeFile(QStringLiteral("one.bin"), 1'000'000, 1);
        const QByteArray sha2 = env.makeFile(QStringLiteral("two.bin"), 5000, 2);
        env.controller->setMaxParallel(1);
        env.controller->enqueue(
            {item(env.path(QStringLiteral("one.bin"))), item(env.path(QStringLiteral("two.bin")))},
            env.destination());
        UploadJob *first = env.controller->model()->jobAt(0);
        QVERIFY(
            waitFor([&] { return first->state() == TransferState::Uploading && first->bytesSent() > 0; }));
        QSignalSpy paused(env.controller.get(), &UploadController::pausedChanged);
        env.controller->pauseAll();
        QCOMPARE(paused.size(), 1);
        QCOMPARE(env.stateOf(0), TransferState::Paused);
        QCOMPARE(env.stateOf(1), TransferState::Paused);
        QVERIFY(env.controller->isIdle());
        QCOMPARE(env.storedFiles().size(), 0);
        env.server.faults().setStorageBytesPerSecond(0);
        env.controller->resumeAll();
        QVERIFY(!env.controller->isPaused());
        QVERIFY(env.waitIdle());
        QCOMPARE(env.stateOf(0), TransferState::Done);
        QCOMPARE(env.stateOf(1), TransferState::Done);
        QHash<QString, QByteArray> want{{QStringLiteral("one.bin"), sha1}, {QStringLiteral("two.bin"), sha2}};
        const auto files = env.storedFiles();
        QCOMPARE(files.size(), 2);
        for (const auto &f : files)
            QCOMPARE(f.sha256.toLatin1(), want.value(f.name));
    }

    // Issue 28.4: a file whose bytes are stored waits for its association (an API call) without
    // holding a transfer slot, so on a long round trip the next file's create and storage POST go
    // meanwhile instead of the link idling for that round trip. Every API answer is held 150 ms
    // here, so the first file is still associating when the second starts.
    void associatingFileHoldsNoSlot()
    {
        Env env;
        const QByteArray sha1 = env.makeFile(QStringLiteral("first.bin"), 5000, 1);
        const QByteArray sha2 = env.makeFile(QStringLiteral("second.bin"), 5000, 2);
        env.controller->setMaxParallel(1);
        env.server.faults().setApiDelayMs(150);
        env.controller->enqueue(
            {item(env.path(QStringLiteral("first.bin"))), item(env.path(QStringLiteral("second.bin")))},
            env.destination());
        UploadJob *first = env.controller->model()->jobAt(0);
        UploadJob *second = env.controller->model()->jobAt(1);
        std::optional<TransferState> firstWhenSecondStarted; // when the second's bytes began
        connect(second, &UploadJob::stateChanged, this, [&](TransferState s) {
            if (s == TransferState::Uploading && !firstWhenSecondStarted)
                firstWhenSecondStarted = first->state();
        });
        QVERIFY(env.waitIdle());
        QVERIFY(firstWhenSecondStarted.has_value());
        QCOMPARE(*firstWhenSecondStarted, TransferState::Associating);
        QCOMPARE(env.stateOf(0), TransferState::Done);
        QCOMPARE(env.stateOf(1), TransferState::Done);
        const QHash<QString, QByteArray> want{{QStringLiteral("first.bin"), sha1},
                                              {QStringLiteral("second.bin"), sha2}};
        const auto files = env.storedFiles();
        QCOMPARE(files.size(), 2);
        for (const auto &f : files)
            QCOMPARE(f.sha256.toLatin1(), want.value(f.name));
    }

    // Issue 28.4, small files: the next file checks itself and creates its upload while the one
    // before sends its bytes, so each file costs the link one round trip, not two; still one file
    // sends at a time with one slot, and each lands once.
    void nextUploadIsMadeWhileBytesGo()
    {
        Env env;
        QHash<QString, QByteArray> want;
        QList<UploadItem> items;
        for (int i = 0; i < 4; ++i) {
            const QString name = QStringLiteral("small-%1.pdf").arg(i);
            want.insert(name, env.makeFile(name, 40'000, 10 + i));
            items.append(item(env.path(name)));
        }
        env.controller->setMaxParallel(1);
        env.server.faults().setStorageBytesPerSecond(50'000); // each file's bytes take 0.8 s
        env.controller->enqueue(items, env.destination());
        int sendingNow = 0;
        int mostSending = 0;
        int madeWhileAnotherSent = 0;
        bool saidWaiting = false; // the row says why it waits
        for (int row = 0; row < items.size(); ++row) {
            UploadJob *job = env.controller->model()->jobAt(row);
            connect(job, &UploadJob::stateChanged, this,
                    [&, previous = TransferState::Queued](TransferState s) mutable {
                        sendingNow +=
                            int(s == TransferState::Uploading) - int(previous == TransferState::Uploading);
                        mostSending = std::max(mostSending, sendingNow);
                        previous = s;
                    });
            connect(job, &UploadJob::uploadCreated, this, [&] { madeWhileAnotherSent += sendingNow > 0; });
            connect(job, &UploadJob::detailChanged, this, [&, job] {
                saidWaiting |=
                    job->state() == TransferState::Preparing
                    && job->statusDetail() == QStringLiteral("Ready; waiting for a free transfer slot");
            });
        }
        QVERIFY(env.waitIdle(60000));
        QCOMPARE(mostSending, 1);
        QVERIFY2(madeWhileAnotherSent >= 2, qPrintable(QString::number(madeWhileAnotherSent)));
        QVERIFY(saidWaiting);
        const auto files = env.storedFiles();
        QCOMPARE(files.size(), items.size());
        for (const auto &f : files) {
            QCOMPARE(f.sha256.toLatin1(), want.value(f.name));
            QCOMPARE(f.versions, 1);
        }
    }

    // Issue 24.2: Pause All then Resume All goes on with the same segmented upload: no new
    // POST …/uploads, and the parts stored before the pause are not PUT again.
    void pauseAllResumeAllKeepsStoredParts()
    {
        Env env;
        constexpr qint64 kSize = 4 * SegmentPlan::kMinSegment; // 4 parts
        env.server.faults().setStorageBytesPerSecond(10'000'000);
        const QByteArray sha = env.makeFile(QStringLiteral("tower.rvt"), kSize, 3);
        env.controller->setMaxParallel(1); // one part at a time
        env.controller->setSegmentThreshold(10'000'000, SegmentPlan::kMinSegment);
        env.controller->enqueue({item(env.path(QStringLiteral("tower.rvt")))}, env.destination());
        UploadJob *job = env.controller->model()->jobAt(0);
        QSignalSpy parts(job, &UploadJob::segmentStored);
        QVERIFY(waitFor([&] { return parts.size() >= 2; }, 30000));
        env.controller->pauseAll();
        QCOMPARE(job->state(), TransferState::Paused);
        const int storedBeforePause = int(parts.size());
        env.server.faults().setStorageBytesPerSecond(0);
        env.controller->resumeAll();
        QVERIFY(env.waitIdle());
        QCOMPARE(job->state(), TransferState::Done);
        auto uploadCreates = [&] {
            int n = 0;
            for (const auto &e : env.log(QStringLiteral("api")))
                n += e.method == QLatin1String("POST") && e.path.endsWith(QLatin1String("/uploads")) ? 1 : 0;
            return n;
        };
        QCOMPARE(uploadCreates(), 1); // the same upload went on
        // Parts stored before the pause are not PUT again: 4 parts, plus at most the one that was
        // in flight when the pause came.
        const int puts = env.countLog(QStringLiteral("storage"), QStringLiteral("PUT"), {}, 200);
        QVERIFY2(puts <= 4 + 1 && puts >= 4, qPrintable(QString::number(puts)));
        QVERIFY(storedBeforePause >= 2);
        const auto files = env.storedFiles();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].sha256.toLatin1(), sha);
    }

    void fileChangedDuringUpload()
    {
        Env env;
        env.server.faults().setStorageBytesPerSecond(1'000'000);
        const QString p = env.path(QStringLiteral("growing.log"));
        env.makeFile(QStringLiteral("growing.log"), 1'000'000, 1);
        env.controller->enqueue({item(p)}, env.destination());
        UploadJob *job = env.controller->model()->jobAt(0);
        QVERIFY(waitFor([&] { return job->state() == TransferState::Uploading && job->bytesSent() > 0; }));
        {
            // Rewrite the bytes in place (same size, new content and mtime), as an editor saving would.
            QFile f(p);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray(4096, 'x'));
            f.close();
            QFile touch(p);
            QVERIFY(touch.open(QIODevice::ReadWrite));
            QVERIFY(touch.setFileTime(QDateTime::currentDateTime().addSecs(5),
                                      QFileDevice::FileModificationTime));
        }
        env.server.faults().setStorageBytesPerSecond(0);
        QVERIFY(env.waitIdle());
        QCOMPARE(job->state(), TransferState::Done);
        const auto files = env.storedFiles();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].versions, 1);
        QCOMPARE(files[0].sha256.toLatin1(), testfiles::sha256Of(p));
        // The stale bytes were never associated: two tickets, one association.
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.1/projects/")),
                 2);
        QCOMPARE(
            env.countLog(QStringLiteral("api"), QStringLiteral("POST"), QStringLiteral("/rest/v1.0/files")),
            1);
    }

    void vanishedDuringUpload()
    {
        Env env;
        env.server.faults().setStorageBytesPerSecond(1'000'000);
        const QString p = env.path(QStringLiteral("temp.bin"));
        env.makeFile(QStringLiteral("temp.bin"), 1'000'000);
        env.controller->enqueue({item(p)}, env.destination());
        UploadJob *job = env.controller->model()->jobAt(0);
        QVERIFY(waitFor([&] { return job->state() == TransferState::Uploading && job->bytesSent() > 0; }));
        QVERIFY(QFile::remove(p));
        env.server.faults().setStorageBytesPerSecond(0);
        QVERIFY(env.waitIdle());
        QCOMPARE(job->state(), TransferState::Failed);
        QVERIFY2(job->errorText().contains(QLatin1String("disappeared")), qPrintable(job->errorText()));
        QCOMPARE(env.storedFiles().size(), 0);
    }

    void unreadableEntries()
    {
        Env env;
        // Tests run as root, so permission bits do not stop reads; a FIFO and a folder are real
        // "cannot upload this" cases.
        const QString fifo = env.path(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(QDir().mkpath(env.path(QStringLiteral("adir"))));
        QList<QPair<QString, QString>> problems;
        const auto items = FileScanner::scanNow({fifo}, &problems);
        QCOMPARE(items.size(), 0);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].second.contains(QLatin1String("regular file")), qPrintable(problems[0].second));

        UploadItem pipeItem{fifo, {}, 0, QDateTime::currentDateTime()};
        UploadItem dirItem{env.path(QStringLiteral("adir")), {}, 0, QDateTime::currentDateTime()};
        QVERIFY(env.runToIdle({pipeItem, dirItem}, env.destination()));
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(env.stateOf(row), TransferState::Failed);
            QVERIFY(env.controller->model()->jobAt(row)->errorText().contains(QLatin1String("regular file")));
        }
        QCOMPARE(env.storedFiles().size(), 0);
        QCOMPARE(env.countLog(QStringLiteral("storage"), {}, {}), 0);
    }

    void scannerReportsProblemsAsynchronously()
    {
        Env env;
        env.makeFile(QStringLiteral("tree/a.txt"), 10);
        env.makeFile(QStringLiteral("tree/sub/b.txt"), 20);
        QCOMPARE(::mkfifo(QFile::encodeName(env.path(QStringLiteral("tree/fifo"))).constData(), 0600), 0);
        QFile::link(env.path(QStringLiteral("tree/sub")), env.path(QStringLiteral("tree/link-to-sub")));
        FileScanner scanner;
        QSignalSpy found(&scanner, &FileScanner::itemsFound);
        QSignalSpy problem(&scanner, &FileScanner::problem);
        QSignalSpy finished(&scanner, &FileScanner::finished);
        scanner.scan({env.path(QStringLiteral("tree"))});
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toInt(), 2);
        QCOMPARE(finished.at(0).at(1).toLongLong(), 30);
        QCOMPARE(finished.at(0).at(2).toInt(), 2);
        QCOMPARE(problem.size(), 2);
        QList<UploadItem> all;
        for (const auto &args : found)
            all += args.at(0).value<QList<UploadItem>>();
        QCOMPARE(all.size(), 2);
        QSet<QString> dirs;
        for (const auto &i : all)
            dirs.insert(i.relativeDir);
        QCOMPARE(dirs, (QSet<QString>{QStringLiteral("tree"), QStringLiteral("tree/sub")}));
    }

    void conflictKeepBoth()
    {
        Env env;
        env.makeFile(QStringLiteral("a/report.pdf"), 100, 1);
        const QByteArray sha2 = env.makeFile(QStringLiteral("b/report.pdf"), 200, 2);
        env.controller->setConflictPolicy(ConflictPolicy::KeepBoth);
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("a/report.pdf")))},
                              env.destination(QStringLiteral("RFIs"))));
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("b/report.pdf")))},
                              env.destination(QStringLiteral("RFIs"))));
        QCOMPARE(env.stateOf(1), TransferState::Done);
        bool renamed = false;
        for (const auto &f : env.storedFiles())
            if (f.name == QLatin1String("report (1).pdf"))
                renamed = f.sha256.toLatin1() == sha2;
        QVERIFY(renamed);
        QCOMPARE(env.controller->model()
                     ->data(env.controller->model()->index(1, TransferModel::NameColumn))
                     .toString(),
                 QStringLiteral("report (1).pdf"));
    }

    void conflictSkipAndNewVersion()
    {
        Env env;
        const QString existing = QStringLiteral("A-101 Ground Floor Plan.pdf");
        const qint64 fileId = seededFileId(env, existing);
        QVERIFY(fileId);
        const QByteArray sha = env.makeFile(existing, 3000, 5);

        env.controller->setConflictPolicy(ConflictPolicy::Skip);
        QVERIFY(env.runToIdle({item(env.path(existing))},
                              env.destination(QStringLiteral("Drawings/Architectural"))));
        QCOMPARE(env.stateOf(0), TransferState::Skipped);
        QCOMPARE(env.countLog(QStringLiteral("storage"), {}, {}), 0); // known before any byte went

        env.controller->setConflictPolicy(ConflictPolicy::NewVersion);
        QVERIFY(env.runToIdle({item(env.path(existing))},
                              env.destination(QStringLiteral("Drawings/Architectural"))));
        QCOMPARE(env.stateOf(1), TransferState::Done);
        auto lock = env.server.state().lock();
        const auto &f = env.server.state().files.at(fileId);
        QCOMPARE(int(f.versions.size()), 2);
        QCOMPARE(env.server.state().objects.at(f.versions.back().objectKey).sha256.toLatin1(), sha);
    }

    void conflictAsk()
    {
        Env env;
        const QString existing = QStringLiteral("A-201 Building Elevations.pdf");
        const qint64 fileId = seededFileId(env, existing);
        env.makeFile(existing, 3000, 5);
        env.controller->setConflictPolicy(ConflictPolicy::Ask);
        QSignalSpy asked(env.controller.get(), &UploadController::conflictDetected);
        QVERIFY(env.runToIdle({item(env.path(existing))},
                              env.destination(QStringLiteral("Drawings/Architectural"))));
        QCOMPARE(env.stateOf(0), TransferState::NeedsAnswer);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(1).toString(), existing);
        env.controller->resolveConflict(env.controller->model()->jobAt(0)->id(), ConflictPolicy::NewVersion);
        QVERIFY(env.waitIdle());
        QCOMPARE(env.stateOf(0), TransferState::Done);
        auto lock = env.server.state().lock();
        QCOMPARE(int(env.server.state().files.at(fileId).versions.size()), 2);
    }

    void clashUnknownToTheCache_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("status");
        QTest::newRow("422 name has already been taken") << QStringLiteral("name_taken") << 422;
        QTest::newRow("409 File Conflict Error") << QStringLiteral("file_conflict") << 409;
    }
    void clashUnknownToTheCache()
    {
        // The name appears after the folder was listed: the association's clash is handled too,
        // in each shape Procore documents.
        QFETCH(QString, shape);
        QFETCH(int, status);
        sandbox::SandboxOptions options = Env::fastOptions();
        options.nameClash = shape;
        Env env(true, options);
        env.makeFile(QStringLiteral("first.txt"), 10);
        env.makeFile(QStringLiteral("late.txt"), 20);
        env.controller->setConflictPolicy(ConflictPolicy::Skip);
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("first.txt")))},
                              env.destination(QStringLiteral("RFIs"))));
        {
            auto lock = env.server.state().lock();
            auto &s = env.server.state();
            sandbox::StoredFile f;
            f.id = s.nextId(9'000'000'000'000LL);
            f.folderId = env.folderId(QStringLiteral("RFIs"));
            f.companyId = env.companyId;
            f.projectId = env.projectId;
            f.name = QStringLiteral("late.txt");
            f.versions.push_back(
                sandbox::FileVersion{s.nextId(9'000'000'000'000LL), 1, {}, 5, {}, {}, 0, {}});
            s.addFile(f);
        }
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("late.txt")))},
                              env.destination(QStringLiteral("RFIs"))));
        QCOMPARE(env.stateOf(1), TransferState::Skipped);
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.0/files"), status),
                 1);
    }

    void folderClashUnknownToTheCache_data() { clashUnknownToTheCache_data(); }
    void folderClashUnknownToTheCache()
    {
        // A folder made by someone else after the parent was listed: the create's clash (either
        // documented shape) makes the client list again and use that folder, not fail or make two.
        QFETCH(QString, shape);
        QFETCH(int, status);
        sandbox::SandboxOptions options = Env::fastOptions();
        options.nameClash = shape;
        Env env(true, options);
        env.makeFile(QStringLiteral("first.txt"), 10);
        env.makeFile(QStringLiteral("field/log.txt"), 20);
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("first.txt")))},
                              env.destination(QStringLiteral("RFIs"))));
        {
            auto lock = env.server.state().lock();
            auto &s = env.server.state();
            sandbox::Folder f;
            f.id = s.nextId(8'000'000'000'000LL);
            f.parentId = env.folderId(QStringLiteral("RFIs"));
            f.companyId = env.companyId;
            f.projectId = env.projectId;
            f.name = QStringLiteral("Field");
            s.folders[f.id] = f;
        }
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("field/log.txt")), QStringLiteral("Field"))},
                              env.destination(QStringLiteral("RFIs"))));
        QVERIFY2(env.stateOf(1) == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(env.folderCount(QStringLiteral("RFIs/Field")), 1);
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.0/folders"), status),
                 1);
        QCOMPARE(env.storedFiles().size(), 2);
    }

    void modelCoalescesUpdates()
    {
        Env env;
        env.controller->model()->setUpdateInterval(250);
        env.server.faults().setStorageBytesPerSecond(2'000'000);
        env.makeFile(QStringLiteral("m.bin"), 3'000'000);
        TransferModel *m = env.controller->model();
        QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
        QSignalSpy totals(m, &TransferModel::totalsChanged);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("m.bin")))}, env.destination()));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(env.stateOf(0), TransferState::Done);
        // At most a few notifications per second for the row (plus the final ones).
        const qint64 allowed = elapsed / 250 + 4;
        QVERIFY2(changed.size() <= allowed,
                 qPrintable(QStringLiteral("%1 > %2").arg(changed.size()).arg(allowed)));
        QVERIFY(totals.size() >= 1);
        QCOMPARE(m->sentBytes(), 3'000'000);
        QCOMPARE(m->data(m->index(0, 0), TransferModel::StateRole).toInt(), int(TransferState::Done));
        QCOMPARE(m->data(m->index(0, 0), TransferModel::EtaRole).toLongLong(), -1);
    }
};

QTEST_GUILESS_MAIN(TestUploadControl)
#include "tst_upload_control.moc"

// Every fault the sandbox can inject: each run must end with every file associated exactly once,
// with the right bytes, and nothing duplicated.
#include "tst_upload_harness.h"

using namespace hoist;
using namespace harness;
using sandbox::FaultRule;

class TestUploadFaults : public QObject
{
    Q_OBJECT

private:
    struct Batch
    {
        QList<UploadItem> items;
        QHash<QString, QByteArray> expected; // remote path → sha256
    };

    static Batch makeBatch(Env &env, int count, qint64 size, const QString &dir = QStringLiteral("in"))
    {
        Batch b;
        for (int i = 0; i < count; ++i) {
            const QString rel = QStringLiteral("%1/file-%2.dat").arg(dir).arg(i);
            const QByteArray sha = env.makeFile(rel, size + i, quint32(100 + i));
            b.items.append(item(env.path(rel), QStringLiteral("Faults")));
            b.expected.insert(QStringLiteral("RFIs/Faults/file-%1.dat").arg(i), sha);
        }
        return b;
    }

    // Every file once, right bytes, right place; every row Done; storage never saw credentials.
    static void verifyExactlyOnce(Env &env, const Batch &b)
    {
        QVERIFY2(env.controller->model()->countInState(TransferState::Done) == b.items.size(),
                 qPrintable(env.describeRows()));
        const auto files = env.storedFiles();
        QCOMPARE(files.size(), b.expected.size());
        QSet<QString> seen;
        for (const auto &f : files) {
            QVERIFY2(b.expected.contains(f.path), qPrintable(f.path));
            QVERIFY2(!seen.contains(f.path), qPrintable(QStringLiteral("duplicate: ") + f.path));
            seen.insert(f.path);
            QCOMPARE(f.sha256.toLatin1(), b.expected.value(f.path));
            QCOMPARE(f.versions, 1);
        }
        QCOMPARE(env.folderCount(QStringLiteral("RFIs/Faults")), 1);
        for (const auto &e : env.log(QStringLiteral("storage"))) {
            QVERIFY(!e.hadAuthorization);
            QVERIFY(!e.hadCookie);
        }
    }

    static void run(Env &env, const Batch &b)
    {
        QVERIFY2(env.runToIdle(b.items, env.destination(QStringLiteral("RFIs"))),
                 qPrintable(env.describeRows()));
        verifyExactlyOnce(env, b);
    }

    static FaultRule rule(const QString &kind, const QString &method, const QString &path, int status,
                          int count)
    {
        FaultRule r;
        r.kind = kind;
        r.method = method;
        r.path = QRegularExpression(path);
        r.status = status;
        r.count = count;
        return r;
    }

private Q_SLOTS:
    void storageServerErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("500") << 500 << -1;
        QTest::newRow("503 + Retry-After") << 503 << 1;
    }
    void storageServerErrors()
    {
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        Env env;
        FaultRule r =
            rule(QStringLiteral("storage"), QStringLiteral("POST"), QStringLiteral(".*"), status, 4);
        r.retryAfterSecs = retryAfter;
        env.server.faults().addRule(r);
        const Batch b = makeBatch(env, 3, 30'000);
        run(env, b);
        QCOMPARE(env.countLog(QStringLiteral("storage"), QStringLiteral("POST"), {}, status), 4);
    }

    void droppedConnectionMidBody()
    {
        Env env;
        FaultRule r = rule(QStringLiteral("storage"), QStringLiteral("POST"), QStringLiteral(".*"), 500, 2);
        r.dropAfterBytes = 64 * 1024;
        env.server.faults().addRule(r);
        const Batch b = makeBatch(env, 2, 400'000);
        run(env, b);
        // Two bodies were cut off, two went through.
        QCOMPARE(env.countLog(QStringLiteral("storage"), QStringLiteral("POST"), {}, 204), 2);
        QVERIFY(env.countLog(QStringLiteral("storage"), QStringLiteral("POST"), {}) >= 3);
    }

    void rateLimited429()
    {
        Env env;
        FaultRule r =
            rule(QStringLiteral("api"), QStringLiteral("POST"), QStringLiteral("/uploads$"), 429, 3);
        r.retryAfterSecs = 1;
        env.server.faults().addRule(r);
        const Batch b = makeBatch(env, 3, 10'000);
        run(env, b);
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.1/projects/"), 429),
                 3);
    }

    void apiUnavailable503()
    {
        Env env;
        FaultRule r = rule(QStringLiteral("api"), {}, QStringLiteral(".*"), 503, 4);
        r.retryAfterSecs = 1;
        env.server.faults().addRule(r);
        const Batch b = makeBatch(env, 3, 10'000);
        run(env, b);
    }

    void apiServerError500()
    {
        Env env;
        env.server.faults().addRule(
            rule(QStringLiteral("api"), QStringLiteral("POST"), QStringLiteral("/uploads$"), 500, 2));
        env.server.faults().addRule(
            rule(QStringLiteral("api"), QStringLiteral("GET"), QStringLiteral("/folders"), 502, 1));
        const Batch b = makeBatch(env, 3, 10'000);
        run(env, b);
    }

    void unauthorized401RefreshesOnce()
    {
        Env env;
        env.server.faults().addRule(
            rule(QStringLiteral("api"), QStringLiteral("POST"), QStringLiteral("/uploads$"), 401, 1));
        const Batch b = makeBatch(env, 2, 10'000);
        run(env, b);
        QCOMPARE(static_cast<RefreshingAuth *>(env.auth.get())->refreshes, 1);
    }

    void tokenExpiresMidQueue()
    {
        Env env;
        const Batch b = makeBatch(env, 6, 10'000);
        env.controller->setMaxParallel(1);
        int done = 0;
        QObject ctx;
        connect(env.controller.get(), &UploadController::jobStateChanged, &ctx,
                [&](quint64, TransferState s) {
                    if (s == TransferState::Done && ++done == 2) {
                        auto lock = env.server.state().lock();
                        env.server.state().accessTokens.at(env.auth->accessToken()).expiresAt =
                            QDateTime::currentDateTimeUtc().addSecs(-1);
                    }
                });
        run(env, b);
        QCOMPARE(static_cast<RefreshingAuth *>(env.auth.get())->refreshes, 1);
        // One 401 a request under way with the old token: with one transfer slot, a file waiting
        // for its association and files creating their uploads meanwhile (neither holds the slot;
        // at most two create while no file sends), so one to three; one refresh.
        const int refused = env.countLog(QStringLiteral("api"), {}, {}, 401);
        QVERIFY2(refused >= 1 && refused <= 3, qPrintable(QString::number(refused)));
    }

    void unauthorizedWithoutRefreshFails()
    {
        Env env(false); // a static token: refresh cannot help
        env.server.faults().addRule(rule(QStringLiteral("api"), {}, QStringLiteral(".*"), 401, 100));
        const Batch b = makeBatch(env, 1, 1000);
        QVERIFY(env.runToIdle(b.items, env.destination(QStringLiteral("RFIs"))));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        UploadJob *job = env.controller->model()->jobAt(0);
        QCOMPARE(job->error().kind, ProcoreError::Kind::Auth);
        QVERIFY(!env.controller->model()
                     ->data(env.controller->model()->index(0, 0), TransferModel::ErrorRole)
                     .toString()
                     .isEmpty());
        QCOMPARE(env.storedFiles().size(), 0);
    }

    void expiredPolicyGetsNewTicket()
    {
        Env env;
        env.server.faults().setExpirePolicies(2);
        const Batch b = makeBatch(env, 3, 20'000);
        run(env, b);
        // Two tickets were spent: 3 files, 5 create-uploads, 2 storage 403s.
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.1/projects/")),
                 5);
        QCOMPARE(env.countLog(QStringLiteral("storage"), QStringLiteral("POST"), {}, 403), 2);
    }

    void associationLostAfterSuccess()
    {
        Env env;
        FaultRule r = rule(QStringLiteral("api"), QStringLiteral("POST"),
                           QStringLiteral("^/rest/v1\\.0/files$"), 500, 2);
        r.afterSuccess = true;
        env.server.faults().addRule(r);
        const Batch b = makeBatch(env, 3, 10'000);
        run(env, b);
        // A 500 after the work is ambiguous: the job looked, found the files, and sent nothing again.
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.0/files"), 500),
                 2);
        QCOMPARE(
            env.countLog(QStringLiteral("api"), QStringLiteral("POST"), QStringLiteral("/rest/v1.0/files")),
            3);
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.0/files"), 422),
                 0);
    }

    void associationServerError()
    {
        Env env;
        env.server.faults().addRule(rule(QStringLiteral("api"), QStringLiteral("POST"),
                                         QStringLiteral("^/rest/v1\\.0/files$"), 500, 3));
        const Batch b = makeBatch(env, 3, 10'000);
        run(env, b);
    }

    void associationFailsThenFileChangesBeforeRetry()
    {
        Env env;
        env.server.faults().addRule(rule(QStringLiteral("api"), QStringLiteral("POST"),
                                         QStringLiteral("^/rest/v1\\.0/files$"), 500, 6));
        env.makeFile(QStringLiteral("spec.pdf"), 5000, 1);
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("spec.pdf")), QStringLiteral("Faults"))},
                              env.destination(QStringLiteral("RFIs"))));
        QCOMPARE(env.stateOf(0), TransferState::Failed); // retries exhausted
        QCOMPARE(env.storedFiles().size(), 0);
        // Retrying an unchanged file only associates; a changed one is uploaded again.
        const QByteArray sha = env.makeFile(QStringLiteral("spec.pdf"), 6000, 2);
        QFile touch(env.path(QStringLiteral("spec.pdf")));
        QVERIFY(touch.open(QIODevice::ReadWrite));
        QVERIFY(
            touch.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        touch.close();
        env.controller->retry(env.controller->model()->jobAt(0)->id());
        QVERIFY(env.waitIdle());
        QCOMPARE(env.stateOf(0), TransferState::Done);
        const auto files = env.storedFiles();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].sha256.toLatin1(), sha);
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.1/projects/")),
                 2);
    }

    void associationFailsThenRetryOnlyAssociates()
    {
        Env env;
        env.server.faults().addRule(rule(QStringLiteral("api"), QStringLiteral("POST"),
                                         QStringLiteral("^/rest/v1\\.0/files$"), 500, 6));
        const QByteArray sha = env.makeFile(QStringLiteral("spec.pdf"), 5000, 1);
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("spec.pdf")))},
                              env.destination(QStringLiteral("RFIs"))));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        env.controller->retry(env.controller->model()->jobAt(0)->id());
        QVERIFY(env.waitIdle());
        QCOMPARE(env.stateOf(0), TransferState::Done);
        QCOMPARE(env.storedFiles().size(), 1);
        QCOMPARE(env.storedFiles().at(0).sha256.toLatin1(), sha);
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.1/projects/")),
                 1);
        QCOMPARE(env.countLog(QStringLiteral("storage"), QStringLiteral("POST"), {}), 1);
    }

    void folderCreateLostAfterSuccess()
    {
        Env env;
        FaultRule r = rule(QStringLiteral("api"), QStringLiteral("POST"),
                           QStringLiteral("^/rest/v1\\.0/folders$"), 500, 1);
        r.afterSuccess = true;
        env.server.faults().addRule(r);
        const Batch b = makeBatch(env, 4, 5'000);
        run(env, b);
    }

    void retriesAreNotMultiplied()
    {
        // Every create-upload answers 500: the client tries it maxAttempts times, and the job does
        // not try that again on top (RetryPolicy: each failure is retried at one level only).
        Env env;
        env.server.faults().addRule(
            rule(QStringLiteral("api"), QStringLiteral("POST"), QStringLiteral("/uploads$"), 500, 1000));
        env.makeFile(QStringLiteral("Soils Report.pdf"), 3'000);
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("Soils Report.pdf")))},
                              env.destination(QStringLiteral("Submittals"))));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        const int creates = env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                                         QStringLiteral("/rest/v1.1/projects/%1/uploads").arg(env.projectId));
        QCOMPARE(creates, env.controller->retryPolicy().maxAttempts);
        const RetryPolicy::Bound bound =
            env.controller->retryPolicy().worstCaseForFile(0, env.client->apiTimeoutMs(), 120000);
        QVERIFY(env.log(QStringLiteral("api")).size() + env.log(QStringLiteral("storage")).size()
                <= bound.requests);
    }

    void permanentErrorFailsWithReason()
    {
        Env env;
        env.makeFile(QStringLiteral("x.pdf"), 100);
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("x.pdf")))},
                              env.destination(QStringLiteral("Owner Issued (read-only)"))));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        const QString text = env.controller->model()->jobAt(0)->errorText();
        QVERIFY2(text.contains(QLatin1String("403")) && text.contains(QLatin1String("permission")),
                 qPrintable(text));
    }

    void unseenOrDeletedSaysSo_data()
    {
        QTest::addColumn<bool>("project");
        QTest::newRow("a project the user cannot see") << true;
        QTest::newRow("a folder that was deleted") << false;
    }
    void unseenOrDeletedSaysSo()
    {
        // Procore answers 404, not 403, for what the user cannot see at all (troubleshooting.md):
        // the row says it cannot be seen or was deleted, not that permission is missing.
        QFETCH(bool, project);
        Env env;
        env.makeFile(QStringLiteral("x.pdf"), 100);
        Destination d = env.destination(QStringLiteral("RFIs"));
        if (project)
            d.projectId = 4'000'000'000'123LL; // no such project in this company
        else
            d.folderId = 8'999'999'999'999LL; // no such folder
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("x.pdf")))}, d));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        const QString text = env.controller->model()->jobAt(0)->errorText();
        QVERIFY2(text.contains(QLatin1String("cannot see this project or folder, or it was deleted")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("permission")), qPrintable(text));
        QVERIFY(env.countLog(QStringLiteral("api"), QString(), QStringLiteral("/rest/"), 404) >= 1);
        QCOMPARE(env.countLog(QStringLiteral("api"), QString(), QStringLiteral("/rest/"), 403), 0);
    }

    void ratePacingAvoids429()
    {
        sandbox::SandboxOptions o;
        o.spikeLimit = 12;
        o.spikeWindowSecs = 2;
        o.hourlyLimit = 0;
        Env env(true, o);
        env.controller->setMaxParallel(4);
        const Batch b = makeBatch(env, 10, 2'000);
        run(env, b);
        QCOMPARE(env.countLog(QStringLiteral("api"), {}, {}, 429), 0);
    }
};

QTEST_GUILESS_MAIN(TestUploadFaults)
#include "tst_upload_faults.moc"

// Resuming from the transfer journal, step by step, against the sandbox: each case leaves the
// journal as a crash at one point of a file's way would, starts a new queue on it, and checks
// what is sent again (nothing that was already stored or associated) and what Procore ends up
// holding (each file once, with its bytes).
#include "tst_upload_harness.h"

#include "upload/TransferJournal.h"
#include "upload/UploadJob.h"

#include <QFile>
#include <QTemporaryDir>

using namespace hoist;
using namespace harness;

class TestJournalResume : public QObject
{
    Q_OBJECT

    static constexpr qint64 kSize = 12'345'678; // 3 parts of 5,000,000 (the last 2,345,678)

    QTemporaryDir m_dir;

    std::unique_ptr<TransferJournal> openJournal(const QString &name)
    {
        QString error;
        auto j = TransferJournal::open(m_dir.filePath(name), &error);
        if (!j)
            qWarning("%s", qPrintable(error));
        return j;
    }

    // What a crash does to the queue: gone, with whatever it was doing; the journal stays.
    static void crash(Env &env)
    {
        env.controller->setJournal(nullptr);
        env.controller.reset();
    }

    static void newQueue(Env &env, TransferJournal *journal)
    {
        env.controller = std::make_unique<UploadController>(env.client.get());
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 50;
        env.controller->setRetryPolicy(fast);
        env.controller->setSegmentThreshold(10'000'000, SegmentPlan::kMinSegment);
        env.controller->setJournal(journal);
    }

    static int count(Env &env, const QString &kind, const QString &method, const QString &prefix)
    {
        return env.countLog(kind, method, prefix);
    }

    static int associations(Env &env)
    {
        return count(env, QStringLiteral("api"), QStringLiteral("POST"), QStringLiteral("/rest/v1.0/files"));
    }
    static int creates(Env &env)
    {
        int n = 0;
        for (const auto &e : env.log(QStringLiteral("api")))
            if (e.method == QLatin1String("POST") && e.path.endsWith(QLatin1String("/uploads")))
                ++n;
        return n;
    }
    static int storagePosts(Env &env)
    {
        return count(env, QStringLiteral("storage"), QStringLiteral("POST"), QStringLiteral("/s3/"));
    }

    static QHash<QString, QString> stored(Env &env, int *files = nullptr)
    {
        QHash<QString, QString> out;
        int n = 0;
        for (const StoredFile &f : env.storedFiles()) {
            out.insert(f.path, f.sha256);
            ++n;
        }
        if (files)
            *files = n;
        return out;
    }

    // A small file uploaded whole, except that its association failed: stored but not associated.
    quint64 storedButNotAssociated(Env &env, TransferJournal *journal, const QString &name, QByteArray *sha)
    {
        *sha = env.makeFile(name, 40'000, 5);
        sandbox::FaultRule refuse;
        refuse.kind = QStringLiteral("api");
        refuse.method = QStringLiteral("POST");
        refuse.path = QRegularExpression(QStringLiteral("^/rest/v1\\.0/files"));
        refuse.status = 500;
        refuse.count = 1000;
        env.server.faults().addRule(refuse);
        newQueue(env, journal);
        RetryPolicy once;
        once.maxAttempts = 1;
        env.controller->setRetryPolicy(once);
        const quint64 id = env.controller->enqueue({item(env.path(name))}, env.destination()).value(0);
        if (!env.waitIdle())
            return 0;
        env.server.faults().clear();
        crash(env);
        return id;
    }

    // A new queue on the journal resumes its one unfinished file to Done; that file is then in
    // Procore once, with `sha`.
    static void resumeToDone(Env &env, TransferJournal *journal, const QString &name, const QByteArray &sha)
    {
        newQueue(env, journal);
        QCOMPARE(env.controller->resumeFromJournal(), 1);
        QVERIFY(env.waitIdle());
        QCOMPARE(env.stateOf(0), TransferState::Done);
        int files = 0;
        QCOMPARE(stored(env, &files).value(name).toLatin1(), sha);
        QCOMPARE(files, 1);
    }

private Q_SLOTS:
    void resumeSendsOnlyMissingParts_data()
    {
        QTest::addColumn<qint64>("resumeThreshold"); // the resuming run's "upload in parts from"
        QTest::newRow("same settings") << qint64(10'000'000);
        // The plan is the journal's: a run that would not use parts (or other part sizes) still
        // goes on with the stored parts.
        QTest::newRow("parts off in the resuming run") << qint64(0);
    }
    void resumeSendsOnlyMissingParts()
    {
        QFETCH(qint64, resumeThreshold);
        Env env;
        auto journal = openJournal(QStringLiteral("parts-%1.sqlite").arg(resumeThreshold));
        QVERIFY(journal);
        const QByteArray sha = env.makeFile(QStringLiteral("tower.rvt"), kSize, 11);
        newQueue(env, journal.get());
        const quint64 id =
            env.controller->enqueue({item(env.path(QStringLiteral("tower.rvt")))}, env.destination())
                .value(0);
        UploadJob *job = env.controller->job(id);
        QSignalSpy part(job, &UploadJob::segmentStored);
        QVERIFY(part.wait(30000));
        crash(env);

        const TransferJournal::Entry before = journal->unfinished().value(0);
        QCOMPARE(before.id, id);
        QCOMPARE(before.segments.size(), 3);
        QVERIFY(!before.uploadUuid.isEmpty());
        int kept = 0;
        for (const auto &s : before.segments)
            kept += s.etag.isEmpty() ? 0 : 1;
        QVERIFY(kept >= 1);
        const int createsBefore = creates(env);

        newQueue(env, journal.get());
        env.controller->setSegmentThreshold(resumeThreshold, 2 * SegmentPlan::kMinSegment);
        QCOMPARE(env.controller->resumeFromJournal(), 1);
        QSignalSpy sent(env.controller->job(id), &UploadJob::segmentStored);
        QVERIFY(env.waitIdle());
        QCOMPARE(env.stateOf(0), TransferState::Done);
        QCOMPARE(int(sent.size()), 3 - kept);  // the stored parts were not sent again
        QCOMPARE(creates(env), createsBefore); // the same upload went on
        int files = 0;
        QCOMPARE(stored(env, &files).value(QStringLiteral("tower.rvt")).toLatin1(), sha);
        QCOMPARE(files, 1);
        QVERIFY(journal->unfinished().isEmpty());
    }

    void associationThatWentThroughIsNotRepeated()
    {
        Env env;
        auto journal = openJournal(QStringLiteral("associated.sqlite"));
        const QByteArray sha = env.makeFile(QStringLiteral("plan.pdf"), 30'000, 2);
        newQueue(env, journal.get());
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("plan.pdf")))}, env.destination()));
        const quint64 id = journal->entries().value(0).id;
        // The association reached Procore but the answer never came back before the crash.
        journal->setAssociated(id, 0);
        journal->setState(id, TransferState::Associating);
        crash(env);
        const int assocBefore = associations(env);
        const int postsBefore = storagePosts(env);

        resumeToDone(env, journal.get(), QStringLiteral("plan.pdf"), sha);
        QCOMPARE(associations(env), assocBefore); // found in the folder, not associated again
        QCOMPARE(storagePosts(env), postsBefore);
        QVERIFY(env.controller->job(id)->remoteFile().id > 0);
    }

    void storedBytesAreAssociatedWithoutSendingThemAgain()
    {
        Env env;
        auto journal = openJournal(QStringLiteral("stored.sqlite"));
        QByteArray sha;
        const quint64 id = storedButNotAssociated(env, journal.get(), QStringLiteral("spec.pdf"), &sha);
        QVERIFY(id);
        const TransferJournal::Entry e = journal->unfinished().value(0);
        QVERIFY(e.stored);
        QCOMPARE(e.state, TransferState::Failed);
        const int postsBefore = storagePosts(env);
        const int createsBefore = creates(env);

        resumeToDone(env, journal.get(), QStringLiteral("spec.pdf"), sha);
        QCOMPARE(storagePosts(env), postsBefore);
        QCOMPARE(creates(env), createsBefore);
    }

    void uploadPastItsValidityIsCreatedAgain()
    {
        Env env;
        auto journal = openJournal(QStringLiteral("expired.sqlite"));
        QByteArray sha;
        const quint64 id = storedButNotAssociated(env, journal.get(), QStringLiteral("rfi.pdf"), &sha);
        QVERIFY(id);
        const TransferJournal::Entry e = journal->unfinished().value(0);
        // Eight days later: Procore no longer associates that upload.
        journal->setUpload(id, e.uploadUuid, QDateTime::currentDateTimeUtc().addDays(-8));
        journal->setStored(id);
        const int postsBefore = storagePosts(env);
        const int createsBefore = creates(env);

        resumeToDone(env, journal.get(), QStringLiteral("rfi.pdf"), sha);
        QCOMPARE(creates(env), createsBefore + 1);
        QCOMPARE(storagePosts(env), postsBefore + 1);
        QVERIFY(env.controller->job(id)->uploadUuid() != e.uploadUuid);
    }

    void fileChangedSinceStartsOver()
    {
        Env env;
        auto journal = openJournal(QStringLiteral("changed.sqlite"));
        QByteArray sha;
        QVERIFY(storedButNotAssociated(env, journal.get(), QStringLiteral("sched.xlsx"), &sha));
        const QByteArray newSha = env.makeFile(QStringLiteral("sched.xlsx"), 41'000, 99);
        QVERIFY(newSha != sha);
        const int postsBefore = storagePosts(env);

        resumeToDone(env, journal.get(), QStringLiteral("sched.xlsx"), newSha);
        QCOMPARE(storagePosts(env), postsBefore + 1);
    }

    void sameNameAndSizeFollowsTheNameClashSetting_data()
    {
        QTest::addColumn<ConflictPolicy>("policy");
        QTest::addColumn<TransferState>("state");
        QTest::addColumn<int>("files");
        QTest::newRow("keep both") << ConflictPolicy::KeepBoth << TransferState::Done << 2;
        QTest::newRow("skip") << ConflictPolicy::Skip << TransferState::Skipped << 1;
        QTest::newRow("ask") << ConflictPolicy::Ask << TransferState::NeedsAnswer << 1;
    }
    void sameNameAndSizeFollowsTheNameClashSetting()
    {
        // The last run made an upload but stored no bytes (so it associated nothing); meanwhile
        // another file of the same name and size went to the folder. The resumed file is not
        // "already there": the name-clash setting decides, as for any file.
        QFETCH(ConflictPolicy, policy);
        QFETCH(TransferState, state);
        QFETCH(int, files);
        Env env;
        auto journal = openJournal(QStringLiteral("clash-%1.sqlite").arg(int(policy)));
        env.makeFile(QStringLiteral("plan.pdf"), 40'000, 5);
        sandbox::FaultRule refuse;
        refuse.kind = QStringLiteral("storage");
        refuse.status = 500;
        refuse.count = 1000;
        env.server.faults().addRule(refuse);
        newQueue(env, journal.get());
        RetryPolicy once;
        once.maxAttempts = 1;
        env.controller->setRetryPolicy(once);
        env.controller->setConflictPolicy(policy); // kept with the file in the journal
        env.controller->enqueue({item(env.path(QStringLiteral("plan.pdf")))}, env.destination());
        QVERIFY(env.waitIdle());
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        env.server.faults().clear();
        crash(env);
        QVERIFY(!journal->unfinished().value(0).stored);

        env.makeFile(QStringLiteral("other/plan.pdf"), 40'000, 6); // same name and size, not the same
        newQueue(env, nullptr);
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("other/plan.pdf")))}, env.destination()));
        QCOMPARE(env.stateOf(0), TransferState::Done);
        crash(env);

        newQueue(env, journal.get());
        QCOMPARE(env.controller->resumeFromJournal(), 1);
        QVERIFY(env.waitIdle());
        QCOMPARE(env.stateOf(0), state);
        QCOMPARE(env.storedFiles().size(), files);
    }

    void photoResumedAfterSixDaysLooksFirst()
    {
        // The last run's image went through, its answer was lost, and the run stopped. Six and a
        // half days later the upload is past the client's margin: it still goes first with that
        // upload (an upload makes one image: "already used" means the image is there), never
        // with new bytes blindly.
        Env env;
        auto journal = openJournal(QStringLiteral("photo.sqlite"));
        env.makeFile(QStringLiteral("slab.png"), 20'000, 3);
        {
            QFile f(env.path(QStringLiteral("slab.png")));
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
        }
        sandbox::FaultRule lost;
        lost.kind = QStringLiteral("api");
        lost.method = QStringLiteral("POST");
        lost.path = QRegularExpression(QStringLiteral("^/rest/v1\\.0/images$"));
        lost.status = 500;
        lost.afterSuccess = true;
        lost.count = 1000;
        env.server.faults().addRule(lost);
        newQueue(env, journal.get());
        RetryPolicy once;
        once.maxAttempts = 1;
        env.controller->setRetryPolicy(once);
        Destination d = env.destination();
        d.kind = DestinationKind::Photos;
        const quint64 id = env.controller->enqueue({item(env.path(QStringLiteral("slab.png")))}, d).value(0);
        QVERIFY(env.waitIdle());
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        env.server.faults().clear();
        crash(env);
        const TransferJournal::Entry e = journal->unfinished().value(0);
        QVERIFY(e.stored);
        journal->setUpload(id, e.uploadUuid, QDateTime::currentDateTimeUtc().addSecs(-(6 * 24 + 12) * 3600));
        journal->setStored(id);
        const int postsBefore = storagePosts(env);

        newQueue(env, journal.get());
        QCOMPARE(env.controller->resumeFromJournal(), 1);
        QVERIFY(env.waitIdle());
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(storagePosts(env), postsBefore);
        auto lock = env.server.state().lock();
        QCOMPARE(env.server.state().images.size(), size_t(1));
    }

    void secondProcessCannotTakeTheSameJournal()
    {
        auto first = openJournal(QStringLiteral("locked.sqlite"));
        QVERIFY(first);
        QString error;
        QVERIFY(!TransferJournal::open(m_dir.filePath(QStringLiteral("locked.sqlite")), &error));
        QVERIFY2(error.contains(QLatin1String("in use")), qPrintable(error));
        first.reset();
        QVERIFY(openJournal(QStringLiteral("locked.sqlite")));
    }
};

QTEST_MAIN(TestJournalResume)
#include "tst_journal_resume.moc"

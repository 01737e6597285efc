// UploadJob's step machine, step by step: for each step a file can be in, cancel it there, pause
// it there, or cancel and retry it there, and check what Procore (the sandbox) ends up holding.
// Every answer that arrives after the action must be dropped by the job's guard: a cancelled row
// stays cancelled, and a retried file lands once.

#include "tst_upload_harness.h"

using namespace harness;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hoist::UploadJob::Step)

class TestUploadSteps : public QObject
{
    Q_OBJECT

public:
    enum class Action { Cancel, PauseThenResume, CancelThenRetry };
    Q_ENUM(Action)

private:
    // Runs one file into "Submittals/Steps" and does `action` the moment its job enters `step`.
    // Returns false if the job never reached that step.
    static bool actAt(Env &env, UploadJob::Step step, Action action, const QString &name)
    {
        env.makeFile(name, 600'000, 7);
        const quint64 id =
            env.controller->enqueue({item(env.path(name), u"Steps"_s)}, env.destination(u"Submittals"_s))
                .value(0);
        UploadJob *job = env.controller->job(id);
        if (step == UploadJob::Step::Associating) {
            // Act while the association is on the server and not yet answered (it is delayed):
            // once the upload is made and the bytes go, no API call is under way, so the next one
            // seen is the association.
            if (!QTest::qWaitFor([job] { return job->state() == TransferState::Uploading; }, 30000))
                return false;
            const int seen = env.server.faults().apiRequestsSeen();
            if (!QTest::qWaitFor([&] { return env.server.faults().apiRequestsSeen() > seen; }, 30000))
                return false;
        }
        if (!QTest::qWaitFor([job, step] { return job->step() == step; }, 30000))
            return false;
        if (action == Action::PauseThenResume)
            env.controller->pauseAll();
        else
            env.controller->cancel(job->id());
        if (!env.waitIdle())
            return false;
        if (action == Action::Cancel) {
            // Let whatever was in flight land (the sandbox answers after its delay): the guard
            // must keep the row cancelled.
            // (Nothing may be in flight: then the wait ends at its bound and the checks hold alike.)
            const int before = int(env.log(u"api"_s).size());
            const bool landed = QTest::qWaitFor([&] { return int(env.log(u"api"_s).size()) > before; }, 600);
            Q_UNUSED(landed);
            return true;
        }
        if (action == Action::PauseThenResume)
            env.controller->resumeAll();
        else
            env.controller->retry(job->id());
        return env.waitIdle();
    }

private Q_SLOTS:
    void stepTimesAction_data()
    {
        QTest::addColumn<UploadJob::Step>("step");
        QTest::addColumn<Action>("action");
        const QList<UploadJob::Step> steps{UploadJob::Step::ResolvingFolder, UploadJob::Step::SendingBytes,
                                           UploadJob::Step::WaitingToRetry, UploadJob::Step::Associating};
        for (UploadJob::Step s : steps)
            for (Action a : {Action::Cancel, Action::PauseThenResume, Action::CancelThenRetry})
                QTest::newRow(qPrintable(QStringLiteral("%1 × %2").arg(
                    QLatin1String(QMetaEnum::fromType<UploadJob::Step>().valueToKey(int(s))),
                    QLatin1String(QMetaEnum::fromType<Action>().valueToKey(int(a))))))
                    << s << a;
    }

    void stepTimesAction()
    {
        QFETCH(UploadJob::Step, step);
        QFETCH(Action, action);
        Env env;
        env.server.faults().setApiDelayMs(150); // every API step lasts long enough to act in it
        env.server.faults().setStorageBytesPerSecond(2'000'000);
        RetryPolicy slowRetry;
        slowRetry.baseDelayMs = 300;
        slowRetry.maxDelayMs = 300;
        slowRetry.jitter = 0;
        env.controller->setRetryPolicy(slowRetry);
        if (step == UploadJob::Step::WaitingToRetry) {
            sandbox::FaultRule once;
            once.kind = u"storage"_s;
            once.method = u"POST"_s;
            once.status = 500;
            env.server.faults().addRule(once);
        }
        const QString name = u"step-file.pdf"_s;
        QVERIFY2(actAt(env, step, action, name), qPrintable(env.describeRows()));

        const TransferState state = env.stateOf(0);
        const QList<StoredFile> stored = env.storedFiles();
        if (action == Action::Cancel) {
            QVERIFY2(state == TransferState::Cancelled, qPrintable(env.describeRows()));
            // At most the association that was already on its way; never a second.
            QVERIFY(stored.size() <= 1);
            QCOMPARE(env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.0/files"_s),
                     step == UploadJob::Step::Associating ? 1 : 0);
            QVERIFY(stored.size() == (step == UploadJob::Step::Associating ? 1 : 0));
            return;
        }
        QVERIFY2(state == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().path, u"Submittals/Steps/"_s + name);
        QCOMPARE(stored.first().versions, 1);
        QCOMPARE(stored.first().sha256.toLatin1(), testfiles::sha256Of(env.path(name)));
        QCOMPARE(env.folderCount(u"Submittals/Steps"_s), 1);
        // One association in all: a retry after an association cancelled in flight looked first.
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.0/files"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestUploadSteps)
#include "tst_upload_steps.moc"

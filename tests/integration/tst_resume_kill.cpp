// Crash-safe resume, the hard way: hoist-cli is killed with SIGKILL at random moments while it
// uploads a 50-file queue (three files go up in several parts), then `hoist-cli upload --resume`
// finishes the queue from the journal. Across 20 killed runs every file must end up associated exactly
// once, with the right bytes, in the right folder. The seed is printed; HOIST_KILL_SEED replays it.
#include "tst_upload_harness.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace hoist;
using namespace harness;

class TestResumeKill : public QObject
{
    Q_OBJECT

private:
    static constexpr int kKills = 20;   // runs killed mid-way, at least
    static constexpr int kMaxRuns = 40; // a run may finish before its kill comes
    static constexpr int kFiles = 50;
    static constexpr int kSegmentedFiles = 3;

    struct Outcome
    {
        bool killed = false;
        bool queued = false; // the "queued" event came: the queue is in the journal
        int exitCode = -1;
        QByteArray err;
        QByteArray out;
    };

    // Runs hoist-cli; kills it with SIGKILL after `killAfterEvents` JSON lines on stdout, or
    // after `killAfterMs` (whichever is set, >= 0), unless it finishes first.
    static Outcome run(const QStringList &args, const QString &token, int killAfterEvents, int killAfterMs)
    {
        QProcess proc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOIST_ACCESS_TOKEN"), token);
        proc.setProcessEnvironment(env);
        Outcome o;
        int lines = 0;
        QObject::connect(&proc, &QProcess::readyReadStandardOutput, &proc, [&] {
            while (proc.canReadLine()) {
                const QByteArray line = proc.readLine();
                o.out += line;
                if (line.contains("\"event\":\"queued\""))
                    o.queued = true;
                if (killAfterEvents >= 0 && ++lines >= killAfterEvents && proc.state() == QProcess::Running) {
                    proc.kill(); // SIGKILL
                    o.killed = true;
                    return;
                }
            }
        });
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &proc, [&] {
            if (proc.state() == QProcess::Running) {
                proc.kill();
                o.killed = true;
            }
        });
        proc.start(qEnvironmentVariable("HOIST_CLI"), args);
        if (!proc.waitForStarted(10000))
            return o;
        if (killAfterMs >= 0)
            timer.start(killAfterMs);
        QEventLoop loop;
        QObject::connect(&proc, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(180000);
        if (proc.state() != QProcess::NotRunning)
            loop.exec();
        if (proc.state() != QProcess::NotRunning) {
            proc.kill();
            proc.waitForFinished();
            return o;
        }
        o.killed = o.killed && proc.exitStatus() == QProcess::CrashExit;
        o.exitCode = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -2;
        o.err = proc.readAllStandardError();
        o.out += proc.readAllStandardOutput();
        if (qEnvironmentVariableIsSet("HOIST_KILL_TRACE"))
            qInfo("%s\n%s", o.out.constData(), o.err.constData());
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("HOIST_CLI")), "HOIST_CLI not set");
    }

    void killedRunsResumeWithoutLossOrDuplicates()
    {
        Env env;
        QTemporaryDir journals;
        quint32 seed = qEnvironmentVariable("HOIST_KILL_SEED").toUInt();
        if (!seed)
            seed = QRandomGenerator::global()->generate() | 1u;
        qInfo("HOIST_KILL_SEED=%u", seed);
        QRandomGenerator rng(seed);

        const QString api = env.server.baseUrl().toString();
        const QString token = env.server.accessToken();
        int killed = 0, killedTwice = 0;
        int runNo = 0;
        for (; runNo < kMaxRuns && killed < kKills; ++runNo) {
            // A fresh queue per run: its own folder and contents.
            const QString folder = QStringLiteral("Run %1").arg(runNo);
            QHash<QString, QByteArray> expected; // name → sha256
            const QString local = QStringLiteral("run%1").arg(runNo);
            for (int i = 0; i < kFiles; ++i) {
                const bool big = i < kSegmentedFiles;
                const QString name =
                    big ? QStringLiteral("model-%1.ifc").arg(i) : QStringLiteral("sheet-%1.pdf").arg(i);
                const qint64 size =
                    big ? 11 * 1024 * 1024 + rng.bounded(3 * 1024 * 1024) : 1 + rng.bounded(200 * 1024);
                expected.insert(name, env.makeFile(local + QLatin1Char('/') + name, size, rng.generate()));
            }
            const QString journal = journals.filePath(QStringLiteral("run%1.sqlite").arg(runNo));
            const QStringList common{QStringLiteral("upload"),
                                     QStringLiteral("--api-base"),
                                     api,
                                     QStringLiteral("--json"),
                                     QStringLiteral("--journal"),
                                     journal,
                                     QStringLiteral("--segmented-from"),
                                     QStringLiteral("10"),
                                     QStringLiteral("--part-size"),
                                     QStringLiteral("5"),
                                     QStringLiteral("--retries"),
                                     QStringLiteral("8")};
            QStringList first = common;
            first << QStringLiteral("--company") << QString::number(env.companyId)
                  << QStringLiteral("--project") << QString::number(env.projectId)
                  << QStringLiteral("--folder") << folder << QStringLiteral("--jobs")
                  << QString::number(1 + rng.bounded(4)) << env.path(local);

            // Half the runs die after a random number of events (any step of any file), half
            // after a random time (in the middle of a part's bytes, say).
            const bool byEvents = rng.bounded(2) == 0;
            const Outcome o = run(first, token, byEvents ? 1 + int(rng.bounded(150)) : -1,
                                  byEvents ? -1 : 50 + int(rng.bounded(1200)));
            QVERIFY2(o.killed || o.exitCode == 0, o.err.constData());
            killed += o.killed ? 1 : 0;

            if (o.killed && !o.queued) {
                // Killed before the queue was recorded: nothing was queued; run the command again.
                const Outcome again = run(first, token, -1, -1);
                QVERIFY2(again.exitCode == 0, again.err.constData());
            }
            // Sometimes the resume is killed too.
            if (o.killed && rng.bounded(4) == 0) {
                const Outcome again = run(common + QStringList{QStringLiteral("--resume")}, token,
                                          1 + int(rng.bounded(12)), -1);
                QVERIFY2(again.killed || again.exitCode == 0, again.err.constData());
                killedTwice += again.killed ? 1 : 0;
            }
            const Outcome resumed = run(common + QStringList{QStringLiteral("--resume")}, token, -1, -1);
            QVERIFY2(!resumed.killed && resumed.exitCode == 0, resumed.err.constData());

            // Every file exactly once, with its bytes, in its folder.
            QHash<QString, int> seen;
            const QString remoteFolder = folder + QLatin1Char('/') + local; // the dropped folder is kept
            for (const StoredFile &f : env.storedFiles()) {
                if (f.folder != remoteFolder)
                    continue;
                QVERIFY2(expected.contains(f.name),
                         qPrintable(QStringLiteral("unexpected file %1").arg(f.path)));
                QCOMPARE(f.sha256.toLatin1(), expected.value(f.name));
                QCOMPARE(f.versions, 1);
                ++seen[f.name];
            }
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                QVERIFY2(seen.value(it.key()) == 1, qPrintable(QStringLiteral("run %1: %2 stored %3 times")
                                                                   .arg(runNo)
                                                                   .arg(it.key())
                                                                   .arg(seen.value(it.key()))));
            QCOMPARE(env.folderCount(folder), 1);
            QCOMPARE(env.folderCount(remoteFolder), 1);
        }
        qInfo("%d of %d runs killed (%d resumes killed again)", killed, runNo, killedTwice);
        // The point is killing mid-way, again and again.
        QVERIFY2(killed >= kKills,
                 qPrintable(QStringLiteral("only %1 of %2 runs were killed").arg(killed).arg(runNo)));
    }

    // A damaged journal is set aside with a message and the upload goes on; --resume and
    // --resume --discard on what is left behind.
    void damagedJournalAndDiscard()
    {
        Env env;
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("j.sqlite"));
        {
            QFile f(journal);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("SQLite format 3") + QByteArray(4000, '\x7f'));
        }
        env.makeFile(QStringLiteral("in/a.pdf"), 1000, 1);
        const QString api = env.server.baseUrl().toString();
        const QString token = env.server.accessToken();
        const QStringList base{QStringLiteral("upload"), QStringLiteral("--api-base"), api,
                               QStringLiteral("--journal"), journal};
        // --resume on a damaged journal: which files were unfinished is unknown, and it says so.
        const QString damaged = dir.filePath(QStringLiteral("j2.sqlite"));
        QVERIFY(QFile::copy(journal, damaged));
        Outcome o = run({QStringLiteral("upload"), QStringLiteral("--api-base"), api,
                         QStringLiteral("--journal"), damaged, QStringLiteral("--resume")},
                        token, -1, -1);
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains("unfinished is unknown"), o.out.constData());
        QVERIFY2(o.err.contains("could not be used"), o.err.constData());
        o = run(base
                    + QStringList{QStringLiteral("--company"), QString::number(env.companyId),
                                  QStringLiteral("--project"), QString::number(env.projectId),
                                  env.path(QStringLiteral("in"))},
                token, -1, -1);
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.err.contains("could not be used") && o.err.contains("new one was started"),
                 o.err.constData());
        QCOMPARE(env.storedFiles().size(), 1);

        // Nothing left: --resume says so.
        o = run(base + QStringList{QStringLiteral("--resume")}, token, -1, -1);
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains("Nothing to resume"), o.out.constData());

        // A run killed right after queueing, then discarded: nothing more is uploaded.
        env.makeFile(QStringLiteral("more/b.pdf"), 2'000'000, 2);
        env.server.faults().setStorageBytesPerSecond(100'000);
        o = run(base
                    + QStringList{QStringLiteral("--json"), QStringLiteral("--company"),
                                  QString::number(env.companyId), QStringLiteral("--project"),
                                  QString::number(env.projectId), env.path(QStringLiteral("more"))},
                token, 1, -1);
        QVERIFY(o.killed && o.queued);
        env.server.faults().setStorageBytesPerSecond(0);
        o = run(base + QStringList{QStringLiteral("--resume"), QStringLiteral("--discard")}, token, -1, -1);
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains("Forgot 1"), o.out.constData());
        o = run(base + QStringList{QStringLiteral("--resume")}, token, -1, -1);
        QVERIFY2(o.out.contains("Nothing to resume"), o.out.constData());
        QCOMPARE(env.storedFiles().size(), 1);
    }
};

QTEST_MAIN(TestResumeKill)
#include "tst_resume_kill.moc"

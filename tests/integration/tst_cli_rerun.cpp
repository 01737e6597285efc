// The same hoist-cli command run again after Ctrl+C, then --resume as the CLI advises: every file
// is stored once. The queue's identity is (local file, destination), whether an item comes from
// the command line or from the journal.

#include "tst_upload_harness.h"

#include <QProcess>
#include <QRegularExpression>

#include <csignal>

using namespace harness;
using namespace Qt::StringLiterals;

class TestCliRerun : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QByteArray out, err;
    };

    // Runs hoist-cli; with interruptAfterDone > 0, sends SIGINT (Ctrl+C) once that many files are done.
    static Outcome run(const QStringList &args, const QString &token, int interruptAfterDone = 0)
    {
        QProcess proc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOIST_ACCESS_TOKEN"_s, token);
        proc.setProcessEnvironment(env);
        Outcome o;
        int done = 0;
        bool interrupted = false;
        QObject::connect(&proc, &QProcess::readyReadStandardOutput, &proc, [&] {
            while (proc.canReadLine()) {
                const QByteArray line = proc.readLine();
                o.out += line;
                if (line.contains("\"state\":\"done\"") && ++done >= interruptAfterDone
                    && interruptAfterDone > 0 && !interrupted) {
                    interrupted = true;
                    ::kill(pid_t(proc.processId()), SIGINT);
                }
            }
        });
        proc.start(qEnvironmentVariable("HOIST_CLI"), args);
        if (!proc.waitForStarted(10000)
            || !QTest::qWaitFor([&] { return proc.state() == QProcess::NotRunning; }, 180000))
            return o;
        o.out += proc.readAllStandardOutput();
        o.err = proc.readAllStandardError();
        o.exitCode = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -2;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("HOIST_CLI")), "HOIST_CLI not set");
    }

    void ctrlCThenSameCommandThenResume()
    {
        constexpr int kFiles = 20;
        Env env;
        QTemporaryDir journals;
        QHash<QString, QByteArray> expected;
        QStringList paths;
        for (int i = 1; i <= kFiles; ++i) {
            const QString name = u"s%1.dat"_s.arg(i, 2, 10, QLatin1Char('0'));
            expected.insert(name, env.makeFile(u"local/"_s + name, 300'000, quint32(i)));
            paths.append(env.path(u"local/"_s + name));
        }
        const QString journal = journals.filePath(u"j.sqlite"_s);
        const QStringList common{u"upload"_s, u"--api-base"_s, env.server.baseUrl().toString(),
                                 u"--json"_s, u"--journal"_s,  journal};
        const QStringList command = common + QStringList{u"--company"_s, QString::number(env.companyId),
                                                         u"--project"_s, QString::number(env.projectId),
                                                         u"--folder"_s,  u"Submittals"_s,
                                                         u"--jobs"_s,    u"2"_s}
                                    + paths;
        const QString token = env.server.accessToken();

        env.server.faults().setStorageBytesPerSecond(1'500'000); // slow enough to stop mid-queue
        const Outcome first = run(command, token, 3);
        QCOMPARE(first.exitCode, 130); // interrupted
        env.server.faults().setStorageBytesPerSecond(0);
        const int storedAfterFirst = int(env.storedFiles().size());
        QVERIFY2(storedAfterFirst >= 3 && storedAfterFirst < kFiles, first.out.constData());

        const Outcome second = run(command, token); // the same command again
        QVERIFY2(second.exitCode == 0, second.err.constData());
        const Outcome third = run(common + QStringList{u"--resume"_s}, token); // as the CLI advised
        QVERIFY2(third.exitCode == 0, third.err.constData());

        const QList<StoredFile> stored = env.storedFiles();
        QStringList names;
        for (const StoredFile &f : stored) {
            names.append(f.name);
            QCOMPARE(f.folder, u"Submittals"_s);
            QCOMPARE(f.versions, 1);
            QCOMPARE(f.sha256.toLatin1(), expected.value(f.name));
        }
        names.sort();
        QStringList wanted = expected.keys();
        wanted.sort();
        QCOMPARE(names, wanted); // each once: no "s04 (1).dat"
        // The second run joined the interrupted items instead of queueing them twice.
        QVERIFY2(!third.out.contains("\"event\":\"resumed\""), third.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRerun)
#include "tst_cli_rerun.moc"

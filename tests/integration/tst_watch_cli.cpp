// hoist-cli watch add|list|remove|run against the in-process sandbox over loopback: a file
// written into the watched folder while `watch run --json` runs is uploaded once, complete, and
// said as JSON events; SIGTERM ends the run with 0.
#include "tst_upload_harness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <csignal>

using namespace harness;
using namespace Qt::StringLiterals;

class TestWatchCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    static QProcessEnvironment environment(Env &env)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"HOIST_ACCESS_TOKEN"_s, env.server.accessToken());
        return e;
    }

    QStringList common(Env &env) const
    {
        return {u"--api-base"_s, env.server.baseUrl().toString(), u"--journal"_s,
                m_tmp.filePath(u"watch.sqlite"_s)};
    }

    // Runs hoist-cli to the end (the event loop turns meanwhile, so the sandbox answers).
    static QPair<int, QByteArray> cli(Env &env, const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment(env));
        p.start(qEnvironmentVariable("HOIST_CLI"), args);
        if (!p.waitForStarted(10000)
            || !QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000))
            return {-1, {}};
        return {p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(QFileInfo::exists(qEnvironmentVariable("HOIST_CLI"))); }

    void addListRunRemove()
    {
        Env env;
        const QString folder = env.path(u"scans"_s);
        QVERIFY(QDir().mkpath(folder));
        auto [code, out] = cli(
            env, QStringList{u"watch"_s, u"add"_s, folder, u"--company"_s, QString::number(env.companyId),
                             u"--project"_s, QString::number(env.projectId), u"--folder"_s, u"Scans/Signed"_s}
                     + common(env));
        QVERIFY2(code == 0, out.constData());
        QVERIFY(env.folderId(u"Scans/Signed"_s) > 0);
        std::tie(code, out) = cli(env, QStringList{u"watch"_s, u"list"_s, u"--json"_s} + common(env));
        QCOMPARE(code, 0);
        const QJsonObject listed = QJsonDocument::fromJson(out.trimmed()).object();
        QCOMPARE(listed.value(u"folder"_s).toString(), folder);
        QCOMPARE(listed.value(u"folder_path"_s).toString(), u"Scans/Signed"_s);

        QProcess run;
        run.setProcessEnvironment(environment(env));
        QByteArray events;
        QObject::connect(&run, &QProcess::readyReadStandardOutput, &run,
                         [&] { events += run.readAllStandardOutput(); });
        run.start(qEnvironmentVariable("HOIST_CLI"),
                  QStringList{u"watch"_s, u"run"_s, u"--json"_s, u"--stable-seconds"_s, u"1"_s}
                      + common(env));
        QVERIFY(run.waitForStarted(10000));
        const QByteArray sha = env.makeFile(u"scans/form-001.pdf"_s, 250'000, 7);
        QTRY_VERIFY_WITH_TIMEOUT(events.contains("\"event\":\"uploaded\""), 30000);
        ::kill(pid_t(run.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(run.state() == QProcess::NotRunning, 10000);
        QCOMPARE(run.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.exitCode(), 0);
        QVERIFY2(events.contains("\"event\":\"waiting\"") && events.contains("\"path\":\"form-001.pdf\""),
                 events.constData());
        const QList<StoredFile> files = env.storedFiles();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].path, u"Scans/Signed/form-001.pdf"_s);
        QCOMPARE(files[0].sha256.toLatin1(), sha);

        std::tie(code, out) = cli(env, QStringList{u"watch"_s, u"remove"_s, u"1"_s} + common(env));
        QCOMPARE(code, 0);
        std::tie(code, out) = cli(env, QStringList{u"watch"_s, u"list"_s, u"--json"_s} + common(env));
        QCOMPARE(code, 0);
        QVERIFY(out.trimmed().isEmpty());
        QCOMPARE(env.storedFiles().size(), 1); // removing a watch removes nothing in Procore
    }
};

QTEST_MAIN(TestWatchCli)
#include "tst_watch_cli.moc"

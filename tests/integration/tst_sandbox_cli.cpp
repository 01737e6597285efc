// `hoist-cli sandbox` as scripts use it: its first two lines, its --data folder kept across
// restarts (objects as plain files), and its fault flags.
#include "CurlClient.h"
#include "SandboxFixture.h"
#include "TestFiles.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSandboxCli : public QObject
{
    Q_OBJECT

    struct Running
    {
        std::unique_ptr<QProcess> process;
        QUrl base;
        QString token;
    };

    static Running start(const QStringList &args)
    {
        Running r;
        r.process = std::make_unique<QProcess>();
        r.process->start(qEnvironmentVariable("HOIST_CLI"), QStringList{"sandbox"} + args);
        if (!r.process->waitForStarted())
            return r;
        QByteArray head;
        while (head.count('\n') < 2 && r.process->waitForReadyRead(10000))
            head += r.process->readAllStandardOutput();
        const QList<QByteArray> lines = head.split('\n');
        if (lines.value(0).startsWith("HOIST_API_BASE=")
            && lines.value(1).startsWith("HOIST_ACCESS_TOKEN=")) {
            r.base = QUrl(QString::fromLatin1(lines[0].mid(15)));
            r.token = QString::fromLatin1(lines[1].mid(19));
        }
        return r;
    }
    static void stop(Running &r)
    {
        r.process->terminate(); // SIGTERM: the sandbox saves its state and exits
        QVERIFY(r.process->waitForFinished(10000));
        QCOMPARE(r.process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(r.process->exitCode(), 0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(QFileInfo::exists(qEnvironmentVariable("HOIST_CLI"))); }

    // Without HOIST_SANDBOX_SECRET the run makes its own secret and prints it third; the control
    // API takes it and nothing else.
    void printsItsControlSecret()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("HOIST_SANDBOX_SECRET"));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("HOIST_CLI"), {QStringLiteral("sandbox")});
        QVERIFY(process.waitForStarted());
        QByteArray head;
        while (head.count('\n') < 3 && process.waitForReadyRead(10000))
            head += process.readAllStandardOutput();
        const QList<QByteArray> lines = head.split('\n');
        QVERIFY2(lines.value(2).startsWith("HOIST_SANDBOX_SECRET="), head.constData());
        const QString base = QString::fromLatin1(lines[0].mid(15));
        const QString secret = QString::fromLatin1(lines[2].mid(21));
        QVERIFY(secret.size() >= 24);
        QVERIFY(secret.toUtf8() != qgetenv("HOIST_SANDBOX_SECRET"));
        QCOMPARE(CurlClient::run({"-H", "X-Sandbox-Secret: " + secret, base + "/_sandbox/files"}).status,
                 200);
        QCOMPARE(CurlClient::run({"-H", "X-Sandbox-Secret:", base + "/_sandbox/files"}).status, 401);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }

    void printsBaseAndAWorkingToken()
    {
        Running s = start({});
        QVERIFY(s.base.isValid());
        QCOMPARE(s.base.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(s.base.port() > 0);
        CurlClient api(s.base, s.token);
        const CurlResult me = api.get("/rest/v1.0/me");
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().object().value("login").toString(),
                 QStringLiteral("pat.morgan@summitridge.example"));
        stop(s);
    }

    void dataFolderSurvivesARestart()
    {
        QTemporaryDir data, files;
        const QString local = files.filePath("Site Photo 001.jpg");
        const QByteArray sha = testfiles::write(local, 123'456, 8);
        QString key;
        {
            Running s = start({"--data", data.path()});
            QVERIFY(s.base.isValid());
            CurlClient api(s.base, s.token, SandboxFixture::kCompany);
            const CurlResult created =
                api.postJson(QStringLiteral("/rest/v1.1/projects/%1/uploads").arg(SandboxFixture::kProject),
                             QJsonDocument(QJsonObject{{"response_filename", "Site Photo 001.jpg"}}));
            QCOMPARE(created.status, 201);
            const QJsonObject t = created.json().object();
            QList<QPair<QString, QString>> fields;
            const QJsonObject f = t.value("fields").toObject();
            for (auto it = f.begin(); it != f.end(); ++it)
                fields.append({it.key(), it.value().toString()});
            key = f.value("key").toString();
            QCOMPARE(CurlClient::storagePost(t.value("url").toString(), fields, local).status, 204);
            const CurlResult assoc = api.postJson(
                QStringLiteral("/rest/v1.0/files?project_id=%1").arg(SandboxFixture::kProject),
                QJsonDocument(QJsonObject{{"file", QJsonObject{{"name", "Site Photo 001.jpg"},
                                                               {"upload_uuid", t.value("uuid")}}}}));
            QCOMPARE(assoc.status, 201);
            stop(s);
        }
        // The object is a plain file under DIR/objects with the uploaded bytes.
        QCOMPARE(testfiles::sha256Of(QDir(data.path()).filePath("objects/" + key)), sha);
        QVERIFY(QFileInfo::exists(QDir(data.path()).filePath("state.json")));
        {
            Running s = start({"--data", data.path()});
            QVERIFY(s.base.isValid());
            const CurlResult list = CurlClient::run({s.base.toString() + "/_sandbox/files"});
            bool found = false;
            for (const QJsonValue &v : list.json().array())
                found |= v.toObject().value("path").toString() == QLatin1String("Site Photo 001.jpg")
                         && v.toObject().value("sha256").toString().toLatin1() == sha;
            QVERIFY(found);
            stop(s);
        }
    }

    void faultFlagsApply()
    {
        Running s = start({"--fail-storage", "1:503", "--api-429", "1:2", "--hourly-limit", "100"});
        QVERIFY(s.base.isValid());
        CurlClient api(s.base, s.token, SandboxFixture::kCompany);
        CurlResult r = api.get("/rest/v1.0/me");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("retry-after"), QByteArray("2"));
        r = api.get("/rest/v1.0/me");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-rate-limit-limit"), QByteArray("100"));
        const QJsonObject faults = CurlClient::run({s.base.toString() + "/_sandbox/faults"}).json().object();
        QCOMPARE(faults.value("rules").toArray().size(), 1); // the storage rule is still waiting
        QCOMPARE(faults.value("rules").toArray()[0].toObject().value("status").toInt(), 503);
        stop(s);
    }

    void badFlagsAreUsageErrors()
    {
        QProcess p;
        p.start(qEnvironmentVariable("HOIST_CLI"), {"sandbox", "--fail-storage", "x"});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--fail-storage"));
    }

    // Every command's help, asked for in each of the ways its parser lists (-h, --help,
    // --help-all), is printed and nothing runs: `sandbox --help-all` used to start a sandbox.
    void helpInEveryFormRunsNothing_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("flag");
        for (const char *command : {"sandbox", "upload", "watch", "history", "ls", "login", "diagnose", "--"})
            for (const char *flag : {"-h", "--help", "--help-all"})
                QTest::addRow("%s %s", command, flag)
                    << QString::fromLatin1(command) << QString::fromLatin1(flag);
    }
    void helpInEveryFormRunsNothing()
    {
        QFETCH(QString, command);
        QFETCH(QString, flag);
        QProcess p;
        // "--": the flag alone, for hoist-cli itself.
        p.start(qEnvironmentVariable("HOIST_CLI"),
                command == QLatin1String("--") ? QStringList{flag} : QStringList{command, flag});
        const bool ended = p.waitForFinished(10000);
        if (!ended)
            p.kill();
        QVERIFY2(ended, "still running: the help was not printed");
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(p.readAllStandardOutput().contains("Usage:"), qPrintable(p.readAllStandardError()));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"

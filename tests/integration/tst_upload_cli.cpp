// hoist-cli upload and ls as a script would use them: against a sandbox over --api-base with
// HOIST_ACCESS_TOKEN; checks exit codes, the JSON event stream and what the sandbox stored.
#include "ContractAssert.h"
#include "TestFiles.h"
#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxState.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace hoist::sandbox;

class TestUploadCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QList<QJsonObject> events() const
        {
            QList<QJsonObject> list;
            for (const QByteArray &line : out.split('\n'))
                if (!line.trimmed().isEmpty())
                    list.append(QJsonDocument::fromJson(line).object());
            return list;
        }
    };

    static Run cli(const QStringList &args, const QString &token)
    {
        QProcess proc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (token.isNull())
            env.remove(QStringLiteral("HOIST_ACCESS_TOKEN"));
        else
            env.insert(QStringLiteral("HOIST_ACCESS_TOKEN"), token);
        proc.setProcessEnvironment(env);
        proc.start(qEnvironmentVariable("HOIST_CLI"), args);
        Run r;
        if (!proc.waitForFinished(120000))
            return r;
        r.exitCode = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -2;
        r.out = proc.readAllStandardOutput();
        r.err = proc.readAllStandardError();
        return r;
    }

    static SandboxOptions options()
    {
        SandboxOptions o;
        o.spikeLimit = 0;
        o.hourlyLimit = 0;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("HOIST_CLI")), "HOIST_CLI not set");
    }

    // A 429 whose Retry-After is short but whose X-Rate-Limit-Reset is an hour away (issue 14):
    // the run follows Retry-After, goes on within seconds, and says when it goes on.
    void rateLimit429FollowsRetryAfter()
    {
        SandboxOptions limits; // Procore's own limits, so every answer reports a budget
        limits.hourlyLimit = 3600;
        limits.spikeLimit = 150;
        SandboxServer server(limits);
        QVERIFY(server.start());
        QTemporaryDir dir;
        for (int i = 0; i < 3; ++i)
            testfiles::write(dir.filePath(QStringLiteral("r%1.bin").arg(i)), 2000, quint32(i + 7));
        FaultRule r;
        r.kind = QStringLiteral("api");
        r.method = QStringLiteral("POST");
        r.path = QRegularExpression(QStringLiteral("/uploads$"));
        r.status = 429;
        r.retryAfterSecs = 4;
        r.rateRemaining = 0;
        r.rateResetInSecs = 3600;
        for (const bool json : {true, false}) {
            server.faults().addRule(r);
            QStringList args{QStringLiteral("upload"),
                             server.baseUrl().toString(),
                             QStringLiteral("--company"),
                             QStringLiteral("Summit Ridge Builders"),
                             QStringLiteral("--project"),
                             QStringLiteral("281474976710657"),
                             QStringLiteral("--folder"),
                             json ? QStringLiteral("Rate/json") : QStringLiteral("Rate/text"),
                             QStringLiteral("--jobs"),
                             QStringLiteral("2"),
                             dir.path()};
            args.insert(1, QStringLiteral("--api-base"));
            if (json)
                args << QStringLiteral("--json");
            QProcess proc;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOIST_ACCESS_TOKEN"), server.accessToken());
            proc.setProcessEnvironment(env);
            QElapsedTimer clock;
            clock.start();
            const QDateTime started = QDateTime::currentDateTimeUtc();
            proc.start(qEnvironmentVariable("HOIST_CLI"), args);
            const bool finished = proc.waitForFinished(30000); // not an hour
            if (!finished) {
                proc.kill();
                proc.waitForFinished();
            }
            QVERIFY2(finished, "hoist-cli still waiting 30 s after a 429 with Retry-After: 4");
            QCOMPARE(proc.exitCode(), 0);
            QVERIFY(clock.elapsed() >= 3500); // Retry-After was followed, not ignored
            const QByteArray out = proc.readAllStandardOutput();
            const QByteArray err = proc.readAllStandardError();
            if (json) {
                QDateTime until;
                for (const QByteArray &line : out.split('\n')) {
                    const QJsonObject o = QJsonDocument::fromJson(line).object();
                    if (o.value(u"event").toString() == QLatin1String("rate_limited"))
                        until = QDateTime::fromString(o.value(u"until").toString(), Qt::ISODateWithMs);
                }
                QVERIFY2(until.isValid(), out.constData());
                QVERIFY(started.secsTo(until) >= 3 && started.secsTo(until) <= 15);
            } else {
                QVERIFY2(err.contains("Procore's rate limit: going on at"), err.constData());
            }
        }
        auto lock = server.state().lock();
        int stored = 0;
        for (const auto &[id, f] : server.state().files)
            stored +=
                f.name.startsWith(QLatin1String("r")) && !f.versions.back().uploadUuid.isEmpty() ? 1 : 0;
        QCOMPARE(stored, 6);
    }

    void uploadTreeWithJsonEvents()
    {
        SandboxServer server(options());
        const contract::VerifyAtExit check{server, __FILE__, __LINE__}; // what hoist-cli sent
        QVERIFY(server.start());
        QTemporaryDir dir;
        QHash<QString, QByteArray> expected;
        for (int i = 0; i < 6; ++i) {
            const QString rel = QStringLiteral("Pour %1/cyl-%2.csv").arg(i % 2).arg(i);
            QDir().mkpath(QFileInfo(dir.filePath(rel)).absolutePath());
            expected.insert(QStringLiteral("Submittals/Approved/Tests/") + rel,
                            testfiles::write(dir.filePath(rel), 1000 + i * 10, quint32(i + 1)));
        }
        const QString base = server.baseUrl().toString();
        const Run r = cli({QStringLiteral("upload"), QStringLiteral("--api-base"), base,
                           QStringLiteral("--company"), QStringLiteral("Summit Ridge Builders"),
                           QStringLiteral("--project"), QStringLiteral("281474976710657"),
                           QStringLiteral("--folder"), QStringLiteral("Submittals/Approved/Tests"),
                           QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("--json"),
                           dir.filePath(QStringLiteral("Pour 0")), dir.filePath(QStringLiteral("Pour 1"))},
                          server.accessToken());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto events = r.events();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().value(u"event").toString(), QStringLiteral("queued"));
        QCOMPARE(events.first().value(u"files").toInt(), 6);
        QCOMPARE(events.last().value(u"event").toString(), QStringLiteral("finished"));
        QCOMPARE(events.last().value(u"done").toInt(), 6);
        QCOMPARE(events.last().value(u"exit_code").toInt(), 0);
        int doneEvents = 0;
        for (const auto &e : events)
            doneEvents += e.value(u"state").toString() == QLatin1String("done") ? 1 : 0;
        QCOMPARE(doneEvents, 6);
        // No secret in the output.
        QVERIFY(!r.out.contains(server.accessToken().toUtf8()));
        QVERIFY(!r.out.contains("x-amz-signature"));

        auto lock = server.state().lock();
        int found = 0;
        for (const auto &[id, f] : server.state().files) {
            if (f.versions.back().uploadUuid.isEmpty())
                continue;
            const QString path = server.state().folderPath(f.folderId) + QLatin1Char('/') + f.name;
            QVERIFY2(expected.contains(path), qPrintable(path));
            QCOMPARE(server.objectSha256(f.versions.back().objectKey).toLatin1(), expected.value(path));
            ++found;
        }
        QCOMPARE(found, 6);
        for (const auto &e : server.state().log)
            if (e.kind == QLatin1String("storage"))
                QVERIFY(!e.hadAuthorization && !e.hadCookie);
    }

    void dryRunReviewsWithoutWriting()
    {
        SandboxServer server(options());
        const contract::VerifyAtExit check{server, __FILE__, __LINE__}; // what hoist-cli sent
        QVERIFY(server.start());
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("Site/Day 1")));
        testfiles::write(dir.filePath(QStringLiteral("Site/Day 1/IMG_0001.jpg")), 5000, 1);
        testfiles::write(dir.filePath(QStringLiteral("Site/Thumbs.db")), 100, 2);
        testfiles::write(dir.filePath(QStringLiteral("Site/Grid A|B.pdf")), 100, 3);
        const Run r =
            cli({QStringLiteral("upload"), QStringLiteral("--api-base"), server.baseUrl().toString(),
                 QStringLiteral("--company"), QStringLiteral("562949953421313"), QStringLiteral("--project"),
                 QStringLiteral("281474976710657"), QStringLiteral("--folder"), QStringLiteral("Photos"),
                 QStringLiteral("--dry-run"), QStringLiteral("--json"), dir.filePath(QStringLiteral("Site"))},
                server.accessToken());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QHash<QString, QJsonObject> review;
        QJsonObject summary;
        for (const QJsonObject &e : r.events()) {
            if (e.value(u"event").toString() == QLatin1String("review"))
                review.insert(QFileInfo(e.value(u"file").toString()).fileName(), e);
            if (e.value(u"event").toString() == QLatin1String("review-summary"))
                summary = e;
        }
        QCOMPARE(review.size(), 3);
        QCOMPARE(review.value(QStringLiteral("Thumbs.db")).value(u"skip").toBool(), true);
        QCOMPARE(review.value(QStringLiteral("Grid A|B.pdf")).value(u"remote").toString(),
                 QStringLiteral("Photos/Site/Grid AB.pdf"));
        QCOMPARE(review.value(QStringLiteral("IMG_0001.jpg")).value(u"flags").toArray().size(), 0);
        QCOMPARE(summary.value(u"to_upload").toInt(), 2);
        QCOMPARE(summary.value(u"folders_to_create").toArray(),
                 QJsonArray({QStringLiteral("Photos/Site"), QStringLiteral("Photos/Site/Day 1")}));
        auto lock = server.state().lock();
        for (const auto &e : server.state().log) {
            QVERIFY2(e.method == QLatin1String("GET"), qPrintable(e.method + QLatin1Char(' ') + e.path));
            QVERIFY(e.kind != QLatin1String("storage"));
        }
    }

    void unknownOptionIsExitTwo()
    {
        // The documented "bad command line" code, for every command (QCommandLineParser's
        // process() would exit 1).
        for (const QString &command : {QStringLiteral("upload"), QStringLiteral("ls"),
                                       QStringLiteral("history"), QStringLiteral("sandbox")}) {
            const Run r = cli({command, QStringLiteral("--no-such-option")}, {});
            QVERIFY2(r.exitCode == 2, qPrintable(command + QLatin1Char(' ') + QString::fromUtf8(r.err)));
            QVERIFY(r.err.contains("no-such-option"));
        }
    }

    void projectByItsNumber()
    {
        // People know a project by its number ("2024-100"); the id is what the API gives.
        SandboxServer server(options());
        QVERIFY(server.start());
        QTemporaryDir dir;
        const QByteArray sha = testfiles::write(dir.filePath(QStringLiteral("site.pdf")), 1500, 3);
        const Run r =
            cli({QStringLiteral("upload"), QStringLiteral("--api-base"), server.baseUrl().toString(),
                 QStringLiteral("--company"), QStringLiteral("Summit Ridge Builders"),
                 QStringLiteral("--project"), QStringLiteral("2024-100"), QStringLiteral("--folder"),
                 QStringLiteral("By number"), dir.filePath(QStringLiteral("site.pdf"))},
                server.accessToken());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto lock = server.state().lock();
        int found = 0;
        for (const auto &[id, f] : server.state().files) {
            if (f.name != QLatin1String("site.pdf"))
                continue;
            QCOMPARE(server.state().folders.at(f.folderId).projectId, 281474976710657LL);
            QCOMPARE(server.objectSha256(f.versions.back().objectKey).toLatin1(), sha);
            ++found;
        }
        QCOMPARE(found, 1);
    }

    void dryRunEstimateUsesEachWindow()
    {
        // Procore-like limits: 3,600 an hour and 25 per 10 s. 60 files are about 120 calls: about
        // 48 s at 25 per 10 s, not hours (the spike budget read as an hourly one).
        SandboxOptions limits;
        limits.hourlyLimit = 3600;
        limits.spikeLimit = 25;
        limits.spikeWindowSecs = 10;
        SandboxServer server(limits);
        QVERIFY(server.start());
        QTemporaryDir dir;
        for (int i = 0; i < 60; ++i)
            testfiles::write(dir.filePath(QStringLiteral("f%1.txt").arg(i)), 100, quint32(i + 1));
        const Run r =
            cli({QStringLiteral("upload"), QStringLiteral("--api-base"), server.baseUrl().toString(),
                 QStringLiteral("--company"), QStringLiteral("562949953421313"), QStringLiteral("--project"),
                 QStringLiteral("281474976710657"), QStringLiteral("--folder"), QStringLiteral("Submittals"),
                 QStringLiteral("--dry-run"), QStringLiteral("--json"), dir.path()},
                server.accessToken());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        qint64 seconds = -1;
        for (const QJsonObject &e : r.events())
            if (e.value(u"event").toString() == QLatin1String("review-summary"))
                seconds = e.value(u"estimated_seconds").toInteger(-1);
        QVERIFY2(seconds >= 40 && seconds <= 120, qPrintable(QString::number(seconds)));
    }

    void listCommands()
    {
        SandboxServer server(options());
        const contract::VerifyAtExit check{server, __FILE__, __LINE__}; // what hoist-cli sent
        QVERIFY(server.start());
        const QString base = server.baseUrl().toString();
        Run r = cli({QStringLiteral("ls"), QStringLiteral("companies"), QStringLiteral("--api-base"), base,
                     QStringLiteral("--json")},
                    server.accessToken());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
        r = cli({QStringLiteral("ls"), QStringLiteral("projects"), QStringLiteral("--api-base"), base,
                 QStringLiteral("--company"), QStringLiteral("562949953421313"), QStringLiteral("--json")},
                server.accessToken());
        QCOMPARE(r.exitCode, 0);
        // All pages (the first company has more than one page of projects).
        QVERIFY(QJsonDocument::fromJson(r.out).array().size() > 100);
        r = cli({QStringLiteral("ls"), QStringLiteral("folders"), QStringLiteral("--api-base"), base,
                 QStringLiteral("--company"), QStringLiteral("562949953421313"), QStringLiteral("--project"),
                 QStringLiteral("281474976710657"), QStringLiteral("--folder"), QStringLiteral("Drawings")},
                server.accessToken());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Drawings/Architectural"));
    }

    void exitCodes()
    {
        SandboxServer server(options());
        const contract::VerifyAtExit check{server, __FILE__, __LINE__}; // what hoist-cli sent
        QVERIFY(server.start());
        QTemporaryDir dir;
        testfiles::write(dir.filePath(QStringLiteral("a.txt")), 10);
        const QString base = server.baseUrl().toString();
        const QStringList upload{QStringLiteral("upload"), QStringLiteral("--company"),
                                 QStringLiteral("562949953421313"), QStringLiteral("--project"),
                                 QStringLiteral("281474976710657")};
        // 2: bad command line.
        QCOMPARE(cli({QStringLiteral("upload"), QStringLiteral("--api-base"), base}, server.accessToken())
                     .exitCode,
                 2);
        QCOMPARE(cli(upload
                         + QStringList{QStringLiteral("--api-base"), base, QStringLiteral("--on-conflict"),
                                       QStringLiteral("overwrite"), dir.filePath(QStringLiteral("a.txt"))},
                     server.accessToken())
                     .exitCode,
                 2);
        // 3: no token, or a refused one.
        QCOMPARE(
            cli(upload
                    + QStringList{QStringLiteral("--api-base"), base, dir.filePath(QStringLiteral("a.txt"))},
                QString())
                .exitCode,
            3);
        QCOMPARE(
            cli(upload
                    + QStringList{QStringLiteral("--api-base"), base, dir.filePath(QStringLiteral("a.txt"))},
                QStringLiteral("not-a-token"))
                .exitCode,
            3);
        // 4: nothing listens there.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString deadBase = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        QCOMPARE(cli({QStringLiteral("ls"), QStringLiteral("companies"), QStringLiteral("--api-base"),
                      deadBase, QStringLiteral("--retries"), QStringLiteral("1")},
                     server.accessToken())
                     .exitCode,
                 4);
        // 1: a file that cannot be read (a FIFO is not a regular file), the rest uploads.
        QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), {dir.filePath(QStringLiteral("pipe"))}) == 0);
        const Run r =
            cli(upload
                    + QStringList{QStringLiteral("--api-base"), base, dir.filePath(QStringLiteral("a.txt")),
                                  dir.filePath(QStringLiteral("pipe"))},
                server.accessToken());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("regular file"));
        QVERIFY(r.out.contains("1 uploaded"));
    }
};

QTEST_GUILESS_MAIN(TestUploadCli)
#include "tst_upload_cli.moc"

// What a server that is not Procore can make Hoist do: its answers are untrusted. Storage and
// part URLs that are not http(s) are refused before a byte moves (a file: URL would truncate and
// overwrite a local file), and the Bearer token never follows a redirect to another origin.

#include "procore/UrlPolicy.h"
#include "tst_upload_harness.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace hoist;
using harness::Env;
using harness::item;

class TestHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storageUrlMustBeHttp_data();
    void storageUrlMustBeHttp();
    void storageUrlRules();
    void tokenDoesNotFollowRedirectElsewhere();
    void oversizedAnswerIsNotRead();
};

void TestHostileServer::storageUrlMustBeHttp_data()
{
    QTest::addColumn<bool>("segmented");
    QTest::addColumn<QString>("kind"); // which URL the server names
    for (const bool segmented : {false, true}) {
        const char *how = segmented ? "parts" : "post";
        for (const char *kind : {"file", "qrc", "data", "ftp", "relative"})
            QTest::addRow("%s-%s", how, kind) << segmented << QString::fromLatin1(kind);
    }
}

// The create-upload answer names a URL that is not http(s): the file fails with a clear error and
// the local file the URL points at is not touched.
void TestHostileServer::storageUrlMustBeHttp()
{
    QFETCH(bool, segmented);
    QFETCH(QString, kind);
    Env env;
    env.checkContract = false; // the answers are hostile on purpose
    const QByteArray victimSha = env.makeFile(QStringLiteral("victim.txt"), 4096, 7);
    const QString victim = env.path(QStringLiteral("victim.txt"));
    const QString url = kind == QLatin1String("file")   ? QUrl::fromLocalFile(victim).toString()
                        : kind == QLatin1String("qrc")  ? QStringLiteral("qrc:/victim.txt")
                        : kind == QLatin1String("data") ? QStringLiteral("data:text/plain,hello")
                        : kind == QLatin1String("ftp")  ? QStringLiteral("ftp://127.0.0.1/victim.txt")
                                                        : QStringLiteral("victim.txt");
    env.server.faults().setStorageUrl(url);
    if (segmented)
        env.controller->setSegmentThreshold(1, SegmentPlan::kMinSegment);
    env.makeFile(QStringLiteral("report.pdf"), 300'000, 3);
    QVERIFY(env.runToIdle({item(env.path(QStringLiteral("report.pdf")))}, env.destination(), 30000));

    QCOMPARE(env.stateOf(0), TransferState::Failed);
    const QString why = env.controller->model()->jobAt(0)->errorText();
    QVERIFY2(why.contains(QStringLiteral("storage address")), qPrintable(why));
    QVERIFY(env.storedFiles().isEmpty());
    QCOMPARE(QFileInfo(victim).size(), 4096);
    QCOMPARE(testfiles::sha256Of(victim), victimSha);
}

// https always; http only when the API base itself is http (the built-in sandbox, or a base the
// person chose as insecure); nothing else, and nothing without a host.
void TestHostileServer::storageUrlRules()
{
    const QUrl secure(QStringLiteral("https://api.procore.com"));
    const QUrl insecure(QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(
        UrlPolicy::storageUrlProblem(QUrl(QStringLiteral("https://s3.example.com/b?x=1")), secure).isEmpty());
    QVERIFY(!UrlPolicy::storageUrlProblem(QUrl(QStringLiteral("http://s3.example.com/b")), secure).isEmpty());
    QVERIFY(
        UrlPolicy::storageUrlProblem(QUrl(QStringLiteral("http://127.0.0.1:8080/s3/b")), insecure).isEmpty());
    QVERIFY(!UrlPolicy::storageUrlProblem(QUrl(QStringLiteral("file:///etc/passwd")), insecure).isEmpty());
    QVERIFY(!UrlPolicy::storageUrlProblem(QUrl(QStringLiteral("https:///nohost")), secure).isEmpty());
    QVERIFY(!UrlPolicy::storageUrlProblem(QUrl(), secure).isEmpty());
    // A link Hoist would open in the browser: web pages only.
    QVERIFY(UrlPolicy::isWebLink(QUrl(QStringLiteral("https://app.procore.com/1/project/documents"))));
    QVERIFY(!UrlPolicy::isWebLink(QUrl(QStringLiteral("file:///usr/bin/xterm"))));
}

// A 302 from the API base to another server (another port here: another origin): the call fails
// and says so, and that server never sees the Authorization header. A redirect within the same
// origin is still followed.
void TestHostileServer::tokenDoesNotFollowRedirectElsewhere()
{
    Env env;
    env.checkContract = false;
    sandbox::SandboxServer elsewhere(Env::fastOptions());
    QString error;
    QVERIFY2(elsewhere.start(&error), qPrintable(error));
    QVERIFY(QTest::qWaitFor([&] { return elsewhere.isRunning(); }, 5000));
    sandbox::FaultRule redirect;
    redirect.method = QStringLiteral("GET");
    redirect.path = QRegularExpression(QStringLiteral("^/rest/v1.0/me$"));
    redirect.status = 302;
    redirect.location = elsewhere.baseUrl().toString() + QStringLiteral("/rest/v1.0/me");
    env.server.faults().addRule(redirect);

    ApiReply *me = env.client->me();
    QSignalSpy finished(me, &ApiReply::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY(!me->isOk());
    const QString why = me->error().describe();
    QVERIFY2(why.contains(QStringLiteral("another address"))
                 && why.contains(QString::number(elsewhere.baseUrl().port())),
             qPrintable(why));
    {
        auto lock = elsewhere.state().lock();
        for (const auto &e : elsewhere.state().log)
            QVERIFY2(!e.hadAuthorization, qPrintable(e.path));
        QCOMPARE(int(elsewhere.state().log.size()), 0);
    }

    // Same origin: followed, with the token.
    redirect.location = env.server.baseUrl().toString() + QStringLiteral("/rest/v1.0/me");
    env.server.faults().addRule(redirect);
    ApiReply *again = env.client->me();
    QSignalSpy finishedAgain(again, &ApiReply::finished);
    QVERIFY(finishedAgain.wait(20000));
    QVERIFY2(again->isOk(), qPrintable(again->error().describe()));
    env.nam.clearConnectionCache();
    elsewhere.stop();
}

// An answer far larger than any Procore sends (40 MiB for GET /me) is cut off at 32 MiB with an
// error that says so, instead of being read whole into memory.
void TestHostileServer::oversizedAnswerIsNotRead()
{
    Env env;
    env.checkContract = false;
    sandbox::FaultRule huge;
    huge.method = QStringLiteral("GET");
    huge.path = QRegularExpression(QStringLiteral("^/rest/v1.0/me$"));
    huge.status = 200;
    huge.answerBytes = 40LL * 1024 * 1024;
    env.server.faults().addRule(huge);
    ApiReply *me = env.client->me();
    QSignalSpy finished(me, &ApiReply::finished);
    QVERIFY(finished.wait(60000));
    QVERIFY(!me->isOk());
    QVERIFY2(me->error().message.contains(QStringLiteral("larger than")), qPrintable(me->error().describe()));
    ApiReply *again = env.client->me(); // a normal answer still goes through
    QSignalSpy finishedAgain(again, &ApiReply::finished);
    QVERIFY(finishedAgain.wait(20000));
    QVERIFY2(again->isOk(), qPrintable(again->error().describe()));
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostile_server.moc"

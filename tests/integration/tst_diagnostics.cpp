// Issue 27: the log, the audit of creating calls and the debug archive, against the in-process
// sandbox. Every fault (lost answers, 500s, 429s, a refused token and its refresh) runs with the
// log at its most detailed, and every secret the run handled (tokens issued, the storage POST's
// policy and signature, the signed storage URL) is searched for in all that was written: the log
// files and what went on to stderr. The archive is unpacked (python3's zipfile) and read.
#include "tst_upload_harness.h"

#include "diagnostics/LogFile.h"
#include "diagnostics/LogSession.h"
#include "diagnostics/SecretFilter.h"
#include "history/UploadHistory.h"
#include "upload/TransferJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace harness;
using namespace Qt::StringLiterals;

namespace {

// What the log session passes on (its "stderr"): the handler before it is this one.
QMutex g_echoMutex;
QString g_echoed;
void captureEcho(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_echoMutex);
    g_echoed +=
        QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message + u'\n';
}

QString readAll(const QStringList &files)
{
    QString text;
    for (const QString &f : files) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(file.readAll());
    }
    return text;
}

sandbox::FaultRule faultRule(const QString &method, const QString &path, int status, int count = 1)
{
    sandbox::FaultRule r;
    r.kind = u"api"_s;
    r.method = method;
    r.path = QRegularExpression(path);
    r.status = status;
    r.count = count;
    return r;
}

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretFilterHidesEveryKind();
    void faultsLeaveAnAuditAndNoSecret();
    void rotationKeepsTheLogSmall();
    void filesListWhatWasLoggedSoFar();
    void archiveHoldsWhatSupportNeedsAndNoSecret();
    void qtLoggingRulesWinOverVerbosity();
};

void TestDiagnostics::secretFilterHidesEveryKind()
{
    const QString line =
        u"Authorization: Bearer abc.DEF-123 {\"access_token\":\"tok1\",\"refresh_token\": \"tok2\","
        "\"client_secret\":\"sec3\"} https://s3.example/b?X-Amz-Signature=sig4&X-Amz-Credential=cred5 "
        "policy=pol6 code=code7 password: pw8"_s;
    const QString clean = hoist::SecretFilter::clean(line);
    for (const char *secret :
         {"abc.DEF-123", "tok1", "tok2", "sec3", "sig4", "cred5", "pol6", "code7", "pw8"})
        QVERIFY2(!clean.contains(QLatin1String(secret)), qPrintable(clean));
    QVERIFY(clean.contains(u"https://s3.example/b?"_s));
    QCOMPARE(hoist::SecretFilter::safeUrl(u"https://u:p@s3.example/bucket/key?X-Amz-Signature=s"_s),
             u"https://s3.example/bucket/key"_s);
}

void TestDiagnostics::faultsLeaveAnAuditAndNoSecret()
{
    QTemporaryDir logs;
    g_echoed.clear();
    const QtMessageHandler before = qInstallMessageHandler(captureEcho);
    QStringList logFiles;
    QString audit;
    QStringList secrets;
    {
        hoist::LogSession session({logs.path(), u"hoist"_s, hoist::LogLevel::Detailed,
                                   hoist::LogSession::Options::Echo::Everything});
        Env env;
        env.makeFile(u"warm.txt"_s, 1'000, 1);
        env.makeFile(u"A-101 Plan.pdf"_s, 30'000, 2);
        env.makeFile(u"A-102 Plan.pdf"_s, 30'000, 3);
        env.makeFile(u"A-103 Plan.pdf"_s, 30'000, 4);
        QVERIFY(env.runToIdle({item(env.path(u"warm.txt"_s))}, env.destination(u"Submittals"_s)));
        // A lost answer after the work (the look finds ours), a lost answer before it (the look
        // finds nothing: sent again), 500s and a 429 on the way, a refused token (refreshed).
        sandbox::FaultRule lostAfterWork = faultRule(u"POST"_s, u"^/rest/v1\\.0/files$"_s, 0);
        lostAfterWork.afterSuccess = true;
        lostAfterWork.dropConnection = true;
        env.server.faults().addRule(lostAfterWork);
        QVERIFY(env.runToIdle({item(env.path(u"A-101 Plan.pdf"_s))}, env.destination(u"Submittals"_s)));
        sandbox::FaultRule lostBefore = faultRule(u"POST"_s, u"^/rest/v1\\.0/files$"_s, 0);
        lostBefore.dropConnection = true;
        env.server.faults().addRule(lostBefore);
        env.server.faults().addRule(faultRule(u"POST"_s, u"/uploads$"_s, 500, 2));
        sandbox::FaultRule busy = faultRule(u"GET"_s, u"/folders"_s, 429);
        busy.retryAfterSecs = 1;
        env.server.faults().addRule(busy);
        env.server.faults().addRule(faultRule(u"POST"_s, u"/uploads$"_s, 401));
        env.controller->setMaxParallel(1); // A-102 meets the lost answer, then A-103 goes
        QVERIFY(env.runToIdle({item(env.path(u"A-102 Plan.pdf"_s)), item(env.path(u"A-103 Plan.pdf"_s))},
                              env.destination(u"Submittals"_s)));
        for (int row = 0; row < 4; ++row)
            QVERIFY2(env.stateOf(row) == TransferState::Done, qPrintable(env.describeRows()));
        QVERIFY(static_cast<RefreshingAuth *>(env.auth.get())->refreshes >= 1);
        // Every fault happened: two 500s and a 401 on create-upload, a 429 on a listing.
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.1/projects/"_s, 500), 2);
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.1/projects/"_s, 401), 1);
        QCOMPARE(env.countLog(u"api"_s, u"GET"_s, u"/rest/v1.0/folders"_s, 429), 1);
        // One copy each: the lost answers made no second file.
        QCOMPARE(env.storedFiles().size(), 4);

        // The secrets this run handled, from the sandbox: every token it issued, and what the
        // create-upload answers carried (the storage URL and its signed fields).
        {
            auto lock = env.server.state().lock();
            for (const auto &[token, _] : env.server.state().accessTokens)
                secrets << token;
            for (const auto &[token, _] : env.server.state().refreshTokens)
                secrets << token;
        }
        for (const QJsonValue &v : env.server.exchanges()) {
            const QJsonObject x = v.toObject();
            if (!x.value(u"path"_s).toString().endsWith(u"/uploads"_s))
                continue;
            const QJsonObject answer = x.value(u"response"_s).toObject();
            const QJsonObject fields = answer.value(u"fields"_s).toObject();
            for (const QString &key : fields.keys())
                if (key.contains(u"signature"_s, Qt::CaseInsensitive)
                    || key.compare(u"policy"_s, Qt::CaseInsensitive) == 0
                    || key.contains(u"credential"_s, Qt::CaseInsensitive))
                    secrets << fields.value(key).toString();
            if (answer.value(u"url"_s).toString().contains(u'?'))
                secrets << answer.value(u"url"_s).toString();
        }
        session.flush();
        logFiles = hoist::LogSession::files();
    }
    qInstallMessageHandler(before);
    QVERIFY(secrets.size() >= 4);
    const QString log = readAll(logFiles);
    QVERIFY2(log.contains(u"hoist.procore"_s) && log.contains(u"debug"_s), "the log is at its most detailed");
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!log.contains(secret), qPrintable(u"a secret in the log: "_s + secret.left(12)));
        QVERIFY2(!g_echoed.contains(secret), qPrintable(u"a secret on stderr: "_s + secret.left(12)));
    }
    // The audit: for the file whose answer was lost after the work, what was sent, what the
    // look found, and that nothing was sent again.
    const QStringList lines = log.split(u'\n');
    QStringList a101;
    for (const QString &l : lines)
        if (l.contains(u"hoist.audit"_s) && l.contains(u"A-101 Plan.pdf"_s))
            a101 << l;
    QVERIFY2(a101.size() == 2, qPrintable(a101.join(u'\n')));
    QVERIFY2(a101[0].contains(u"POST /rest/v1.0/files?project_id="_s) && a101[0].contains(u"no answer"_s)
                 && a101[0].contains(u"look before sending again"_s),
             qPrintable(a101[0]));
    QVERIFY2(a101[1].contains(u"found ours: file "_s) && a101[1].contains(u"not sending again"_s),
             qPrintable(a101[1]));
    QStringList a102;
    for (const QString &l : lines)
        if (l.contains(u"hoist.audit"_s) && l.contains(u"A-102 Plan.pdf"_s))
            a102 << l;
    QVERIFY2(a102.size() == 3 && a102[1].contains(u"not there: sending again"_s)
                 && a102[2].contains(u"-> 201"_s),
             qPrintable(a102.join(u'\n')));
    qInfo().noquote() << "audit excerpt:\n" + a101.join(u'\n') + u'\n' + a102.join(u'\n');
}

void TestDiagnostics::rotationKeepsTheLogSmall()
{
    QTemporaryDir dir;
    {
        hoist::LogFile file(dir.path(), u"t"_s, {4096, 3, 100000});
        for (int i = 0; i < 2000; ++i)
            file.append(u"line %1 ................................................"_s.arg(i));
        file.flush();
        QCOMPARE(file.files().size(), 3);
        for (const QString &f : file.files())
            QVERIFY2(QFileInfo(f).size() <= 4096, qPrintable(f));
        // The newest line is in the current file, the oldest kept one in the last.
        QVERIFY(readAll({file.path()}).contains(u"line 1999 "_s));
        QCOMPARE(QFileInfo(file.path()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
}

void TestDiagnostics::filesListWhatWasLoggedSoFar()
{
    // The debug archive asks for the files right after logging its first line: the line may still be
    // on the writer thread's queue, and the file not made yet (a CI run's archive had no log).
    for (int round = 0; round < 200; ++round) {
        QTemporaryDir dir;
        hoist::LogFile file(dir.path(), u"t"_s);
        file.append(u"first line"_s);
        QVERIFY2(file.files().contains(file.path()), qPrintable(u"round %1"_s.arg(round)));
    }
}

void TestDiagnostics::archiveHoldsWhatSupportNeedsAndNoSecret()
{
    QTemporaryDir home;
    const QString config = home.filePath(u"config"_s);
    QDir().mkpath(config + u"/Hoist"_s);
    {
        QFile conf(config + u"/Hoist/hoist-cli.conf"_s);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[network]\nproxyHost=proxy.example\nproxyPassword=hunter2-secret\n[session]\n"
                   "refreshToken=rt-secret-77\n");
    }
    // A history with a row whose link is a signed URL, and a journal with a queue and a watch.
    const QString historyPath = home.filePath(u"history.sqlite"_s);
    {
        auto history = UploadHistory::open(historyPath);
        QVERIFY(history);
        HistoryRecord r;
        r.localPath = u"/site/A-101 Plan.pdf"_s;
        r.destination = u"Tower / Drawings/A-101 Plan.pdf"_s;
        r.outcome = u"done"_s;
        r.fileId = 4242;
        r.url = QUrl(u"https://storage.example/key?X-Amz-Signature=sig-secret-99&X-Amz-Credential=cred"_s);
        QVERIFY(history->record(r));
    }
    const QString journalPath = home.filePath(u"journal.sqlite"_s);
    {
        auto journal = TransferJournal::open(journalPath);
        QVERIFY(journal);
    }
    const QString zip = home.filePath(u"out/debug.zip"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, config);
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"HOIST_LOG_DIR"_s, home.filePath(u"logs"_s));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("HOIST_CLI"), {u"-vv"_s, u"diagnose"_s, u"--output"_s, zip, u"--history"_s,
                                                historyPath, u"--journal"_s, journalPath});
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(out.contains(zip), qPrintable(out));
    QVERIFY2(err.contains(u"started; log level detailed"_s), qPrintable(err)); // -vv shows the log
    // Unpacked by another zip reader: names and contents.
    QProcess py;
    py.start(u"python3"_s, {u"-c"_s,
                            u"import sys, zipfile, json\n"
                            "z = zipfile.ZipFile(sys.argv[1])\n"
                            "print(json.dumps({n: z.read(n).decode('utf-8') for n in z.namelist()}))\n"_s,
                            zip});
    QVERIFY(py.waitForFinished(60000));
    QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
    const QJsonObject entries = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
    const QStringList names = entries.keys();
    for (const QString &name : {u"README.txt"_s, u"versions.txt"_s, u"settings.txt"_s, u"journals.txt"_s,
                                u"history.csv"_s, u"logs/hoist-cli.log"_s})
        QVERIFY2(names.contains(name), qPrintable(names.join(u", "_s)));
    QVERIFY(entries.value(u"versions.txt"_s).toString().contains(u"Qt " + QString::fromLatin1(qVersion())));
    QVERIFY(entries.value(u"settings.txt"_s).toString().contains(u"network/proxyHost = proxy.example"_s));
    QVERIFY(entries.value(u"journals.txt"_s).toString().contains(u"queue by state"_s));
    const QString history = entries.value(u"history.csv"_s).toString();
    QVERIFY2(history.contains(u"A-101 Plan.pdf"_s) && history.contains(u"https://storage.example/key"_s),
             qPrintable(history));
    QVERIFY(entries.value(u"logs/hoist-cli.log"_s).toString().contains(u"hoist.diagnostics"_s));
    QString everything;
    for (const QString &name : names)
        everything += entries.value(name).toString();
    for (const QString &secret : {u"hunter2-secret"_s, u"rt-secret-77"_s, u"sig-secret-99"_s})
        QVERIFY2(!everything.contains(secret), qPrintable(secret));
}

void TestDiagnostics::qtLoggingRulesWinOverVerbosity()
{
    // -vv turns everything on; QT_LOGGING_RULES, read last as in any Qt program, turns a category off.
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"HOIST_LOG_DIR"_s, home.filePath(u"logs"_s));
    env.insert(u"QT_LOGGING_RULES"_s, u"hoist.diagnostics.info=false"_s);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("HOIST_CLI"),
            {u"-vv"_s, u"diagnose"_s, u"--output"_s, home.filePath(u"a.zip"_s)});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(!err.contains(u"hoist.diagnostics"_s), qPrintable(err));
    QVERIFY(!readAll({home.filePath(u"logs/hoist-cli.log"_s)}).contains(u"started; log level"_s));
}

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"

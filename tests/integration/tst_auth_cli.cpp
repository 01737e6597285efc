// hoist-cli login | whoami | logout against the built-in sandbox, with this test as the browser.
// Run under tests/with-session.sh: the commands and this test share the Secret Service.
#include "CurlClient.h"
#include "TestFiles.h"

#include "auth/OAuthSession.h"
#include "auth/TokenStore.h"
#include "procore/Environment.h"
#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxState.h"
#include "upload/TransferJournal.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace hoist;
using namespace Qt::StringLiterals;
using sandbox::SandboxServer;

#include "Browser.h"

namespace {
using browser::fetch;
using browser::freePort;
using browser::htmlUnescape;
using browser::HttpResult;

} // namespace

class TestAuthCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginWhoamiLogout();
    void loginWithoutClientExplains();
    void loginWithTheSitesApplication();
    void loginWithPastedCode();
    void loginWithPastedAddress();
    void lostRefreshAnswerStopsWithJournalKept();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QByteArray &stdinData = {});
    HttpResult approve(const QUrl &authorizeUrl);
    // Consents in the browser without following the redirect: the 302 (or the page with the code).
    HttpResult consent(const QUrl &authorizeUrl);
    void registerClient(const QString &id, const QString &secret, const QString &redirect);
    // Starts `hoist-cli login` with the secret on stdin (kept open) and returns the authorize URL.
    QUrl startLogin(QProcess &login, const QString &id, const QString &secret, const QString &redirect);

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_browser;
    QString m_cli;
};

void TestAuthCli::initTestCase()
{
    m_cli = qEnvironmentVariable("HOIST_CLI");
    QVERIFY2(QFileInfo::exists(m_cli), "HOIST_CLI must name the hoist-cli binary");
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

TestAuthCli::Run TestAuthCli::run(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    p.start(m_cli, args);
    p.write(stdinData);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

HttpResult TestAuthCli::consent(const QUrl &authorizeUrl)
{
    const HttpResult page = fetch(m_browser, authorizeUrl);
    if (page.status != 200)
        return page;
    QUrlQuery form;
    static const QRegularExpression hidden(uR"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re"_s);
    for (auto it = hidden.globalMatch(QString::fromUtf8(page.body)); it.hasNext();) {
        const auto m = it.next();
        form.addQueryItem(m.captured(1),
                          QString::fromLatin1(QUrl::toPercentEncoding(htmlUnescape(m.captured(2)))));
    }
    form.addQueryItem(u"decision"_s, u"allow"_s);
    QUrl post = authorizeUrl;
    post.setQuery(QString());
    return fetch(m_browser, post, form.toString(QUrl::FullyEncoded).toUtf8());
}

void TestAuthCli::registerClient(const QString &id, const QString &secret, const QString &redirect)
{
    const CurlResult r =
        CurlClient(m_server->baseUrl())
            .postJson(u"/_sandbox/oauth_clients"_s,
                      QJsonDocument(QJsonObject{{u"client_id"_s, id},
                                                {u"client_secret"_s, secret},
                                                {u"redirect_uris"_s, QJsonArray{redirect}}}));
    QCOMPARE(r.status, 201);
}

QUrl TestAuthCli::startLogin(QProcess &login, const QString &id, const QString &secret,
                             const QString &redirect)
{
    login.start(m_cli, {u"login"_s, u"--api-base"_s, m_server->baseUrl().toString(), u"--client-id"_s, id,
                        u"--client-secret-stdin"_s, u"--redirect-uri"_s, redirect, u"--no-browser"_s});
    login.setReadChannel(QProcess::StandardError);
    if (!login.waitForStarted(30000))
        return {};
    login.write(secret.toUtf8() + '\n');
    login.waitForBytesWritten(10000);
    QString err;
    static const QRegularExpression urlLine(u"(http://\\S+/oauth/authorize\\S+)"_s);
    QElapsedTimer timer;
    timer.start();
    while (!urlLine.match(err).hasMatch() && timer.elapsed() < 30000 && login.state() == QProcess::Running) {
        login.waitForReadyRead(1000);
        err += QString::fromUtf8(login.readAllStandardError());
    }
    if (!urlLine.match(err).hasMatch()) {
        qWarning("hoist-cli login said: %s", qPrintable(err));
        return {};
    }
    return QUrl(urlLine.match(err).captured(1), QUrl::StrictMode);
}

HttpResult TestAuthCli::approve(const QUrl &authorizeUrl)
{
    const HttpResult page = fetch(m_browser, authorizeUrl);
    if (page.status != 200)
        return page;
    QUrlQuery form;
    static const QRegularExpression hidden(uR"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re"_s);
    for (auto it = hidden.globalMatch(QString::fromUtf8(page.body)); it.hasNext();) {
        const auto m = it.next();
        form.addQueryItem(m.captured(1),
                          QString::fromLatin1(QUrl::toPercentEncoding(htmlUnescape(m.captured(2)))));
    }
    form.addQueryItem(u"decision"_s, u"allow"_s);
    QUrl post = authorizeUrl;
    post.setQuery(QString());
    const HttpResult consent = fetch(m_browser, post, form.toString(QUrl::FullyEncoded).toUtf8());
    if (consent.status != 302)
        return consent;
    return fetch(m_browser, consent.location);
}

void TestAuthCli::loginWhoamiLogout()
{
    const QString api = m_server->baseUrl().toString();
    const QString redirect = u"http://localhost:%1/"_s.arg(freePort());
    const QString clientId = u"hoist-cli-test"_s;
    const QString secret = u"cli+secret&1"_s;
    QCOMPARE(CurlClient(m_server->baseUrl())
                 .postJson(u"/_sandbox/oauth_clients"_s,
                           QJsonDocument(QJsonObject{{u"client_id"_s, clientId},
                                                     {u"client_secret"_s, secret},
                                                     {u"redirect_uris"_s, QJsonArray{redirect}}}))
                 .status,
             201);

    // login: the address appears on stderr; the test plays the browser.
    QProcess login;
    login.start(m_cli, {u"login"_s, u"--api-base"_s, api, u"--client-id"_s, clientId,
                        u"--client-secret-stdin"_s, u"--redirect-uri"_s, redirect, u"--no-browser"_s});
    login.write(secret.toUtf8() + '\n');
    login.closeWriteChannel();
    QString err;
    static const QRegularExpression urlLine(u"(http://\\S+/oauth/authorize\\S+)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += QString::fromUtf8(login.readAllStandardError()), urlLine.match(err).hasMatch()), 30000);
    const QUrl authorize(urlLine.match(err).captured(1), QUrl::StrictMode);
    QCOMPARE(QUrlQuery(authorize).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), redirect);
    const HttpResult answer = approve(authorize);
    QCOMPARE(answer.status, 200);
    QVERIFY(login.waitForFinished(30000));
    const QString out = QString::fromUtf8(login.readAllStandardOutput());
    QVERIFY2(login.exitCode() == 0, qPrintable(err + QString::fromUtf8(login.readAllStandardError())));
    QVERIFY(out.contains(u"Signed in to"_s));
    QVERIFY(!out.contains(secret) && !err.contains(secret));

    // The window's code sees the same keychain entries.
    const Environment env = Environment::custom(m_server->baseUrl());
    TokenStore store;
    OAuthSession session(env, &store);
    QSignalSpy restored(&session, &OAuthSession::restored);
    session.restore();
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 20000);
    QCOMPARE(restored.at(0).at(0).toBool(), true);
    QCOMPARE(session.client().clientSecret, secret);
    QCOMPARE(session.userId(), m_server->defaultUserId());
    QVERIFY(!out.contains(session.accessToken()));

    // whoami, also after the access token expired (it refreshes, and saves the new tokens).
    Run who = run({u"whoami"_s, u"--api-base"_s, api});
    QVERIFY2(who.exitCode == 0, qPrintable(who.err));
    QVERIFY(who.out.contains(session.userName()));
    QCOMPARE(CurlClient(m_server->baseUrl())
                 .postJson(u"/_sandbox/tokens/expire"_s,
                           QJsonDocument(QJsonObject{{u"token"_s, session.accessToken()}}))
                 .status,
             200);
    who = run({u"whoami"_s, u"--api-base"_s, api});
    QVERIFY2(who.exitCode == 0, qPrintable(who.err));
    QVERIFY(who.out.contains(session.userName()));

    // upload uses the same sign-in (no HOIST_ACCESS_TOKEN): the bytes land in the folder.
    QTemporaryDir files;
    const QString local = files.filePath(u"RFI-031 Slab Edge.pdf"_s);
    const QByteArray sha = testfiles::write(local, 64'000, 31);
    const Run up = run({u"upload"_s, u"--api-base"_s, api, u"--company"_s, u"562949953421313"_s,
                        u"--project"_s, u"281474976710657"_s, u"--folder"_s, u"RFIs"_s, local});
    QVERIFY2(up.exitCode == 0, qPrintable(up.err + up.out));
    {
        auto lock = m_server->state().lock();
        bool found = false;
        for (const auto &[id, f] : m_server->state().files)
            if (f.name == u"RFI-031 Slab Edge.pdf"_s && m_server->state().folderPath(f.folderId) == u"RFIs"_s)
                found = m_server->objectSha256(f.versions.back().objectKey).toLatin1() == sha;
        QVERIFY(found);
    }

    // logout revokes and deletes; whoami then says so with exit code 3.
    const Run logout = run({u"logout"_s, u"--api-base"_s, api});
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.err));
    who = run({u"whoami"_s, u"--api-base"_s, api});
    QCOMPARE(who.exitCode, 3);
    QVERIFY(who.err.contains(u"Not signed in"_s));
    const Run refused = run({u"upload"_s, u"--api-base"_s, api, u"--company"_s, u"562949953421313"_s, local});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.err.contains(u"hoist-cli login"_s));
}

void TestAuthCli::loginWithoutClientExplains()
{
    const Run r = run({u"login"_s, u"--env"_s, u"monthly-sandbox"_s, u"--no-browser"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(u"Developer Portal"_s));
    QVERIFY(r.err.contains(u"--client-id"_s));
    const Run bad = run({u"whoami"_s, u"--env"_s, u"nowhere"_s});
    QCOMPARE(bad.exitCode, 2);
}

// Issue 26.1: with the site's application (a system-wide file, no secret), `hoist-cli login` needs
// no client id: the browser step, then signed in; the token request carried no client_secret.
void TestAuthCli::loginWithTheSitesApplication()
{
    // A server of its own: nothing saved in the keychain for it (a saved client would come first).
    sandbox::SandboxOptions options;
    options.record = true;
    SandboxServer server(options);
    QVERIFY(server.start());
    const QUrl api = server.baseUrl();
    const QString redirect = u"http://localhost:%1/"_s.arg(freePort());
    const QString clientId = u"hoist-site-public"_s;
    QCOMPARE(CurlClient(api)
                 .postJson(u"/_sandbox/oauth_clients"_s,
                           QJsonDocument(QJsonObject{{u"client_id"_s, clientId},
                                                     {u"redirect_uris"_s, QJsonArray{redirect}}}))
                 .status,
             201);
    QTemporaryDir site;
    {
        QSettings conf(site.filePath(u"Hoist/Hoist.conf"_s), QSettings::IniFormat);
        conf.setValue(u"procore/environment"_s, Environment::custom(api).id);
        conf.setValue(u"procore/client_id"_s, clientId);
        conf.setValue(u"procore/redirect_uri"_s, redirect);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_DIRS"_s, site.path());
    QProcess login;
    login.setProcessEnvironment(env);
    login.start(m_cli, {u"login"_s, u"--api-base"_s, api.toString(), u"--no-browser"_s});
    login.closeWriteChannel();
    QString err;
    static const QRegularExpression urlLine(u"(http://\\S+/oauth/authorize\\S+)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += QString::fromUtf8(login.readAllStandardError()), urlLine.match(err).hasMatch()), 30000);
    const QUrl authorize(urlLine.match(err).captured(1), QUrl::StrictMode);
    QCOMPARE(QUrlQuery(authorize).queryItemValue(u"client_id"_s), clientId);
    QCOMPARE(approve(authorize).status, 200);
    QVERIFY(login.waitForFinished(30000));
    QVERIFY2(login.exitCode() == 0, qPrintable(err + QString::fromUtf8(login.readAllStandardError())));
    int tokenRequests = 0;
    for (const QJsonValue &v : server.exchanges()) {
        const QJsonObject body = v.toObject().value(u"body"_s).toObject();
        if (v.toObject().value(u"path"_s).toString() != u"/oauth/token"_s
            || body.value(u"client_id"_s).toString() != clientId)
            continue;
        ++tokenRequests;
        QVERIFY(!body.contains(u"client_secret"_s));
    }
    QCOMPARE(tokenRequests, 1);
    QProcess logout; // with the same site file: the revocation names the same client
    logout.setProcessEnvironment(env);
    logout.start(m_cli, {u"logout"_s, u"--api-base"_s, api.toString()});
    QVERIFY(logout.waitForFinished(30000));
    QCOMPARE(logout.exitCode(), 0);
}

void TestAuthCli::loginWithPastedCode()
{
    const QString oob = u"urn:ietf:wg:oauth:2.0:oob"_s;
    registerClient(u"cli-oob"_s, u"oob-secret"_s, oob);
    QProcess login;
    const QUrl authorize = startLogin(login, u"cli-oob"_s, u"oob-secret"_s, oob);
    QVERIFY(authorize.isValid());
    const HttpResult shown = consent(authorize);
    QCOMPARE(shown.status, 200);
    const auto code =
        QRegularExpression(u"<code id=\"code\">([^<]+)</code>"_s).match(QString::fromUtf8(shown.body));
    QVERIFY(code.hasMatch());
    login.write(code.captured(1).toUtf8() + '\n');
    login.closeWriteChannel();
    QVERIFY(login.waitForFinished(30000));
    QVERIFY2(login.exitCode() == 0, login.readAllStandardError().constData());
    QVERIFY(QString::fromUtf8(login.readAllStandardOutput()).contains(u"Signed in to"_s));
}

void TestAuthCli::loginWithPastedAddress()
{
    // The browser is elsewhere: its redirect to this computer's listener never arrives, and the
    // user pastes the address it ended on.
    const QString redirect = u"http://localhost:%1/"_s.arg(freePort());
    registerClient(u"cli-remote"_s, u"remote-secret"_s, redirect);
    QProcess login;
    const QUrl authorize = startLogin(login, u"cli-remote"_s, u"remote-secret"_s, redirect);
    QVERIFY(authorize.isValid());
    const HttpResult redirected = consent(authorize);
    QCOMPARE(redirected.status, 302);
    login.write(redirected.location.toString(QUrl::FullyEncoded).toUtf8() + '\n');
    login.closeWriteChannel();
    QVERIFY(login.waitForFinished(30000));
    QVERIFY2(login.exitCode() == 0, login.readAllStandardError().constData());
    QVERIFY(QString::fromUtf8(login.readAllStandardOutput()).contains(u"Signed in to"_s));
}

// Issue 25.9: the refresh token rotates but the answer is lost (the connection drops), so the
// token hoist-cli holds is spent and Procore refuses it: hoist-cli says to sign in again and exits
// 3 with every file kept in the journal; after `hoist-cli login`, --resume finishes each once.
void TestAuthCli::lostRefreshAnswerStopsWithJournalKept()
{
    const QString api = m_server->baseUrl().toString();
    const QString redirect = u"http://localhost:%1/"_s.arg(freePort());
    registerClient(u"cli-lost"_s, u"lost-secret"_s, redirect);
    auto login = [&] {
        QProcess p;
        const QUrl authorize = startLogin(p, u"cli-lost"_s, u"lost-secret"_s, redirect);
        if (!authorize.isValid() || approve(authorize).status != 200)
            return false;
        p.closeWriteChannel();
        return p.waitForFinished(30000) && p.exitCode() == 0;
    };
    QVERIFY(login());
    // Procore refuses the access token when the first file asks for its upload (after the files
    // are in the journal); the refresh that follows rotates the token and its answer is lost.
    sandbox::FaultRule refused;
    refused.kind = u"api"_s;
    refused.method = u"POST"_s;
    refused.path = QRegularExpression(u"/uploads$"_s);
    refused.status = 401;
    refused.count = 1;
    m_server->faults().addRule(refused);
    sandbox::FaultRule lost;
    lost.kind = u"oauth"_s;
    lost.method = u"POST"_s;
    lost.path = QRegularExpression(u"^/oauth/token$"_s);
    lost.count = 1;
    lost.afterSuccess = true;
    lost.dropConnection = true;
    m_server->faults().addRule(lost);

    QTemporaryDir dir;
    QStringList paths;
    QHash<QString, QByteArray> expected;
    for (int i = 1; i <= 3; ++i) {
        const QString name = u"lost-refresh-%1.pdf"_s.arg(i);
        paths << dir.filePath(name);
        expected.insert(name, testfiles::write(paths.last(), 20'000, quint32(40 + i)));
    }
    const QString journal = dir.filePath(u"journal.sqlite"_s);
    const QStringList common{u"upload"_s, u"--api-base"_s, api, u"--journal"_s, journal};
    const Run stopped = run(common
                            + QStringList{u"--company"_s, u"562949953421313"_s, u"--project"_s,
                                          u"281474976710657"_s, u"--folder"_s, u"RFIs"_s, u"--jobs"_s, u"1"_s}
                            + paths);
    QCOMPARE(stopped.exitCode, 3);
    QVERIFY2(stopped.err.contains(u"sign in again"_s) && stopped.err.contains(u"hoist-cli login"_s),
             qPrintable(stopped.err));
    auto storedNames = [&] {
        QStringList names;
        auto lock = m_server->state().lock();
        for (const auto &[id, f] : m_server->state().files)
            if (expected.contains(f.name) && !f.versions.empty())
                names << f.name;
        return names;
    };
    // The next file creates its upload while the first asks (issue 28.4), so Procore's one refusal
    // may meet either: the other may then land before the run stops. Nothing else does.
    const QStringList landedBeforeStop = storedNames();
    QVERIFY2(landedBeforeStop.size() <= 1, qPrintable(landedBeforeStop.join(u", ")));
    {
        QString error;
        auto j = TransferJournal::open(journal, &error);
        QVERIFY2(j, qPrintable(error));
        // The journal is intact: every file not in Procore yet is there to resume.
        QVERIFY(j->unfinished().size() >= 3 - landedBeforeStop.size());
    }

    QVERIFY(login());
    const Run resumed = run(common + QStringList{u"--resume"_s});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
    QStringList names = storedNames();
    names.sort();
    QStringList wanted = expected.keys();
    wanted.sort();
    QCOMPARE(names, wanted); // each once
    {
        auto lock = m_server->state().lock();
        for (const auto &[id, f] : m_server->state().files)
            if (expected.contains(f.name))
                QCOMPARE(m_server->objectSha256(f.versions.back().objectKey).toLatin1(),
                         expected.value(f.name));
    }
    QCOMPARE(run({u"logout"_s, u"--api-base"_s, api}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestAuthCli)
#include "tst_auth_cli.moc"

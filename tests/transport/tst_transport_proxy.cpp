// A site office's proxy (issue 28): a real Squid with basic auth in front of the HTTPS sandbox.
// Uploads go through it by CONNECT with the proxy password from the keychain; hoist-cli follows
// https_proxy and no_proxy; a refused sign-in (407) fails the row at once, never a loop; a host
// the proxy denies is said; a tunnel cut while an association's answer is on its way is a
// dropped connection, and the file exists once.

#include "SquidProxy.h"
#include "TestFiles.h"
#include "auth/ProxyPassword.h"
#include "procore/ExtraCertificates.h"
#include "procore/ProxyFactory.h"
#include "tst_upload_harness.h"

#include <QNetworkProxy>
#include <QProcess>
#include <QSettings>

using namespace harness;
using namespace Qt::StringLiterals;

namespace {

const QString kHost = u"hoist-sandbox.test"_s;          // reached through the proxy only
const QString kRefusedHost = u"blocked-sandbox.test"_s; // the proxy denies it

} // namespace

class TestTransportProxy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SquidProxy> m_squid;

    static sandbox::SandboxOptions options(const QString &host = kHost) { return Env::tlsOptions(host); }
    QNetworkProxy proxy(const QString &password) const
    {
        return QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, m_squid->port(), u"site"_s, password);
    }
    // The keychain round trip the window makes (DesktopIntegration): written, then read back.
    static QString passwordThroughKeychain(const QString &password)
    {
        QObject context;
        const QString service = u"Hoist-tests-proxy"_s;
        bool written = false, read = false;
        QString got, error;
        ProxyPassword::write(
            password, &context, [&](bool ok, const QString &e) { written = ok, error = e; }, service);
        if (!QTest::qWaitFor([&] { return written || !error.isEmpty(); }, 10000) || !written)
            return {};
        ProxyPassword::read(
            &context, [&](const QString &p, const QString &) { got = p, read = true; }, service);
        if (!QTest::qWaitFor([&] { return read; }, 10000))
            return {};
        ProxyPassword::write(
            {}, &context, [](bool, const QString &) {}, service);
        return got;
    }
    static int tunnelsTo(const SquidProxy &squid, quint16 port, const QString &user)
    {
        int n = 0;
        for (const QString &line : squid.accessLog())
            n += line.contains(u"CONNECT "_s + kHost + u':' + QString::number(port))
                 && line.contains(u' ' + user + u' ');
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("HOIST_CLI")), "HOIST_CLI not set");
        SquidProxy::Options o;
        o.hosts = {kHost};
        o.refusedHosts = {kRefusedHost};
        m_squid = std::make_unique<SquidProxy>(o);
        QVERIFY2(m_squid->start(), qPrintable(m_squid->why()));
    }
    void cleanup() { ProxyFactory::installNone(); }
    void cleanupTestCase() { m_squid.reset(); }

    // The manual proxy with its password from the keychain: both files arrive whole, and every
    // request went through the proxy's tunnels as the proxy's user.
    void uploadsThroughTheProxy()
    {
        const QString password = passwordThroughKeychain(u"Hoist-proxy-pw"_s);
        QCOMPARE(password, u"Hoist-proxy-pw"_s);
        Env env(true, options());
        QCOMPARE(ExtraCertificates::trustFile(env.server.caCertificatePath()), QString());
        ProxyFactory::install(proxy(password));
        const QByteArray a = env.makeFile(u"proxied.pdf"_s, 400'000, 11);
        QVERIFY(env.runToIdle({item(env.path(u"proxied.pdf"_s))}, env.destination(u"Submittals"_s)));
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(env.storedFiles().value(0).sha256, QString::fromLatin1(a));
        env.nam.clearConnectionCache(); // squid logs a CONNECT when its tunnel ends
        QVERIFY(
            QTest::qWaitFor([&] { return tunnelsTo(*m_squid, env.server.port(), u"site"_s) >= 1; }, 10000));
    }

    // A password the proxy refuses: the row fails at once and says so, the proxy saw a handful of
    // 407s (no loop), and nothing reached the server.
    void refusedSignInFailsOnceNotALoop()
    {
        Env env(true, options());
        env.checkContract = false;
        QCOMPARE(ExtraCertificates::trustFile(env.server.caCertificatePath()), QString());
        ProxyFactory::install(proxy(u"wrong"_s));
        const int before = m_squid->countInLog(u"TCP_DENIED/407"_s);
        env.makeFile(u"denied.pdf"_s, 10'000, 12);
        QVERIFY(env.runToIdle({item(env.path(u"denied.pdf"_s))}, env.destination(u"Submittals"_s)));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        const QString text = env.controller->model()->jobAt(0)->errorText();
        QVERIFY2(text.contains(u"proxy did not accept"_s), qPrintable(text));
        const int refusals = m_squid->countInLog(u"TCP_DENIED/407"_s) - before;
        qInfo("407 answers for one upload: %d", refusals);
        QVERIFY2(refusals >= 1 && refusals <= 2, qPrintable(QString::number(refusals)));
        QCOMPARE(env.log(u"api"_s).size(), 0);
    }

    // A host the proxy denies: the row says the proxy refused it; nothing reached the server.
    void deniedHostIsSaid()
    {
        Env env(true, options(kRefusedHost));
        env.checkContract = false;
        QCOMPARE(ExtraCertificates::trustFile(env.server.caCertificatePath()), QString());
        ProxyFactory::install(proxy(u"Hoist-proxy-pw"_s));
        env.makeFile(u"blocked.pdf"_s, 10'000, 13);
        QVERIFY(env.runToIdle({item(env.path(u"blocked.pdf"_s))}, env.destination(u"Submittals"_s)));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        const QString text = env.controller->model()->jobAt(0)->errorText();
        QVERIFY2(text.contains(u"proxy refused to connect"_s), qPrintable(text));
        QVERIFY(m_squid->countInLog(u"TCP_DENIED/403"_s) >= 1);
        QCOMPARE(env.log(u"api"_s).size(), 0);
    }

    // The proxy dies while the association's answer is on its way (the work is done): a dropped
    // connection. Hoist looks before it sends again, through the restarted proxy; one file.
    void tunnelCutMidAssociationIsExactlyOnce()
    {
        Env env(true, options());
        QCOMPARE(ExtraCertificates::trustFile(env.server.caCertificatePath()), QString());
        ProxyFactory::install(proxy(u"Hoist-proxy-pw"_s));
        sandbox::FaultRule late;
        late.kind = u"api"_s;
        late.method = u"POST"_s;
        late.path = QRegularExpression(u"^/rest/v1\\.0/files$"_s);
        late.lateAnswerMs = 3000;
        env.server.faults().addRule(late);
        RetryPolicy patient; // the look waits for the proxy to come back (about a second)
        patient.baseDelayMs = 400;
        patient.maxDelayMs = 3000;
        env.controller->setRetryPolicy(patient);
        env.makeFile(u"cut.pdf"_s, 50'000, 14);
        env.controller->enqueue({item(env.path(u"cut.pdf"_s))}, env.destination(u"Submittals"_s));
        QVERIFY(QTest::qWaitFor([&] { return env.server.faults().lateAnswersWaiting() > 0; }, 20000));
        QVERIFY2(m_squid->restartHard(), qPrintable(m_squid->why()));
        QVERIFY(env.waitIdle(30000));
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        // The late answer's request is logged once its (unheard) answer has gone.
        QVERIFY(QTest::qWaitFor([&] { return env.server.faults().lateAnswersWaiting() == 0; }, 10000));
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.0/files"_s), 1);
        QCOMPARE(env.storedFiles().size(), 1);
    }

    // The system's settings (ProxyFactory::install() with none given, as hoist-cli and the window's
    // default): https_proxy with its user and password is used; no_proxy naming the host is not
    // (straight to a name only the proxy knows: the host is not found, the proxy sees nothing).
    void systemSettingsHttpsProxyAndNoProxy()
    {
        Env env(true, options());
        QCOMPARE(ExtraCertificates::trustFile(env.server.caCertificatePath()), QString());
        qputenv("https_proxy",
                QByteArray("http://site:Hoist-proxy-pw@127.0.0.1:") + QByteArray::number(m_squid->port()));
        qputenv("no_proxy", "example.org");
        ProxyFactory::install();
        env.makeFile(u"system.pdf"_s, 20'000, 16);
        QVERIFY(env.runToIdle({item(env.path(u"system.pdf"_s))}, env.destination(u"Submittals"_s)));
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        env.nam.clearConnectionCache();
        QVERIFY(
            QTest::qWaitFor([&] { return tunnelsTo(*m_squid, env.server.port(), u"site"_s) >= 1; }, 10000));
        const int tunnels = tunnelsTo(*m_squid, env.server.port(), u"site"_s);
        qputenv("no_proxy", kHost.toLatin1());
        env.makeFile(u"bypass.pdf"_s, 20'000, 17);
        QVERIFY(env.runToIdle({item(env.path(u"bypass.pdf"_s))}, env.destination(u"Submittals"_s)));
        QCOMPARE(env.stateOf(1), TransferState::Failed);
        QCOMPARE(tunnelsTo(*m_squid, env.server.port(), u"site"_s), tunnels);
        qunsetenv("https_proxy");
        qunsetenv("no_proxy");
    }

    // hoist-cli follows https_proxy (user and password in it).
    void cliFollowsHttpsProxy()
    {
        sandbox::SandboxServer server(options());
        QVERIFY(server.start());
        QTemporaryDir dir;
        testfiles::write(dir.filePath(u"cli.pdf"_s), 8'000, 15);
        auto run = [&](const QString &noProxy) {
            QProcess proc;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"HOIST_ACCESS_TOKEN"_s, server.accessToken());
            env.insert(u"HOIST_CA_FILE"_s, server.caCertificatePath());
            env.insert(u"https_proxy"_s, u"http://site:Hoist-proxy-pw@127.0.0.1:%1"_s.arg(m_squid->port()));
            env.insert(u"no_proxy"_s, noProxy);
            proc.setProcessEnvironment(env);
            proc.start(qEnvironmentVariable("HOIST_CLI"),
                       {u"upload"_s, u"--api-base"_s, server.baseUrl().toString(), u"--company"_s,
                        u"Summit Ridge Builders"_s, u"--project"_s, u"281474976710657"_s, u"--folder"_s,
                        u"Proxy"_s, dir.filePath(u"cli.pdf"_s)});
            proc.waitForFinished(60000);
            return std::make_pair(proc.exitCode(),
                                  QByteArray(proc.readAllStandardOutput() + proc.readAllStandardError()));
        };
        const auto [code, text] = run(u"example.org"_s);
        QVERIFY2(code == 0, text.constData());
        QVERIFY(QTest::qWaitFor([&] { return tunnelsTo(*m_squid, server.port(), u"site"_s) >= 1; }, 10000));
        server.stop();
    }

    // hoist-cli with the window's manual proxy (Settings › Network proxy in the window's settings
    // file) takes its password from the keychain's entry: a wrong one fails at once with what to
    // do, exit code non-zero, a bounded number of 407s and nothing sent; the right one uploads.
    void cliManualProxyPasswordFromKeychain()
    {
        sandbox::SandboxServer server(options());
        QVERIFY(server.start());
        QTemporaryDir dir, config;
        testfiles::write(dir.filePath(u"manual.pdf"_s), 8'000, 18);
        {
            QSettings window(config.filePath(u"Hoist/Hoist.conf"_s), QSettings::IniFormat);
            window.setValue(u"network/proxy"_s, u"http"_s);
            window.setValue(u"network/proxyHost"_s, u"127.0.0.1"_s);
            window.setValue(u"network/proxyPort"_s, m_squid->port());
            window.setValue(u"network/proxyUser"_s, u"site"_s);
        }
        auto run = [&](const QString &keychainPassword) {
            QObject context;
            bool written = false;
            ProxyPassword::write(keychainPassword, &context, [&](bool ok, const QString &) { written = ok; });
            if (!QTest::qWaitFor([&] { return written; }, 10000))
                return std::make_pair(-2, QByteArray("keychain not written"));
            QProcess proc;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"HOIST_ACCESS_TOKEN"_s, server.accessToken());
            env.insert(u"HOIST_CA_FILE"_s, server.caCertificatePath());
            env.insert(u"XDG_CONFIG_HOME"_s, config.path());
            for (const char *name : {"https_proxy", "http_proxy", "HTTPS_PROXY", "HTTP_PROXY", "no_proxy"})
                env.remove(QLatin1String(name));
            proc.setProcessEnvironment(env);
            proc.start(qEnvironmentVariable("HOIST_CLI"),
                       {u"upload"_s, u"--api-base"_s, server.baseUrl().toString(), u"--company"_s,
                        u"Summit Ridge Builders"_s, u"--project"_s, u"281474976710657"_s, u"--folder"_s,
                        u"Manual"_s, dir.filePath(u"manual.pdf"_s)});
            if (!proc.waitForFinished(60000))
                return std::make_pair(-1, QByteArray("hoist-cli did not end"));
            return std::make_pair(proc.exitCode(),
                                  QByteArray(proc.readAllStandardOutput() + proc.readAllStandardError()));
        };
        const int before = m_squid->countInLog(u"TCP_DENIED/407"_s);
        const auto [refusedCode, refusedText] = run(u"wrong"_s);
        QVERIFY2(refusedCode != 0 && refusedCode > 0, refusedText.constData());
        QVERIFY2(refusedText.contains("proxy did not accept the user name and password"),
                 refusedText.constData());
        QVERIFY2(refusedText.contains("Settings › Network proxy"), refusedText.constData());
        const int refusals = m_squid->countInLog(u"TCP_DENIED/407"_s) - before;
        qInfo("407 answers for hoist-cli with a wrong password: %d", refusals);
        QVERIFY2(refusals >= 1 && refusals <= 4, qPrintable(QString::number(refusals)));
        {
            auto lock = server.state().lock();
            QVERIFY(server.state().log.empty()); // nothing reached the server
        }

        const auto [code, text] = run(u"Hoist-proxy-pw"_s);
        QVERIFY2(code == 0, text.constData());
        QVERIFY(QTest::qWaitFor([&] { return tunnelsTo(*m_squid, server.port(), u"site"_s) >= 1; }, 10000));
        QObject context;
        bool removed = false;
        ProxyPassword::write({}, &context, [&](bool, const QString &) { removed = true; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 10000));
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestTransportProxy)
#include "tst_transport_proxy.moc"

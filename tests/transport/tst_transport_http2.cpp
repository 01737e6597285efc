// HTTP/2 to the API, as in production (issue 28): nghttpx (Debian package nghttp2-proxy)
// terminates TLS with h2 in front of the HTTPS sandbox's API; storage stays HTTPS/1.1 straight to
// the sandbox, as S3 is. Hoist lets Qt speak HTTP/2 to the API (its default; README, "HTTPS,
// HTTP/2 and proxies"): nghttpx's access log proves every API call went as h2; a graceful
// shutdown (GOAWAY) mid-queue leaves every file uploaded exactly once.

#include "procore/ExtraCertificates.h"
#include "tst_upload_harness.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

#include <csignal>

using namespace harness;
using namespace Qt::StringLiterals;

class TestTransportHttp2 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_front;
    quint16 m_port = 0;
    QString m_why;

    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    bool makeFrontCertificate()
    {
        QProcess p;
        p.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                               u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                               u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                               u"-keyout"_s, file("front.key"), u"-out"_s, file("front.pem")});
        return p.waitForFinished(30000) && p.exitCode() == 0
               && ExtraCertificates::trustFile(file("front.pem")).isEmpty();
    }
    // nghttpx on m_port in front of the sandbox's API (TLS to it, verified with its CA).
    bool startFront(const sandbox::SandboxServer &server)
    {
        const QString nghttpx = QStandardPaths::findExecutable(u"nghttpx"_s);
        if (nghttpx.isEmpty()) {
            m_why = u"nghttpx is not installed (Debian package nghttp2-proxy: installer/install-deps.sh)"_s;
            return false;
        }
        m_front = std::make_unique<QProcess>();
        m_front->setProcessChannelMode(QProcess::MergedChannels);
        m_front->start(nghttpx,
                       {u"--frontend=127.0.0.1,%1"_s.arg(m_port),
                        u"--backend=127.0.0.1,%1;;tls;sni=localhost"_s.arg(server.port()),
                        u"--cacert="_s + server.caCertificatePath(), u"--workers=1"_s,
                        u"--accesslog-file="_s + file("access.log"),
                        u"--accesslog-format=$alpn $method $path $status"_s,
                        u"--errorlog-file="_s + file("error.log"), file("front.key"), file("front.pem")});
        if (!m_front->waitForStarted(10000)) {
            m_why = u"nghttpx did not start"_s;
            return false;
        }
        const bool up = QTest::qWaitFor(
            [this] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, m_port);
                return m_front->state() != QProcess::Running || probe.waitForConnected(200);
            },
            15000);
        if (!up || m_front->state() != QProcess::Running)
            m_why = u"nghttpx did not start: "_s + QString::fromLocal8Bit(m_front->readAll());
        QFile errors(file("error.log"));
        if (!up && errors.open(QIODevice::ReadOnly))
            m_why += QString::fromLocal8Bit(errors.readAll());
        return up && m_front->state() == QProcess::Running;
    }
    QStringList accessLog() const
    {
        QFile f(file("access.log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).split(u'\n', Qt::SkipEmptyParts)
                                           : QStringList();
    }
    // The engine of `env`, talking to the API through nghttpx.
    void throughFront(Env &env)
    {
        env.controller.reset();
        env.client = std::make_unique<ProcoreClient>(&env.nam, QUrl(u"https://127.0.0.1:%1"_s.arg(m_port)),
                                                     env.auth.get(), &env.pacer);
        env.controller = std::make_unique<UploadController>(env.client.get());
        RetryPolicy fast;
        fast.baseDelayMs = 50;
        fast.maxDelayMs = 400;
        fast.retryAfterScalePercent = 10;
        env.controller->setRetryPolicy(fast);
    }
    static sandbox::SandboxOptions options() { return Env::tlsOptions(); }

private Q_SLOTS:
    void init()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
        QVERIFY(makeFrontCertificate());
    }
    void cleanup()
    {
        if (m_front) {
            m_front->kill();
            m_front->waitForFinished(5000);
        }
        QFile::remove(file("access.log"));
    }

    // Every API call goes as h2 through nghttpx; the bytes go to storage directly.
    void apiSpeaksHttp2()
    {
        Env env(true, options());
        QCOMPARE(ExtraCertificates::trustFile(env.server.caCertificatePath()), QString());
        QVERIFY2(startFront(env.server), qPrintable(m_why));
        throughFront(env);
        const QByteArray a = env.makeFile(u"h2.pdf"_s, 200'000, 21);
        env.makeFile(u"h2b.txt"_s, 2'000, 22);
        QVERIFY(env.runToIdle({item(env.path(u"h2.pdf"_s)), item(env.path(u"h2b.txt"_s))},
                              env.destination(u"Submittals"_s)));
        QVERIFY2(env.stateOf(0) == TransferState::Done && env.stateOf(1) == TransferState::Done,
                 qPrintable(env.describeRows()));
        const QStringList lines = accessLog();
        QVERIFY(lines.size() >= 4);
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(u"h2 "_s), qPrintable(line));
        QCOMPARE(env.countLog(u"storage"_s, u"POST"_s, u"/s3/"_s, 204), 2);
    }

    // The exactly-once faults over h2: the association's answer lost after the work (nghttpx then
    // answers 502) or given after the client's timeout (Qt resets the stream), or refused with 503
    // or 429 before it. Lost or late: Hoist looks and finds it (one POST); refused: sent again
    // (two). One file, one version, either way.
    void faultsOverHttp2_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("lost");
        QTest::addColumn<int>("lateMs");
        QTest::addColumn<int>("posts");
        QTest::newRow("answer lost after the work") << 0 << true << 0 << 1;
        QTest::newRow("answer after the timeout") << 0 << false << 2'500 << 1;
        QTest::newRow("503 before it") << 503 << false << 0 << 2;
        QTest::newRow("429 before it") << 429 << false << 0 << 2;
    }
    void faultsOverHttp2()
    {
        QFETCH(int, status);
        QFETCH(bool, lost);
        QFETCH(int, lateMs);
        QFETCH(int, posts);
        Env env(true, options());
        QCOMPARE(ExtraCertificates::trustFile(env.server.caCertificatePath()), QString());
        QVERIFY2(startFront(env.server), qPrintable(m_why));
        throughFront(env);
        if (lateMs > 0)
            env.client->setApiTimeoutMs(700);
        sandbox::FaultRule rule;
        rule.kind = u"api"_s;
        rule.method = u"POST"_s;
        rule.path = QRegularExpression(u"^/rest/v1\\.0/files$"_s);
        rule.status = status;
        rule.retryAfterSecs = lost ? -1 : 1;
        rule.afterSuccess = lost;
        rule.dropConnection = lost;
        rule.lateAnswerMs = lateMs;
        env.server.faults().addRule(rule);
        env.makeFile(u"fault.pdf"_s, 30'000, 31);
        const QDateTime lateFrom = QDateTime::currentDateTimeUtc().addMSecs(lateMs - 100);
        QVERIFY(env.runToIdle({item(env.path(u"fault.pdf"_s))}, env.destination(u"Submittals"_s)));
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        // A late call is in the sandbox's log once it is answered.
        QVERIFY(lateMs == 0
                || QTest::qWaitFor(
                    [&] {
                        const auto entries = env.log(u"api"_s);
                        return std::any_of(entries.begin(), entries.end(), [&](const auto &e) {
                            return e.method == u"POST"_s && e.path == u"/rest/v1.0/files"_s
                                   && e.at >= lateFrom;
                        });
                    },
                    10000));
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.0/files"_s), posts);
        const QList<StoredFile> stored = env.storedFiles();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.value(0).versions, 1);
        for (const QString &line : accessLog())
            QVERIFY2(line.startsWith(u"h2 "_s), qPrintable(line));
    }

    // nghttpx shuts down gracefully (GOAWAY) mid-queue, or is killed (every stream and the
    // connection cut, with requests on it whose outcome is unknown), and comes back: every file
    // once, one version each.
    void frontGoesAwayMidQueue_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("GOAWAY (SIGQUIT)") << int(SIGQUIT);
        QTest::newRow("killed (SIGKILL)") << int(SIGKILL);
    }
    void frontGoesAwayMidQueue()
    {
        QFETCH(int, signal);
        Env env(true, options());
        QCOMPARE(ExtraCertificates::trustFile(env.server.caCertificatePath()), QString());
        QVERIFY2(startFront(env.server), qPrintable(m_why));
        throughFront(env);
        QList<UploadItem> items;
        for (int i = 0; i < 40; ++i) {
            const QString name = u"g%1.txt"_s.arg(i);
            env.makeFile(name, 3'000, quint32(100 + i));
            items.append(item(env.path(name)));
        }
        // Each API answer 300 ms late: when nghttpx goes, calls are under way at the sandbox.
        env.server.faults().setApiDelayMs(300);
        env.controller->enqueue(items, env.destination(u"Submittals"_s));
        QVERIFY(QTest::qWaitFor([&] { return env.server.faults().apiRequestsSeen() >= 30; }, 30000));
        ::kill(pid_t(m_front->processId()), signal);
        QVERIFY(m_front->waitForFinished(15000));
        QVERIFY2(startFront(env.server), qPrintable(m_why));
        QVERIFY(env.waitIdle(60000));
        for (int r = 0; r < 40; ++r)
            QVERIFY2(env.stateOf(r) == TransferState::Done, qPrintable(env.describeRows()));
        const QList<StoredFile> stored = env.storedFiles();
        QCOMPARE(stored.size(), 40);
        for (const StoredFile &f : stored)
            QCOMPARE(f.versions, 1);
    }
};

QTEST_GUILESS_MAIN(TestTransportHttp2)
#include "tst_transport_http2.moc"

// HTTPS (issue 28): the sandbox serves the API and storage over TLS with a certificate it makes
// (or one given); Hoist trusts that CA only when told (ExtraCertificates: --ca-file,
// HOIST_CA_FILE, a setting), and a certificate it cannot trust is refused with a message that
// says what to do, before a byte of a request is sent (the sandbox logs nothing).

#include "CurlClient.h"
#include "TestFiles.h"
#include "procore/ExtraCertificates.h"
#include "tst_upload_harness.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>

using namespace harness;
using namespace Qt::StringLiterals;

class TestTransportTls : public QObject
{
    Q_OBJECT

private:
    static sandbox::SandboxOptions tlsOptions() { return Env::tlsOptions(); }
    struct CliRun
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    static CliRun cli(const QStringList &args, const QString &token, const QString &caFileEnv = {})
    {
        QProcess proc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOIST_ACCESS_TOKEN"_s, token);
        env.remove(u"HOIST_CA_FILE"_s);
        if (!caFileEnv.isEmpty())
            env.insert(u"HOIST_CA_FILE"_s, caFileEnv);
        proc.setProcessEnvironment(env);
        proc.start(qEnvironmentVariable("HOIST_CLI"), args);
        CliRun r;
        if (!proc.waitForFinished(60000))
            return r;
        r.exitCode = proc.exitCode();
        r.out = proc.readAllStandardOutput();
        r.err = proc.readAllStandardError();
        return r;
    }
    static QStringList uploadArgs(const sandbox::SandboxServer &server, const QString &path)
    {
        return {u"upload"_s,
                u"--api-base"_s,
                server.baseUrl().toString(),
                u"--company"_s,
                u"Summit Ridge Builders"_s,
                u"--project"_s,
                u"281474976710657"_s,
                u"--folder"_s,
                u"TLS"_s,
                path};
    }
    // A self-signed certificate and key (PEM) for `host` only, made by the openssl tool.
    static bool makeCertificateFor(const QString &host, const QString &cert, const QString &key)
    {
        QProcess p;
        p.start(u"openssl"_s,
                {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                 u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN="_s + host, u"-addext"_s,
                 u"subjectAltName=DNS:"_s + host, u"-keyout"_s, key, u"-out"_s, cert});
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    static int requestsSeen(Env &env) { return int(env.log(u"api"_s).size() + env.log(u"storage"_s).size()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("HOIST_CLI")), "HOIST_CLI not set");
    }

    // Nothing in Hoist turns TLS errors off.
    void nothingIgnoresTlsErrors()
    {
        const QString root = qEnvironmentVariable("HOIST_SOURCE_DIR");
        QVERIFY(!root.isEmpty());
        QStringList offenders;
        for (const QString &dir : {u"app"_s, u"ui"_s}) {
            QDirIterator it(root + u'/' + dir, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray text = f.readAll();
                if (text.contains("ignoreSslErrors") || text.contains("VerifyNone"))
                    offenders.append(it.filePath());
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", "_s)));
    }

    // The sandbox's own certificate, made at start: curl verifies it against the printed CA
    // file, for 127.0.0.1 and localhost, and refuses it without.
    void sandboxServesHttpsWithItsOwnCa()
    {
        sandbox::SandboxServer server(tlsOptions());
        QVERIFY(server.start());
        QVERIFY(server.baseUrl().toString().startsWith(u"https://127.0.0.1:"_s));
        const QString ca = server.caCertificatePath();
        QVERIFY(QFileInfo::exists(ca));
        const QString me = server.baseUrl().toString() + u"/rest/v1.0/me"_s;
        const QString auth = u"Authorization: Bearer "_s + server.accessToken();
        QCOMPARE(CurlClient::run({u"--cacert"_s, ca, u"-H"_s, auth, me}).status, 200);
        const QString viaName = QString(me).replace(u"127.0.0.1"_s, u"localhost"_s);
        QCOMPARE(CurlClient::run({u"--cacert"_s, ca, u"-H"_s, auth, viaName}).status, 200);
        QCOMPARE(CurlClient::run({u"-H"_s, auth, me}).status, 0); // unknown CA: no answer at all
        server.stop();
    }

    // Not told to trust the sandbox's CA: the upload fails on its row, says what to do, and the
    // sandbox saw no request at all (nothing was sent); the run goes on once the CA is given.
    // Runs before any test trusts a CA (trust is for the whole process).
    void unknownCaIsRefusedAndNothingIsSent()
    {
        Env env(true, tlsOptions());
        env.checkContract = false; // no exchange to check
        env.makeFile(u"refused.pdf"_s, 20'000, 4);
        QVERIFY(env.runToIdle({item(env.path(u"refused.pdf"_s))}, env.destination(u"Submittals"_s)));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        const QString text = env.controller->model()->jobAt(0)->errorText();
        QVERIFY2(text.contains(u"certificate"_s) && text.contains(u"HOIST_CA_FILE"_s)
                     && text.contains(u"Nothing was sent"_s),
                 qPrintable(text));
        QCOMPARE(requestsSeen(env), 0);
        QVERIFY(env.storedFiles().isEmpty());
    }

    // A certificate for another host, from a CA Hoist trusts: still refused, nothing sent.
    void certificateForAnotherHostIsRefused()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(u"wrong.pem"_s), key = dir.filePath(u"wrong.key"_s);
        QVERIFY2(makeCertificateFor(u"wrong.example"_s, cert, key), "the openssl tool failed");
        sandbox::SandboxOptions o = tlsOptions();
        o.certFile = cert;
        o.keyFile = key;
        QCOMPARE(ExtraCertificates::trustFile(cert), QString()); // trusted, but not for 127.0.0.1
        Env env(true, o);
        env.checkContract = false;
        QVERIFY(env.server.caCertificatePath().isEmpty()); // a given certificate: no CA made
        env.makeFile(u"wrong-host.pdf"_s, 20'000, 5);
        QVERIFY(env.runToIdle({item(env.path(u"wrong-host.pdf"_s))}, env.destination(u"Submittals"_s)));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        const QString text = env.controller->model()->jobAt(0)->errorText();
        QVERIFY2(text.contains(u"not for this address"_s), qPrintable(text));
        QCOMPARE(requestsSeen(env), 0);
    }

    // Told (as --ca-file and HOIST_CA_FILE do): files go over HTTPS to the API and to storage,
    // whole; the storage address the sandbox names is https and the URL policy takes it.
    void uploadsOverHttpsOnceTheCaIsTrusted()
    {
        Env env(true, tlsOptions());
        QCOMPARE(ExtraCertificates::trustFile(env.server.caCertificatePath()), QString());
        const QByteArray a = env.makeFile(u"one.pdf"_s, 300'000, 6);
        const QByteArray b = env.makeFile(u"two.txt"_s, 1'000, 7);
        QVERIFY(env.runToIdle({item(env.path(u"one.pdf"_s)), item(env.path(u"two.txt"_s))},
                              env.destination(u"Submittals"_s)));
        QVERIFY2(env.stateOf(0) == TransferState::Done && env.stateOf(1) == TransferState::Done,
                 qPrintable(env.describeRows()));
        QSet<QString> sums;
        for (const StoredFile &f : env.storedFiles())
            sums.insert(f.sha256);
        QCOMPARE(sums, (QSet<QString>{QString::fromLatin1(a), QString::fromLatin1(b)}));
        QCOMPARE(env.countLog(u"storage"_s, u"POST"_s, u"/s3/"_s, 204), 2);
    }

    // A missing or empty CA file is bad input, said plainly.
    void badCaFileIsSaid()
    {
        QTemporaryDir dir;
        QVERIFY(ExtraCertificates::trustFile(dir.filePath(u"none.pem"_s)).contains(u"does not exist"_s));
        QFile empty(dir.filePath(u"empty.pem"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(ExtraCertificates::trustFile(empty.fileName()).contains(u"no certificate"_s));
    }

    // hoist-cli: refused without the CA, with a message saying what to do and nothing sent;
    // uploads with --ca-file, and with HOIST_CA_FILE.
    void cliTrustsOnlyWhenTold()
    {
        sandbox::SandboxServer server(tlsOptions());
        QVERIFY(server.start());
        QTemporaryDir dir;
        testfiles::write(dir.filePath(u"cli.pdf"_s), 5'000, 8);
        const CliRun refused = cli(uploadArgs(server, dir.filePath(u"cli.pdf"_s)), server.accessToken());
        QVERIFY2(refused.exitCode != 0, refused.out.constData());
        const QByteArray all = QByteArray(refused.out + refused.err);
        QVERIFY2(all.contains("certificate") && all.contains("--ca-file"), all.constData());
        {
            auto lock = server.state().lock();
            for (const auto &e : server.state().log)
                QVERIFY2(e.kind != u"api"_s && e.kind != u"storage"_s, qPrintable(e.path));
        }
        const CliRun withOption = cli(QStringList{u"--ca-file"_s, server.caCertificatePath()}
                                          + uploadArgs(server, dir.filePath(u"cli.pdf"_s)),
                                      server.accessToken());
        QVERIFY2(withOption.exitCode == 0, QByteArray(withOption.out + withOption.err).constData());
        testfiles::write(dir.filePath(u"env.pdf"_s), 6'000, 9);
        const CliRun withEnv = cli(uploadArgs(server, dir.filePath(u"env.pdf"_s)), server.accessToken(),
                                   server.caCertificatePath());
        QVERIFY2(withEnv.exitCode == 0, QByteArray(withEnv.out + withEnv.err).constData());
        const CliRun missing =
            cli(QStringList{u"--ca-file"_s, dir.filePath(u"nope.pem"_s), u"ls"_s, u"companies"_s},
                server.accessToken());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("does not exist"), missing.err.constData());
        server.stop();
    }

    // `hoist-cli sandbox --tls`: the first three lines as before (https now), the fourth names
    // the CA file, which curl verifies the server with.
    void cliSandboxPrintsItsCaFile()
    {
        QProcess process;
        process.start(qEnvironmentVariable("HOIST_CLI"), {u"sandbox"_s, u"--tls"_s});
        QVERIFY(process.waitForStarted());
        QByteArray head;
        while (head.count('\n') < 4 && process.waitForReadyRead(10000))
            head += process.readAllStandardOutput();
        const QList<QByteArray> lines = head.split('\n');
        QVERIFY2(lines.value(0).startsWith("HOIST_API_BASE=https://127.0.0.1:"), head.constData());
        QVERIFY(lines.value(1).startsWith("HOIST_ACCESS_TOKEN="));
        QVERIFY(lines.value(2).startsWith("HOIST_SANDBOX_SECRET="));
        QVERIFY2(lines.value(3).startsWith("HOIST_CA_FILE="), head.constData());
        const QString base = QString::fromLatin1(lines[0].mid(15));
        const QString token = QString::fromLatin1(lines[1].mid(19));
        const QString ca = QString::fromLocal8Bit(lines[3].mid(14));
        QCOMPARE(CurlClient::run({u"--cacert"_s, ca, u"-H"_s, u"Authorization: Bearer "_s + token,
                                  base + u"/rest/v1.0/me"_s})
                     .status,
                 200);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTransportTls)
#include "tst_transport_tls.moc"

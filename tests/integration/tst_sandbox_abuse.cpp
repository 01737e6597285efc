// The sandbox as a server people run: bodies are only read for a route that exists, from a caller
// with a token, and small (storage streams); slow senders cannot starve other clients; the control
// endpoints refuse what they cannot use; strict mode refuses what Procore documents it refuses.
#include "CurlClient.h"
#include "SandboxFixture.h"
#include "TestFiles.h"

#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxState.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace hoist::sandbox;

namespace {

// Sends `head` (request line and headers) and `body` on a fresh connection; returns what came back
// within `timeoutMs` (empty when nothing did).
QByteArray exchange(quint16 port, const QByteArray &head, const QByteArray &body, int timeoutMs = 5000)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(timeoutMs))
        return {};
    s.write(head);
    s.write(body);
    s.flush();
    QByteArray got;
    QElapsedTimer clock;
    clock.start();
    while (!got.contains("\r\n\r\n") && clock.elapsed() < timeoutMs) {
        if (s.waitForReadyRead(int(timeoutMs - clock.elapsed())))
            got += s.readAll();
        else if (s.state() != QAbstractSocket::ConnectedState)
            break;
    }
    return got;
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

} // namespace

class TestSandboxAbuse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->ok());
    }
    void cleanup() { m_sandbox.reset(); }

    // A web page in the person's browser can reach 127.0.0.1 (and, through DNS rebinding, read
    // the answers under its own host name): the control API answers only to Host
    // 127.0.0.1/localhost/[::1] with the sandbox's port, with the run's secret, and takes JSON
    // bodies only (a text/plain POST is what a page sends without asking).
    void controlApiRefusesWebPages()
    {
        const quint16 port = m_sandbox->server().port();
        const QByteArray secret = qgetenv("HOIST_SANDBOX_SECRET");
        QVERIFY2(!secret.isEmpty(), "ctest sets HOIST_SANDBOX_SECRET");
        const QByteArray ok = "127.0.0.1:" + QByteArray::number(port);
        auto get = [&](const QByteArray &host, const QByteArray &extra) {
            return statusOf(exchange(port,
                                     "GET /_sandbox/tokens HTTP/1.1\r\nHost: " + host + "\r\n" + extra
                                         + "Connection: close\r\n\r\n",
                                     {}));
        };
        const QByteArray withSecret = "X-Sandbox-Secret: " + secret + "\r\n";
        QCOMPARE(get(ok, withSecret), 200);
        QCOMPARE(get("localhost:" + QByteArray::number(port), withSecret), 200);
        QCOMPARE(get("[::1]:" + QByteArray::number(port), withSecret), 200);
        QCOMPARE(get("attacker.example:" + QByteArray::number(port), withSecret), 403); // rebinding
        QCOMPARE(get("127.0.0.1:1", withSecret), 403);
        QCOMPARE(get(ok, {}), 401);                              // no secret
        QCOMPARE(get(ok, "X-Sandbox-Secret: guessed\r\n"), 401); // a wrong one
        // A page's simple POST: text/plain, as a form would send it. Nothing is configured.
        const QByteArray body = R"({"hourly_limit":1})";
        const QByteArray post = "POST /_sandbox/config HTTP/1.1\r\nHost: " + ok + "\r\n" + withSecret
                                + "Content-Type: text/plain\r\nContent-Length: "
                                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        QCOMPARE(statusOf(exchange(port, post, body)), 415);
        QCOMPARE(m_sandbox->api().get(QStringLiteral("/rest/v1.0/me")).status, 200);
        QCOMPARE(m_sandbox->api().get(QStringLiteral("/rest/v1.0/me")).status, 200); // no limit of 1
        // The secret is the server's, readable in-process.
        QCOMPARE(m_sandbox->server().controlSecret().toUtf8(), secret);
    }

    // A saved state (--data DIR/state.json) whose object keys point outside the objects folder
    // (absolute, climbing up, or not companies/{id}/{uuid}) is refused at start, not served from.
    void savedStateWithForeignKeysRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("climbing") << QStringLiteral("companies/1/../../../../etc/passwd");
        QTest::newRow("other") << QStringLiteral("notes.txt");
    }
    void savedStateWithForeignKeysRefused()
    {
        QFETCH(QString, key);
        QTemporaryDir data;
        SandboxState seeded;
        seedSandbox(seeded);
        QJsonObject state = seeded.toJson();
        QJsonArray objects = state.value(QStringLiteral("objects")).toArray();
        objects.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("size"), 10}});
        state.insert(QStringLiteral("objects"), objects);
        QFile file(data.filePath(QStringLiteral("state.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(state).toJson());
        file.close();
        SandboxOptions options;
        options.dataDir = data.path();
        SandboxServer server(options);
        QString error;
        QVERIFY2(!server.start(&error), "served a state with a key outside its objects");
        QVERIFY2(error.contains(key), qPrintable(error));
    }

    void hugeBodyWithoutTokenAnsweredBeforeItIsRead()
    {
        // 1 GiB announced, 64 KiB sent: the 401 must come without waiting for the rest.
        const QByteArray head = "POST /rest/v1.0/files?project_id=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Content-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n";
        const QByteArray answer = exchange(m_sandbox->server().port(), head, QByteArray(64 * 1024, '{'));
        QCOMPARE(statusOf(answer), 401);
        QVERIFY(answer.contains("Connection: close"));
        // No such route: 404, also before the body.
        const QByteArray nowhere =
            "POST /rest/v1.0/nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: 1073741824\r\n\r\n";
        QCOMPARE(statusOf(exchange(m_sandbox->server().port(), nowhere, QByteArray(1024, 'x'))), 404);
    }

    void unknownMethodOnAKnownPathRefused()
    {
        CurlClient &api = m_sandbox->api();
        const QString folders =
            QStringLiteral("/rest/v1.0/folders?project_id=%1").arg(SandboxFixture::kProject);
        // The path exists for GET and POST: another method is 405 with Allow, in the usual error shape.
        CurlResult r = api.postJson(folders, QJsonDocument(QJsonObject{}), QStringLiteral("DELETE"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("allow"), QByteArray("GET, POST"));
        QVERIFY2(r.json().object().value("errors").toString().contains("DELETE"), r.body.constData());
        r = api.postJson(QStringLiteral("/rest/v1.0/me"), QJsonDocument(QJsonObject{}),
                         QStringLiteral("PUT"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("allow"), QByteArray("GET"));
        // Completing an upload is v1.1 only: PATCH on the v1.0 path is refused, GET is allowed there.
        r = api.postJson(QStringLiteral("/rest/v1.0/projects/%1/uploads/01JAAAAAAAAAAAAAAAAAAAAAAA")
                             .arg(SandboxFixture::kProject),
                         QJsonDocument(QJsonObject{}), QStringLiteral("PATCH"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("allow"), QByteArray("GET"));
        // Refused before the token is looked at and before a body is read.
        const QByteArray head =
            "DELETE /rest/v1.0/files/1 HTTP/1.1\r\nHost: x\r\nContent-Length: 1073741824\r\n\r\n";
        const QByteArray answer = exchange(m_sandbox->server().port(), head, QByteArray(1024, 'x'));
        QCOMPARE(statusOf(answer), 405);
        QVERIFY(answer.contains("Allow: GET\r\n"));
        QVERIFY(answer.contains("Connection: close"));
        // A path that exists for no method stays 404; the sandbox still answers normally.
        QCOMPARE(api.postJson(QStringLiteral("/rest/v1.0/nowhere"), QJsonDocument(QJsonObject{}),
                              QStringLiteral("DELETE"))
                     .status,
                 404);
        QCOMPARE(api.get("/rest/v1.0/me").status, 200);
    }

    void pipelinedRequestsAnsweredInOrder()
    {
        // Two requests in one write: the first read takes both into the connection's buffer, and
        // the second is answered from there rather than waiting for bytes that already came.
        const QByteArray token = m_sandbox->server().accessToken().toLatin1();
        const QByteArray one =
            "GET /rest/v1.0/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\n\r\n";
        const QByteArray two =
            "GET /rest/v1.0/companies HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\n\r\n";
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_sandbox->server().port());
        QVERIFY(s.waitForConnected(5000));
        s.write(one + two);
        QByteArray got;
        QElapsedTimer clock;
        clock.start();
        while (got.count("HTTP/1.1 200") < 2 && clock.elapsed() < 3000 && s.waitForReadyRead(500))
            got += s.readAll();
        QCOMPARE(got.count("HTTP/1.1 200"), 2);
        QVERIFY(got.indexOf("\"login\"") < got.lastIndexOf("HTTP/1.1 200")); // /me first
    }

    void oversizedApiBodiesRefused()
    {
        const QByteArray token = m_sandbox->server().accessToken().toLatin1();
        const QByteArray head = "POST /rest/v1.0/files?project_id=281474976710657 HTTP/1.1\r\nHost: x\r\n"
                                "Authorization: Bearer "
                                + token + "\r\nProcore-Company-Id: 562949953421313\r\n"
                                + "Content-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n";
        QCOMPARE(statusOf(exchange(m_sandbox->server().port(), head, QByteArray(1024, ' '))), 413);
        // Chunked API bodies have no length to check up front: refused too.
        const QByteArray chunked = "POST /rest/v1.0/files?project_id=281474976710657 HTTP/1.1\r\nHost: x\r\n"
                                   "Authorization: Bearer "
                                   + token + "\r\nTransfer-Encoding: chunked\r\n\r\n";
        QCOMPARE(statusOf(exchange(m_sandbox->server().port(), chunked, "5\r\nhello\r\n")), 411);
        // The sandbox still answers normally.
        QCOMPARE(m_sandbox->api().get("/rest/v1.0/me").status, 200);
    }

    void slowClientsDoNotStopANormalUpload()
    {
        // 40 connections from one address (127.0.0.2) that send half a request line and stop.
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        int closed = 0;
        for (int i = 0; i < 40; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            QVERIFY(s->bind(QHostAddress(QStringLiteral("127.0.0.2")), 0));
            connect(s.get(), &QTcpSocket::disconnected, this, [&closed] { ++closed; });
            s->connectToHost(QHostAddress::LocalHost, m_sandbox->server().port());
            QVERIFY(s->waitForConnected(5000));
            s->write("POST /rest/v1.0/me HTT");
            s->flush();
            slow.push_back(std::move(s));
        }
        // A normal upload from 127.0.0.1 goes through meanwhile, well before the slow ones' header
        // deadline (5 s) would have freed their workers.
        QElapsedTimer clock;
        clock.start();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.pdf"));
        const QByteArray sha = testfiles::write(file, 300'000, 7);
        const auto t = m_sandbox->createUpload(QStringLiteral("plan.pdf"));
        QCOMPARE(t.status, 201);
        const CurlResult r = CurlClient::storagePost(t.url, t.fields, file,
                                                     {QStringLiteral("--max-time"), QStringLiteral("20")});
        QCOMPARE(r.status, 204);
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        {
            auto lock = m_sandbox->server().state().lock();
            const auto &objects = m_sandbox->server().state().objects;
            const auto it = std::find_if(objects.begin(), objects.end(),
                                         [&](const auto &o) { return o.first.endsWith(t.uuid); });
            QVERIFY(it != objects.end());
            QCOMPARE(it->second.sha256.toLatin1(), sha);
        }
        // Beyond the bound per client the connections were closed at once; the rest when their
        // header deadline passed.
        QTRY_VERIFY_WITH_TIMEOUT(closed >= 16, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(closed, 40, 15000);
    }

    void controlEndpointsRefuseGarbage()
    {
        CurlClient &api = m_sandbox->api();
        auto post = [&](const char *path, const QByteArray &body) {
            return CurlClient::run({QStringLiteral("-X"), QStringLiteral("POST"),
                                    QStringLiteral("--data-binary"), QString::fromLatin1(body),
                                    QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                                    m_sandbox->base() + QLatin1String(path)});
        };
        CurlResult r = post("/_sandbox/faults", "{not json");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("not valid JSON"), r.body.constData());
        r = post("/_sandbox/faults", "[1,2]");
        QCOMPARE(r.status, 400);
        r = post("/_sandbox/faults", R"({"rules":[{"kind":"api","statuss":503}]})");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("rules[0].statuss is not a known field"), r.body.constData());
        r = post("/_sandbox/faults", R"({"rules":[{"status":"503"}]})");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("rules[0].status must be an integer"), r.body.constData());
        r = post("/_sandbox/faults", R"({"rules":[{"status":42}]})");
        QCOMPARE(r.status, 400);
        QCOMPARE(api.get("/_sandbox/faults").json().object().value("rules").toArray().size(), 0);
        r = post("/_sandbox/config", R"({"hourly_limit":"many"})");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("hourly_limit must be an integer"), r.body.constData());
        r = post("/_sandbox/config", R"({"spike_limt":5})");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("spike_limt is not a known field"), r.body.constData());
        QCOMPARE(post("/_sandbox/tokens", "\xff\xfe").status, 400);
        // What is right still works.
        QCOMPARE(post("/_sandbox/faults", R"({"rules":[{"kind":"api","status":503,"count":1}]})").status,
                 200);
        QCOMPARE(api.get("/_sandbox/faults").json().object().value("rules").toArray().size(), 1);
    }

    void storageAfterSuccessStoresThenFails()
    {
        FaultRule rule;
        rule.kind = QStringLiteral("storage");
        rule.status = 500;
        rule.afterSuccess = true;
        m_sandbox->server().faults().addRule(rule);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a.pdf"));
        testfiles::write(file, 50'000, 3);
        const auto t = m_sandbox->createUpload(QStringLiteral("a.pdf"));
        const CurlResult r = CurlClient::storagePost(t.url, t.fields, file);
        QCOMPARE(r.status, 500); // the answer is lost…
        QVERIFY(r.header("etag").isEmpty());
        auto lock = m_sandbox->server().state().lock();
        QVERIFY(m_sandbox->server().state().uploads.at(t.uuid).stored); // …but the bytes are stored
    }

    void strictModeRefusesUnknownAndMisplacedFields()
    {
        m_sandbox.reset();
        SandboxOptions o;
        o.strict = true;
        m_sandbox = std::make_unique<SandboxFixture>(o);
        CurlClient &api = m_sandbox->api();
        const QString images =
            QStringLiteral("/rest/v1.0/images?project_id=%1").arg(SandboxFixture::kProject);
        // upload_uuid inside "image", where Procore's reference does not put it.
        CurlResult r =
            api.postJson(images, QJsonDocument(QJsonObject{
                                     {"image_name", "a.png"},
                                     {"image", QJsonObject{{"upload_uuid", "01JAAAAAAAAAAAAAAAAAAAAAAA"}}}}));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json().object().value("errors").toObject().contains("image.upload_uuid"),
                 r.body.constData());
        // file_id belongs in the query of file_versions.
        r = api.postJson(
            QStringLiteral("/rest/v1.0/file_versions?project_id=%1").arg(SandboxFixture::kProject),
            QJsonDocument(QJsonObject{{"file_id", 1}, {"file_version", QJsonObject{{"upload_uuid", "x"}}}}));
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().object().value("errors").toObject().contains("file_id"));
        // A required field missing, a wrong type.
        r = api.postJson(QStringLiteral("/rest/v1.1/projects/%1/uploads").arg(SandboxFixture::kProject),
                         QJsonDocument(QJsonObject{{"response_filename", "a.bin"},
                                                   {"segments", QJsonArray{QJsonObject{{"size", 5}}}}}));
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().object().value("errors").toObject().contains("segments[0].sha256"));
        r = api.postJson(QStringLiteral("/rest/v1.1/projects/%1/uploads").arg(SandboxFixture::kProject),
                         QJsonDocument(QJsonObject{{"response_filename", 5}}));
        QCOMPARE(r.status, 422);
        // A body the reference allows passes.
        r = api.postJson(QStringLiteral("/rest/v1.1/projects/%1/uploads").arg(SandboxFixture::kProject),
                         QJsonDocument(QJsonObject{{"response_filename", "a.bin"}, {"size", 10}}));
        QCOMPARE(r.status, 201);
    }

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxAbuse)
#include "tst_sandbox_abuse.moc"

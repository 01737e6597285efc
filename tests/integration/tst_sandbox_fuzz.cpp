// A small, bounded fuzz of the sandbox's JSON and multipart parsing over loopback: random,
// truncated and oddly encoded bodies to the API, storage and control routes. The sandbox must
// keep answering, and write nothing outside its data folder. Run under the asan preset too.
#include "SandboxFixture.h"

#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxState.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace hoist::sandbox;

namespace {

constexpr int kRequests = 1500;
constexpr qint64 kBudgetMs = 40'000;
const QByteArray kMarker = "hoistfuzzescape";

QStringList listing(const QString &root, const QString &skip)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        if (!skip.isEmpty() && (p == skip || p.startsWith(skip + QLatin1Char('/'))))
            continue;
        out.append(p);
    }
    out.sort();
    return out;
}

class Fuzzer
{
public:
    explicit Fuzzer(quint32 seed)
        : m_rng(seed)
    {}

    int below(int n) { return int(m_rng.bounded(quint32(n))); }
    QByteArray randomBytes(int n)
    {
        QByteArray b(n, '\0');
        for (char &c : b)
            c = char(m_rng.bounded(256u));
        return b;
    }

    // A plausible body, then broken one of several ways.
    QByteArray jsonBody()
    {
        static const QList<QByteArray> seeds{
            R"({"file":{"name":"a.pdf","upload_uuid":"01JAAAAAAAAAAAAAAAAAAAAAAA","parent_id":1}})",
            R"({"upload_uuid":"x","image_name":"a.png","image":{"private":false,"trade_ids":[1,2]}})",
            R"({"response_filename":"a.bin","segments":[{"size":5000000,"sha256":"00"},{"size":1}]})",
            R"({"drawing_upload":{"drawing_set_id":1,"drawing_log_imports":[{"upload_uuid":"u"}]}})",
            R"({"rules":[{"kind":"api","path":"(","status":503}],"api_delay_ms":0})",
            R"({"segments":[{"etag":"\"abc\""}]})"};
        QByteArray b = seeds[below(int(seeds.size()))];
        switch (below(9)) {
        case 0:
            return b.left(below(int(b.size())));
        case 1:
            return randomBytes(below(2000));
        case 2:
            for (int i = 0; i < 8; ++i)
                b[below(int(b.size()))] = char(m_rng.bounded(256u));
            return b;
        case 3:
            return QByteArray(below(20000) + 1, '[') + QByteArray(below(50), ']');
        case 4:
            return R"({"a":1e99999999,"b":-0,"c":123456789012345678901234567890,"file":{"parent_id":1.5e308}})";
        case 5: { // UTF-16 with a BOM
            const QString s = QString::fromUtf8(b);
            QByteArray u16("\xff\xfe", 2);
            u16.append(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
            return u16;
        }
        case 6:
            return b.replace(QByteArray("a.pdf"), QByteArray(QByteArray("\xc3\x28\xa0\xa1\xf0\x28\x8c\xbc")
                                                             + kMarker + "/../../x"));
        case 7:
            return b.insert(below(int(b.size())), QByteArray("\0\0\0", 3));
        default:
            return "{\"file\":{\"name\":\"" + QByteArray(below(200000), 'n') + "\"}}";
        }
    }

    QByteArray multipart(const QByteArray &boundary, bool storage)
    {
        QList<QPair<QByteArray, QByteArray>> fields;
        if (storage)
            fields = {{"key", "companies/1/../../../../" + kMarker},
                      {"Content-Type", "application/pdf"},
                      {"policy", randomBytes(40).toBase64()},
                      {"x-amz-signature", "00"},
                      {"file", randomBytes(below(5000))}};
        else
            fields = {{"file[name]", "../../" + kMarker + ".pdf"},
                      {"file[upload_uuid]", "01JAAAAAAAAAAAAAAAAAAAAAAA"},
                      {"a[][][]", "1"},
                      {"file[[[]]][", "x"},
                      {"image[trade_ids][]", "nan"}};
        QByteArray b;
        for (const auto &[name, value] : fields) {
            b += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"";
            if (name == "file")
                b += "; filename=\"../../" + kMarker + "\"\r\nContent-Type: application/octet-stream";
            b += "\r\n\r\n" + value + "\r\n";
        }
        b += "--" + boundary + "--\r\n";
        switch (below(5)) {
        case 0:
            return b.left(below(int(b.size())));
        case 1:
            b[below(int(b.size()))] = '\n';
            return b;
        case 2:
            return b.replace("\r\n", "\n");
        default:
            return b;
        }
    }

    QRandomGenerator m_rng;
};

// One request on its own connection; returns the status (0: no answer, the connection closed).
int send(quint16 port, const QByteArray &head, const QByteArray &body, bool cutShort)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(2000))
        return -1;
    s.write(head + "Content-Length: " + QByteArray::number(body.size() + (cutShort ? 100 : 0)) + "\r\n\r\n");
    s.write(body);
    s.flush();
    if (cutShort) { // the connection ends mid-body
        s.waitForBytesWritten(1000);
        s.disconnectFromHost();
        return 0;
    }
    QByteArray got;
    while (!got.contains("\r\n") && s.waitForReadyRead(5000))
        got += s.readAll();
    return got.startsWith("HTTP/1.1 ") ? got.mid(9, 3).toInt() : 0;
}

} // namespace

class TestSandboxFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomBodiesNeitherCrashNorEscape()
    {
        QTemporaryDir root;
        const QString data = root.filePath(QStringLiteral("data"));
        SandboxOptions o;
        o.dataDir = data;
        o.spikeLimit = 0;
        o.hourlyLimit = 0;
        SandboxFixture sandbox(o);
        QVERIFY(sandbox.ok());
        const quint16 port = sandbox.server().port();
        const QByteArray auth = "Authorization: Bearer " + sandbox.server().accessToken().toLatin1()
                                + "\r\nProcore-Company-Id: 562949953421313\r\n";
        const QStringList before = listing(root.path(), data);

        const quint32 fromEnv = quint32(qEnvironmentVariableIntValue("HOIST_FUZZ_SEED"));
        const quint32 seed = fromEnv ? fromEnv : 20261129u;
        qInfo("fuzz seed %u (HOIST_FUZZ_SEED repeats a run)", seed);
        Fuzzer f(seed);
        const QList<QByteArray> apiTargets{"/rest/v1.0/files?project_id=281474976710657",
                                           "/rest/v1.0/images?project_id=281474976710657",
                                           "/rest/v1.1/projects/281474976710657/uploads",
                                           "/rest/v1.0/companies/562949953421313/files",
                                           "/rest/v1.1/projects/281474976710657/drawing_uploads",
                                           "/rest/v1.0/file_versions?project_id=281474976710657&file_id=1"};
        const QList<QByteArray> encodings{"application/json", "application/json; charset=utf-16",
                                          "application/x-www-form-urlencoded", "text/plain", ""};
        QElapsedTimer clock;
        clock.start();
        int sent = 0, answered = 0;
        for (; sent < kRequests && clock.elapsed() < kBudgetMs; ++sent) {
            const bool cut = f.below(10) == 0;
            const int kind = f.below(4);
            QByteArray head, body;
            if (kind == 0) { // API, JSON-ish
                const QByteArray type = encodings[f.below(int(encodings.size()))];
                head = "POST " + apiTargets[f.below(int(apiTargets.size()))] + " HTTP/1.1\r\nHost: x\r\n"
                       + auth + (type.isEmpty() ? QByteArray() : "Content-Type: " + type + "\r\n");
                body = f.jsonBody();
            } else if (kind == 1) { // API, multipart
                const QByteArray boundary = f.below(4) == 0 ? QByteArray() : "b" + f.randomBytes(8).toHex();
                head = "POST " + apiTargets[f.below(int(apiTargets.size()))] + " HTTP/1.1\r\nHost: x\r\n"
                       + auth + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n";
                body = f.multipart(boundary.isEmpty() ? "x" : boundary, false);
            } else if (kind == 2) { // storage
                const QByteArray boundary = "s" + f.randomBytes(6).toHex();
                head = "POST /s3/hoist-sandbox HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; "
                       "boundary="
                       + boundary + "\r\n";
                body = f.multipart(boundary, true);
            } else { // control
                static const QList<QByteArray> control{"/_sandbox/faults", "/_sandbox/config",
                                                       "/_sandbox/tokens", "/_sandbox/tokens/expire",
                                                       "/_sandbox/oauth_clients"};
                // With the Host and secret the control API wants: the bodies are what is fuzzed.
                head = "POST " + control[f.below(int(control.size()))]
                       + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\nX-Sandbox-Secret: "
                       + sandbox.server().controlSecret().toUtf8() + "\r\nContent-Type: application/json\r\n";
                body = f.jsonBody();
            }
            const int status = send(port, head, body, cut);
            QVERIFY2(status >= 0, "the sandbox stopped accepting connections");
            if (status > 0)
                ++answered;
            // Nothing the fuzz sent may leave faults or limits behind for the next request.
            sandbox.server().faults().clear();
        }
        qInfo("%d requests, %d answered, %lld ms", sent, answered, clock.elapsed());
        QVERIFY(sent >= 100);
        QVERIFY(answered > 0);

        // Still serving, and nothing written outside the data folder (nor a marker inside it).
        QCOMPARE(sandbox.api().get("/rest/v1.0/me").status, 200);
        QCOMPARE(listing(root.path(), data), before);
        for (const QString &p : listing(data, QString()))
            QVERIFY2(!p.contains(QString::fromLatin1(kMarker))
                         || p.startsWith(data + QStringLiteral("/objects/")),
                     qPrintable(p));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFuzz)
#include "tst_sandbox_fuzz.moc"

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace hoist::sandbox {

class SandboxState;
class FaultPlan;

// Settings for one sandbox instance. Every limit Procore or S3 enforces is here so tests can
// shrink it (a 1-second policy lifetime, a 10-call rate window) instead of waiting for it.
struct SandboxOptions
{
    quint16 port = 0;                // 0: any free port on 127.0.0.1
    QString dataDir;                 // empty: state in memory, objects in a temporary folder
    qint64 tokenLifetimeSecs = 5400; // access tokens issued by /oauth/token
    qint64 policyLifetimeSecs = 3600;
    int hourlyLimit = 3600; // requests per hour per access token; 0 = off
    int spikeLimit = 150;   // requests per 10-second window per access token; 0 = off
    int spikeWindowSecs = 10;
    qint64 maxPostBytes = 5LL * 1024 * 1024 * 1024; // S3 POST limit (EntityTooLarge above)
    bool quiet = true;                              // false: log each request to stderr
    // POST /images body shapes accepted: "any" (both), "upload_uuid" (the reference's top-level
    // upload_uuid + image_name) or "upload" (the tutorial's {"upload":{uuid,image_name}}).
    QString imageBodyShape = QStringLiteral("any");
    // Answer as Procore documents (400/422) for body fields its OpenAPI description does not list
    // for the route, or lists elsewhere; on in tests (HOIST_SANDBOX_STRICT=1), `--strict` in the CLI.
    bool strict = qEnvironmentVariableIntValue("HOIST_SANDBOX_STRICT") != 0;
    // Keep every API and OAuth exchange (request and answer bodies) for the contract checks:
    // GET /_sandbox/exchanges. On with HOIST_SANDBOX_STRICT=1 as well.
    bool record = qEnvironmentVariableIntValue("HOIST_SANDBOX_STRICT") != 0;
    qint64 maxApiBodyBytes = 8LL * 1024 * 1024; // API, OAuth and control bodies (413 above)
    // What /_sandbox/ requests carry in X-Sandbox-Secret; empty: a random one made at start()
    // (controlSecret()). HOIST_SANDBOX_SECRET gives it to every sandbox of a test run or script.
    QString controlSecret = qEnvironmentVariable("HOIST_SANDBOX_SECRET");
    // The statuses a drawing upload's status checks walk through, one per check, the last one
    // repeating (any of Procore's: in_queue, in_progress, mechanical_turk, failed,
    // ready_for_review, reviewed). Empty: in_queue, in_progress, then ready_for_review (or failed
    // when a file is not a PDF).
    QStringList drawingStatuses;
    // A name clash on a file or folder create: "name_taken" (422 {"errors":{"name":["has already
    // been taken"]}}) or "file_conflict" (Procore's published 409 "File Conflict Error").
    QString nameClash = QStringLiteral("name_taken");
    // A repeat of PATCH …/uploads/{uuid} on an upload already completed: "ok" (200 again, the
    // upload) or "gone" (410, which Procore's reference lists among that call's answers).
    QString completeRepeat = QStringLiteral("ok");
    // Serve HTTPS (API, OAuth and storage) instead of HTTP (issue 28). With no certificate given, a
    // CA and a server certificate for 127.0.0.1, localhost and ::1 are made at start, and the CA's
    // certificate is written to caCertificatePath() for clients to trust (--ca-file, HOIST_CA_FILE).
    bool tls = false;
    QString certFile; // PEM certificate chain to serve instead (with keyFile)
    QString keyFile;  // its PEM private key
    // The host named in the addresses it gives (API base, storage) and, with tls, in the certificate
    // it makes besides 127.0.0.1, localhost and ::1; it still listens on 127.0.0.1 only. A name
    // other than this computer's lets tests reach it through a proxy that maps the name.
    QString host = QStringLiteral("127.0.0.1");
};

// The built-in emulator of Procore's REST API, OAuth endpoints and the S3 storage endpoint.
// It runs cpp-httplib on its own threads; every method here is safe to call from any thread.
class SandboxServer
{
public:
    explicit SandboxServer(SandboxOptions options = {});
    ~SandboxServer();
    SandboxServer(const SandboxServer &) = delete;
    SandboxServer &operator=(const SandboxServer &) = delete;

    // Binds 127.0.0.1 and starts serving. Returns false and fills error when it cannot.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    quint16 port() const;
    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT  (API, OAuth and storage share it)
    // With tls and a made certificate: the PEM file of the CA that signed it; empty otherwise.
    QString caCertificatePath() const;
    QString accessToken() const;   // a valid, long-lived token of the default user
    QString controlSecret() const; // what /_sandbox/ requests need in X-Sandbox-Secret
    qint64 defaultUserId() const;

    // OAuth client registered in the sandbox for Hoist.
    static QString oauthClientId();
    static QString oauthClientSecret();

    // The recorded exchanges (see SandboxOptions::record), oldest first: {method, path, query,
    // content_type, body, status, response}.
    QJsonArray exchanges() const;

    SandboxState &state();
    FaultPlan &faults();
    // A stored object's SHA-256 (hex; empty when there is no such object), read from its bytes the
    // first time for an object joined from parts.
    QString objectSha256(const QString &key);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hoist::sandbox

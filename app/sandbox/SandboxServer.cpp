#include "SandboxServer.h"

#include "ApiRoutes.h"
#include "ControlRoutes.h"
#include "GuardedServer.h"
#include "OAuthRoutes.h"
#include "SandboxContext.h"
#include "SandboxLog.h"
#include "SandboxSeed.h"
#include "StorageRoutes.h"
#include "TlsIdentity.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>

#include <array>
#include <condition_variable>
#include <cstdio>
#include <thread>

namespace hoist::sandbox {

namespace {

constexpr qint64 kPrintedTokenLifetimeSecs = 365LL * 24 * 3600;
constexpr size_t kMaxLogEntries = 200'000;
constexpr size_t kMaxExchanges = 20'000;
constexpr int kServerThreads = 64; // keep-alive connections each hold a thread; one client gets 24
constexpr size_t kMaxRecordedBody = 1 << 20;

QString kindOf(const std::string &path)
{
    if (path.rfind("/rest/", 0) == 0)
        return QStringLiteral("api");
    if (path.rfind("/s3/", 0) == 0)
        return QStringLiteral("storage");
    if (path.rfind("/oauth/", 0) == 0)
        return QStringLiteral("oauth");
    return QStringLiteral("control");
}

QJsonValue recordedBody(const std::string &body, const std::string &type)
{
    if (body.empty() || body.size() > kMaxRecordedBody)
        return QJsonValue::Null;
    if (type.find("json") == std::string::npos)
        return QString::fromUtf8(QByteArray::fromStdString(body));
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(body));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// One API or OAuth exchange as the contract checks read it.
QJsonObject exchangeOf(const httplib::Request &req, const httplib::Response &res)
{
    const std::string type = req.get_header_value("Content-Type");
    const bool json = type.rfind("application/json", 0) == 0;
    QJsonObject out{
        {QStringLiteral("method"), http::str(req.method)},
        {QStringLiteral("path"), http::str(req.path)},
        {QStringLiteral("query"), http::queryParams(req)},
        {QStringLiteral("content_type"), http::str(type)},
        {QStringLiteral("body_typed"), json},
        {QStringLiteral("status"), res.status},
        {QStringLiteral("response"), recordedBody(res.body, res.get_header_value("Content-Type"))}};
    if (req.body.size() <= kMaxRecordedBody || req.is_multipart_form_data())
        out.insert(QStringLiteral("body"), http::bodyParams(req));
    // Answered before the body was read (no route, no token, too large): there is no body to check.
    const bool announced = req.get_header_value("Content-Length") != "0" && req.has_header("Content-Length");
    if (req.body.empty() && req.files.empty() && announced)
        out.insert(QStringLiteral("body_unread"), true);
    QJsonObject headers;
    for (const char *name : {"Procore-Company-Id", "Idempotency-Token"})
        if (req.has_header(name))
            headers.insert(QString::fromLatin1(name), http::str(req.get_header_value(name)));
    out.insert(QStringLiteral("headers"), headers);
    return out;
}

} // namespace

struct SandboxServer::Private
{
    SandboxContext ctx;
    TlsIdentity tls; // outlives the server, which holds its context
    GuardedServer server;
    std::thread thread;
    std::thread saver;
    std::mutex saverMutex;
    std::condition_variable saverWake;
    bool stopping = false;
    std::unique_ptr<QTemporaryDir> tempDir;
    QString token;
    ApiRoutes api{ctx};
    StorageRoutes storage{ctx};
    OAuthRoutes oauth{ctx};
    ControlRoutes control{ctx};

    httplib::Server::HandlerResponse guard(const httplib::Request &req, httplib::Response &res);
    void record(const httplib::Request &req, const httplib::Response &res);
    bool prepareObjects(QString *error);
    bool prepareTls(QString *error);
    bool loadState(QString *error);
    void configureServer();
    static bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    QString statePath() const { return QDir(ctx.options.dataDir).filePath(QStringLiteral("state.json")); }
    void save();
};

void SandboxServer::Private::save()
{
    if (ctx.options.dataDir.isEmpty())
        return;
    QByteArray bytes;
    {
        auto lock = ctx.state.lock();
        if (!ctx.state.dirty)
            return;
        bytes = QJsonDocument(ctx.state.toJson()).toJson(QJsonDocument::Compact);
        ctx.state.dirty = false;
    }
    QSaveFile out(statePath());
    if (out.open(QIODevice::WriteOnly)) {
        out.write(bytes);
        out.commit();
    }
}

// Runs once the headers are in and before any body is read: a body is only read for a route that
// exists, from a caller with a valid token, and (but for storage, which streams to disk) when small.
httplib::Server::HandlerResponse SandboxServer::Private::guard(const httplib::Request &req,
                                                               httplib::Response &res)
{
    GuardedServer::headersComplete();
    const QString kind = kindOf(req.path);
    // Every answer has its Date (RFC 9110), as Procore's and S3's do: a client reads Procore's
    // clock from it.
    res.set_header("Date", QLocale::c()
                               .toString(QDateTime::currentDateTimeUtc(),
                                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                               .toStdString());
    const bool hasBody = req.has_header("Content-Length") || req.has_header("Transfer-Encoding");
    auto refuse = [&](int status, const QString &message) {
        if (kind == QLatin1String("storage"))
            http::sendXmlError(res, status,
                               status == 413 ? QStringLiteral("EntityTooLarge")
                                             : QStringLiteral("MissingContentLength"),
                               message);
        else
            http::sendErrors(res, status, message);
        if (hasBody) {
            res.set_header("Connection", "close");
            GuardedServer::closeAfterResponse();
        }
        return httplib::Server::HandlerResponse::Handled;
    };
    if (req.path.rfind("/_sandbox", 0) == 0) {
        QString why;
        if (const int status = control.refuse(req, &why))
            return refuse(status, why);
    }
    // The route and the token first, as Procore answers them, then the size.
    if (kind == QLatin1String("api") && api.refuseEarly(req, res)) {
        if (hasBody) {
            res.set_header("Connection", "close");
            GuardedServer::closeAfterResponse();
        }
        return httplib::Server::HandlerResponse::Handled;
    }
    if (kind != QLatin1String("storage")) {
        if (req.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos)
            return refuse(411, QStringLiteral("A request body needs a Content-Length"));
        const qint64 length = QByteArray::fromStdString(req.get_header_value("Content-Length")).toLongLong();
        if (length > ctx.options.maxApiBodyBytes)
            return refuse(
                413,
                QStringLiteral("The request body is larger than %1 bytes").arg(ctx.options.maxApiBodyBytes));
    }
    return httplib::Server::HandlerResponse::Unhandled;
}

void SandboxServer::Private::record(const httplib::Request &req, const httplib::Response &res)
{
    const QString kind = kindOf(req.path);
    if (!ctx.options.record || (kind != QLatin1String("api") && kind != QLatin1String("oauth")))
        return;
    QJsonObject exchange = exchangeOf(req, res);
    auto lock = ctx.state.lock();
    if (ctx.state.exchanges.size() >= kMaxExchanges)
        ctx.state.exchanges.erase(ctx.state.exchanges.begin(),
                                  ctx.state.exchanges.begin() + kMaxExchanges / 10);
    ctx.state.exchanges.push_back(std::move(exchange));
}

SandboxServer::SandboxServer(SandboxOptions options)
    : d(std::make_unique<Private>())
{
    d->ctx.options = std::move(options);
}

SandboxServer::~SandboxServer()
{
    stop();
}

// The folder stored objects go to: a temporary one, or DIR/objects with --data.
bool SandboxServer::Private::prepareObjects(QString *error)
{
    const SandboxOptions &o = ctx.options;
    QString objects;
    if (o.dataDir.isEmpty()) {
        tempDir = std::make_unique<QTemporaryDir>();
        if (!tempDir->isValid())
            return fail(error, QStringLiteral("Cannot create a temporary folder for the sandbox's objects"));
        objects = tempDir->filePath(QStringLiteral("objects"));
    } else {
        objects = QDir(o.dataDir).filePath(QStringLiteral("objects"));
    }
    if (!QDir().mkpath(objects))
        return fail(error, QStringLiteral("Cannot create %1").arg(objects));
    ctx.objectsDir = QDir(objects);
    return true;
}

// HTTPS: the certificate given, or one made now with its CA's certificate next to the objects.
bool SandboxServer::Private::prepareTls(QString *error)
{
    const SandboxOptions &o = ctx.options;
    if (!o.tls)
        return true;
    if (!o.certFile.isEmpty() || !o.keyFile.isEmpty()) {
        if (o.certFile.isEmpty() || o.keyFile.isEmpty())
            return fail(error, QStringLiteral("A certificate needs its key, and a key its certificate"));
        if (!tls.load(o.certFile, o.keyFile, error))
            return false;
    } else {
        const QDir home = o.dataDir.isEmpty() ? QDir(tempDir->path()) : QDir(o.dataDir);
        if (!tls.make(home.filePath(QStringLiteral("sandbox-ca.pem")), o.host, error))
            return false;
    }
    server.setTls(tls.context());
    return true;
}

// The state saved in DIR/state.json with --data, or the seed; and the token printed at start.
bool SandboxServer::Private::loadState(QString *error)
{
    auto lock = ctx.state.lock();
    bool loaded = false;
    if (!ctx.options.dataDir.isEmpty()) {
        QFile file(statePath());
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
            QString why;
            if (!ctx.state.fromJson(doc.object(), &why))
                return fail(error, QStringLiteral("%1 is not a sandbox state file this version can read%2")
                                       .arg(file.fileName(),
                                            why.isEmpty() ? QString() : QString(QStringLiteral(": ") + why)));
            loaded = true;
        }
    }
    if (!loaded)
        seedSandbox(ctx.state);
    token = ctx.state.issueAccessToken(ctx.state.defaultUserId, kPrintedTokenLifetimeSecs);
    return true;
}

// cpp-httplib's settings, the guard before routing, the routes, and the request log after them.
void SandboxServer::Private::configureServer()
{
    GuardedServer &s = server;
    s.new_task_queue = [] { return new httplib::ThreadPool(kServerThreads); };
    s.set_keep_alive_max_count(1000);
    // Idle keep-alive connections end after a second, so stop() does not wait long for them.
    s.set_keep_alive_timeout(1);
    // httplib writes headers and body separately: without TCP_NODELAY a kept-alive client waits
    // for its delayed ACK on every answer (~40 ms a request).
    s.set_tcp_nodelay(true);
    // A body read waits at most this long for the next bytes; headers have their own deadline.
    s.set_read_timeout(20);
    s.set_write_timeout(60);
    s.set_pre_routing_handler(
        [this](const httplib::Request &req, httplib::Response &res) { return guard(req, res); });
    s.set_payload_max_length(std::numeric_limits<size_t>::max());
    api.install(s);
    storage.install(s);
    oauth.install(s);
    control.install(s);
    // The entry is written after routing and before the answer goes out, so a client that has its
    // answer always finds the request in the log.
    const bool quiet = ctx.options.quiet;
    s.set_post_routing_handler([this, quiet](const httplib::Request &req, httplib::Response &res) {
        LogEntry e;
        e.kind = kindOf(req.path);
        e.method = QString::fromStdString(req.method);
        e.path = QString::fromStdString(req.path);
        e.status = res.status;
        e.hadAuthorization = req.has_header("Authorization");
        e.hadCookie = req.has_header("Cookie");
        e.companyHeader = QString::fromStdString(req.get_header_value("Procore-Company-Id"));
        e.at = QDateTime::currentDateTimeUtc();
        if (!quiet)
            std::fprintf(stderr, "%s %s %s -> %d\n", qPrintable(e.kind), req.method.c_str(), req.path.c_str(),
                         res.status);
        qCDebug(lcSandbox).noquote() << e.kind << e.method << e.path << "->" << res.status; // never a query
        record(req, res);
        auto lock = ctx.state.lock();
        e.seq = ++ctx.state.logSeq;
        if (ctx.state.log.size() >= kMaxLogEntries)
            ctx.state.log.erase(ctx.state.log.begin(), ctx.state.log.begin() + kMaxLogEntries / 10);
        ctx.state.log.push_back(std::move(e));
        lock.unlock();
        GuardedServer::dropPendingConnection(); // a dropped answer: only now, once it is logged
    });
}

bool SandboxServer::start(QString *error)
{
    if (!d->prepareObjects(error))
        return false;
    if (!d->loadState(error) || !d->prepareTls(error))
        return false;
    SandboxOptions &o = d->ctx.options;
    if (o.controlSecret.isEmpty()) {
        std::array<quint32, 6> words{};
        QRandomGenerator::system()->fillRange(words.data(), words.size());
        o.controlSecret = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(words.data()),
                       qsizetype(words.size() * sizeof(quint32)))
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    d->ctx.limiter.setLimits(o.hourlyLimit, o.spikeLimit, o.spikeWindowSecs);
    d->configureServer();
    GuardedServer &s = d->server;
    int port = 0;
    if (o.port == 0)
        port = s.bind_to_any_port("127.0.0.1");
    else
        port = s.bind_to_port("127.0.0.1", o.port) ? o.port : -1;
    if (port <= 0)
        return d->fail(error,
                       QStringLiteral("Cannot listen on 127.0.0.1:%1 (is the port in use?)").arg(o.port));
    d->ctx.port = quint16(port);
    s.widenBacklog();
    // The socket is listening once bound; requests queue until the accept loop runs.
    d->thread = std::thread([this] { d->server.listen_after_bind(); });
    // Return only once the accept loop runs: a stop() before that would miss it and never end.
    while (!d->server.is_running())
        std::this_thread::yield();
    d->stopping = false;
    if (!o.dataDir.isEmpty()) {
        d->saver = std::thread([this] {
            std::unique_lock lock(d->saverMutex);
            while (!d->stopping) {
                d->saverWake.wait_for(lock, std::chrono::seconds(1));
                lock.unlock();
                d->save();
                lock.lock();
            }
        });
    }
    return true;
}

void SandboxServer::stop()
{
    if (!d->thread.joinable())
        return;
    d->server.stop();
    d->thread.join();
    {
        std::lock_guard lock(d->saverMutex);
        d->stopping = true;
    }
    d->saverWake.notify_all();
    if (d->saver.joinable())
        d->saver.join();
    d->save();
}

bool SandboxServer::isRunning() const
{
    return d->thread.joinable() && d->server.is_running();
}

quint16 SandboxServer::port() const
{
    return d->ctx.port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(d->ctx.baseUrl());
}

QString SandboxServer::caCertificatePath() const
{
    return d->tls.caPath();
}

QString SandboxServer::accessToken() const
{
    return d->token;
}

QString SandboxServer::controlSecret() const
{
    return d->ctx.options.controlSecret;
}

qint64 SandboxServer::defaultUserId() const
{
    auto lock = d->ctx.state.lock();
    return d->ctx.state.defaultUserId;
}

QString SandboxServer::oauthClientId()
{
    return QStringLiteral("hoist-sandbox-client");
}

QString SandboxServer::oauthClientSecret()
{
    return QStringLiteral("hoist-sandbox-secret");
}

QJsonArray SandboxServer::exchanges() const
{
    auto lock = d->ctx.state.lock();
    QJsonArray out;
    for (const QJsonObject &e : d->ctx.state.exchanges)
        out.append(e);
    return out;
}

SandboxState &SandboxServer::state()
{
    return d->ctx.state;
}

QString SandboxServer::objectSha256(const QString &key)
{
    auto lock = d->ctx.state.lock();
    const auto it = d->ctx.state.objects.find(key);
    return it == d->ctx.state.objects.end() ? QString() : d->ctx.objectSha256(it->second);
}

FaultPlan &SandboxServer::faults()
{
    return d->ctx.faults;
}

} // namespace hoist::sandbox

#include "CliCommands.h"
#include "platform/Console.h"

#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace hoist::cli {

using namespace Qt::StringLiterals;
using sandbox::FaultRule;
using sandbox::SandboxOptions;
using sandbox::SandboxServer;

namespace {

// "N" or "N:VALUE" → (N, VALUE or fallback)
bool countAndValue(const QString &text, int *count, int *value, int fallback)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    bool ok1 = false, ok2 = true;
    *count = parts.value(0).toInt(&ok1);
    *value = parts.size() > 1 ? parts[1].toInt(&ok2) : fallback;
    return ok1 && ok2 && parts.size() <= 2 && *count > 0;
}

// HTTPS (issue 28).
void addTlsOptions(QCommandLineParser &p)
{
    const QCommandLineOption tls(
        QStringLiteral("tls"),
        QStringLiteral("Serve HTTPS: a CA and a certificate for 127.0.0.1, localhost and ::1 are made at "
                       "start (or --cert/--key are served); the CA's certificate file is printed."));
    const QCommandLineOption cert(QStringLiteral("cert"),
                                  QStringLiteral("With --tls: serve this PEM certificate chain."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 QStringLiteral("With --tls: the PEM private key of --cert."),
                                 QStringLiteral("FILE"));
    p.addOptions({tls, cert, key});
}

// The options, their help and the description.
void addSandboxOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(QCoreApplication::translate(
        "hoist-cli",
        "Runs Hoist's built-in emulator of the Procore API and of S3 storage on 127.0.0.1 until stopped.\n"
        "The first two lines printed are HOIST_API_BASE=<url> and HOIST_ACCESS_TOKEN=<token>; the third,\n"
        "HOIST_SANDBOX_SECRET=<secret>, is what the /_sandbox/ control endpoints need in the\n"
        "X-Sandbox-Secret header (random per run unless HOIST_SANDBOX_SECRET is set). With --tls and no\n"
        "--cert, the fourth is HOIST_CA_FILE=<file>: the certificate of the CA made for this run, which\n"
        "hoist and hoist-cli trust when given it (--ca-file or that variable)."));
    p.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on (default: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        QStringLiteral("Keep state in DIR (state.json, stored objects as plain files)."),
        QStringLiteral("DIR"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Print every request to stderr."));
    const QCommandLineOption tokenLife(QStringLiteral("token-lifetime"),
                                       QStringLiteral("Lifetime of OAuth access tokens (default 5400)."),
                                       QStringLiteral("SECS"));
    const QCommandLineOption policyLife(QStringLiteral("policy-lifetime"),
                                        QStringLiteral("Lifetime of storage POST policies (default 3600)."),
                                        QStringLiteral("SECS"));
    const QCommandLineOption hourly(
        QStringLiteral("hourly-limit"),
        QStringLiteral("API requests per hour per token; 0 = off (default 3600)."), QStringLiteral("N"));
    const QCommandLineOption spike(
        QStringLiteral("spike-limit"),
        QStringLiteral("API requests per spike window per token; 0 = off (default 150)."),
        QStringLiteral("N"));
    const QCommandLineOption spikeWindow(QStringLiteral("spike-window"),
                                         QStringLiteral("Length of the spike window (default 10)."),
                                         QStringLiteral("SECS"));
    const QCommandLineOption limits(
        QStringLiteral("limits"),
        QStringLiteral("Rate limit profile: procore (Procore's documented example, 600 an hour and 25 per "
                       "10 s, rolling windows), off, or default (3600 an hour, 150 per 10 s). "
                       "--hourly-limit, --spike-limit and --spike-window override it."),
        QStringLiteral("procore|off|default"), QStringLiteral("default"));
    const QCommandLineOption failStorage(
        QStringLiteral("fail-storage"),
        QStringLiteral("Fail the next N storage uploads with STATUS (default 500)."),
        QStringLiteral("N[:STATUS]"));
    const QCommandLineOption dropStorage(
        QStringLiteral("drop-storage-after"),
        QStringLiteral("Drop the next storage upload's connection after BYTES."), QStringLiteral("BYTES"));
    const QCommandLineOption throttle(QStringLiteral("throttle"),
                                      QStringLiteral("Limit storage uploads to BYTES per second."),
                                      QStringLiteral("BYTES"));
    const QCommandLineOption fail429(
        QStringLiteral("api-429"),
        QStringLiteral("Answer the next N API calls with 429 and Retry-After SECS."),
        QStringLiteral("N[:SECS]"));
    const QCommandLineOption fail503(
        QStringLiteral("api-503"),
        QStringLiteral("Answer the next N API calls with 503 and Retry-After SECS."),
        QStringLiteral("N[:SECS]"));
    const QCommandLineOption fail401(QStringLiteral("api-401"),
                                     QStringLiteral("Answer the next N API calls with 401."),
                                     QStringLiteral("N"));
    const QCommandLineOption expire(QStringLiteral("expire-policies"),
                                    QStringLiteral("Issue the next N storage policies already expired."),
                                    QStringLiteral("N"));
    const QCommandLineOption slow(QStringLiteral("api-delay"),
                                  QStringLiteral("Delay every API answer by MS."), QStringLiteral("MS"));
    const QCommandLineOption imageShape(
        QStringLiteral("image-body-shape"),
        QStringLiteral(
            "POST /images takes any body shape (default), only upload_uuid (the reference's "
            "top-level upload_uuid + image_name) or only upload (the tutorial's {\"upload\":{…}})."),
        QStringLiteral("any|upload_uuid|upload"), QStringLiteral("any"));
    const QCommandLineOption strict(
        QStringLiteral("strict"),
        QStringLiteral("Refuse request body fields Procore's API reference does not list for the route "
                       "(400/422, as Procore documents), and record every exchange (/_sandbox/exchanges)."));
    addTlsOptions(p);
    p.addOptions({port, data, verbose, tokenLife, policyLife, limits, hourly, spike, spikeWindow, failStorage,
                  dropStorage, throttle, fail429, fail503, fail401, expire, slow, imageShape, strict});
}

QString readTlsOptions(const QCommandLineParser &p, SandboxOptions &o)
{
    o.tls = p.isSet(u"tls"_s);
    o.certFile = p.value(u"cert"_s);
    o.keyFile = p.value(u"key"_s);
    if (!o.tls && (!o.certFile.isEmpty() || !o.keyFile.isEmpty()))
        return QStringLiteral("--cert and --key go with --tls");
    if (o.certFile.isEmpty() != o.keyFile.isEmpty())
        return QStringLiteral("--cert and --key go together");
    return {};
}

// The server's settings; an empty message when they are good, otherwise what is wrong.
QString readServerOptions(const QCommandLineParser &p, SandboxOptions &o)
{
    bool ok = true;
    o.port = quint16(p.value(u"port"_s).toUInt(&ok));
    if (!ok)
        return QStringLiteral("--port takes a number");
    o.dataDir = p.value(u"data"_s);
    if (const QString wrong = readTlsOptions(p, o); !wrong.isEmpty())
        return wrong;
    o.quiet = !p.isSet(u"verbose"_s);
    if (p.isSet(u"strict"_s))
        o.strict = o.record = true;
    auto number = [&](const QString &opt, auto &target) {
        if (!p.isSet(opt))
            return true;
        bool good = false;
        const qint64 v = p.value(opt).toLongLong(&good);
        if (!good || v < 0)
            return false;
        target = decltype(+target)(v);
        return true;
    };
    const QString profile = p.value(u"limits"_s);
    if (profile == QLatin1String("procore")) { // rate_limiting.md's example
        o.hourlyLimit = 600;
        o.spikeLimit = 25;
        o.spikeWindowSecs = 10;
    } else if (profile == QLatin1String("off")) {
        o.hourlyLimit = o.spikeLimit = 0;
    } else if (profile != QLatin1String("default")) {
        return QStringLiteral("--limits takes procore, off or default");
    }
    if (!number(u"token-lifetime"_s, o.tokenLifetimeSecs)
        || !number(u"policy-lifetime"_s, o.policyLifetimeSecs) || !number(u"hourly-limit"_s, o.hourlyLimit)
        || !number(u"spike-limit"_s, o.spikeLimit) || !number(u"spike-window"_s, o.spikeWindowSecs))
        return QStringLiteral("limits and lifetimes take a non-negative number");
    o.imageBodyShape = p.value(u"image-body-shape"_s);
    if (o.imageBodyShape != QLatin1String("any") && o.imageBodyShape != QLatin1String("upload_uuid")
        && o.imageBodyShape != QLatin1String("upload"))
        return QStringLiteral("--image-body-shape takes any, upload_uuid or upload");
    return {};
}

// The faults asked for on the command line; an empty message when they are good, otherwise what is wrong.
QString addFaults(const QCommandLineParser &p, SandboxServer &server)
{
    int count = 0, value = 0;
    auto addRule = [&](const QString &kind, const QString &path, int status, int n, int retryAfter,
                       qint64 drop = -1) {
        FaultRule r;
        r.kind = kind;
        r.path = QRegularExpression(path);
        r.status = status;
        r.count = n;
        r.retryAfterSecs = retryAfter;
        r.dropAfterBytes = drop;
        server.faults().addRule(r);
    };
    if (p.isSet(u"fail-storage"_s)) {
        if (!countAndValue(p.value(u"fail-storage"_s), &count, &value, 500))
            return QStringLiteral("--fail-storage takes N[:STATUS]");
        addRule(QStringLiteral("storage"), QStringLiteral(".*"), value, count, value == 503 ? 1 : -1);
    }
    if (p.isSet(u"drop-storage-after"_s))
        addRule(QStringLiteral("storage"), QStringLiteral(".*"), 0, 1, -1,
                p.value(u"drop-storage-after"_s).toLongLong());
    if (p.isSet(u"throttle"_s))
        server.faults().setStorageBytesPerSecond(p.value(u"throttle"_s).toLongLong());
    for (const int status : {429, 503}) {
        const QString opt = QStringLiteral("api-%1").arg(status);
        if (!p.isSet(opt))
            continue;
        if (!countAndValue(p.value(opt), &count, &value, 1))
            return QStringLiteral("--api-%1 takes N[:SECS]").arg(status);
        addRule(QStringLiteral("api"), QStringLiteral("^/rest/"), status, count, value);
    }
    if (p.isSet(u"api-401"_s))
        addRule(QStringLiteral("api"), QStringLiteral("^/rest/"), 401, p.value(u"api-401"_s).toInt(), -1);
    if (p.isSet(u"expire-policies"_s))
        server.faults().setExpirePolicies(p.value(u"expire-policies"_s).toInt());
    if (p.isSet(u"api-delay"_s))
        server.faults().setApiDelayMs(p.value(u"api-delay"_s).toInt());
    return {};
}

// Starts the server, says where it is, and runs until Ctrl+C or termination.
int serve(SandboxServer &server, const SandboxOptions &o, QTextStream &err)
{
    console::blockStopRequests(); // in every thread the server starts; this thread waits for them
    QString error;
    if (!server.start(&error)) {
        err << "hoist-cli sandbox: " << error << Qt::endl;
        return ExitNetwork;
    }
    std::printf("HOIST_API_BASE=%s\nHOIST_ACCESS_TOKEN=%s\nHOIST_SANDBOX_SECRET=%s\n",
                qPrintable(server.baseUrl().toString()), qPrintable(server.accessToken()),
                qPrintable(server.controlSecret()));
    if (!server.caCertificatePath().isEmpty())
        std::printf("HOIST_CA_FILE=%s\n", qPrintable(server.caCertificatePath()));
    std::printf("# OAuth client id: %s  secret: %s\n", qPrintable(SandboxServer::oauthClientId()),
                qPrintable(SandboxServer::oauthClientSecret()));
    std::printf("# Storage objects: %s\n", o.dataDir.isEmpty()
                                               ? "a temporary folder (removed on exit)"
                                               : qPrintable(o.dataDir + QStringLiteral("/objects")));
    std::printf("# Stop with Ctrl+C.\n");
    std::fflush(stdout);
    console::waitForStopRequest();
    server.stop();
    return ExitOk;
}

} // namespace

int runSandbox(const QStringList &args)
{
    QCommandLineParser p;
    addSandboxOptions(p);
    parseOrExit(p, args);

    QTextStream err(stderr);
    auto usage = [&](const QString &message) {
        err << "hoist-cli sandbox: " << message << Qt::endl;
        return ExitUsage;
    };
    SandboxOptions o;
    if (const QString wrong = readServerOptions(p, o); !wrong.isEmpty())
        return usage(wrong);
    SandboxServer server(o);
    if (const QString wrong = addFaults(p, server); !wrong.isEmpty())
        return usage(wrong);
    return serve(server, o, err);
}

} // namespace hoist::cli

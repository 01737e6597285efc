#include "CliCommands.h"

#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <pthread.h>
#endif

namespace hoist::cli {

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

} // namespace

int runSandbox(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "hoist-cli",
        "Runs Hoist's built-in emulator of the Procore API and of S3 storage on 127.0.0.1 until stopped.\n"
        "The first two lines printed are HOIST_API_BASE=<url> and HOIST_ACCESS_TOKEN=<token>."));
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
    p.addOptions({port, data, verbose, tokenLife, policyLife, hourly, spike, spikeWindow, failStorage,
                  dropStorage, throttle, fail429, fail503, fail401, expire, slow, imageShape, strict});
    parseOrExit(p, args);

    QTextStream err(stderr);
    auto usage = [&](const QString &message) {
        err << "hoist-cli sandbox: " << message << Qt::endl;
        return ExitUsage;
    };
    SandboxOptions o;
    bool ok = true;
    o.port = quint16(p.value(port).toUInt(&ok));
    if (!ok)
        return usage(QStringLiteral("--port takes a number"));
    o.dataDir = p.value(data);
    o.quiet = !p.isSet(verbose);
    if (p.isSet(strict))
        o.strict = o.record = true;
    auto number = [&](const QCommandLineOption &opt, auto &target) {
        if (!p.isSet(opt))
            return true;
        bool good = false;
        const qint64 v = p.value(opt).toLongLong(&good);
        if (!good || v < 0)
            return false;
        target = decltype(+target)(v);
        return true;
    };
    if (!number(tokenLife, o.tokenLifetimeSecs) || !number(policyLife, o.policyLifetimeSecs)
        || !number(hourly, o.hourlyLimit) || !number(spike, o.spikeLimit)
        || !number(spikeWindow, o.spikeWindowSecs))
        return usage(QStringLiteral("limits and lifetimes take a non-negative number"));
    o.imageBodyShape = p.value(imageShape);
    if (o.imageBodyShape != QLatin1String("any") && o.imageBodyShape != QLatin1String("upload_uuid")
        && o.imageBodyShape != QLatin1String("upload"))
        return usage(QStringLiteral("--image-body-shape takes any, upload_uuid or upload"));

    SandboxServer server(o);
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
    if (p.isSet(failStorage)) {
        if (!countAndValue(p.value(failStorage), &count, &value, 500))
            return usage(QStringLiteral("--fail-storage takes N[:STATUS]"));
        addRule(QStringLiteral("storage"), QStringLiteral(".*"), value, count, value == 503 ? 1 : -1);
    }
    if (p.isSet(dropStorage))
        addRule(QStringLiteral("storage"), QStringLiteral(".*"), 0, 1, -1, p.value(dropStorage).toLongLong());
    if (p.isSet(throttle))
        server.faults().setStorageBytesPerSecond(p.value(throttle).toLongLong());
    for (const auto &[opt, status] : {std::pair{&fail429, 429}, std::pair{&fail503, 503}}) {
        if (!p.isSet(*opt))
            continue;
        if (!countAndValue(p.value(*opt), &count, &value, 1))
            return usage(QStringLiteral("--api-%1 takes N[:SECS]").arg(status));
        addRule(QStringLiteral("api"), QStringLiteral("^/rest/"), status, count, value);
    }
    if (p.isSet(fail401))
        addRule(QStringLiteral("api"), QStringLiteral("^/rest/"), 401, p.value(fail401).toInt(), -1);
    if (p.isSet(expire))
        server.faults().setExpirePolicies(p.value(expire).toInt());
    if (p.isSet(slow))
        server.faults().setApiDelayMs(p.value(slow).toInt());

#ifdef Q_OS_UNIX
    // Block SIGINT/SIGTERM in every thread the server starts; this thread waits for them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
#endif
    QString error;
    if (!server.start(&error)) {
        err << "hoist-cli sandbox: " << error << Qt::endl;
        return ExitNetwork;
    }
    std::printf("HOIST_API_BASE=%s\nHOIST_ACCESS_TOKEN=%s\n", qPrintable(server.baseUrl().toString()),
                qPrintable(server.accessToken()));
    std::printf("# OAuth client id: %s  secret: %s\n", qPrintable(SandboxServer::oauthClientId()),
                qPrintable(SandboxServer::oauthClientSecret()));
    std::printf("# Storage objects: %s\n", o.dataDir.isEmpty()
                                               ? "a temporary folder (removed on exit)"
                                               : qPrintable(o.dataDir + QStringLiteral("/objects")));
    std::printf("# Stop with Ctrl+C.\n");
    std::fflush(stdout);
#ifdef Q_OS_UNIX
    int received = 0;
    sigwait(&stopSignals, &received);
#else
    QCoreApplication::exec();
#endif
    server.stop();
    return ExitOk;
}

} // namespace hoist::cli

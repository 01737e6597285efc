#include "CliSession.h"

#include "CliCommands.h"
#include "auth/OAuthSession.h"
#include "auth/TokenStore.h"
#include "procore/AuthProvider.h"
#include "procore/Environment.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>

namespace hoist::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hoist-cli", text);
}

} // namespace

CliSession::CliSession()
    : sandboxOption(QStringLiteral("sandbox"), tr("Start the built-in sandbox in this process and use it."))
    , envOption(QStringLiteral("env"), tr("Procore environment: production (default) or procore-sandbox."),
                QStringLiteral("NAME"))
    , apiBaseOption(QStringLiteral("api-base"),
                    tr("Any Procore-compatible API at URL (e.g. http://127.0.0.1:8080); the token comes from "
                       "HOIST_ACCESS_TOKEN."),
                    QStringLiteral("URL"))
    , retriesOption(QStringLiteral("retries"),
                    tr("Retries of a call that failed for a passing reason (network, 429, 5xx), with growing "
                       "waits of 1, 2, 4… s (default 5)."),
                    QStringLiteral("N"), QStringLiteral("5"))
{}

CliSession::~CliSession()
{
    m_client.reset();
    m_auth.reset(); // an OAuth session uses the network manager and the token store
    if (m_network)
        m_network->clearConnectionCache(); // the sandbox's stop() waits for idle connections otherwise
    m_network.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

void CliSession::addOptions(QCommandLineParser &parser)
{
    parser.addOption(sandboxOption);
    parser.addOption(envOption);
    parser.addOption(apiBaseOption);
    parser.addOption(retriesOption);
}

int CliSession::open(const QCommandLineParser &parser, QTextStream &err)
{
    bool retriesOk = false;
    const int retries = parser.value(retriesOption).toInt(&retriesOk);
    if (!retriesOk || retries < 0 || retries > 20) {
        err << tr("--retries takes a number from 0 to 20.") << Qt::endl;
        return ExitUsage;
    }
    const int choices =
        int(parser.isSet(sandboxOption)) + int(parser.isSet(envOption)) + int(parser.isSet(apiBaseOption));
    if (choices > 1) {
        err << tr("Choose one of --sandbox, --env and --api-base.") << Qt::endl;
        return ExitUsage;
    }
    QUrl base;
    QString token;
    if (parser.isSet(sandboxOption)) {
        if (const int code = startSandbox(err); code != ExitOk)
            return code;
        base = m_sandbox->baseUrl();
        token = m_sandbox->accessToken();
        m_environmentId = Environment::builtInSandbox(base).id;
    } else {
        Environment env;
        if (const int code = chooseEnvironment(parser, err, &env); code != ExitOk)
            return code;
        base = env.apiBase;
        m_environmentId = env.id;
        token = qEnvironmentVariable("HOIST_ACCESS_TOKEN");
        if (token.isEmpty()) // signed in with `hoist-cli login`
            if (const int code = restoreSignIn(env, err); code != ExitOk)
                return code;
    }
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    m_pacer = std::make_unique<RatePacer>();
    if (!m_auth)
        m_auth = std::make_unique<StaticTokenProvider>(token);
    m_client = std::make_unique<ProcoreClient>(m_network.get(), base, m_auth.get(), m_pacer.get());
    RetryPolicy policy = m_client->retryPolicy();
    policy.maxAttempts = retries + 1;
    m_client->setRetryPolicy(policy);
    return ExitOk;
}

int CliSession::startSandbox(QTextStream &err)
{
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QString error;
    if (!m_sandbox->start(&error)) {
        err << tr("The built-in sandbox did not start: %1").arg(error) << Qt::endl;
        return ExitNetwork;
    }
    const QDeadlineTimer deadline(5000);
    while (!m_sandbox->isRunning() && !deadline.hasExpired())
        QThread::yieldCurrentThread();
    return ExitOk;
}

int CliSession::chooseEnvironment(const QCommandLineParser &parser, QTextStream &err, Environment *env)
{
    if (parser.isSet(apiBaseOption)) {
        const QUrl base(parser.value(apiBaseOption));
        if (!base.isValid()
            || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https"))) {
            err << tr("--api-base needs an http:// or https:// URL.") << Qt::endl;
            return ExitUsage;
        }
        *env = Environment::custom(base);
        return ExitOk;
    }
    const QString id = parser.isSet(envOption) ? parser.value(envOption) : QStringLiteral("production");
    *env = Environment::byId(id);
    if (env->id.isEmpty()) {
        err << tr("Unknown environment '%1' (production, procore-sandbox, monthly-sandbox).").arg(id)
            << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

// The session `hoist-cli login` keeps in the keychain, renewed as needed.
int CliSession::restoreSignIn(const Environment &env, QTextStream &err)
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<TokenStore>();
    auto session = std::make_unique<OAuthSession>(env, m_store.get(), m_network.get());
    session->setCanSignInAgain(false); // a refused sign-in ends the command (exit 3), never waits
    bool signedIn = false;
    QEventLoop loop;
    QObject::connect(session.get(), &OAuthSession::restored, &loop, [&](bool ok) {
        signedIn = ok;
        loop.quit();
    });
    session->restore();
    if (session->state() == OAuthSession::State::Restoring)
        loop.exec();
    if (!signedIn) {
        err << tr("Not signed in to %1: run 'hoist-cli login', set HOIST_ACCESS_TOKEN (e.g. a "
                  "service "
                  "account's token), or use --sandbox.")
                   .arg(env.name)
            << Qt::endl;
        return ExitAuth;
    }
    m_auth = std::move(session);
    return ExitOk;
}

bool CliSession::signInRequired() const
{
    const auto *session = dynamic_cast<const OAuthSession *>(m_auth.get());
    return session && session->state() == OAuthSession::State::SignInRequired;
}

ApiReply *CliSession::wait(ApiReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return reply;
}

int CliSession::exitCodeFor(const ProcoreError &error)
{
    switch (error.kind) {
    case ProcoreError::Kind::Auth:
        return ExitAuth;
    case ProcoreError::Kind::Network:
        return ExitNetwork;
    default:
        return ExitFailures;
    }
}

qint64 CliSession::findCompany(const QString &text, QTextStream &err, int *exitCode)
{
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    std::unique_ptr<ApiReply> reply(wait(m_client->companies()));
    if (!reply->isOk()) {
        err << tr("Could not list companies: %1").arg(reply->error().describe()) << Qt::endl;
        *exitCode = exitCodeFor(reply->error());
        return 0;
    }
    QList<Company> matches;
    for (const Company &c : reply->companies())
        if ((numeric && c.id == id) || c.name.compare(text, Qt::CaseInsensitive) == 0)
            matches.append(c);
    if (matches.size() == 1)
        return matches.first().id;
    *exitCode = ExitUsage;
    if (matches.isEmpty())
        err << tr("No company '%1' is visible to this token; see 'hoist-cli ls companies'.").arg(text)
            << Qt::endl;
    else
        err << tr("'%1' names several companies; give the id instead.").arg(text) << Qt::endl;
    return 0;
}

qint64 CliSession::findProject(qint64 companyId, const QString &text, QTextStream &err, int *exitCode)
{
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    QList<Project> matches;
    for (int page = 1;; ++page) {
        std::unique_ptr<ApiReply> reply(wait(m_client->projects(companyId, page, 300)));
        if (!reply->isOk()) {
            err << tr("Could not list projects: %1").arg(reply->error().describe()) << Qt::endl;
            *exitCode = exitCodeFor(reply->error());
            return 0;
        }
        for (const Project &p : reply->projects())
            if ((numeric && p.id == id) || p.name.compare(text, Qt::CaseInsensitive) == 0
                || p.displayName.compare(text, Qt::CaseInsensitive) == 0
                || (!p.projectNumber.isEmpty() && p.projectNumber.compare(text, Qt::CaseInsensitive) == 0))
                matches.append(p);
        if (!reply->hasNextPage() || reply->projects().isEmpty())
            break;
    }
    if (matches.size() == 1)
        return matches.first().id;
    *exitCode = ExitUsage;
    if (matches.isEmpty())
        err << tr("No active project '%1' in this company; see 'hoist-cli ls projects --company …'.")
                   .arg(text)
            << Qt::endl;
    else
        err << tr("'%1' names several projects; give the id instead.").arg(text) << Qt::endl;
    return 0;
}

} // namespace hoist::cli

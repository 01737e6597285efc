// hoist-cli login | logout | whoami: the same sign-in as the window, through the same keychain entries.
#include "CliCommands.h"
#include "platform/Console.h"

#include "auth/AppClient.h"
#include "auth/OAuthSession.h"
#include "auth/TokenStore.h"
#include "procore/Environment.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace hoist::cli {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hoist-cli", text);
}

struct EnvironmentOptions
{
    QCommandLineOption env{
        u"env"_s, tr("Procore environment: production (default), procore-sandbox or monthly-sandbox."),
        u"NAME"_s, u"production"_s};
    QCommandLineOption apiBase{
        u"api-base"_s, tr("Use the Procore-compatible server at URL instead, e.g. the built-in sandbox."),
        u"URL"_s};
    QCommandLineOption loginBase{
        u"login-base"_s, tr("Where that server's /oauth endpoints are (default: --api-base)."), u"URL"_s};

    void add(QCommandLineParser &p) const { p.addOptions({env, apiBase, loginBase}); }

    // The chosen environment; an empty id (and a message in error) when the options make no sense.
    Environment resolve(const QCommandLineParser &p, QString *error) const
    {
        if (p.isSet(apiBase)) {
            const QUrl api = QUrl::fromUserInput(p.value(apiBase));
            const QUrl login = p.isSet(loginBase) ? QUrl::fromUserInput(p.value(loginBase)) : api;
            if (!api.isValid() || api.host().isEmpty() || !login.isValid() || login.host().isEmpty()) {
                *error = tr("--api-base and --login-base need http(s) URLs.");
                return {};
            }
            return Environment::custom(api, login);
        }
        const Environment e = Environment::byId(p.value(env));
        if (e.id.isEmpty())
            *error = tr("Unknown environment '%1': use production, procore-sandbox or monthly-sandbox.")
                         .arg(p.value(env));
        return e;
    }
};

// Runs the event loop until `done` says stop; returns false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    if (done())
        return true;
    tick.start();
    deadline.start(timeoutMs);
    loop.exec();
    return !timedOut;
}

// Opens a URL in the system browser without QtGui.
bool openBrowser(const QUrl &url)
{
#if defined(Q_OS_WIN)
    return QProcess::startDetached(u"rundll32"_s,
                                   {u"url.dll,FileProtocolHandler"_s, url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(u"open"_s, {url.toString(QUrl::FullyEncoded)});
#else
    return QProcess::startDetached(u"xdg-open"_s, {url.toString(QUrl::FullyEncoded)});
#endif
}

// The session of an environment, restored from the keychain; warnings go to stderr.
struct Session
{
    TokenStore store;
    OAuthSession session;
    bool restoredSignedIn = false;

    Session(const Environment &env, QTextStream &err)
        : session(env, &store)
    {
        QObject::connect(&store, &TokenStore::keychainUnavailable, &session,
                         [&err](const QString &reason) { err << "hoist-cli: " << reason << Qt::endl; });
        QObject::connect(&session, &OAuthSession::warning, &session,
                         [&err](const QString &message) { err << "hoist-cli: " << message << Qt::endl; });
    }

    bool restore()
    {
        bool finished = false;
        QObject::connect(&session, &OAuthSession::restored, &session, [this, &finished](bool signedIn) {
            restoredSignedIn = signedIn;
            finished = true;
        });
        session.restore();
        return waitUntil([&] { return finished; }, 60000);
    }
};

// Parses a login/logout/whoami command line (printing help or the error) and resolves its
// environment. Returns -1 to go on with *env, or the exit code to end with.
int parseCommand(QCommandLineParser &p, const EnvironmentOptions &envOptions, const QStringList &args,
                 const QString &command, QTextStream &out, QTextStream &err, Environment *env)
{
    if (!p.parse(args)) {
        err << command << ": " << p.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (p.isSet(u"help"_s) || p.isSet(u"help-all"_s)) {
        out << p.helpText();
        return ExitOk;
    }
    QString error;
    *env = envOptions.resolve(p, &error);
    if (env->id.isEmpty()) {
        err << command << ": " << error << Qt::endl;
        return ExitUsage;
    }
    return -1;
}

QString describeUser(const OAuthSession &s)
{
    QString who = s.userName().isEmpty() ? s.userLogin() : s.userName();
    if (!s.userLogin().isEmpty() && s.userLogin() != who)
        who += u" ("_s + s.userLogin() + u')';
    return who;
}

// The description and --help; the environment's options follow, then addLoginOptions().
void describeLogin(QCommandLineParser &p)
{
    p.setApplicationDescription(
        tr("Signs in to Procore in the browser and keeps the sign-in in the system keychain, shared with the "
           "Hoist window.\nThe client id and secret come from your app in the Procore Developer Portal; they "
           "are "
           "kept in the keychain per environment, so later logins need neither."));
    p.addHelpOption();
}

void addLoginOptions(QCommandLineParser &p)
{
    const QCommandLineOption clientId(u"client-id"_s, tr("The app's client id."), u"ID"_s);
    const QCommandLineOption secretStdin(
        u"client-secret-stdin"_s, tr("Read the app's client secret from the first line of standard input."));
    const QCommandLineOption redirect(
        u"redirect-uri"_s,
        tr("The redirect URI registered for the app, exactly (default %1, or the one saved before). "
           "urn:ietf:wg:oauth:2.0:oob asks you to paste the code instead.")
            .arg(OAuthSession::defaultRedirectUri()),
        u"URI"_s);
    const QCommandLineOption noBrowser(u"no-browser"_s,
                                       tr("Print the sign-in address instead of opening a browser."));
    p.addOptions({clientId, secretStdin, redirect, noBrowser});
}

// The app's client id, secret and redirect URI: the saved ones, with those given instead. Nothing
// (after saying what to do) when there is no id or secret.
std::optional<ClientCredentials> chooseClient(const QCommandLineParser &p, const QString &secret, Session &s,
                                              const Environment &env, QTextStream &err)
{
    ClientCredentials client = s.session.client();
    // None saved and none given: the build's or the site's application (never saved: IT may change it).
    if (client.clientId.isEmpty() && !p.isSet(u"client-id"_s))
        if (const std::optional<AppClient> app = AppClient::forEnvironment(env.id); app && secret.isEmpty())
            client = app->credentials;
    if (p.isSet(u"client-id"_s) && p.value(u"client-id"_s) != client.clientId) {
        client.clientId = p.value(u"client-id"_s);
        client.clientSecret.clear(); // a secret belongs to its client id
    }
    if (!secret.isEmpty())
        client.clientSecret = secret;
    if (p.isSet(u"redirect-uri"_s))
        client.redirectUri = p.value(u"redirect-uri"_s);
    if (client.clientId.isEmpty()) {
        err << "hoist-cli login: "
            << tr("No client id and secret are saved for %1. Create an app in the Procore Developer Portal, "
                  "register the redirect URI %2, then run:\n  hoist-cli login --client-id ID "
                  "--client-secret-stdin "
                  "< secret.txt")
                   .arg(env.name, client.redirectUri.isEmpty() ? OAuthSession::defaultRedirectUri()
                                                               : client.redirectUri)
            << Qt::endl;
        return std::nullopt;
    }
    return client;
}

// The browser's sign-in (or a pasted code) until it ends, 10 minutes at most: ExitOk or ExitAuth.
int signIn(Session &s, bool noBrowser, QTextStream &in, QTextStream &err)
{
    QObject context; // the connections end with this call
    bool finished = false;
    bool ok = false;
    QObject::connect(&s.session, &OAuthSession::authorizationUrlReady, &context, [&](const QUrl &url) {
        err << tr("Open this address in your browser and allow Hoist access:") << "\n\n  "
            << url.toString(QUrl::FullyEncoded) << "\n\n";
        err.flush();
        if (!noBrowser && !openBrowser(url))
            err << tr("(No browser could be opened; copy the address above.)") << Qt::endl;
    });
    QObject::connect(&s.session, &OAuthSession::signedIn, &context, [&] { finished = ok = true; });
    QObject::connect(&s.session, &OAuthSession::signInFailed, &context, [&](const QString &reason) {
        err << "hoist-cli login: " << reason << Qt::endl;
        finished = true;
    });
    s.session.signIn();
    if (!finished && s.session.needsPastedCode()) {
        err << tr(
            "Paste the code Procore shows (or the whole address the browser ended on), then press Enter:")
            << Qt::endl;
        const QString code = in.readLine();
        if (code.trimmed().isEmpty()) {
            s.session.cancelSignIn();
            err << "hoist-cli login: " << tr("No code was entered.") << Qt::endl;
            return ExitAuth;
        }
        s.session.submitPastedCode(code);
    }
    // With the browser on another computer (ssh), its redirect to this one's localhost fails; the
    // user can paste the address it ended on here instead. The listener keeps waiting meanwhile.
    console::StdinReader pasted;
    QByteArray typed;
    QObject::connect(&pasted, &console::StdinReader::received, &context, [&](const QByteArray &chunk) {
        typed += chunk.isEmpty() ? QByteArray("\n") : chunk; // the end of input ends the last line
        for (qsizetype newline = typed.indexOf('\n'); newline >= 0; newline = typed.indexOf('\n')) {
            const QString line = QString::fromLocal8Bit(typed.left(newline)).trimmed();
            typed.remove(0, newline + 1);
            if (!line.isEmpty())
                s.session.submitPastedCode(line);
        }
    });
    if (!finished && !s.session.needsPastedCode()) {
        err << tr("Waiting for the browser… (If it runs on another computer, paste the address it ended on "
                  "here and press Enter.)")
            << Qt::endl;
        pasted.setEnabled(true);
    }
    if (!waitUntil([&] { return finished; }, 10 * 60 * 1000)) { // authorization codes live 10 minutes
        s.session.cancelSignIn();
        err << "hoist-cli login: " << tr("No answer came from the browser within 10 minutes.") << Qt::endl;
        return ExitAuth;
    }
    return ok ? ExitOk : ExitAuth;
}

} // namespace

int runLogin(const QStringList &args)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    describeLogin(p);
    const EnvironmentOptions envOptions;
    envOptions.add(p);
    addLoginOptions(p);
    Environment env;
    if (const int code = parseCommand(p, envOptions, args, u"hoist-cli login"_s, out, err, &env); code >= 0)
        return code;

    QTextStream in(stdin);
    QString secret;
    if (p.isSet(u"client-secret-stdin"_s)) {
        secret = in.readLine().trimmed();
        if (secret.isEmpty()) {
            err << "hoist-cli login: " << tr("--client-secret-stdin: standard input had no secret.")
                << Qt::endl;
            return ExitUsage;
        }
    }

    Session s(env, err);
    if (!s.restore()) {
        err << "hoist-cli login: " << tr("The keychain did not answer.") << Qt::endl;
        return ExitAuth;
    }
    const std::optional<ClientCredentials> client = chooseClient(p, secret, s, env, err);
    if (!client)
        return ExitAuth;
    bool saved = false;
    QObject::connect(&s.session, &OAuthSession::clientSaved, &s.session, [&saved] { saved = true; });
    const std::optional<AppClient> app = AppClient::forEnvironment(env.id);
    const bool save = !(app && app->credentials.clientId == client->clientId); // the person's own
    s.session.setClient(*client, save);
    if (save)
        waitUntil([&] { return saved; }, 60000);

    if (const int code = signIn(s, p.isSet(u"no-browser"_s), in, err); code != ExitOk)
        return code;
    if (s.store.availability() == TokenStore::Availability::Unavailable) {
        err << "hoist-cli login: "
            << tr("Signed in to %1 as %2, but the sign-in cannot be kept: the system keychain is not "
                  "available.")
                   .arg(env.name, describeUser(s.session))
            << Qt::endl;
        return ExitAuth;
    }
    out << tr("Signed in to %1 as %2.").arg(env.name, describeUser(s.session)) << Qt::endl;
    return ExitOk;
}

int runLogout(const QStringList &args)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Signs out of Procore: revokes the tokens and deletes them from the keychain."));
    p.addHelpOption();
    const EnvironmentOptions envOptions;
    envOptions.add(p);
    const QCommandLineOption forget(u"forget-client"_s, tr("Also delete the saved client id and secret."));
    p.addOption(forget);
    Environment env;
    if (const int code = parseCommand(p, envOptions, args, u"hoist-cli logout"_s, out, err, &env); code >= 0)
        return code;
    Session s(env, err);
    if (!s.restore()) {
        err << "hoist-cli logout: " << tr("The keychain did not answer.") << Qt::endl;
        return ExitAuth;
    }
    const bool wasSignedIn = s.restoredSignedIn;
    const QString who = describeUser(s.session);
    bool finished = false;
    QObject::connect(&s.session, &OAuthSession::signedOut, &s.session, [&finished] { finished = true; });
    s.session.signOut(p.isSet(forget));
    if (!waitUntil([&] { return finished; }, 120000)) {
        err << "hoist-cli logout: " << tr("Signing out did not finish.") << Qt::endl;
        return ExitNetwork;
    }
    if (wasSignedIn)
        out << tr("Signed %1 out of %2.").arg(who, env.name) << Qt::endl;
    else
        out << tr("Nobody was signed in to %1.").arg(env.name) << Qt::endl;
    return ExitOk;
}

int runWhoami(const QStringList &args)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(tr("Shows who is signed in to Procore (asks GET /rest/v1.0/me)."));
    p.addHelpOption();
    const EnvironmentOptions envOptions;
    envOptions.add(p);
    Environment env;
    if (const int code = parseCommand(p, envOptions, args, u"hoist-cli whoami"_s, out, err, &env); code >= 0)
        return code;
    Session s(env, err);
    if (!s.restore()) {
        err << "hoist-cli whoami: " << tr("The keychain did not answer.") << Qt::endl;
        return ExitAuth;
    }
    if (!s.restoredSignedIn) {
        err << "hoist-cli whoami: " << tr("Not signed in to %1. Run 'hoist-cli login'.").arg(env.name)
            << Qt::endl;
        return ExitAuth;
    }
    enum { Waiting, Known, Refused, Unreachable } result = Waiting;
    QString reason;
    QObject::connect(&s.session, &OAuthSession::userChanged, &s.session, [&] { result = Known; });
    QObject::connect(&s.session, &AuthProvider::refreshFailed, &s.session, [&](const QString &why) {
        reason = why;
        if (s.session.state() == OAuthSession::State::SignInRequired || s.session.accessToken().isEmpty())
            result = Refused;
        else
            result = Unreachable;
    });
    QObject::disconnect(&s.session, &OAuthSession::warning, nullptr, nullptr);
    QObject::connect(&s.session, &OAuthSession::warning, &s.session, [&](const QString &why) {
        reason = why;
        result = Unreachable;
    });
    if (s.session.state() == OAuthSession::State::SignInRequired) {
        err << "hoist-cli whoami: "
            << tr("The sign-in to %1 has expired. Run 'hoist-cli login'.").arg(env.name) << Qt::endl;
        return ExitAuth;
    }
    if (s.session.accessToken().isEmpty()) {
        // restore() started a refresh; ask /me once it is done.
        QObject::connect(&s.session, &AuthProvider::tokenRefreshed, &s.session,
                         [&] { s.session.fetchUser(); });
    } else {
        s.session.fetchUser();
    }
    waitUntil([&] { return result != Waiting; }, 120000);
    switch (result) {
    case Known:
        out << tr("%1, user %2, signed in to %3 (%4)")
                   .arg(describeUser(s.session))
                   .arg(s.session.userId())
                   .arg(env.name, env.apiBase.toString())
            << Qt::endl;
        return ExitOk;
    case Refused:
        err << "hoist-cli whoami: " << reason << Qt::endl;
        return ExitAuth;
    case Waiting:
    case Unreachable:
        break;
    }
    err << "hoist-cli whoami: " << (reason.isEmpty() ? tr("Procore did not answer.") : reason) << Qt::endl;
    return ExitNetwork;
}

} // namespace hoist::cli

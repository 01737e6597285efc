#include "CliCommands.h"

#include "CliProxy.h"
#include "diagnostics/LogSession.h"
#include "procore/ExtraCertificates.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <map>

using namespace hoist::cli;

namespace {

struct Command
{
    std::function<int(const QStringList &)> run;
    const char *summary;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("sandbox"), {runSandbox, "Run the built-in Procore + S3 sandbox until stopped."}},
        {QStringLiteral("upload"), {runUpload, "Upload files and folders to a project's Documents."}},
        {QStringLiteral("ls"), {runList, "List companies, projects or folders (for scripts)."}},
        {QStringLiteral("watch"), {runWatch, "Watch folders: upload new and changed files as they appear."}},
        {QStringLiteral("history"), {runHistory, "List past uploads (done, failed, skipped); export CSV."}},
        {QStringLiteral("login"), {runLogin, "Sign in to Procore in the browser; kept in the keychain."}},
        {QStringLiteral("logout"),
         {runLogout, "Sign out: revoke the tokens and delete them from the keychain."}},
        {QStringLiteral("whoami"), {runWhoami, "Show who is signed in to Procore."}},
        {QStringLiteral("diagnose"),
         {runDiagnose, "Write a debug archive (logs, versions, summaries) for support."}},
    };
    return table;
}

int usage(QTextStream &out, int code)
{
    out << "Usage: hoist-cli <command> [options]\n\nCommands:\n";
    for (const auto &[name, cmd] : commands())
        out << "  " << name.leftJustified(10) << cmd.summary << '\n';
    out << "\nRun 'hoist-cli <command> --help' for a command's options.\n\n"
           "Exit codes: 0 success; 1 some items failed; 2 bad command line; 3 not signed in or\n"
           "credentials refused; 4 server unreachable; 130 interrupted.\n\n"
           "-v (or --verbose) shows what happens on stderr; -vv logs and shows every detail.\n"
           "The log is in "
        << hoist::LogSession::defaultFolder()
        << " (HOIST_LOG_DIR overrides it); QT_LOGGING_RULES\n"
           "picks categories, e.g. \"hoist.upload.debug=true\".\n\n"
           "--ca-file FILE (or HOIST_CA_FILE=FILE) trusts the certificate authorities in FILE (PEM)\n"
           "besides the system's, e.g. a company's HTTPS inspection or 'hoist-cli sandbox --tls'.\n";
    out.flush();
    return code;
}

// -v / -vv / --verbose anywhere before "--": taken out, and how much the log says and shows.
hoist::LogSession::Options verbosity(QStringList &args)
{
    hoist::LogSession::Options options;
    options.baseName = QStringLiteral("hoist-cli");
    for (int i = 1; i < args.size() && args.at(i) != QLatin1String("--");) {
        const QString &a = args.at(i);
        if (a == QLatin1String("-v") || a == QLatin1String("--verbose")) {
            if (options.echo == hoist::LogSession::Options::Echo::Warnings)
                options.echo = hoist::LogSession::Options::Echo::Info;
        } else if (a == QLatin1String("-vv")) {
            options.echo = hoist::LogSession::Options::Echo::Everything;
            options.level = hoist::LogLevel::Detailed;
        } else {
            ++i;
            continue;
        }
        args.removeAt(i);
    }
    return options;
}

// --ca-file FILE / --ca-file=FILE anywhere before "--", then HOIST_CA_FILE: trusted besides the
// system's CAs. Taken out of args; empty when fine, else what is wrong.
QString trustExtraCertificates(QStringList &args)
{
    QString path;
    for (int i = 1; i < args.size() && args.at(i) != QLatin1String("--");) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--ca-file") && i + 1 < args.size()) {
            path = args.at(i + 1);
            args.remove(i, 2);
        } else if (a.startsWith(QLatin1String("--ca-file="))) {
            path = a.mid(10);
            args.removeAt(i);
        } else {
            ++i;
        }
    }
    if (!path.isEmpty())
        return hoist::ExtraCertificates::trustFile(path);
    return hoist::ExtraCertificates::trustFromEnvironment();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hoist-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hoist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOIST_VERSION));

    QStringList args = QCoreApplication::arguments();
    const hoist::LogSession::Options logOptions = verbosity(args);
    QTextStream out(stdout), err(stderr);
    if (const QString wrong = trustExtraCertificates(args); !wrong.isEmpty()) {
        err << "hoist-cli: " << wrong << Qt::endl;
        return ExitUsage;
    }
    // The window's manual proxy (its password from the keychain), else the system's settings
    // (https_proxy, no_proxy, …); never for this computer.
    const QString proxy = hoist::cli::installProxy();
    if (args.size() < 2)
        return usage(err, ExitUsage);
    const QString name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")
        || name == QLatin1String("--help-all"))
        return usage(out, ExitOk);
    if (name == QLatin1String("--version")) {
        out << "hoist-cli " << HOIST_VERSION << Qt::endl;
        return ExitOk;
    }
    const auto it = commands().find(name);
    if (it == commands().end()) {
        err << "hoist-cli: unknown command '" << name << "'\n\n";
        return usage(err, ExitUsage);
    }
    args.removeAt(1);
    args[0] = QStringLiteral("hoist-cli ") + name;
    hoist::LogSession log(logOptions);
    qInfo("proxy: %s", qPrintable(proxy));
    return it->second.run(args);
}

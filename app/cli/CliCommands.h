#pragma once

#include <QStringList>

class QCommandLineParser;

namespace hoist::cli {

// Exit codes of hoist-cli, documented in `hoist-cli --help`.
enum ExitCode {
    ExitOk = 0,
    ExitFailures = 1, // the command ran, but some items failed
    ExitUsage = 2,    // bad command line
    ExitAuth = 3,     // no valid credentials
    ExitNetwork = 4,  // the server could not be reached
    ExitInterrupted = 130,
};

// QCommandLineParser::process() ends the program with status 1 on an unknown option; this
// ends it with ExitUsage (2) as documented, after printing the error. --help and --version as
// process() does them.
void parseOrExit(QCommandLineParser &parser, const QStringList &args);

// Each command parses its own arguments (args[0] is "hoist-cli <command>").
int runSandbox(const QStringList &args);
int runUpload(const QStringList &args);
int runList(const QStringList &args);
int runHistory(const QStringList &args);
int runWatch(const QStringList &args); // WatchCommand.cpp: watch add|list|remove|run
int runLogin(const QStringList &args); // AuthCommands.cpp: login, logout, whoami
int runLogout(const QStringList &args);
int runWhoami(const QStringList &args);
int runDiagnose(const QStringList &args); // DiagnoseCommand.cpp: the debug archive

} // namespace hoist::cli

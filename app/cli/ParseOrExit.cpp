#include "CliCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdlib>

namespace hoist::cli {

void parseOrExit(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        QTextStream err(stderr);
        err << QCoreApplication::applicationName() << ": " << parser.errorText() << Qt::endl
            << "Run '" << args.value(0) << " --help' for the options." << Qt::endl;
        std::exit(ExitUsage);
    }
    const QStringList given = parser.optionNames(); // those on the command line
    // --help-all too (QCommandLineParser::addHelpOption lists it; a command's parser has no Qt
    // options to add, so it is the same help).
    if (given.contains(QStringLiteral("help")) || given.contains(QStringLiteral("h"))
        || given.contains(QStringLiteral("?")) || given.contains(QStringLiteral("help-all")))
        parser.showHelp(ExitOk);
    if (given.contains(QStringLiteral("version")))
        parser.showVersion();
}

} // namespace hoist::cli

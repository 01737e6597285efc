// hoist-cli diagnose: the debug archive a support person asks for (issue 27).
#include "CliCommands.h"

#include "diagnostics/DebugArchive.h"
#include "diagnostics/LogSession.h"
#include "history/UploadHistory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

namespace hoist::cli {

using namespace Qt::StringLiterals;

int runDiagnose(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Writes a zip for support: hoist-cli's log files, the versions of Hoist, Qt and the system, the "
        "settings (without secrets), each journal's queue and watched folders in counts, and the last "
        "rows of the upload history. No token, password, signed URL or signature goes in it."_s);
    p.addHelpOption();
    const QCommandLineOption output(
        u"output"_s, u"The zip to write (default: %1)."_s.arg(DebugArchive::suggestedPath()), u"FILE.zip"_s);
    const QCommandLineOption history(
        u"history"_s, u"History database (default: %1)."_s.arg(UploadHistory::defaultPath()), u"FILE"_s);
    const QCommandLineOption journal(u"journal"_s,
                                     u"A journal to summarise (repeatable; default: every journal in "
                                     "hoist-cli's data folder)."_s,
                                     u"FILE"_s);
    const QCommandLineOption rows(u"history-rows"_s, u"History rows to include (300)."_s, u"N"_s, u"300"_s);
    p.addOptions({output, history, journal, rows});
    parseOrExit(p, args);
    QTextStream out(stdout), err(stderr);
    if (!p.positionalArguments().isEmpty()) {
        err << "hoist-cli diagnose: unexpected argument '" << p.positionalArguments().first() << "'\n";
        return ExitUsage;
    }
    DebugArchive::Sources sources;
    sources.logFiles = LogSession::files();
    sources.settingsText = DebugArchive::settingsText(QSettings());
    sources.journals =
        p.isSet(journal)
            ? p.values(journal)
            : DebugArchive::journalsIn(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    sources.historyPath = p.isSet(history) ? p.value(history) : UploadHistory::defaultPath();
    sources.historyRows = std::max(0, p.value(rows).toInt());
    const QString path = p.isSet(output) ? p.value(output) : DebugArchive::suggestedPath();
    QString error;
    if (!DebugArchive::write(path, sources, &error)) {
        err << "hoist-cli diagnose: " << error << "; choose another place with --output FILE.zip\n";
        return ExitFailures;
    }
    out << "Debug archive written: " << QFileInfo(path).absoluteFilePath() << '\n'
        << "Send it to whoever helps you; it holds no token, password or signed URL.\n";
    return ExitOk;
}

} // namespace hoist::cli

#include "CliCommands.h"

#include "history/UploadHistory.h"
#include "history/UploadReceipt.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace hoist::cli {

namespace {

// The rows as CSV to a file, or to standard output for "-".
int writeCsv(const UploadHistory &history, const HistoryFilter &filter, const QString &path, QTextStream &err)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdout, QIODevice::WriteOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::WriteOnly);
    }
    if (!opened) {
        err << "hoist-cli history: cannot write " << path << ": " << file.errorString() << Qt::endl;
        return ExitFailures;
    }
    return history.exportCsv(filter, &file) ? ExitOk : ExitFailures;
}

// The rows, one line each, or one JSON object each.
void printRecords(const UploadHistory &history, const HistoryFilter &filter, bool json, QTextStream &out)
{
    for (const HistoryRecord &r : history.find(filter)) {
        if (json) {
            const QJsonObject o{{QStringLiteral("at"), r.at.toUTC().toString(Qt::ISODate)},
                                {QStringLiteral("outcome"), r.outcome},
                                {QStringLiteral("local_path"), r.localPath},
                                {QStringLiteral("destination"), r.destination},
                                {QStringLiteral("project_id"), r.projectId},
                                {QStringLiteral("size"), r.size},
                                {QStringLiteral("sha256"), r.sha256},
                                {QStringLiteral("file_id"), r.fileId},
                                {QStringLiteral("upload_uuid"), r.uploadUuid},
                                {QStringLiteral("reason"), r.reason},
                                {QStringLiteral("url"), r.url.toString()},
                                {QStringLiteral("environment"), r.environment}};
            out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        } else {
            out << r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                << r.outcome.leftJustified(9) << ' ' << r.localPath << "  ->  " << r.destination;
            if (!r.reason.isEmpty())
                out << "  (" << r.reason << ')';
            out << '\n';
        }
    }
    out.flush();
}

} // namespace

int runHistory(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("hoist-cli", "Lists what Hoist uploaded, failed or skipped, newest first "
                                                 "(the same record as the window's History)."));
    p.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object per line."));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("Write CSV to FILE ('-' for standard output)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Only this project id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption outcome(
        QStringLiteral("outcome"),
        QStringLiteral("Only done, failed, skipped or cancelled (failed: only files "
                       "not uploaded or retried since)."),
        QStringLiteral("OUTCOME"));
    const QCommandLineOption failed(
        QStringLiteral("failed"), QStringLiteral("Only files that are still failed (as --outcome failed)."));
    const QCommandLineOption receipt(
        QStringLiteral("receipt"),
        QStringLiteral(
            "Write an upload receipt to FILE: per file uploaded, its link in Procore, who uploaded "
            "it and when, and its sha256. FILE.html is a printable page, anything else CSV."),
        QStringLiteral("FILE"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QStringLiteral("Text in the local path or destination."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N rows."),
                                   QStringLiteral("N"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("History database (default: %1).").arg(UploadHistory::defaultPath()),
        QStringLiteral("PATH"));
    p.addOptions({json, csv, receipt, project, outcome, failed, search, limit, db});
    parseOrExit(p, args);

    QTextStream out(stdout), err(stderr);
    QString error;
    auto history = UploadHistory::open(p.isSet(db) ? p.value(db) : UploadHistory::defaultPath(), &error);
    if (!history) {
        err << "hoist-cli history: " << error << Qt::endl;
        return ExitFailures;
    }
    if (!history->setAsideMessage().isEmpty())
        err << "hoist-cli history: " << history->setAsideMessage() << Qt::endl;

    HistoryFilter filter;
    filter.text = p.value(search);
    filter.projectId = p.value(project).toLongLong();
    filter.outcome = p.isSet(failed) ? QStringLiteral("failed") : p.value(outcome);
    filter.latestOnly = filter.outcome == QLatin1String("failed"); // still failed, as History shows it
    filter.limit = p.isSet(limit) ? p.value(limit).toInt() : -1;
    static const QStringList outcomes = {QStringLiteral("done"), QStringLiteral("failed"),
                                         QStringLiteral("skipped"), QStringLiteral("cancelled")};
    if (!filter.outcome.isEmpty() && !outcomes.contains(filter.outcome)) {
        err << "hoist-cli history: --outcome must be one of " << outcomes.join(QStringLiteral(", "))
            << Qt::endl;
        return ExitUsage;
    }

    if (p.isSet(csv))
        return writeCsv(*history, filter, p.value(csv), err);
    if (p.isSet(receipt)) {
        const QList<HistoryRecord> uploads = UploadReceipt::uploadsAmong(history->find(filter));
        if (!UploadReceipt::save(uploads, p.value(receipt), &error)) {
            err << "hoist-cli history: cannot write " << p.value(receipt) << ": " << error << Qt::endl;
            return ExitFailures;
        }
        out << uploads.size() << " file(s) in the receipt " << p.value(receipt) << Qt::endl;
        return ExitOk;
    }
    printRecords(*history, filter, p.isSet(json), out);
    return ExitOk;
}

} // namespace hoist::cli

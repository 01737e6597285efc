#include "CliCommands.h"
#include "CliSession.h"
#include "TerminalQuestions.h"
#include "history/HistoryRecorder.h"
#include "history/UploadHistory.h"
#include "preflight/PreflightCheck.h"
#include "procore/Environment.h"
#include "procore/RatePacer.h"
#include "upload/DestinationFileRule.h"
#include "upload/FileScanner.h"
#include "upload/FolderResolver.h"
#include "upload/TransferJournal.h"
#include "upload/TransferModel.h"
#include "upload/UploadController.h"
#include "upload/UploadJob.h"

#include "procore/ApiReply.h"
#include "procore/ProcoreClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#include <unistd.h>

namespace hoist::cli {

using namespace Qt::StringLiterals;

namespace {

std::atomic_bool g_interrupted{false};

void onSignal(int)
{
    g_interrupted = true;
}

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("hoist-cli", text, disambiguation, n);
}

QString stateName(TransferState s)
{
    switch (s) {
    case TransferState::Queued:
        return u"queued"_s;
    case TransferState::Preparing:
        return u"preparing"_s;
    case TransferState::Uploading:
        return u"uploading"_s;
    case TransferState::Associating:
        return u"associating"_s;
    case TransferState::Done:
        return u"done"_s;
    case TransferState::Failed:
        return u"failed"_s;
    case TransferState::Cancelled:
        return u"cancelled"_s;
    case TransferState::Skipped:
        return u"skipped"_s;
    case TransferState::Paused:
        return u"paused"_s;
    case TransferState::NeedsAnswer:
        return u"needs-answer"_s;
    case TransferState::Processing:
        return u"processing"_s;
    }
    return {};
}

class Reporter
{
public:
    Reporter(bool json, bool terminal)
        : m_json(json)
        , m_terminal(terminal)
        , m_out(stdout)
        , m_err(stderr)
    {}

    void event(const QJsonObject &o)
    {
        clearLine();
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        m_out.flush();
    }
    void line(const QString &text)
    {
        clearLine();
        m_out << text << '\n';
        m_out.flush();
    }
    void problem(const QString &text)
    {
        clearLine();
        m_err << text << '\n';
        m_err.flush();
    }
    void status(const QString &text)
    {
        if (!m_terminal || m_json)
            return;
        m_err << '\r' << text.left(160) << "\033[K";
        m_err.flush();
        m_lineShown = true;
    }
    void clearLine()
    {
        if (m_lineShown) {
            m_err << "\r\033[K";
            m_err.flush();
            m_lineShown = false;
        }
    }
    bool json() const { return m_json; }

private:
    bool m_json;
    bool m_terminal;
    bool m_lineShown = false;
    QTextStream m_out;
    QTextStream m_err;
};

// Runs the event loop until the call is answered.
bool waitFor(ApiReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply->isOk();
}

// The item whose id or (case-insensitive) name is `value`.
std::optional<NamedItem> findNamed(const QList<NamedItem> &items, const QString &value)
{
    bool isNumber = false;
    const qint64 id = value.toLongLong(&isNumber);
    for (const NamedItem &i : items)
        if ((isNumber && i.id == id) || i.name.compare(value.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    return std::nullopt;
}

QString namesOf(const QList<NamedItem> &items)
{
    QStringList names;
    for (const NamedItem &i : items)
        names << QStringLiteral("%1 (%2)").arg(i.name).arg(i.id);
    return names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
}

bool parseDate(const QString &text, QDate *date)
{
    *date = QDate::fromString(text, Qt::ISODate);
    return date->isValid();
}

} // namespace

int runUpload(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Uploads files and folders to a Procore project's Documents (create upload → storage POST → "
        "association). Folders keep their structure; missing folders are created once.\n\n"
        "The access token comes from HOIST_ACCESS_TOKEN (e.g. a service account's), unless --sandbox.\n\n"
        "The queue is kept in a journal as it goes: after a crash, a kill or a reboot, --resume goes on "
        "where it stopped (stored parts are not sent again, nothing is associated twice).\n\n"
        "Exit codes: 0 every file uploaded (or skipped by --on-conflict skip); 1 some files failed or could "
        "not be read; 2 bad command line; 3 token missing or refused; 4 server unreachable; 130 "
        "interrupted."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("PATH"), tr("Files or folders to upload."),
                            QStringLiteral("PATH..."));
    CliSession session;
    session.addOptions(p);
    const QCommandLineOption company(QStringLiteral("company"), tr("Company id or name."),
                                     QStringLiteral("ID|NAME"));
    const QCommandLineOption project(
        QStringLiteral("project"),
        tr("Project id or name; without it the files go to the company's Documents."),
        QStringLiteral("ID|NAME"));
    const QCommandLineOption folder(
        QStringLiteral("folder"),
        tr("Destination folder path below Documents, created if missing (default: the root)."),
        QStringLiteral("A/B"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), tr("Files uploaded in parallel (default 3)."),
                                  QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption conflict(
        QStringLiteral("on-conflict"),
        tr("When the folder already has a file of that name: ask (on a terminal; otherwise skip), keep-both "
           "(default; Procore renames the new one), skip, or new-version."),
        QStringLiteral("POLICY"), QStringLiteral("keep-both"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("One JSON object per event on stdout, for scripts."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        tr("Review only: list what Procore would refuse or rename, what is already there, the folders that "
           "would be created and the API calls needed. Nothing is written."));
    const QCommandLineOption strict(QStringLiteral("strict-file-uploads"),
                                    tr("The company enforces Procore's strict file uploads: leave out .exe, "
                                       ".bat and the other blocked types."));
    const QCommandLineOption includeSkipped(
        QStringLiteral("include-skipped"),
        tr("Also upload hidden and system files and files already there (left out by default)."));
    const QCommandLineOption resumeOpt(QStringLiteral("resume"),
                                       tr("Go on with the unfinished files of an interrupted run (kept in "
                                          "the journal) instead of new ones."));
    const QCommandLineOption discardOpt(QStringLiteral("discard"),
                                        tr("With --resume: forget the unfinished files instead."));
    const QCommandLineOption journalOpt(
        QStringLiteral("journal"),
        tr("The journal file (default: one per environment in Hoist's data folder)."),
        QStringLiteral("FILE"));
    const QCommandLineOption noJournalOpt(QStringLiteral("no-journal"),
                                          tr("Keep no journal: an interrupted run cannot be resumed."));
    const QCommandLineOption segmentedFrom(
        QStringLiteral("segmented-from"),
        tr("Files of at least this many MiB go up in parts, several at once (default 256; 0: never)."),
        QStringLiteral("MIB"), QStringLiteral("256"));
    const QCommandLineOption partSize(QStringLiteral("part-size"),
                                      tr("Size of those parts in MiB (5 to 5120, default 64)."),
                                      QStringLiteral("MIB"), QStringLiteral("64"));
    p.addOptions({company, project, folder, jobs, conflict, json, dryRun, strict, includeSkipped, resumeOpt,
                  discardOpt, journalOpt, noJournalOpt, segmentedFrom, partSize});
    // Where in Procore (issue 7): Documents, company Documents, Photos or Drawings.
    const QCommandLineOption to(
        QStringLiteral("to"),
        tr("Where the files go: documents (a project's Documents; the default with --project), "
           "company-documents (the default without), photos (--project needed; images only) or drawings "
           "(--project and --drawing-set needed; PDFs only, sent as one drawing upload)."),
        QStringLiteral("KIND"));
    const QCommandLineOption album(
        QStringLiteral("album"),
        tr("Photos: the album (id or name); an album of that name is created when there is none."),
        QStringLiteral("ID|NAME"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         tr("Photos: the photos' description."), QStringLiteral("TEXT"));
    const QCommandLineOption makePrivate(QStringLiteral("private"), tr("Photos: only people with access to "
                                                                       "private photos see them."));
    const QCommandLineOption drawingArea(
        QStringLiteral("drawing-area"),
        tr("Drawings: the drawing area (id or name); required when the project uses drawing areas."),
        QStringLiteral("ID|NAME"));
    const QCommandLineOption drawingSet(QStringLiteral("drawing-set"),
                                        tr("Drawings: the drawing set (id or name)."),
                                        QStringLiteral("ID|NAME"));
    const QCommandLineOption createSet(QStringLiteral("create-set"),
                                       tr("Drawings: create the --drawing-set named when there is none."));
    const QCommandLineOption drawingDate(QStringLiteral("drawing-date"),
                                         tr("Drawings: the drawing date of every sheet (default: today)."),
                                         QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption receivedDate(QStringLiteral("received-date"),
                                          tr("Drawings: the date the drawings were received."),
                                          QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption revision(QStringLiteral("revision"),
                                      tr("Drawings: the default revision of every sheet (default 0)."),
                                      QStringLiteral("REV"), QStringLiteral("0"));
    const QCommandLineOption notes(
        QStringLiteral("notes"),
        tr("Notes of new versions (with --new-version-of or --on-conflict new-version)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption newVersionOf(
        QStringLiteral("new-version-of"),
        tr("Documents: upload the one file given as a new version of this file id (see 'hoist-cli ls')."),
        QStringLiteral("FILE_ID"));
    p.addOptions({to, album, description, makePrivate, drawingArea, drawingSet, createSet, drawingDate,
                  receivedDate, revision, notes, newVersionOf});
    parseOrExit(p, args);

    QTextStream err(stderr);
    bool ok = false;
    const bool resume = p.isSet(resumeOpt);
    const QStringList paths = p.positionalArguments();
    if (resume && !paths.isEmpty()) {
        err << tr("--resume takes no files: it goes on with the journal's.") << Qt::endl;
        return ExitUsage;
    }
    if (resume && p.isSet(noJournalOpt)) {
        err << tr("--resume needs the journal; leave out --no-journal.") << Qt::endl;
        return ExitUsage;
    }
    if (p.isSet(discardOpt) && !resume) {
        err << tr("--discard goes with --resume.") << Qt::endl;
        return ExitUsage;
    }
    const qint64 threshold = p.value(segmentedFrom).toLongLong(&ok) * 1024 * 1024;
    if (!ok || threshold < 0) {
        err << tr("--segmented-from takes a number of MiB (0: never).") << Qt::endl;
        return ExitUsage;
    }
    const qint64 partBytes = p.value(partSize).toLongLong(&ok) * 1024 * 1024;
    if (!ok || partBytes < 5LL * 1024 * 1024 || partBytes > 5120LL * 1024 * 1024) {
        err << tr("--part-size takes a number of MiB from 5 to 5120.") << Qt::endl;
        return ExitUsage;
    }
    if (paths.isEmpty() && !resume) {
        err << tr("Give at least one file or folder to upload.") << Qt::endl;
        return ExitUsage;
    }
    if (!p.isSet(company) && !resume) {
        err << tr("--company is required (see 'hoist-cli ls companies').") << Qt::endl;
        return ExitUsage;
    }
    const int parallel = p.value(jobs).toInt(&ok);
    if (!ok || parallel < 1 || parallel > 32) {
        err << tr("--jobs takes a number from 1 to 32.") << Qt::endl;
        return ExitUsage;
    }
    ConflictPolicy policy = ConflictPolicy::KeepBoth;
    if (!conflictPolicyFromName(p.value(conflict), &policy)) {
        err << tr("--on-conflict takes ask, keep-both, skip or new-version.") << Qt::endl;
        return ExitUsage;
    }
    DestinationKind kind =
        p.isSet(project) ? DestinationKind::ProjectDocuments : DestinationKind::CompanyDocuments;
    if (p.isSet(to) && !destinationKindFromName(p.value(to), &kind)) {
        err << tr("--to takes documents, company-documents, photos or drawings.") << Qt::endl;
        return ExitUsage;
    }
    if (kind != DestinationKind::CompanyDocuments && !p.isSet(project)) {
        err << tr("--to %1 needs --project.").arg(destinationKindName(kind)) << Qt::endl;
        return ExitUsage;
    }
    if (kind == DestinationKind::CompanyDocuments && p.isSet(project)) {
        err << tr("--to company-documents takes no --project.") << Qt::endl;
        return ExitUsage;
    }
    const bool documents =
        kind == DestinationKind::ProjectDocuments || kind == DestinationKind::CompanyDocuments;
    if (!documents && p.isSet(folder)) {
        err << tr("--folder is for Documents; Photos use --album and Drawings --drawing-set.") << Qt::endl;
        return ExitUsage;
    }
    if (kind != DestinationKind::Photos && (p.isSet(album) || p.isSet(description) || p.isSet(makePrivate))) {
        err << tr("--album, --description and --private are for --to photos.") << Qt::endl;
        return ExitUsage;
    }
    if (kind != DestinationKind::Drawings
        && (p.isSet(drawingArea) || p.isSet(drawingSet) || p.isSet(createSet) || p.isSet(drawingDate)
            || p.isSet(receivedDate) || p.isSet(revision))) {
        err << tr(
            "--drawing-area, --drawing-set, --create-set, --drawing-date, --received-date and --revision "
            "are for --to drawings.")
            << Qt::endl;
        return ExitUsage;
    }
    if (kind == DestinationKind::Drawings && !p.isSet(drawingSet)) {
        err << tr("--to drawings needs --drawing-set (id or name; --create-set makes a new one).")
            << Qt::endl;
        return ExitUsage;
    }
    DrawingOptions drawingOptions;
    drawingOptions.drawingDate = QDate::currentDate();
    if (p.isSet(drawingDate) && !parseDate(p.value(drawingDate), &drawingOptions.drawingDate)) {
        err << tr("--drawing-date takes a date as YYYY-MM-DD.") << Qt::endl;
        return ExitUsage;
    }
    if (p.isSet(receivedDate) && !parseDate(p.value(receivedDate), &drawingOptions.receivedDate)) {
        err << tr("--received-date takes a date as YYYY-MM-DD.") << Qt::endl;
        return ExitUsage;
    }
    drawingOptions.defaultRevision = p.value(revision).trimmed();
    if (drawingOptions.defaultRevision.isEmpty()) {
        err << tr("--revision cannot be empty.") << Qt::endl;
        return ExitUsage;
    }
    qint64 versionOf = 0;
    if (p.isSet(newVersionOf)) {
        versionOf = p.value(newVersionOf).toLongLong(&ok);
        if (!ok || versionOf <= 0 || kind != DestinationKind::ProjectDocuments || paths.size() != 1) {
            err << tr("--new-version-of takes a file id, one file to upload and a --project's Documents.")
                << Qt::endl;
            return ExitUsage;
        }
    }
    const bool interactive = ::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO) && !p.isSet(json);
    Reporter report(p.isSet(json), ::isatty(STDERR_FILENO) != 0);

    // What to upload, before any network work.
    QList<QPair<QString, QString>> problems;
    const QList<UploadItem> items = resume ? QList<UploadItem>() : FileScanner::scanNow(paths, &problems);
    for (const auto &[path, reason] : std::as_const(problems)) {
        if (report.json())
            report.event({{u"event"_s, u"problem"_s}, {u"path"_s, path}, {u"reason"_s, reason}});
        else
            report.problem(tr("%1: %2").arg(path, reason));
    }

    if (const int code = session.open(p, err); code != ExitOk)
        return code;
    int code = ExitOk;

    // The journal: the built-in sandbox lives only as long as this process, so nothing there can
    // be resumed unless a journal file is named.
    std::unique_ptr<TransferJournal> journal;
    const bool ephemeral = session.environmentId() == Environment::builtInSandbox({}).id;
    if (!p.isSet(noJournalOpt) && (p.isSet(journalOpt) || !ephemeral)) {
        QString why;
        const QString path = p.isSet(journalOpt)
                                 ? p.value(journalOpt)
                                 : TransferJournal::pathFor(u"hoist-cli"_s, session.environmentId());
        journal = TransferJournal::open(path, &why);
        if (!journal && resume) {
            err << tr("Cannot resume: %1").arg(why) << Qt::endl;
            return ExitFailures;
        }
        if (!journal)
            report.problem(tr("Going on without a journal (an interruption cannot be resumed): %1").arg(why));
        else if (!journal->setAsideMessage().isEmpty())
            report.problem(journal->setAsideMessage());
        if (journal)
            journal->removeFinished();
    }
    if (resume && !journal) {
        err << tr(
            "There is no journal to resume here (the built-in sandbox keeps none; name one with --journal).")
            << Qt::endl;
        return ExitUsage;
    }
    if (resume && p.isSet(discardOpt)) {
        const int n = journal->discardUnfinished();
        if (report.json())
            report.event({{u"event"_s, u"discarded"_s}, {u"files"_s, n}});
        else
            report.line(tr("Forgot %n unfinished file(s).", nullptr, n));
        return ExitOk;
    }
    bool resumeEarlier = resume;
    if (!resume && journal) {
        int interrupted = 0; // failed files are not interrupted ones: they do not ask every time
        for (const TransferJournal::Entry &e : journal->unfinished())
            interrupted += e.state == TransferState::Failed ? 0 : 1;
        if (const int earlier = interrupted) {
            if (report.json()) {
                report.event({{u"event"_s, u"unfinished"_s}, {u"files"_s, earlier}});
            } else if (interactive) {
                report.clearLine();
                std::cerr << qPrintable(
                    tr("%n file(s) of an interrupted run are not finished. Go on with them "
                       "too? [Y/n] ",
                       nullptr, earlier))
                          << std::flush;
                std::string line;
                std::getline(std::cin, line);
                resumeEarlier = line.empty() || line[0] == 'y' || line[0] == 'Y';
            } else {
                report.problem(
                    tr("%n file(s) of an interrupted run are not finished: 'hoist-cli upload --resume' "
                       "goes on with them, 'hoist-cli upload --resume --discard' forgets them.",
                       nullptr, earlier));
            }
        }
    }

    qint64 companyId = 0;
    qint64 projectId = 0;
    Destination dest;
    QList<UploadItem> toUpload = items;
    if (!resume) {
        companyId = session.findCompany(p.value(company), err, &code);
        if (!companyId)
            return code;
        if (p.isSet(project)) {
            projectId = session.findProject(companyId, p.value(project), err, &code);
            if (!projectId)
                return code;
        }

        dest.companyId = companyId;
        dest.projectId = projectId;
        dest.kind = kind;
        dest.folderPath = p.value(folder).split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
        dest.newVersionOf = versionOf;
        dest.versionNotes = p.value(notes);

        // Photos and Drawings: look the album, area and set up now (created after the review).
        QString albumToCreate, setToCreate;
        if (kind == DestinationKind::Photos) {
            dest.photo.description = p.value(description);
            dest.photo.isPrivate = p.isSet(makePrivate);
            if (p.isSet(album)) {
                std::unique_ptr<ApiReply> r(session.client()->imageCategories(companyId, projectId));
                if (!waitFor(r.get())) {
                    err << tr("Could not list the project's albums: %1").arg(r->error().describe())
                        << Qt::endl;
                    return CliSession::exitCodeFor(r->error());
                }
                if (const auto found = findNamed(NamedItem::listFromJson(r->json()), p.value(album))) {
                    dest.photo.albumId = found->id;
                    dest.photo.albumName = found->name;
                } else {
                    albumToCreate = p.value(album).trimmed();
                    dest.photo.albumName = albumToCreate;
                }
            }
        }
        if (kind == DestinationKind::Drawings) {
            dest.drawing = drawingOptions;
            std::unique_ptr<ApiReply> areas(session.client()->drawingAreas(companyId, projectId));
            std::unique_ptr<ApiReply> sets(session.client()->drawingSets(companyId, projectId));
            if (!waitFor(areas.get()) || !waitFor(sets.get())) {
                const ProcoreError e = areas->isOk() ? sets->error() : areas->error();
                err << tr("Could not list the project's drawing areas and sets: %1").arg(e.describe())
                    << Qt::endl;
                return CliSession::exitCodeFor(e);
            }
            const QList<NamedItem> areaList = NamedItem::listFromJson(areas->json());
            if (p.isSet(drawingArea)) {
                const auto found = findNamed(areaList, p.value(drawingArea));
                if (!found) {
                    err << tr("No drawing area %1 in this project; there are: %2.")
                               .arg(p.value(drawingArea), namesOf(areaList))
                        << Qt::endl;
                    return ExitUsage;
                }
                dest.drawing.areaId = found->id;
            } else if (!areaList.isEmpty()) {
                err << tr("This project uses drawing areas; choose one with --drawing-area: %1.")
                           .arg(namesOf(areaList))
                    << Qt::endl;
                return ExitUsage;
            }
            const QList<NamedItem> setList = NamedItem::listFromJson(sets->json());
            if (const auto found = findNamed(setList, p.value(drawingSet))) {
                dest.drawing.setId = found->id;
                dest.drawing.setName = found->name;
            } else if (p.isSet(createSet)) {
                setToCreate = p.value(drawingSet).trimmed();
                dest.drawing.setName = setToCreate;
            } else {
                err << tr("No drawing set %1 in this project (--create-set makes it); there are: %2.")
                           .arg(p.value(drawingSet), namesOf(setList))
                    << Qt::endl;
                return ExitUsage;
            }
        }

        // The review, before any write: what is flagged, already there or to be created. The
        // --folder path is looked up (not created) like the files' own folders.
        {
            QList<UploadItem> reviewed = items;
            for (UploadItem &i : reviewed)
                i.relativeDir = dest.folderPath.isEmpty() ? i.relativeDir
                                : i.relativeDir.isEmpty()
                                    ? dest.folderPath
                                    : QString(dest.folderPath + QLatin1Char('/') + i.relativeDir);
            PreflightCheck check(session.client());
            PreflightOptions options;
            options.strictFileUploads = p.isSet(strict);
            check.setOptions(options);
            QEventLoop loop;
            QObject::connect(&check, &PreflightCheck::finished, &loop, &QEventLoop::quit);
            Destination root = dest;
            root.folderId = 0;
            root.folderPath.clear();
            check.start(reviewed, root);
            if (check.isRunning())
                loop.exec();
            const PreflightReport &r = check.report();
            toUpload.clear();
            QTextStream out(stdout);
            for (int i = 0; i < r.files.size(); ++i) {
                const PreflightFile &f = r.files[i];
                const bool skip = f.skip && !p.isSet(includeSkipped);
                if (!skip)
                    toUpload << items[i];
                for (const PreflightFlag &flag : f.flags)
                    if (skip && !fitsDestination(f.item.localPath, dest.effectiveKind()))
                        problems.append({f.item.localPath, flag.reason}); // asked for, but cannot go there
                if (f.flags.isEmpty() && !p.isSet(dryRun))
                    continue;
                QStringList kinds, reasons;
                for (const PreflightFlag &flag : f.flags) {
                    kinds << preflight::kindName(flag.kind);
                    reasons << flag.reason;
                }
                if (report.json()) {
                    report.event({{u"event"_s, u"review"_s},
                                  {u"file"_s, f.item.localPath},
                                  {u"remote"_s, f.remotePath},
                                  {u"flags"_s, QJsonArray::fromStringList(kinds)},
                                  {u"reasons"_s, QJsonArray::fromStringList(reasons)},
                                  {u"skip"_s, skip}});
                } else if (!f.flags.isEmpty()) {
                    (p.isSet(dryRun) ? out : err) << (skip ? tr("skip  ") : tr("note  ")) << f.item.localPath
                                                  << ": " << reasons.join(QLatin1Char(' ')) << Qt::endl;
                } else {
                    out << tr("upload ") << f.item.localPath << "  ->  " << f.remotePath << Qt::endl;
                }
            }
            if (p.isSet(dryRun)) {
                if (report.json()) {
                    report.event({{u"event"_s, u"review-summary"_s},
                                  {u"files"_s, int(r.files.size())},
                                  {u"to_upload"_s, int(toUpload.size())},
                                  {u"bytes"_s, r.uploadBytes},
                                  {u"folders_to_create"_s, QJsonArray::fromStringList(r.foldersToCreate)},
                                  {u"api_calls"_s, r.estimatedApiCalls},
                                  {u"estimated_seconds"_s, r.estimatedSeconds}});
                } else {
                    out << tr("%1 of %2 file(s) would be uploaded (%3); folders to create: %4; about %5 API "
                              "call(s), "
                              "about %6 s within the rate limit. Nothing was written.")
                               .arg(toUpload.size())
                               .arg(r.files.size())
                               .arg(TransferModel::formatBytes(r.uploadBytes),
                                    r.foldersToCreate.isEmpty()
                                        ? tr("none")
                                        : r.foldersToCreate.join(QStringLiteral(", ")))
                               .arg(r.estimatedApiCalls)
                               .arg(r.estimatedSeconds)
                        << Qt::endl;
                }
                return r.error.isEmpty() ? ExitOk : ExitFailures;
            }
        }
        if (toUpload.isEmpty() && !resumeEarlier) {
            err << tr("Nothing to upload: every file is left out (see above; --include-skipped uploads them "
                      "anyway).")
                << Qt::endl;
            return problems.isEmpty() ? ExitOk : ExitFailures;
        }
        if (!albumToCreate.isEmpty()) {
            std::unique_ptr<ApiReply> r(session.client()->createImageCategory(
                companyId, projectId, albumToCreate, p.isSet(makePrivate)));
            if (!waitFor(r.get())) {
                err << tr("Could not create the album %1: %2").arg(albumToCreate, r->error().describe())
                    << Qt::endl;
                return CliSession::exitCodeFor(r->error());
            }
            dest.photo.albumId = NamedItem::fromJson(r->json().toObject()).id;
        }
        if (!setToCreate.isEmpty()) {
            std::unique_ptr<ApiReply> r(
                session.client()->createDrawingSet(companyId, projectId, setToCreate));
            if (!waitFor(r.get())) {
                err << tr("Could not create the drawing set %1: %2").arg(setToCreate, r->error().describe())
                    << Qt::endl;
                return CliSession::exitCodeFor(r->error());
            }
            dest.drawing.setId = NamedItem::fromJson(r->json().toObject()).id;
        }
        if (!dest.folderPath.isEmpty()) {
            FolderResolver resolver(session.client(), companyId, projectId, 0);
            ProcoreError error;
            QEventLoop loop;
            resolver.ensure(dest.folderPath, &loop, [&](qint64 id, const ProcoreError &e) {
                dest.folderId = id;
                error = e;
                loop.quit();
            });
            loop.exec();
            if (error.isError()) {
                err << tr("Could not open or create the folder %1: %2").arg(dest.folderPath, error.describe())
                    << Qt::endl;
                return CliSession::exitCodeFor(error);
            }
        }
    } // !resume

    UploadController controller(session.client());
    controller.setMaxParallel(parallel);
    controller.setConflictPolicy(policy);
    // Drawings: how soon to ask for the processing status (HOIST_DRAWING_POLL_MS, for scripts and tests).
    if (const int pollMs = qEnvironmentVariableIntValue("HOIST_DRAWING_POLL_MS"); pollMs > 0)
        controller.setDrawingPollInterval(pollMs, std::max(pollMs, 30000));
    controller.setSegmentThreshold(threshold, partBytes);
    controller.setJournal(journal.get());
    TransferModel *model = controller.model();
    // The same record the window keeps (hoist-cli history, the History view).
    std::unique_ptr<UploadHistory> history = UploadHistory::open(UploadHistory::defaultPath());
    std::unique_ptr<HistoryRecorder> recorder;
    if (history)
        recorder = std::make_unique<HistoryRecorder>(&controller, history.get(), session.environmentId());

    QObject::connect(
        &controller, &UploadController::jobStateChanged, &controller, [&](quint64 id, TransferState s) {
            UploadJob *job = controller.job(id);
            if (!job)
                return;
            const QString remote =
                model->data(model->index(model->rowOf(job), 0), TransferModel::RemotePathRole).toString();
            if (report.json()) {
                QJsonObject o{{u"event"_s, u"state"_s},           {u"id"_s, qint64(id)},
                              {u"file"_s, job->item().localPath}, {u"remote"_s, remote},
                              {u"state"_s, stateName(s)},         {u"size"_s, job->bytesTotal()}};
                if (s == TransferState::Failed) {
                    o.insert(u"error"_s, job->error().message);
                    o.insert(u"next_step"_s, job->error().nextStep());
                    o.insert(u"http_status"_s, job->error().httpStatus);
                }
                if (s == TransferState::Done)
                    o.insert(u"remote_id"_s, job->remoteFile().id);
                if (!job->statusDetail().isEmpty())
                    o.insert(u"detail"_s, job->statusDetail());
                report.event(o);
                return;
            }
            switch (s) {
            case TransferState::Done:
                report.line(tr("uploaded  %1 → %2").arg(job->item().localPath, remote));
                break;
            case TransferState::Skipped:
                report.line(tr("skipped   %1 (%2)").arg(job->item().localPath, job->statusDetail()));
                break;
            case TransferState::Failed:
                report.problem(tr("FAILED    %1: %2").arg(job->item().localPath, job->errorText()));
                break;
            default:
                break;
            }
        });
    cli::TerminalQuestions questions;
    QObject::connect(&controller, &UploadController::conflictDetected, &controller,
                     [&](quint64 id, const QString &name, const QString &folderPath) {
                         auto answerFor = [&controller, id](ConflictPolicy answer) {
                             controller.resolveConflict(id, answer);
                         };
                         if (!interactive) {
                             answerFor(ConflictPolicy::Skip);
                             return;
                         }
                         report.clearLine();
                         questions.ask(tr("%1 already exists in %2. [k]eep both, [s]kip, new [v]ersion? ")
                                           .arg(name, folderPath.isEmpty() ? tr("Documents") : folderPath),
                                       [answerFor](const QString &line) {
                                           ConflictPolicy answer = ConflictPolicy::Skip;
                                           if (line.startsWith(QLatin1Char('k'), Qt::CaseInsensitive))
                                               answer = ConflictPolicy::KeepBoth;
                                           else if (line.startsWith(QLatin1Char('v'), Qt::CaseInsensitive))
                                               answer = ConflictPolicy::NewVersion;
                                           answerFor(answer);
                                       });
                     });

    if (RatePacer *pacer = controller.client()->pacer()) // a wait for Procore's rate limit is said
        QObject::connect(pacer, &RatePacer::waiting, &controller, [&](const QDateTime &until) {
            if (report.json())
                report.event(
                    {{u"event"_s, u"rate_limited"_s}, {u"until"_s, until.toString(Qt::ISODateWithMs)}});
            else
                report.problem(RatePacer::waitText(until));
        });

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer ticker;
    int ticks = 0;
    QObject::connect(&ticker, &QTimer::timeout, &controller, [&] {
        if (g_interrupted) {
            g_interrupted = false;
            controller.stopForLater(); // --resume goes on with them
            if (journal)
                report.problem(tr("Interrupted: 'hoist-cli upload --resume' goes on from here."));
            code = ExitInterrupted;
        }
        const int done =
            model->countInState(TransferState::Done) + model->countInState(TransferState::Skipped);
        if (report.json()) {
            if (++ticks % 5 == 0)
                report.event({{u"event"_s, u"progress"_s},
                              {u"sent"_s, model->sentBytes()},
                              {u"total"_s, model->totalBytes()},
                              {u"speed"_s, qint64(model->speed())},
                              {u"eta"_s, model->eta()},
                              {u"files_done"_s, done},
                              {u"files"_s, model->rowCount()}});
            return;
        }
        if (questions.isAsking())
            return; // the status line would write over the question
        QString current;
        for (int r = 0; r < model->rowCount() && current.isEmpty(); ++r)
            if (model->jobAt(r)->state() == TransferState::Uploading)
                current = model->jobAt(r)->fileName();
        report.status(tr("[%1/%2] %3% %4 %5 %6")
                          .arg(done)
                          .arg(model->rowCount())
                          .arg(int(model->progress() * 100))
                          .arg(TransferModel::formatSpeed(model->speed()),
                               model->eta() >= 0
                                   ? tr("%1 left").arg(TransferModel::formatDuration(model->eta()))
                                   : QString(),
                               current));
    });
    ticker.start(200);

    {
        QEventLoop loop;
        QObject::connect(&controller, &UploadController::finished, &loop, &QEventLoop::quit);
        const int resumed = resumeEarlier ? controller.resumeFromJournal() : 0;
        if (resumed > 0) {
            if (report.json())
                report.event({{u"event"_s, u"resumed"_s}, {u"files"_s, resumed}});
            else
                report.line(tr("Going on with %n file(s) of an interrupted run.", nullptr, resumed));
        } else if (resume && journal && !journal->setAsideMessage().isEmpty()) {
            report.line(tr("Nothing to resume: the journal was damaged and set aside, so which files "
                           "were unfinished is unknown. Upload them again; files already in Procore "
                           "are found by the review (--dry-run)."));
        } else if (resume) {
            report.line(tr("Nothing to resume: every file of the journal is finished."));
        }
        if (!toUpload.isEmpty())
            controller.enqueue(toUpload, dest); // in the journal from here on
        if (report.json())
            report.event({{u"event"_s, u"queued"_s},
                          {u"files"_s, items.size()},
                          {u"bytes"_s,
                           [&] {
                               qint64 b = 0;
                               for (const UploadItem &i : items)
                                   b += i.size;
                               return b;
                           }()},
                          {u"company_id"_s, companyId},
                          {u"project_id"_s, projectId},
                          {u"folder"_s, dest.folderPath},
                          {u"to"_s, destinationKindName(dest.effectiveKind())},
                          {u"jobs"_s, parallel},
                          {u"on_conflict"_s, conflictPolicyName(policy)}});
        if (!controller.isIdle())
            loop.exec();
    }
    ticker.stop();
    report.clearLine();

    const int done = model->countInState(TransferState::Done);
    const int failed = model->countInState(TransferState::Failed);
    const int skipped = model->countInState(TransferState::Skipped);
    const int cancelled = model->countInState(TransferState::Cancelled);
    if (code != ExitInterrupted) {
        bool allAuth = failed > 0, allNetwork = failed > 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->jobAt(r)->state() != TransferState::Failed)
                continue;
            allAuth = allAuth && model->jobAt(r)->error().kind == ProcoreError::Kind::Auth;
            allNetwork = allNetwork && model->jobAt(r)->error().kind == ProcoreError::Kind::Network;
        }
        if (allAuth)
            code = ExitAuth;
        else if (allNetwork)
            code = ExitNetwork;
        else if (failed > 0 || !problems.isEmpty())
            code = ExitFailures;
    }
    if (report.json()) {
        report.event({{u"event"_s, u"finished"_s},
                      {u"done"_s, done},
                      {u"failed"_s, failed},
                      {u"skipped"_s, skipped},
                      {u"cancelled"_s, cancelled},
                      {u"problems"_s, problems.size()},
                      {u"bytes"_s, model->sentBytes()},
                      {u"api_requests"_s, session.client()->requestCount()},
                      {u"exit_code"_s, code}});
    } else {
        report.line(tr("%1 uploaded, %2 failed, %3 skipped, %4 unreadable; %5 in %6 API requests.")
                        .arg(done)
                        .arg(failed)
                        .arg(skipped)
                        .arg(problems.size())
                        .arg(TransferModel::formatBytes(model->sentBytes()))
                        .arg(session.client()->requestCount()));
    }
    return code;
}

} // namespace hoist::cli

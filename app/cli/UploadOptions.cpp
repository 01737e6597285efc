#include "UploadOptions.h"

#include "CliText.h"

#include <QCommandLineParser>

namespace hoist::cli {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return cliText(text);
}

bool parseDate(const QString &text, QDate *date)
{
    *date = QDate::fromString(text, Qt::ISODate);
    return date->isValid();
}

} // namespace

void UploadOptions::describe(QCommandLineParser &p)
{
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
}

void UploadOptions::addOptions(QCommandLineParser &p)
{
    const QCommandLineOption company(QStringLiteral("company"), tr("Company id or name."),
                                     QStringLiteral("ID|NAME"));
    const QCommandLineOption project(
        QStringLiteral("project"),
        tr("Project id, number (2024-100) or name; without it the files go to the company's Documents."),
        QStringLiteral("ID|NUMBER|NAME"));
    const QCommandLineOption folder(
        QStringLiteral("folder"),
        tr("Destination folder path below Documents, created if missing (default: the root)."),
        QStringLiteral("A/B"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), tr("Files uploaded in parallel (default 3)."),
                                  QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption conflict(
        QStringLiteral("on-conflict"),
        tr("When the folder already has a file of that name: ask (default; on a terminal, otherwise skip "
           "and say so), keep-both (Procore renames the new one), skip, or new-version."),
        QStringLiteral("POLICY"), QStringLiteral("ask"));
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
    addDestinationOptions(p);
}

void UploadOptions::addDestinationOptions(QCommandLineParser &p)
{
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
}

std::optional<UploadOptions> UploadOptions::read(const QCommandLineParser &p, QString *error)
{
    UploadOptions o;
    if (!o.readRun(p, error) || !o.readDestination(p, error) || !o.readDrawing(p, error))
        return std::nullopt;
    if (p.isSet(u"new-version-of"_s)) {
        bool ok = false;
        o.newVersionOf = p.value(u"new-version-of"_s).toLongLong(&ok);
        if (!ok || o.newVersionOf <= 0 || o.kind != DestinationKind::ProjectDocuments
            || o.paths.size() != 1) {
            *error = tr("--new-version-of takes a file id, one file to upload and a --project's Documents.");
            return std::nullopt;
        }
    }
    return o;
}

// What goes for every destination: the files or --resume, the journal, parts, jobs, name clashes.
bool UploadOptions::readRun(const QCommandLineParser &p, QString *error)
{
    auto fail = [error](const QString &why) {
        *error = why;
        return false;
    };
    resume = p.isSet(u"resume"_s);
    discard = p.isSet(u"discard"_s);
    noJournal = p.isSet(u"no-journal"_s);
    journalPath = p.value(u"journal"_s);
    paths = p.positionalArguments();
    json = p.isSet(u"json"_s);
    dryRun = p.isSet(u"dry-run"_s);
    strictFileUploads = p.isSet(u"strict-file-uploads"_s);
    includeSkipped = p.isSet(u"include-skipped"_s);
    if (resume && !paths.isEmpty())
        return fail(tr("--resume takes no files: it goes on with the journal's."));
    if (resume && noJournal)
        return fail(tr("--resume needs the journal; leave out --no-journal."));
    if (discard && !resume)
        return fail(tr("--discard goes with --resume."));
    bool ok = false;
    segmentThreshold = p.value(u"segmented-from"_s).toLongLong(&ok) * 1024 * 1024;
    if (!ok || segmentThreshold < 0)
        return fail(tr("--segmented-from takes a number of MiB (0: never)."));
    partBytes = p.value(u"part-size"_s).toLongLong(&ok) * 1024 * 1024;
    if (!ok || partBytes < 5LL * 1024 * 1024 || partBytes > 5120LL * 1024 * 1024)
        return fail(tr("--part-size takes a number of MiB from 5 to 5120."));
    if (paths.isEmpty() && !resume)
        return fail(tr("Give at least one file or folder to upload."));
    company = p.value(u"company"_s);
    if (!p.isSet(u"company"_s) && !resume)
        return fail(tr("--company is required (see 'hoist-cli ls companies')."));
    parallel = p.value(u"jobs"_s).toInt(&ok);
    if (!ok || parallel < 1 || parallel > 32)
        return fail(tr("--jobs takes a number from 1 to 32."));
    if (!conflictPolicyFromName(p.value(u"on-conflict"_s), &policy))
        return fail(tr("--on-conflict takes ask, keep-both, skip or new-version."));
    return true;
}

// --to and the options that belong to one kind of destination only.
bool UploadOptions::readDestination(const QCommandLineParser &p, QString *error)
{
    auto fail = [error](const QString &why) {
        *error = why;
        return false;
    };
    hasProject = p.isSet(u"project"_s);
    project = p.value(u"project"_s);
    kind = hasProject ? DestinationKind::ProjectDocuments : DestinationKind::CompanyDocuments;
    if (p.isSet(u"to"_s) && !destinationKindFromName(p.value(u"to"_s), &kind))
        return fail(tr("--to takes documents, company-documents, photos or drawings."));
    if (kind != DestinationKind::CompanyDocuments && !hasProject)
        return fail(tr("--to %1 needs --project.").arg(destinationKindName(kind)));
    if (kind == DestinationKind::CompanyDocuments && hasProject)
        return fail(tr("--to company-documents takes no --project."));
    const bool documents =
        kind == DestinationKind::ProjectDocuments || kind == DestinationKind::CompanyDocuments;
    if (!documents && p.isSet(u"folder"_s))
        return fail(tr("--folder is for Documents; Photos use --album and Drawings --drawing-set."));
    folderPath = p.value(u"folder"_s).split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
    notes = p.value(u"notes"_s);
    hasAlbum = p.isSet(u"album"_s);
    album = p.value(u"album"_s);
    description = p.value(u"description"_s);
    makePrivate = p.isSet(u"private"_s);
    if (kind != DestinationKind::Photos && (hasAlbum || p.isSet(u"description"_s) || makePrivate))
        return fail(tr("--album, --description and --private are for --to photos."));
    hasDrawingArea = p.isSet(u"drawing-area"_s);
    drawingArea = p.value(u"drawing-area"_s);
    drawingSet = p.value(u"drawing-set"_s);
    createSet = p.isSet(u"create-set"_s);
    if (kind != DestinationKind::Drawings
        && (hasDrawingArea || p.isSet(u"drawing-set"_s) || createSet || p.isSet(u"drawing-date"_s)
            || p.isSet(u"received-date"_s) || p.isSet(u"revision"_s)))
        return fail(
            tr("--drawing-area, --drawing-set, --create-set, --drawing-date, --received-date and --revision "
               "are for --to drawings."));
    if (kind == DestinationKind::Drawings && !p.isSet(u"drawing-set"_s))
        return fail(tr("--to drawings needs --drawing-set (id or name; --create-set makes a new one)."));
    return true;
}

// The dates and revision every sheet of a drawing upload gets.
bool UploadOptions::readDrawing(const QCommandLineParser &p, QString *error)
{
    drawing.drawingDate = QDate::currentDate();
    if (p.isSet(u"drawing-date"_s) && !parseDate(p.value(u"drawing-date"_s), &drawing.drawingDate)) {
        *error = tr("--drawing-date takes a date as YYYY-MM-DD.");
        return false;
    }
    if (p.isSet(u"received-date"_s) && !parseDate(p.value(u"received-date"_s), &drawing.receivedDate)) {
        *error = tr("--received-date takes a date as YYYY-MM-DD.");
        return false;
    }
    drawing.defaultRevision = p.value(u"revision"_s).trimmed();
    if (drawing.defaultRevision.isEmpty()) {
        *error = tr("--revision cannot be empty.");
        return false;
    }
    return true;
}

} // namespace hoist::cli

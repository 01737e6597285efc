// hoist-cli watch add|list|remove|run: watch folders on a machine without a window (a site office
// PC, a server next to a scanner). The watches live in the journal file of hoist-cli's environment,
// next to the queue they feed; `run` holds that journal, the others only read or write the watch
// tables (SQLite serialises them), and a running `run` picks up added or removed watches.

#include "CliCommands.h"
#include "CliSession.h"
#include "platform/Console.h"

#include "diagnostics/LogSession.h"
#include "procore/Environment.h"
#include "procore/RatePacer.h"
#include "upload/FolderResolver.h"
#include "upload/TransferJournal.h"
#include "upload/UploadController.h"
#include "watch/WatchService.h"
#include "watch/WatchStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <atomic>

namespace hoist::cli {

using namespace Qt::StringLiterals;

namespace {

std::atomic_bool g_stop{false};

void onStopSignal()
{
    g_stop = true;
}

struct Options
{
    QCommandLineOption journal{u"journal"_s,
                               u"The journal file holding the watches (default: hoist-cli's "
                               u"for the environment, in Hoist's data folder)."_s,
                               u"FILE"_s};
    QCommandLineOption json{u"json"_s, u"One JSON object per line."_s};
};

QString journalPath(const QCommandLineParser &p, const CliSession &s, const Options &o)
{
    if (p.isSet(o.journal))
        return p.value(o.journal);
    QString env;
    if (p.isSet(s.sandboxOption))
        env = Environment::builtInSandbox({}).id;
    else if (p.isSet(s.apiBaseOption))
        env = Environment::custom(QUrl(p.value(s.apiBaseOption))).id;
    else
        env = Environment::byId(p.isSet(s.envOption) ? p.value(s.envOption) : u"production"_s).id;
    return TransferJournal::pathFor(u"hoist-cli"_s, env);
}

QString describe(const Destination &d)
{
    QString where = d.projectName.isEmpty() ? u"company %1"_s.arg(d.companyId) : d.projectName;
    where += u" › "_s + destinationKindName(d.effectiveKind());
    if (!d.folderPath.isEmpty())
        where += u" › "_s + d.folderPath;
    return where;
}

void printJson(const QJsonObject &o)
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

// Company, project, tool and folder as `upload` takes them; the folder is made when missing.
int resolveDestination(const QCommandLineParser &p, CliSession &session, Destination *d, QTextStream &err)
{
    int code = ExitOk;
    d->companyId = session.findCompany(p.value(u"company"_s), err, &code);
    if (!d->companyId)
        return code;
    if (p.isSet(u"project"_s)) {
        d->projectId = session.findProject(d->companyId, p.value(u"project"_s), err, &code);
        if (!d->projectId)
            return code;
        d->projectName = p.value(u"project"_s);
    }
    const QString to = p.value(u"to"_s);
    d->kind = d->projectId ? DestinationKind::ProjectDocuments : DestinationKind::CompanyDocuments;
    if (!to.isEmpty() && (!destinationKindFromName(to, &d->kind) || d->kind == DestinationKind::Drawings)) {
        err << "hoist-cli watch: --to takes documents, company-documents or photos (drawings: from the "
               "window).\n";
        return ExitUsage;
    }
    if (d->kind == DestinationKind::Photos) {
        if (!d->projectId) {
            err << "hoist-cli watch: photos need --project.\n";
            return ExitUsage;
        }
        d->photo.albumId = p.value(u"album"_s).toLongLong();
        return ExitOk;
    }
    d->folderPath = p.value(u"folder"_s).split(u'/', Qt::SkipEmptyParts).join(u'/');
    if (d->folderPath.isEmpty())
        return ExitOk;
    FolderResolver resolver(session.client(), d->companyId, d->projectId, 0);
    ProcoreError error;
    QEventLoop loop;
    resolver.ensure(d->folderPath, &loop, [&](qint64 id, const ProcoreError &e) {
        d->folderId = id;
        error = e;
        loop.quit();
    });
    loop.exec();
    if (error.isError()) {
        err << "hoist-cli watch: could not open or create the folder " << d->folderPath << ": "
            << error.describe() << Qt::endl;
        return CliSession::exitCodeFor(error);
    }
    return ExitOk;
}

int add(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Watches FOLDER: new and changed files below it go to the destination."_s);
    p.addHelpOption();
    Options o;
    CliSession session;
    session.addOptions(p);
    p.addOptions(
        {o.journal,
         o.json,
         {u"company"_s, u"Company (id or name)."_s, u"ID|NAME"_s},
         {u"project"_s, u"Project (id or name); without it, the company's Documents."_s, u"ID|NAME"_s},
         {u"folder"_s, u"Folder path below Documents, created if missing."_s, u"PATH"_s},
         {u"to"_s, u"documents, company-documents or photos."_s, u"KIND"_s},
         {u"album"_s, u"Photos: the album id."_s, u"ID"_s}});
    p.addPositionalArgument(u"folder"_s, u"The local folder to watch."_s);
    parseOrExit(p, args);
    QTextStream err(stderr);
    if (p.positionalArguments().size() != 1 || !p.isSet(u"company"_s)) {
        err << "hoist-cli watch add: give one FOLDER and --company.\n";
        return ExitUsage;
    }
    const QFileInfo folder(p.positionalArguments().constFirst());
    if (!folder.isDir()) {
        err << "hoist-cli watch add: " << folder.filePath() << " is not a folder.\n";
        return ExitUsage;
    }
    if (const int code = session.open(p, err); code != ExitOk)
        return code;
    Destination d;
    if (const int code = resolveDestination(p, session, &d, err); code != ExitOk)
        return code;
    QString error;
    const auto store = WatchStore::open(journalPath(p, session, o), &error);
    const qint64 id = store ? store->addWatch(QDir::cleanPath(folder.absoluteFilePath()), d) : 0;
    if (!id) {
        err << "hoist-cli watch add: the watch could not be saved. " << error << Qt::endl;
        return ExitFailures;
    }
    if (p.isSet(o.json))
        printJson({{u"event"_s, u"added"_s}, {u"watch"_s, id}, {u"folder"_s, folder.absoluteFilePath()}});
    else
        QTextStream(stdout) << "Watch " << id << ": " << QDir::toNativeSeparators(folder.absoluteFilePath())
                            << " → " << describe(d) << Qt::endl;
    return ExitOk;
}

int listOrRemove(const QStringList &args, bool remove)
{
    QCommandLineParser p;
    p.setApplicationDescription(remove
                                    ? u"Stops watching (nothing is removed in Procore)."_s
                                    : u"Lists the watches: folder, destination, last upload, last error."_s);
    p.addHelpOption();
    Options o;
    CliSession session;
    session.addOptions(p);
    p.addOptions({o.journal, o.json});
    if (remove)
        p.addPositionalArgument(u"id"_s, u"The watch's id (see 'hoist-cli watch list')."_s);
    parseOrExit(p, args);
    QTextStream out(stdout), err(stderr);
    QString error;
    const auto store = WatchStore::open(journalPath(p, session, o), &error);
    if (!store) {
        err << "hoist-cli watch: " << error << Qt::endl;
        return ExitFailures;
    }
    if (remove) {
        const qint64 id = p.positionalArguments().value(0).toLongLong();
        if (!id || !store->watch(id)) {
            err << "hoist-cli watch remove: no watch " << p.positionalArguments().value(0) << ".\n";
            return ExitUsage;
        }
        store->removeWatch(id);
        return ExitOk;
    }
    for (const Watch &w : store->watches()) {
        const auto files = store->files(w.id);
        const auto uploaded = std::count_if(files.begin(), files.end(), [](const WatchedFile &f) {
            return f.state == WatchedFile::State::Uploaded;
        });
        if (p.isSet(o.json))
            printJson({{u"watch"_s, w.id},
                       {u"folder"_s, w.folder},
                       {u"company"_s, w.destination.companyId},
                       {u"project"_s, w.destination.projectId},
                       {u"folder_id"_s, w.destination.folderId},
                       {u"to"_s, destinationKindName(w.destination.effectiveKind())},
                       {u"folder_path"_s, w.destination.folderPath},
                       {u"paused"_s, w.paused},
                       {u"uploaded"_s, qint64(uploaded)},
                       {u"last_upload"_s, w.lastUploadAt.toString(Qt::ISODate)},
                       {u"last_error"_s, w.lastError}});
        else
            out << w.id << "  " << QDir::toNativeSeparators(w.folder) << " → " << describe(w.destination)
                << (w.paused ? "  (paused)" : "") << "  " << uploaded << " uploaded"
                << (w.lastUploadAt.isValid()
                        ? u", last "_s + w.lastUploadAt.toLocalTime().toString(Qt::ISODate)
                        : QString())
                << (w.lastError.isEmpty() ? QString() : u"\n    last error: "_s + w.lastError) << Qt::endl;
    }
    return ExitOk;
}

void printEvent(const WatchEvent &e, bool json)
{
    if (json) {
        QJsonObject o{{u"event"_s, watchEventKindName(e.kind)},
                      {u"watch"_s, e.watchId},
                      {u"path"_s, e.path},
                      {u"message"_s, e.message},
                      {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        if (e.fileId)
            o.insert(u"file_id"_s, e.fileId);
        printJson(o);
        return;
    }
    QTextStream(stdout) << QTime::currentTime().toString(u"HH:mm:ss"_s) << "  [" << e.watchId << "] "
                        << watchEventKindName(e.kind).leftJustified(9) << " " << e.path
                        << (e.path.isEmpty() ? "" : ": ") << e.message << Qt::endl;
}

int run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Runs every watch until stopped (Ctrl+C, SIGTERM), printing what happens."_s);
    p.addHelpOption();
    Options o;
    CliSession session;
    session.addOptions(p);
    const QCommandLineOption stable(u"stable-seconds"_s,
                                    u"A file is complete once unchanged this long (2)."_s, u"N"_s, u"2"_s);
    const QCommandLineOption rescan(u"rescan-seconds"_s, u"Full rescan of each folder this often (30)."_s,
                                    u"N"_s, u"30"_s);
    const QCommandLineOption jobs(u"jobs"_s, u"Files uploaded at the same time (3)."_s, u"N"_s, u"3"_s);
    p.addOptions({o.journal, o.json, stable, rescan, jobs});
    parseOrExit(p, args);
    QTextStream err(stderr);
    if (const int code = session.open(p, err); code != ExitOk)
        return code;
    QString error;
    auto journal = TransferJournal::open(journalPath(p, session, o), &error);
    if (!journal) {
        err << "hoist-cli watch run: " << error << Qt::endl;
        return ExitFailures;
    }
    UploadController controller(session.client());
    controller.setMaxParallel(p.value(jobs).toInt());
    controller.setJournal(journal.get());
    WatchStore store(journal.get());
    WatchService service(&controller, &store);
    FolderWatcher::Options options;
    options.stableMs = std::max(1, p.value(stable).toInt()) * 1000;
    options.rescanMs = std::max(1, p.value(rescan).toInt()) * 1000;
    service.setOptions(options);
    const bool json = p.isSet(o.json);
    QObject::connect(&service, &WatchService::event, &service,
                     [json](const WatchEvent &e) { printEvent(e, json); });
    QObject::connect(session.client()->pacer(), &RatePacer::waiting, &service,
                     [json](const QDateTime &until) {
                         printEvent({0, WatchEvent::Kind::Waiting, {}, RatePacer::waitText(until)}, json);
                     });
    err << "hoist-cli watch run: the log is " << LogSession::currentFile() << Qt::endl;
    service.start(); // reads the journal's ended jobs first
    journal->removeFinished();
    if (store.watches().isEmpty())
        err << "hoist-cli watch run: no watches yet ('hoist-cli watch add FOLDER --company …'); waiting for "
               "one."
            << Qt::endl;

    console::onStopRequest(onStopSignal);
    QEventLoop loop;
    QTimer ticker; // signals and watches added or removed by `hoist-cli watch add|remove`
    int ticks = 0;
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        if (g_stop)
            loop.quit();
        else if (++ticks % 20 == 0)
            service.reload();
    });
    ticker.start(250);
    loop.exec();
    controller.stopForLater(); // the next run goes on with them
    return ExitOk;
}

} // namespace

int runWatch(const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = args.value(0) + u' ' + sub; // "hoist-cli watch add" for the parser's messages
    if (sub == u"add"_s)
        return add(rest);
    if (sub == u"list"_s)
        return listOrRemove(rest, false);
    if (sub == u"remove"_s)
        return listOrRemove(rest, true);
    if (sub == u"run"_s)
        return run(rest);
    const bool help = sub.isEmpty() || sub == u"--help"_s || sub == u"-h"_s || sub == u"--help-all"_s;
    QTextStream(help ? stdout : stderr)
        << "Usage: hoist-cli watch add FOLDER --company ID|NAME [--project ID|NAME] [--folder PATH]\n"
           "       hoist-cli watch list [--json]\n"
           "       hoist-cli watch remove ID\n"
           "       hoist-cli watch run [--json] [--stable-seconds N] [--rescan-seconds N]\n"
           "Each takes --sandbox, --env or --api-base (which journal holds the watches) or --journal FILE.\n"
           "Deletions and renames are never sent to Procore; a changed Documents file goes up as a new "
           "version.\n";
    return help ? ExitOk : ExitUsage;
}

} // namespace hoist::cli

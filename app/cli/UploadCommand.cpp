#include "CliCommands.h"
#include "CliSession.h"
#include "history/HistoryRecorder.h"
#include "history/UploadHistory.h"
#include "preflight/PreflightCheck.h"
#include "upload/FileScanner.h"
#include "upload/FolderResolver.h"
#include "upload/TransferModel.h"
#include "upload/UploadController.h"
#include "upload/UploadJob.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("hoist-cli", text);
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

} // namespace

int runUpload(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Uploads files and folders to a Procore project's Documents (create upload → storage POST → "
        "association). Folders keep their structure; missing folders are created once.\n\n"
        "The access token comes from HOIST_ACCESS_TOKEN (e.g. a service account's), unless --sandbox.\n\n"
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
    p.addOptions({company, project, folder, jobs, conflict, json, dryRun, strict, includeSkipped});
    p.process(args);

    QTextStream err(stderr);
    const QStringList paths = p.positionalArguments();
    if (paths.isEmpty()) {
        err << tr("Give at least one file or folder to upload.") << Qt::endl;
        return ExitUsage;
    }
    if (!p.isSet(company)) {
        err << tr("--company is required (see 'hoist-cli ls companies').") << Qt::endl;
        return ExitUsage;
    }
    bool ok = false;
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
    const bool interactive = ::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO) && !p.isSet(json);
    Reporter report(p.isSet(json), ::isatty(STDERR_FILENO) != 0);

    // What to upload, before any network work.
    QList<QPair<QString, QString>> problems;
    const QList<UploadItem> items = FileScanner::scanNow(paths, &problems);
    for (const auto &[path, reason] : std::as_const(problems)) {
        if (report.json())
            report.event({{u"event"_s, u"problem"_s}, {u"path"_s, path}, {u"reason"_s, reason}});
        else
            report.problem(tr("%1: %2").arg(path, reason));
    }

    if (const int code = session.open(p, err); code != ExitOk)
        return code;
    int code = ExitOk;
    const qint64 companyId = session.findCompany(p.value(company), err, &code);
    if (!companyId)
        return code;
    qint64 projectId = 0;
    if (p.isSet(project)) {
        projectId = session.findProject(companyId, p.value(project), err, &code);
        if (!projectId)
            return code;
    }

    Destination dest;
    dest.companyId = companyId;
    dest.projectId = projectId;
    dest.folderPath = p.value(folder).split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));

    // The review, before any write: what is flagged, already there or to be created. The
    // --folder path is looked up (not created) like the files' own folders.
    QList<UploadItem> toUpload = items;
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
                                r.foldersToCreate.isEmpty() ? tr("none")
                                                            : r.foldersToCreate.join(QStringLiteral(", ")))
                           .arg(r.estimatedApiCalls)
                           .arg(r.estimatedSeconds)
                    << Qt::endl;
            }
            return r.error.isEmpty() ? ExitOk : ExitFailures;
        }
    }
    if (toUpload.isEmpty()) {
        err << tr(
            "Nothing to upload: every file is left out (see above; --include-skipped uploads them anyway).")
            << Qt::endl;
        return problems.isEmpty() ? ExitOk : ExitFailures;
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

    UploadController controller(session.client());
    controller.setMaxParallel(parallel);
    controller.setConflictPolicy(policy);
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
    QObject::connect(&controller, &UploadController::conflictDetected, &controller,
                     [&](int row, const QString &name, const QString &folderPath) {
                         ConflictPolicy answer = ConflictPolicy::Skip;
                         if (interactive) {
                             report.clearLine();
                             std::cerr << qPrintable(
                                 tr("%1 already exists in %2. [k]eep both, [s]kip, new [v]ersion? ")
                                     .arg(name, folderPath.isEmpty() ? tr("Documents") : folderPath))
                                       << std::flush;
                             std::string line;
                             std::getline(std::cin, line);
                             if (!line.empty() && (line[0] == 'k' || line[0] == 'K'))
                                 answer = ConflictPolicy::KeepBoth;
                             else if (!line.empty() && (line[0] == 'v' || line[0] == 'V'))
                                 answer = ConflictPolicy::NewVersion;
                         }
                         controller.resolveConflict(row, answer);
                     });

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer ticker;
    int ticks = 0;
    QObject::connect(&ticker, &QTimer::timeout, &controller, [&] {
        if (g_interrupted) {
            g_interrupted = false;
            controller.cancelAll();
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
                      {u"jobs"_s, parallel},
                      {u"on_conflict"_s, conflictPolicyName(policy)}});
    if (!toUpload.isEmpty()) {
        QEventLoop loop;
        QObject::connect(&controller, &UploadController::finished, &loop, &QEventLoop::quit);
        controller.enqueue(toUpload, dest);
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

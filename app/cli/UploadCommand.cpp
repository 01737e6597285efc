#include "CliCommands.h"
#include "CliSession.h"
#include "CliText.h"
#include "DestinationLookup.h"
#include "TerminalQuestions.h"
#include "UploadOptions.h"
#include "UploadReporter.h"
#include "history/HistoryRecorder.h"
#include "history/UploadHistory.h"
#include "platform/Console.h"
#include "preflight/PreflightCheck.h"
#include "procore/Environment.h"
#include "procore/RatePacer.h"
#include "upload/DestinationFileRule.h"
#include "upload/FileScanner.h"
#include "upload/TransferJournal.h"
#include "upload/TransferModel.h"
#include "upload/UploadController.h"
#include "upload/UploadJob.h"

#include "procore/ProcoreClient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <iostream>
#include <string>

namespace hoist::cli {

using namespace Qt::StringLiterals;

namespace {

std::atomic_bool g_interrupted{false};

void onStop()
{
    g_interrupted = true;
}

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return cliText(text, disambiguation, n);
}

// One `hoist-cli upload`, from checked options to the exit code: the files, the journal, the
// destination and its review, then the queue until it is done.
class UploadRun
{
public:
    UploadRun(CliSession &session, const UploadOptions &options);
    int run(const QCommandLineParser &parser);

private:
    static constexpr int kGoOn = -1; // a step's "nothing to stop for"
    int openJournal();
    void askAboutUnfinished();
    int review(bool albumIsNew);
    int runQueue();
    void reportStates(UploadController &controller);
    void askOnConflicts(UploadController &controller, TerminalQuestions &questions);
    void reportResume(int resumed);
    int finish(const TransferModel &model);

    CliSession &m_session;
    const UploadOptions &m_o;
    QTextStream m_err{stderr};
    const bool m_interactive;
    UploadReporter m_report;
    QList<QPair<QString, QString>> m_problems; // path, reason
    QList<UploadItem> m_items;
    QList<UploadItem> m_toUpload;
    std::unique_ptr<TransferJournal> m_journal;
    bool m_resumeEarlier = false;
    Destination m_dest;
    int m_code = ExitOk;
};

UploadRun::UploadRun(CliSession &session, const UploadOptions &options)
    : m_session(session)
    , m_o(options)
    , m_interactive(console::isTerminal(console::Stream::Input) && console::isTerminal(console::Stream::Error)
                    && !options.json)
    , m_report(options.json, console::isTerminal(console::Stream::Error))
    , m_resumeEarlier(options.resume)
{}

int UploadRun::run(const QCommandLineParser &parser)
{
    // What to upload, before any network work.
    if (!m_o.resume)
        m_items = FileScanner::scanNow(m_o.paths, &m_problems);
    m_report.unreadable(m_problems);

    if (const int code = m_session.open(parser, m_err); code != ExitOk)
        return code;
    if (const int code = openJournal(); code != kGoOn)
        return code;
    if (!m_o.resume && m_journal)
        askAboutUnfinished();

    m_toUpload = m_items;
    if (!m_o.resume) {
        DestinationLookup lookup(m_session, m_err);
        if (const int code = lookup.find(m_o, &m_dest); code != ExitOk)
            return code;
        if (const int code = review(lookup.createsAlbum()); code != kGoOn)
            return code;
        if (m_toUpload.isEmpty() && !m_resumeEarlier) {
            m_err << tr(
                "Nothing to upload: every file is left out (see above; --include-skipped uploads them "
                "anyway).")
                  << Qt::endl;
            return m_problems.isEmpty() ? ExitOk : ExitFailures;
        }
        if (const int code = lookup.createMissing(m_o, &m_dest); code != ExitOk)
            return code;
    }
    return runQueue();
}

// The journal: the built-in sandbox lives only as long as this process, so nothing there can be
// resumed unless a journal file is named.
int UploadRun::openJournal()
{
    const bool ephemeral = m_session.environmentId() == Environment::builtInSandbox({}).id;
    if (!m_o.noJournal && (!m_o.journalPath.isEmpty() || !ephemeral)) {
        QString why;
        const QString path = !m_o.journalPath.isEmpty()
                                 ? m_o.journalPath
                                 : TransferJournal::pathFor(u"hoist-cli"_s, m_session.environmentId());
        m_journal = TransferJournal::open(path, &why);
        if (!m_journal) {
            // No file goes without its record: nothing is uploaded without the journal.
            m_err << (m_o.resume ? tr("Cannot resume: %1") : tr("Cannot upload: %1")).arg(why) << Qt::endl
                  << tr("Nothing was uploaded. Fix that and run the command again (--no-journal uploads "
                        "without one, and then an interruption cannot be resumed).")
                  << Qt::endl;
            return ExitFailures;
        }
        if (!m_journal->setAsideMessage().isEmpty())
            m_report.problem(m_journal->setAsideMessage());
        m_journal->removeFinished();
        if (const QString failed = m_journal->lastError(); !failed.isEmpty()) {
            m_err << tr("Cannot write the transfer journal: %1").arg(failed) << Qt::endl
                  << tr("Nothing was uploaded; the journal is kept as it was. Run the command again once "
                        "there is space.")
                  << Qt::endl;
            return ExitFailures;
        }
    }
    if (m_o.resume && !m_journal) {
        m_err << tr("There is no journal to resume here (the built-in sandbox keeps none; name one with "
                    "--journal).")
              << Qt::endl;
        return ExitUsage;
    }
    if (m_o.resume && m_o.discard) {
        m_report.discarded(m_journal->discardUnfinished());
        return ExitOk;
    }
    return kGoOn;
}

// Files an interrupted run left: asked on a terminal whether they go on too, otherwise said.
void UploadRun::askAboutUnfinished()
{
    int interrupted = 0; // failed files are not interrupted ones: they do not ask every time
    for (const TransferJournal::Entry &e : m_journal->unfinished())
        interrupted += e.state == TransferState::Failed ? 0 : 1;
    if (!interrupted)
        return;
    if (m_report.json() || !m_interactive) {
        m_report.unfinishedLeft(interrupted);
        return;
    }
    m_report.clearLine();
    std::cerr << qPrintable(tr("%n file(s) of an interrupted run are not finished. Go on with them "
                               "too? [Y/n] ",
                               nullptr, interrupted))
              << std::flush;
    std::string line;
    std::getline(std::cin, line);
    m_resumeEarlier = line.empty() || line[0] == 'y' || line[0] == 'Y';
}

// The review, before any write: what is flagged, already there or to be created. The --folder path
// is looked up (not created) like the files' own folders. A dry run ends here.
int UploadRun::review(bool albumIsNew)
{
    QList<UploadItem> reviewed = m_items;
    for (UploadItem &i : reviewed)
        i.relativeDir = m_dest.folderPath.isEmpty() ? i.relativeDir
                        : i.relativeDir.isEmpty()
                            ? m_dest.folderPath
                            : QString(m_dest.folderPath + QLatin1Char('/') + i.relativeDir);
    PreflightCheck check(m_session.client());
    PreflightOptions options;
    options.strictFileUploads = m_o.strictFileUploads;
    options.conflictPolicy = m_o.policy;
    options.albumIsNew = albumIsNew;
    check.setOptions(options);
    QEventLoop loop;
    QObject::connect(&check, &PreflightCheck::finished, &loop, &QEventLoop::quit);
    Destination root = m_dest;
    root.folderId = 0;
    root.folderPath.clear();
    check.start(reviewed, root);
    if (check.isRunning())
        loop.exec();
    const PreflightReport &r = check.report();
    m_toUpload.clear();
    for (int i = 0; i < r.files.size(); ++i) {
        const PreflightFile &f = r.files[i];
        const bool skip = f.skip && !m_o.includeSkipped;
        if (!skip)
            m_toUpload << m_items[i];
        // Asked for, but the destination does not take it (its type rule): a problem, not only a skip.
        if (skip && !fitsDestination(f.item.localPath, m_dest.effectiveKind()))
            for (const PreflightFlag &flag : f.flags)
                if (flag.kind == PreflightFlag::Kind::NotAnImage || flag.kind == PreflightFlag::Kind::NotAPdf)
                    m_problems.append({f.item.localPath, flag.reason});
        if (!f.flags.isEmpty() || m_o.dryRun)
            m_report.reviewed(f, skip, m_o.dryRun);
    }
    if (!m_o.dryRun)
        return kGoOn;
    m_report.reviewSummary(r, int(m_toUpload.size()));
    return r.error.isEmpty() ? ExitOk : ExitFailures;
}

void UploadRun::reportStates(UploadController &controller)
{
    QObject::connect(
        &controller, &UploadController::jobStateChanged, &controller,
        [this, &controller](quint64 id, TransferState s) {
            const UploadJob *job = controller.job(id);
            if (!job)
                return;
            const TransferModel *model = controller.model();
            const QString remote =
                model->data(model->index(model->rowOf(job), 0), TransferModel::RemotePathRole).toString();
            m_report.stateChanged(id, *job, s, remote);
        });
    if (RatePacer *pacer = controller.client()->pacer()) // a wait for Procore's rate limit is said
        QObject::connect(pacer, &RatePacer::waiting, &controller,
                         [this](const QDateTime &until) { m_report.rateLimited(until); });
}

// Name clashes under --on-conflict ask: a question on a terminal, skipped otherwise.
void UploadRun::askOnConflicts(UploadController &controller, TerminalQuestions &questions)
{
    QObject::connect(
        &controller, &UploadController::conflictDetected, &controller,
        [this, &controller, &questions](quint64 id, const QString &name, const QString &folderPath) {
            auto answerFor = [&controller, id](ConflictPolicy answer) {
                controller.resolveConflict(id, answer);
            };
            if (!m_interactive) {
                answerFor(ConflictPolicy::Skip);
                return;
            }
            m_report.clearLine();
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
}

void UploadRun::reportResume(int resumed)
{
    if (resumed > 0)
        m_report.resumed(resumed);
    else if (m_o.resume && m_journal && !m_journal->setAsideMessage().isEmpty())
        m_report.line(tr("Nothing to resume: the journal was damaged and set aside, so which files "
                         "were unfinished is unknown. Upload them again; files already in Procore "
                         "are found by the review (--dry-run)."));
    else if (m_o.resume)
        m_report.line(tr("Nothing to resume: every file of the journal is finished."));
}

int UploadRun::runQueue()
{
    UploadController controller(m_session.client());
    controller.setMaxParallel(m_o.parallel);
    controller.setConflictPolicy(m_o.policy);
    // Drawings: how soon to ask for the processing status (HOIST_DRAWING_POLL_MS, for scripts and tests).
    if (const int pollMs = qEnvironmentVariableIntValue("HOIST_DRAWING_POLL_MS"); pollMs > 0)
        controller.setDrawingPollInterval(pollMs, std::max(pollMs, 60000));
    controller.setSegmentThreshold(m_o.segmentThreshold, m_o.partBytes);
    controller.setJournal(m_journal.get());
    // The same record the window keeps (hoist-cli history, the History view).
    std::unique_ptr<UploadHistory> history = UploadHistory::open(UploadHistory::defaultPath());
    std::unique_ptr<HistoryRecorder> recorder;
    if (history)
        history->prune(HistoryLimits{}); // kept small: two indexed deletes, nothing at most
    if (history) {
        recorder = std::make_unique<HistoryRecorder>(&controller, history.get(), m_session.environmentId());
        recorder->askWhoUploads(m_session.client()); // for receipts
    }
    reportStates(controller);
    TerminalQuestions questions;
    askOnConflicts(controller, questions);

    console::onStopRequest(onStop);
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &controller, [&] {
        if (g_interrupted) {
            g_interrupted = false;
            controller.stopForLater(); // --resume goes on with them
            if (m_journal)
                m_report.problem(tr("Interrupted: 'hoist-cli upload --resume' goes on from here."));
            m_code = ExitInterrupted;
        }
        m_report.progress(*controller.model(), questions.isAsking());
    });
    ticker.start(200);

    QEventLoop loop;
    QObject::connect(&controller, &UploadController::finished, &loop, &QEventLoop::quit);
    // A journal write that fails stops new work: said, kept for --resume, and a non-zero exit.
    QObject::connect(&controller, &UploadController::journalFailed, &loop, [&](const QString &why) {
        m_report.problem(tr("Stopped: %1. Nothing more is sent; once there is space, 'hoist-cli upload "
                            "--resume' finishes the rest.")
                             .arg(why));
        m_code = ExitFailures;
        QTimer::singleShot(0, &loop, &QEventLoop::quit); // after the job that asked has stopped
    });
    // Procore no longer takes the sign-in (a refresh whose answer was lost spent the token): no one
    // can sign in while this runs, so stop, keep the journal, and say what to do.
    QObject::connect(
        m_session.client(), &ProcoreClient::authenticationFailed, &loop, [&](const QString &why) {
            if (!m_session.signInRequired() || m_code == ExitAuth)
                return; // a passing failure: the session tries again
            m_report.problem(
                tr("Procore needs you to sign in again (%1). Nothing more is sent; run 'hoist-cli "
                   "login', then 'hoist-cli upload --resume' finishes the rest.")
                    .arg(why));
            m_code = ExitAuth;
            controller.pauseAll(); // nothing more starts
            QTimer::singleShot(0, &loop, &QEventLoop::quit);
        });
    reportResume(m_resumeEarlier ? controller.resumeFromJournal() : 0);
    if (!m_toUpload.isEmpty())
        controller.enqueue(m_toUpload, m_dest); // in the journal from here on
    m_report.queued(m_items, m_dest, m_o);
    if (!controller.isIdle() && !controller.isHalted())
        loop.exec();
    if (controller.isHalted()) {
        controller.stopForLater(); // the journal keeps every file for --resume
        m_code = ExitFailures;
    } else if (m_code == ExitAuth) {
        controller.stopForLater(); // the files wait in the journal for the new sign-in
    }
    ticker.stop();
    m_report.clearLine();
    return finish(*controller.model());
}

// The exit code (3 when every failure was the token's, 4 when the network's) and the totals.
int UploadRun::finish(const TransferModel &model)
{
    UploadReporter::Totals t;
    t.done = model.countInState(TransferState::Done);
    t.failed = model.countInState(TransferState::Failed);
    t.skipped = model.countInState(TransferState::Skipped);
    t.cancelled = model.countInState(TransferState::Cancelled);
    t.problems = m_problems.size();
    t.bytes = model.sentBytes();
    t.apiRequests = m_session.client()->requestCount();
    if (m_code != ExitInterrupted) {
        bool allAuth = t.failed > 0, allNetwork = t.failed > 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.jobAt(r)->state() != TransferState::Failed)
                continue;
            allAuth = allAuth && model.jobAt(r)->error().kind == ProcoreError::Kind::Auth;
            allNetwork = allNetwork && model.jobAt(r)->error().kind == ProcoreError::Kind::Network;
        }
        if (allAuth)
            m_code = ExitAuth;
        else if (allNetwork)
            m_code = ExitNetwork;
        else if (t.failed > 0 || !m_problems.isEmpty())
            m_code = ExitFailures;
    }
    m_report.finished(t, m_code);
    return m_code;
}

} // namespace

int runUpload(const QStringList &args)
{
    QCommandLineParser p;
    CliSession session;
    UploadOptions::describe(p);
    session.addOptions(p);
    UploadOptions::addOptions(p);
    parseOrExit(p, args);
    QString error;
    const std::optional<UploadOptions> options = UploadOptions::read(p, &error);
    if (!options) {
        QTextStream(stderr) << error << Qt::endl;
        return ExitUsage;
    }
    return UploadRun(session, *options).run(p);
}

} // namespace hoist::cli

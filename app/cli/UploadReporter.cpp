#include "UploadReporter.h"

#include "CliText.h"
#include "UploadOptions.h"
#include "preflight/PreflightCheck.h"
#include "preflight/PreflightRules.h"
#include "procore/RatePacer.h"
#include "upload/TransferModel.h"
#include "upload/UploadJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>

#include <cstdio>

namespace hoist::cli {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return cliText(text, disambiguation, n);
}

} // namespace

UploadReporter::UploadReporter(bool json, bool terminal)
    : m_json(json)
    , m_terminal(terminal)
    , m_out(stdout)
    , m_err(stderr)
{}

void UploadReporter::event(const QJsonObject &o)
{
    clearLine();
    m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

void UploadReporter::line(const QString &text)
{
    clearLine();
    m_out << text << '\n';
    m_out.flush();
}

void UploadReporter::problem(const QString &text)
{
    clearLine();
    m_err << text << '\n';
    m_err.flush();
}

void UploadReporter::status(const QString &text)
{
    if (!m_terminal || m_json)
        return;
    m_err << '\r' << text.left(160) << "\033[K";
    m_err.flush();
    m_lineShown = true;
}

void UploadReporter::clearLine()
{
    if (m_lineShown) {
        m_err << "\r\033[K";
        m_err.flush();
        m_lineShown = false;
    }
}

QString UploadReporter::stateName(TransferState state)
{
    const QString key = QString::fromLatin1(QMetaEnum::fromType<TransferState>().valueToKey(int(state)));
    QString name;
    for (const QChar ch : key) {
        if (ch.isUpper() && !name.isEmpty())
            name.append(QLatin1Char('-'));
        name.append(ch.toLower());
    }
    return name;
}

void UploadReporter::unreadable(const QList<QPair<QString, QString>> &problems)
{
    for (const auto &[path, reason] : problems) {
        if (m_json)
            event({{u"event"_s, u"problem"_s}, {u"path"_s, path}, {u"reason"_s, reason}});
        else
            problem(tr("%1: %2").arg(path, reason));
    }
}

void UploadReporter::discarded(int files)
{
    if (m_json)
        event({{u"event"_s, u"discarded"_s}, {u"files"_s, files}});
    else
        line(tr("Forgot %n unfinished file(s).", nullptr, files));
}

void UploadReporter::unfinishedLeft(int files)
{
    if (m_json)
        event({{u"event"_s, u"unfinished"_s}, {u"files"_s, files}});
    else
        problem(tr("%n file(s) of an interrupted run are not finished: 'hoist-cli upload --resume' "
                   "goes on with them, 'hoist-cli upload --resume --discard' forgets them.",
                   nullptr, files));
}

void UploadReporter::reviewed(const PreflightFile &f, bool skip, bool dryRun)
{
    QStringList kinds, reasons;
    for (const PreflightFlag &flag : f.flags) {
        kinds << preflight::kindName(flag.kind);
        reasons << flag.reason;
    }
    if (m_json) {
        event({{u"event"_s, u"review"_s},
               {u"file"_s, f.item.localPath},
               {u"remote"_s, f.remotePath},
               {u"flags"_s, QJsonArray::fromStringList(kinds)},
               {u"reasons"_s, QJsonArray::fromStringList(reasons)},
               {u"skip"_s, skip}});
    } else if (!f.flags.isEmpty()) {
        QTextStream &to = dryRun ? m_out : m_err;
        to << (skip ? tr("skip  ") : tr("note  ")) << f.item.localPath << ": "
           << reasons.join(QLatin1Char(' ')) << Qt::endl;
    } else {
        m_out << tr("upload ") << f.item.localPath << "  ->  " << f.remotePath << Qt::endl;
    }
}

void UploadReporter::reviewSummary(const PreflightReport &r, int toUpload)
{
    if (m_json) {
        event({{u"event"_s, u"review-summary"_s},
               {u"files"_s, int(r.files.size())},
               {u"to_upload"_s, toUpload},
               {u"bytes"_s, r.uploadBytes},
               {u"folders_to_create"_s, QJsonArray::fromStringList(r.foldersToCreate)},
               {u"api_calls"_s, r.estimatedApiCalls},
               {u"estimated_seconds"_s, r.estimatedSeconds}});
        return;
    }
    m_out << tr("%1 of %2 file(s) would be uploaded (%3); folders to create: %4; about %5 API "
                "call(s), "
                "about %6 s within the rate limit. Nothing was written.")
                 .arg(toUpload)
                 .arg(r.files.size())
                 .arg(TransferModel::formatBytes(r.uploadBytes),
                      r.foldersToCreate.isEmpty() ? tr("none") : r.foldersToCreate.join(QStringLiteral(", ")))
                 .arg(r.estimatedApiCalls)
                 .arg(r.estimatedSeconds)
          << Qt::endl;
}

void UploadReporter::stateChanged(quint64 id, const UploadJob &job, TransferState s, const QString &remote)
{
    if (m_json) {
        QJsonObject o{{u"event"_s, u"state"_s}, {u"id"_s, qint64(id)},      {u"file"_s, job.item().localPath},
                      {u"remote"_s, remote},    {u"state"_s, stateName(s)}, {u"size"_s, job.bytesTotal()}};
        if (s == TransferState::Failed) {
            o.insert(u"error"_s, job.error().message);
            o.insert(u"next_step"_s, job.error().nextStep());
            o.insert(u"http_status"_s, job.error().httpStatus);
        }
        if (s == TransferState::Done)
            o.insert(u"remote_id"_s, job.remoteFile().id);
        if (!job.statusDetail().isEmpty())
            o.insert(u"detail"_s, job.statusDetail());
        event(o);
        return;
    }
    switch (s) {
    case TransferState::Done:
        line(tr("uploaded  %1 → %2").arg(job.item().localPath, remote));
        break;
    case TransferState::Skipped:
        line(tr("skipped   %1 (%2)").arg(job.item().localPath, job.statusDetail()));
        break;
    case TransferState::Failed:
        problem(tr("FAILED    %1: %2").arg(job.item().localPath, job.errorText()));
        break;
    default:
        break;
    }
}

void UploadReporter::rateLimited(const QDateTime &until)
{
    if (m_json)
        event({{u"event"_s, u"rate_limited"_s}, {u"until"_s, until.toString(Qt::ISODateWithMs)}});
    else
        problem(RatePacer::waitText(until));
}

void UploadReporter::progress(const TransferModel &model, bool questionOpen)
{
    const int done = model.countInState(TransferState::Done) + model.countInState(TransferState::Skipped);
    if (m_json) {
        if (++m_ticks % 5 == 0)
            event({{u"event"_s, u"progress"_s},
                   {u"sent"_s, model.sentBytes()},
                   {u"total"_s, model.totalBytes()},
                   {u"speed"_s, qint64(model.speed())},
                   {u"eta"_s, model.eta()},
                   {u"files_done"_s, done},
                   {u"files"_s, model.rowCount()}});
        return;
    }
    if (questionOpen)
        return; // the status line would write over the question
    QString current;
    for (int r = 0; r < model.rowCount() && current.isEmpty(); ++r)
        if (model.jobAt(r)->state() == TransferState::Uploading)
            current = model.jobAt(r)->fileName();
    status(
        tr("[%1/%2] %3% %4 %5 %6")
            .arg(done)
            .arg(model.rowCount())
            .arg(int(model.progress() * 100))
            .arg(TransferModel::formatSpeed(model.speed()),
                 model.eta() >= 0 ? tr("%1 left").arg(TransferModel::formatDuration(model.eta())) : QString(),
                 current));
}

void UploadReporter::resumed(int files)
{
    if (m_json)
        event({{u"event"_s, u"resumed"_s}, {u"files"_s, files}});
    else
        line(tr("Going on with %n file(s) of an interrupted run.", nullptr, files));
}

void UploadReporter::queued(const QList<UploadItem> &items, const Destination &dest,
                            const UploadOptions &options)
{
    if (!m_json)
        return;
    qint64 bytes = 0;
    for (const UploadItem &i : items)
        bytes += i.size;
    event({{u"event"_s, u"queued"_s},
           {u"files"_s, items.size()},
           {u"bytes"_s, bytes},
           {u"company_id"_s, dest.companyId},
           {u"project_id"_s, dest.projectId},
           {u"folder"_s, dest.folderPath},
           {u"to"_s, destinationKindName(dest.effectiveKind())},
           {u"jobs"_s, options.parallel},
           {u"on_conflict"_s, conflictPolicyName(options.policy)}});
}

void UploadReporter::finished(const Totals &t, int exitCode)
{
    if (m_json) {
        event({{u"event"_s, u"finished"_s},
               {u"done"_s, t.done},
               {u"failed"_s, t.failed},
               {u"skipped"_s, t.skipped},
               {u"cancelled"_s, t.cancelled},
               {u"problems"_s, t.problems},
               {u"bytes"_s, t.bytes},
               {u"api_requests"_s, t.apiRequests},
               {u"exit_code"_s, exitCode}});
        return;
    }
    line(tr("%1 uploaded, %2 failed, %3 skipped, %4 unreadable; %5 in %6 API requests.")
             .arg(t.done)
             .arg(t.failed)
             .arg(t.skipped)
             .arg(t.problems)
             .arg(TransferModel::formatBytes(t.bytes))
             .arg(t.apiRequests));
}

} // namespace hoist::cli

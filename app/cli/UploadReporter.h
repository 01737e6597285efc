#pragma once

#include "upload/UploadTypes.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTextStream>

namespace hoist {
class TransferModel;
class UploadJob;
struct PreflightFile;
struct PreflightReport;
} // namespace hoist

namespace hoist::cli {

struct UploadOptions;

// What `hoist-cli upload` tells: lines for people (a status line on a terminal), or with --json
// one JSON object per event on stdout, for scripts. Each event has its text and its JSON here.
class UploadReporter
{
public:
    UploadReporter(bool json, bool terminal);

    bool json() const { return m_json; }
    // The low level: one JSON object, a line on stdout, a line on stderr, the status line.
    void event(const QJsonObject &o);
    void line(const QString &text);
    void problem(const QString &text);
    void status(const QString &text);
    void clearLine();

    // A state's name in the JSON events: "queued", "needs-answer", … (the enum's key in kebab case).
    static QString stateName(TransferState state);

    void unreadable(const QList<QPair<QString, QString>> &problems); // path, reason
    void discarded(int files);
    void unfinishedLeft(int files); // an interrupted run's files, when nobody is asked
    void reviewed(const PreflightFile &file, bool skip, bool dryRun);
    void reviewSummary(const PreflightReport &report, int toUpload);
    void stateChanged(quint64 id, const UploadJob &job, TransferState state, const QString &remote);
    void rateLimited(const QDateTime &until);
    void progress(const TransferModel &model, bool questionOpen); // every tick
    void resumed(int files);
    void queued(const QList<UploadItem> &items, const Destination &dest, const UploadOptions &options);
    struct Totals
    {
        int done = 0;
        int failed = 0;
        int skipped = 0;
        int cancelled = 0;
        qint64 problems = 0;
        qint64 bytes = 0;
        qint64 apiRequests = 0;
    };
    void finished(const Totals &totals, int exitCode);

private:
    bool m_json;
    bool m_terminal;
    bool m_lineShown = false;
    int m_ticks = 0;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace hoist::cli

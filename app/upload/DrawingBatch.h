#pragma once

#include "UploadTypes.h"
#include "procore/ProcoreError.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace hoist {

class ApiReply;
class ProcoreClient;
class UploadJob;

// The files queued together for Drawings. Every job stores its bytes and waits in Processing;
// when none is still moving, one POST drawing_uploads carries every stored upload uuid with an
// Idempotency-Token made once for that call (the client's retries send the same token, so a lost
// answer cannot create a second drawing upload). Then it polls the upload's status with a growing
// interval and shows on every row what the status means, until Procore reports it processed or
// failed, or the poll time limit passes (the row then says Procore is still processing it and
// where to see it). A status check that fails never means the drawing upload is gone: the batch
// keeps its id and checks again with backoff; after a few failed checks the rows fail, and Retry
// resumes the checks: no new bytes and no second drawing upload for those files, ever.
class DrawingBatch : public QObject
{
    Q_OBJECT

public:
    DrawingBatch(ProcoreClient *client, Destination destination, QObject *parent = nullptr);

    void addJob(UploadJob *job);
    bool contains(const UploadJob *job) const;
    const Destination &destination() const { return m_destination; }
    // The token of the current (or last) drawing_uploads call.
    QString idempotencyToken() const { return m_token; }
    // A resumed batch goes on with the token an earlier run sent (Procore answers a repeated call
    // with the drawing upload it made then).
    void setIdempotencyToken(const QString &token)
    {
        if (!token.isEmpty())
            m_token = token;
    }
    qint64 drawingUploadId() const { return m_drawingUploadId; }
    // A resumed batch whose call Procore took in an earlier run: the jobs with these uploads
    // only have the drawing upload's status checked.
    void setDrawingUpload(qint64 id, const QStringList &uploadUuids);
    QString status() const { return m_status; } // Procore's: in_queue, in_progress, … (statusText)
    // A call or a poll is under way, or a job waits for one.
    bool isBusy() const;
    // The first status poll after `firstMs`, then twice as long each time up to `maxMs`.
    void setPollInterval(int firstMs, int maxMs);
    // Polling stops this long after the drawing upload was made (default kPollLimitMs).
    void setPollLimit(int ms) { m_pollLimitMs = ms > 0 ? ms : kPollLimitMs; }
    // Defaults: polls from 2 s, doubling to one a minute, for at most two hours: at most about 66
    // status checks in the first hour and 60 in the second, under 2 % of Procore's documented
    // 3,600 calls an hour.
    static constexpr int kFirstPollMs = 2000;
    static constexpr int kMaxPollMs = 60000;
    static constexpr int kPollLimitMs = 2 * 3600 * 1000;
    static constexpr int kMaxFailedPolls = 3; // failed status checks in a row before the rows fail

    // For people: what Procore's status means ("in_queue" → "Waiting in Procore's queue", …).
    static QString statusText(const QString &status);
    static bool isProcessed(const QString &status); // ready_for_review or reviewed
    // The row's text once polling stopped before Procore finished.
    static QString stillProcessingText();

Q_SIGNALS:
    void busyChanged();
    void statusChanged(const QString &status);
    void tokenChanged(const QString &token); // a new call needs a new token (for the journal)
    // Procore took the call: the drawing upload `id` holds these jobs' uploads (for the journal).
    void drawingUploadMade(qint64 id, const QList<quint64> &jobIds);

private:
    void onJobState();
    void checkSettled();
    void submit();
    void resumePolling(const QList<QPointer<UploadJob>> &jobs);
    void onSubmitted(ApiReply *reply);
    void poll();
    void onPolled(ApiReply *reply);
    void onPollFailed(const ProcoreError &error);
    void pollLater();
    void failNaming(const ProcoreError &error, const QString &why);
    void finishAll(bool completed, const ProcoreError &error, bool uploadsConsumed,
                   const QString &detail = {});
    void setStatus(const QString &status);
    void setDetail(const QString &detail);

    ProcoreClient *m_client;
    Destination m_destination;
    QList<QPointer<UploadJob>> m_jobs;
    QList<QPointer<UploadJob>> m_inFlight; // the jobs of the current call and its processing
    QPointer<ApiReply> m_reply;
    QString m_token;
    bool m_tokenAccepted = false; // Procore took a call with m_token: the next call needs a new one
    qint64 m_drawingUploadId = 0;
    QStringList m_submittedUuids; // the uploads in m_drawingUploadId: never sent in another call
    QString m_status;
    QTimer m_pollTimer;
    QElapsedTimer m_sinceCreated; // since m_drawingUploadId was made
    int m_firstPollMs = kFirstPollMs;
    int m_maxPollMs = kMaxPollMs;
    int m_pollDelayMs = kFirstPollMs;
    int m_pollLimitMs = kPollLimitMs;
    int m_failedPolls = 0;
    bool m_wasBusy = false;
    bool m_checkQueued = false;
};

} // namespace hoist

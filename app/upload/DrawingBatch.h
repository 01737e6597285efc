#pragma once

#include "UploadTypes.h"
#include "procore/ProcoreError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace hoist {

class ApiReply;
class ProcoreClient;
class UploadJob;

// The files queued together for Drawings. Every job stores its bytes and waits in Processing;
// when none is still moving, one POST drawing_uploads carries every stored upload uuid with an
// Idempotency-Token made once for that call (the client's retries send the same token, so a lost
// answer cannot create a second drawing upload). Then it polls the upload's status with a growing
// interval and shows it on every row until Procore reports completed or failed.
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
    QString status() const { return m_status; } // Procore's: in_queue, processing, completed, failed
    // A call or a poll is under way, or a job waits for one.
    bool isBusy() const;
    // The first status poll after `firstMs`, then twice as long each time up to `maxMs`.
    void setPollInterval(int firstMs, int maxMs);

    // For people: "in_queue" → "Waiting in Procore's queue", …
    static QString statusText(const QString &status);
    static bool isProcessed(const QString &status); // ready_for_review or reviewed

Q_SIGNALS:
    void busyChanged();
    void statusChanged(const QString &status);
    void tokenChanged(const QString &token); // a new call needs a new token (for the journal)

private:
    void onJobState();
    void checkSettled();
    void submit();
    void onSubmitted(ApiReply *reply);
    void poll();
    void onPolled(ApiReply *reply);
    void finishAll(bool completed, const ProcoreError &error);
    void setStatus(const QString &status);

    ProcoreClient *m_client;
    Destination m_destination;
    QList<QPointer<UploadJob>> m_jobs;
    QList<QPointer<UploadJob>> m_inFlight; // the jobs of the current call and its processing
    QPointer<ApiReply> m_reply;
    QString m_token;
    bool m_tokenAccepted = false; // Procore took a call with m_token: the next call needs a new one
    qint64 m_drawingUploadId = 0;
    QString m_status;
    QTimer m_pollTimer;
    int m_firstPollMs = 2000;
    int m_maxPollMs = 30000;
    int m_pollDelayMs = 2000;
    bool m_wasBusy = false;
    bool m_checkQueued = false;
};

} // namespace hoist

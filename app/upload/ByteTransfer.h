#pragma once

#include "SegmentPlan.h"
#include "procore/ProcoreError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace hoist {

class BandwidthLimiter;
class ProcoreClient;

// How one file's bytes reach storage: create the upload Procore needs, then send the bytes over a
// fixed-length device, one storage POST (SinglePostTransfer) or parts (PartsTransfer). One
// attempt per start(); finished() follows exactly once per start(), and UploadJob's step machine
// decides what comes next from outcome().
class ByteTransfer : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Stored,      // every byte is in storage; uploadUuid() is what to associate
        FileChanged, // the file is not what the upload was made for: start over from the file as it is
        UploadSpent, // the upload can no longer take bytes (policy expired, resumed upload gone)
        Failed,      // error() says why; canRetry() tells whether the same transfer may go again
        Cancelled,
    };

    // What is sent, and where to: the upload is made for this company (and project) and name.
    struct Target
    {
        ProcoreClient *client = nullptr;
        qint64 companyId = 0;
        qint64 projectId = 0; // 0: a company upload
        QString path;         // the local file
        QString fileName;     // its name in Procore
        QString contentType;
        BandwidthLimiter *bandwidth = nullptr; // paces the bytes when it is limited
        // Whether a queue slot is free for the bytes now (taken when true); empty: always.
        std::function<bool()> takeSendSlot;
    };

    explicit ByteTransfer(Target target, QObject *parent = nullptr)
        : QObject(parent)
        , m_target(std::move(target))
    {}

    virtual void start() = 0;
    virtual void abort() = 0;
    // Another attempt of start() may succeed after a transient error (parts retry on their own).
    virtual bool canRetry() const = 0;
    // A queue slot came free (parts may borrow it; a file waiting to send its bytes takes it).
    virtual void offerSlot() {}
    // Creating the upload takes no queue slot, only sending its bytes does (takeSendSlot).
    virtual bool createsBeforeTakingSlot() const { return false; }
    virtual bool isWaitingForSlot() const { return false; }
    // The next start() sends into an upload made already (its ticket, or an earlier run's parts).
    virtual bool hasUpload() const { return !m_uuid.isEmpty(); }

    Outcome outcome() const { return m_outcome; }
    const ProcoreError &error() const { return m_error; }
    QString uploadUuid() const { return m_uuid; }

Q_SIGNALS:
    // For the journal: each step an interrupted run must not repeat.
    void uploadCreated(const QString &uuid, const QDateTime &createdAt,
                       const QList<hoist::FileSegment> &parts);
    void partStored(int index, const QString &etag);
    void progress(qint64 sent, qint64 total);
    void detailChanged(const QString &detail);
    void finished();

protected:
    void finish(Outcome outcome, const ProcoreError &error = {})
    {
        m_outcome = outcome;
        m_error = error;
        Q_EMIT finished();
    }
    const Target m_target;
    QString m_uuid;

private:
    Outcome m_outcome = Outcome::Failed;
    ProcoreError m_error;
};

} // namespace hoist

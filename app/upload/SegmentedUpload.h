#pragma once

#include "SegmentPlan.h"
#include "procore/ProcoreError.h"
#include "procore/RetryPolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace hoist {

class ApiReply;
class BandwidthLimiter;
class ProcoreClient;

// A v1.1 segmented direct upload of one file: hash the parts (one pass, off the UI thread),
// create the upload with their sizes and checksums, PUT the parts in parallel with exactly the
// headers Procore returned (no Authorization, no cookies), retry a failed part alone, then PATCH
// the ETags in create order. A resumed upload asks for fresh part URLs and sends only the parts
// that have no ETag yet. Association is the caller's next step (uuid()).
class SegmentedUpload : public QObject
{
    Q_OBJECT

public:
    SegmentedUpload(ProcoreClient *client, QString path, qint64 companyId, qint64 projectId, QString fileName,
                    QString contentType, QObject *parent = nullptr);
    ~SegmentedUpload() override;

    void setSegmentSize(qint64 bytes) { m_segmentSize = bytes; }
    void setMaxParallel(int parts) { m_maxParallel = std::max(1, parts); }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // Within a queue's limit on connections: the upload always has one part in flight (its
    // file's own slot); every further part at once needs `borrow()` to grant a slot, which goes
    // back through `giveBack()` as soon as it is not needed. Without a broker, up to
    // setMaxParallel() parts go at once.
    void setSlotBroker(std::function<bool()> borrow, std::function<void()> giveBack)
    {
        m_borrow = std::move(borrow);
        m_giveBack = std::move(giveBack);
    }
    // A slot may have come free: take it if a part is waiting.
    void offerSlot() { pump(); }

    void start();
    // Paces the body through `limiter` while it is limited (null: never).
    void setBandwidthLimiter(BandwidthLimiter *limiter) { m_bandwidth = limiter; }
    // Continue an upload created earlier: its uuid, its parts as planned, the ETags already stored
    // (empty string for a part not yet stored).
    void resume(const QString &uuid, const QList<FileSegment> &segments, const QStringList &etags);
    void abort();

    QString uuid() const { return m_uuid; }
    QList<FileSegment> segments() const { return m_segments; }
    QStringList etags() const;
    qint64 bytesTotal() const { return m_total; }
    qint64 bytesSent() const;
    bool isDone() const { return m_done; }
    ProcoreError error() const { return m_error; }

Q_SIGNALS:
    void preparing(qint64 hashed, qint64 total); // hashing the parts, before the create call
    void planned();                              // parts hashed: segments() is known
    void created(const QString &uuid);           // the upload exists: keep uuid and segments to resume
    void partStored(int index, const QString &etag);
    void progress(qint64 sent, qint64 total);
    void finished(); // isDone() or error()

private:
    struct Part
    {
        FileSegment segment;
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString etag;
        qint64 sent = 0;
        int attempts = 0;
        QPointer<QNetworkReply> reply;
    };
    QString uploadsPath() const;
    void create();
    void fetchUrls(); // GET the upload: fresh part URLs
    // Empty when every part has a URL it may use; else why not.
    ProcoreError takeParts(const QJsonValue &segments);
    void pump();
    void putPart(int index);
    void onPartFinished(int index);
    void complete();
    void fail(const ProcoreError &error);
    void returnSlots(int keep); // gives back borrowed slots beyond `keep`

    ProcoreClient *m_client;
    BandwidthLimiter *m_bandwidth = nullptr;
    QString m_path;
    qint64 m_companyId;
    qint64 m_projectId;
    QString m_fileName;
    QString m_contentType;
    qint64 m_segmentSize = SegmentPlan::kDefaultSegment;
    int m_maxParallel = 3;
    RetryPolicy m_retry;
    SegmentPlan m_plan;
    QList<FileSegment> m_segments;
    QList<Part> m_parts;
    QString m_uuid;
    qint64 m_total = 0;
    QPointer<ApiReply> m_api;
    ProcoreError m_error;
    bool m_done = false;
    bool m_aborted = false;
    bool m_completing = false;
    std::function<bool()> m_borrow;
    std::function<void()> m_giveBack;
    int m_borrowed = 0;
};

} // namespace hoist

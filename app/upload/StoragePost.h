#pragma once

#include "procore/ProcoreError.h"
#include "procore/Types.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QIODevice;
class QNetworkReply;
class QNetworkRequest;

namespace hoist {

class BandwidthLimiter;

// One direct-upload storage POST: multipart/form-data with the ticket's fields in their order,
// then `file`, streamed from disk (QHttpMultiPart over a QFile; memory stays flat for GB files).
// No Authorization header and no cookies go to storage.
class StoragePost : public QObject
{
    Q_OBJECT

public:
    StoragePost(QNetworkAccessManager *network, UploadTicket ticket, QString filePath, QString contentType,
                QObject *parent = nullptr);
    ~StoragePost() override;

    // Opens the file and sends. Returns false (and finished() follows) when the file cannot be read.
    void start();
    // Paces the body through `limiter` while it is limited (null: never).
    void setBandwidthLimiter(BandwidthLimiter *limiter) { m_bandwidth = limiter; }
    void abort();

    bool isOk() const { return m_finished && !m_error.isError(); }
    const ProcoreError &error() const { return m_error; }
    // S3's <Code> of a failure ("AccessDenied", "SlowDown", …), empty when none.
    QString s3Code() const { return m_s3Code; }
    // 403 "Policy expired": the ticket is spent; a new create-upload is needed.
    bool isPolicyExpired() const;
    qint64 bytesSent() const { return m_sent; }
    qint64 fileSize() const { return m_size; }

Q_SIGNALS:
    void progress(qint64 fileBytesSent, qint64 fileBytesTotal);
    void finished();

private:
    void onUploadProgress(qint64 sent, qint64 total);
    void onFinished();
    // With a bandwidth limit: the multipart body built by PacedDevice (owns `file`) instead.
    QNetworkReply *postPaced(QNetworkRequest request, QIODevice *file);

    QNetworkAccessManager *m_network;
    BandwidthLimiter *m_bandwidth = nullptr;
    UploadTicket m_ticket;
    QString m_path;
    QString m_contentType;
    QPointer<QNetworkReply> m_reply;
    ProcoreError m_error;
    QString m_s3Code;
    qint64 m_sent = 0;
    qint64 m_size = 0;
    qint64 m_overhead = 0; // multipart bytes besides the file
    bool m_finished = false;
    bool m_aborted = false;
};

} // namespace hoist

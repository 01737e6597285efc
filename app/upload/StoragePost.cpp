#include "StoragePost.h"

#include "BandwidthLimiter.h"
#include "FileRangeDevice.h"
#include "PacedDevice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace hoist {

using namespace Qt::StringLiterals;

namespace {

constexpr int kStallTimeoutMs = 120000; // no bytes moving for this long: give up on the attempt

QByteArray quotedParam(const QString &value)
{
    QByteArray v = value.toUtf8();
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', ' ').replace('\n', ' ');
    return '"' + v + '"';
}

} // namespace

StoragePost::StoragePost(QNetworkAccessManager *network, UploadTicket ticket, QString filePath,
                         QString contentType, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_ticket(std::move(ticket))
    , m_path(std::move(filePath))
    , m_contentType(std::move(contentType))
{}

StoragePost::~StoragePost()
{
    if (m_reply) {
        m_aborted = true;
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void StoragePost::start()
{
    // A fixed-length window of the file, not the live QFile: a file that shrinks under the POST
    // ends this attempt with an error instead of Qt reading past its new end.
    auto *file = new FileRangeDevice(m_path, 0, QFileInfo(m_path).size());
    if (!file->open(QIODevice::ReadOnly)) {
        m_error = ProcoreError::localFile(QCoreApplication::translate("StoragePost", "Cannot read %1: %2")
                                              .arg(m_path, file->errorString()));
        delete file;
        m_finished = true;
        QTimer::singleShot(0, this, &StoragePost::finished);
        return;
    }
    m_size = file->size();

    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    // Every field create-upload returned, unaltered and in order; `file` last (S3 ignores what follows it).
    for (const auto &[name, value] : std::as_const(m_ticket.fields)) {
        QHttpPart part;
        part.setRawHeader("Content-Disposition", "form-data; name=" + quotedParam(name));
        part.setBody(value.toUtf8());
        multi->append(part);
    }
    QHttpPart filePart;
    filePart.setRawHeader("Content-Disposition",
                          "form-data; name=\"file\"; filename=" + quotedParam(QFileInfo(m_path).fileName()));
    filePart.setRawHeader("Content-Type", m_contentType.isEmpty()
                                              ? QByteArrayLiteral("application/octet-stream")
                                              : m_contentType.toLatin1());
    filePart.setBodyDevice(file); // streamed from disk, never read into memory as a whole
    file->setParent(multi);
    multi->append(filePart);

    QNetworkRequest request(m_ticket.url);
    // Storage gets no credentials of ours: no Authorization header (none is set) and no cookies.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(kStallTimeoutMs);
    // Storage carries no credentials of ours: it may follow S3's redirects (not to http from https).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (m_bandwidth && m_bandwidth->isLimited()) // the same body, read at the limit's pace
        m_reply = postPaced(request, file);
    else
        m_reply = m_network->post(request, multi);
    multi->setParent(m_reply);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &StoragePost::onUploadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &StoragePost::onFinished);
}

QNetworkReply *StoragePost::postPaced(QNetworkRequest request, QIODevice *file)
{
    QByteArray contentType;
    QIODevice *body = PacedDevice::formData(m_ticket.fields, QFileInfo(m_path).fileName(),
                                            m_contentType.toLatin1(), file, m_bandwidth, &contentType);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
    QNetworkReply *reply = m_network->post(request, body);
    body->setParent(reply);
    return reply;
}

void StoragePost::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

bool StoragePost::isPolicyExpired() const
{
    return m_error.httpStatus == 403 && m_error.message.contains(u"expired"_s, Qt::CaseInsensitive);
}

void StoragePost::onUploadProgress(qint64 sent, qint64 total)
{
    if (total <= 0)
        return; // QTBUG-44782: (0, 0) arrives at the end; progress must not snap back
    m_overhead = std::max<qint64>(0, total - m_size);
    // Bytes before the file part count as overhead; the file's share is what is past them.
    const qint64 fileSent = std::clamp<qint64>(sent - m_overhead, 0, m_size);
    if (fileSent > m_sent) {
        m_sent = fileSent;
        Q_EMIT progress(m_sent, m_size);
    }
}

void StoragePost::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_finished = true;
    const QByteArray body = m_aborted || !reply->isOpen() ? QByteArray() : reply->readAll();
    if (m_aborted) {
        m_error = ProcoreError::cancelled();
    } else {
        m_error = ProcoreError::fromReply(reply, body);
        m_s3Code = m_error.body.toObject().value(u"Code"_s).toString();
        if (m_error.isError() && m_error.httpStatus >= 400 && m_error.httpStatus < 500
            && m_error.httpStatus != 403 && m_s3Code.isEmpty()) {
            // A 4xx without S3's <Error> body is the server giving up on a broken body (a dropped
            // connection), not a verdict on the request: worth another attempt.
            m_error.kind = ProcoreError::Kind::Network;
        }
        if (!m_error.isError()) {
            m_sent = m_size;
            Q_EMIT progress(m_sent, m_size);
        }
    }
    Q_EMIT finished();
}

} // namespace hoist

#include "SegmentedUpload.h"

#include "BandwidthLimiter.h"
#include "FileRangeDevice.h"
#include "PacedDevice.h"
#include "procore/ApiReply.h"
#include "procore/ProcoreClient.h"
#include "procore/UrlPolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace hoist {

using namespace Qt::StringLiterals;

SegmentedUpload::SegmentedUpload(ProcoreClient *client, QString path, qint64 companyId, qint64 projectId,
                                 QString fileName, QString contentType, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(path))
    , m_companyId(companyId)
    , m_projectId(projectId)
    , m_fileName(std::move(fileName))
    , m_contentType(std::move(contentType))
{
    connect(&m_plan, &SegmentPlan::progress, this, &SegmentedUpload::preparing);
    connect(&m_plan, &SegmentPlan::finished, this, [this] {
        if (m_aborted)
            return;
        if (!m_plan.error().isEmpty())
            return fail(ProcoreError::localFile(m_plan.error()));
        m_segments = m_plan.segments();
        Q_EMIT planned();
        create();
    });
}

SegmentedUpload::~SegmentedUpload()
{
    abort();
}

QString SegmentedUpload::uploadsPath() const
{
    return m_projectId ? u"/rest/v1.1/projects/%1/uploads"_s.arg(m_projectId)
                       : u"/rest/v1.1/companies/%1/uploads"_s.arg(m_companyId);
}

void SegmentedUpload::start()
{
    m_plan.start(m_path, m_segmentSize);
}

void SegmentedUpload::resume(const QString &uuid, const QList<FileSegment> &segments,
                             const QStringList &etags)
{
    m_uuid = uuid;
    m_segments = segments;
    m_parts.clear();
    for (const FileSegment &s : segments) {
        Part p;
        p.segment = s;
        p.etag = etags.value(s.index);
        if (!p.etag.isEmpty())
            p.sent = s.size;
        m_parts.append(p);
    }
    fetchUrls();
}

void SegmentedUpload::abort()
{
    m_aborted = true;
    returnSlots(0);
    m_plan.cancel();
    if (m_api)
        m_api->abort();
    for (Part &p : m_parts)
        if (p.reply)
            p.reply->abort();
}

QStringList SegmentedUpload::etags() const
{
    QStringList out;
    for (const Part &p : m_parts)
        out << p.etag;
    return out;
}

qint64 SegmentedUpload::bytesSent() const
{
    qint64 n = 0;
    for (const Part &p : m_parts)
        n += p.sent;
    return n;
}

void SegmentedUpload::create()
{
    QJsonArray segs;
    m_total = 0;
    for (const FileSegment &s : std::as_const(m_segments)) {
        QJsonObject seg{{u"size"_s, s.size}, {u"sha256"_s, QString::fromLatin1(s.sha256)}};
        if (!s.md5.isEmpty()) // optional; only a plan from an older journal has one
            seg.insert(u"md5"_s, QString::fromLatin1(s.md5));
        segs.append(seg);
        m_total += s.size;
    }
    const QJsonObject body{{u"response_filename"_s, m_fileName},
                           {u"response_content_type"_s, m_contentType},
                           {u"size"_s, m_total},
                           {u"segments"_s, segs}};
    ApiReply *reply = m_client->sendRepeatable("POST", uploadsPath(), {}, m_companyId, body);
    m_api = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk())
            return fail(reply->error());
        m_uuid = reply->json().toObject().value(u"uuid"_s).toString();
        m_parts.clear();
        for (const FileSegment &s : std::as_const(m_segments))
            m_parts.append(Part{s, {}, {}, {}, 0, 0, {}});
        if (const ProcoreError e = takeParts(reply->json().toObject().value(u"segments"_s)); e.isError())
            return fail(e);
        Q_EMIT created(m_uuid);
        pump();
    });
}

void SegmentedUpload::fetchUrls()
{
    ApiReply *reply = m_client->send("GET", uploadsPath() + QLatin1Char('/') + m_uuid, {}, m_companyId);
    m_api = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk())
            return fail(reply->error());
        m_total = 0;
        for (const Part &p : std::as_const(m_parts))
            m_total += p.segment.size;
        if (const ProcoreError e = takeParts(reply->json().toObject().value(u"segments"_s)); e.isError())
            return fail(e);
        pump();
    });
}

ProcoreError SegmentedUpload::takeParts(const QJsonValue &segments)
{
    const QJsonArray list = segments.toArray();
    if (list.size() != m_parts.size())
        return ProcoreError::localFile(tr("Procore answered the segmented upload without part URLs."));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject s = list[i].toObject();
        Part &p = m_parts[i];
        p.url = QUrl(s.value(u"url"_s).toString(), QUrl::StrictMode);
        p.headers.clear();
        const QJsonObject headers = s.value(u"headers"_s).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            p.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
        if (!p.url.isValid())
            return ProcoreError::localFile(tr("Procore answered the segmented upload without part URLs."));
        // The answer is untrusted: a PUT to a file: address would overwrite a local file.
        if (const QString why = UrlPolicy::storageUrlProblem(p.url, m_client->apiBase()); !why.isEmpty()) {
            for (Part &part : m_parts)
                part.url.clear(); // none goes out
            return UrlPolicy::refusedAnswer(why);
        }
    }
    return {};
}

void SegmentedUpload::pump()
{
    // Nothing to send before the parts have their URLs, nor once the PATCH is on its way.
    if (m_aborted || m_error.isError() || m_completing || m_done || m_parts.isEmpty()
        || m_parts[0].url.isEmpty())
        return;
    int running = 0;
    bool allStored = true;
    for (const Part &p : std::as_const(m_parts)) {
        running += p.reply ? 1 : 0;
        allStored = allStored && !p.etag.isEmpty();
    }
    returnSlots(std::max(0, running - 1)); // the first part in flight needs no borrowed slot
    if (allStored)
        return complete();
    for (int i = 0; i < m_parts.size() && running < m_maxParallel; ++i) {
        Part &p = m_parts[i];
        if (!p.etag.isEmpty() || p.reply || p.attempts < 0)
            continue;
        if (running >= 1 + m_borrowed && m_borrow) {
            if (!m_borrow())
                break;
            ++m_borrowed;
        }
        putPart(i);
        ++running;
    }
}

void SegmentedUpload::returnSlots(int keep)
{
    while (m_borrowed > keep) {
        --m_borrowed;
        if (m_giveBack)
            m_giveBack();
    }
}

void SegmentedUpload::putPart(int index)
{
    Part &p = m_parts[index];
    auto *body = new FileRangeDevice(m_path, p.segment.offset, p.segment.size);
    if (!body->open(QIODevice::ReadOnly)) {
        const QString why = body->errorString();
        delete body;
        return fail(
            ProcoreError::localFile(tr("Cannot read part %1 of %2: %3").arg(index + 1).arg(m_path, why)));
    }
    QNetworkRequest request(p.url);
    // Exactly the headers Procore returned; Content-Length comes from the body's size.
    for (const auto &[name, value] : std::as_const(p.headers))
        if (name.compare("content-length", Qt::CaseInsensitive) != 0)
            request.setRawHeader(name, value);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // Storage carries no credentials of ours: it may follow S3's redirects (not to http from https).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    ++p.attempts;
    p.sent = 0;
    QIODevice *bodyDevice = body;
    if (m_bandwidth && m_bandwidth->isLimited()) { // the bandwidth limit paces the part's bytes
        bodyDevice = new PacedDevice({}, body, {}, m_bandwidth);
        request.setHeader(QNetworkRequest::ContentLengthHeader, bodyDevice->size());
    }
    QNetworkReply *reply = m_client->network()->put(request, bodyDevice);
    bodyDevice->setParent(reply);
    p.reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, [this, index](qint64 sent, qint64 total) {
        if (total <= 0)
            return; // (0, 0) comes at the very end (QTBUG-44782)
        m_parts[index].sent = sent;
        Q_EMIT progress(bytesSent(), m_total);
    });
    connect(reply, &QNetworkReply::finished, this, [this, index] { onPartFinished(index); });
}

void SegmentedUpload::onPartFinished(int index)
{
    Part &p = m_parts[index];
    QNetworkReply *reply = p.reply;
    p.reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_aborted)
        return;
    const ProcoreError error = ProcoreError::fromReply(reply, reply->readAll());
    if (!error.isError()) {
        p.etag = QString::fromLatin1(reply->rawHeader("ETag")).remove(QLatin1Char('"'));
        p.sent = p.segment.size;
        Q_EMIT partStored(index, p.etag);
        Q_EMIT progress(bytesSent(), m_total);
        return pump();
    }
    p.sent = 0;
    Q_EMIT progress(bytesSent(), m_total);
    if (m_retry.shouldRetry(p.attempts, error)) {
        // This part alone goes again; the others carry on.
        p.attempts = -p.attempts; // held: not picked by pump() until the timer fires
        QTimer::singleShot(m_retry.delayMs(-p.attempts, error), this, [this, index] {
            m_parts[index].attempts = -m_parts[index].attempts;
            pump(); // within the slots it has, like any other part
        });
        return pump();
    }
    fail(error);
}

void SegmentedUpload::complete()
{
    m_completing = true;
    QJsonArray etags;
    // Procore's reference requires each segment's size and sha256 next to its etag.
    for (const Part &p : std::as_const(m_parts))
        etags.append(QJsonObject{{u"size"_s, p.segment.size},
                                 {u"sha256"_s, QString::fromLatin1(p.segment.sha256)},
                                 {u"etag"_s, p.etag}});
    ApiReply *reply = m_client->send("PATCH", uploadsPath() + QLatin1Char('/') + m_uuid, {}, m_companyId,
                                     QJsonObject{{u"segments"_s, etags}});
    m_api = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk())
            return fail(reply->error());
        m_done = true;
        Q_EMIT finished();
    });
}

void SegmentedUpload::fail(const ProcoreError &error)
{
    if (m_error.isError())
        return;
    m_error = error;
    for (Part &p : m_parts)
        if (p.reply)
            p.reply->abort();
    returnSlots(0);
    Q_EMIT finished();
}

} // namespace hoist

#include "StorageRoutes.h"

#include "IncomingObject.h"
#include "SandboxContext.h"
#include "SandboxState.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <chrono>
#include <memory>
#include <optional>
#include <thread>

namespace hoist::sandbox {

using http::str;

namespace {

constexpr qint64 kMaxFieldBytes = 64 * 1024;

struct S3Error
{
    int status;
    QString code;
    QString message;
};

// Paces a body to a bandwidth limit (the "throttle" fault) by pausing the reading thread.
class Throttle
{
public:
    explicit Throttle(qint64 bytesPerSecond)
        : m_bps(bytesPerSecond)
    {
        m_clock.start();
    }
    void account(qint64 totalBytes)
    {
        if (m_bps <= 0)
            return;
        const qint64 dueMs = totalBytes * 1000 / m_bps;
        const qint64 ahead = dueMs - m_clock.elapsed();
        if (ahead > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(ahead));
    }

private:
    qint64 m_bps;
    QElapsedTimer m_clock;
};

void applyStorageFault(httplib::Response &res, const FaultRule &rule)
{
    const QString code = rule.status == 503   ? QStringLiteral("SlowDown")
                         : rule.status == 403 ? QStringLiteral("AccessDenied")
                                              : QStringLiteral("InternalError");
    const QString message = rule.status == 503 ? QStringLiteral("Please reduce your request rate.")
                            : rule.status == 403
                                ? QStringLiteral("Access Denied")
                                : QStringLiteral("We encountered an internal error. Please try again.");
    res.headers.erase("ETag"); // an after_success fault: the object is stored, the answer is lost
    res.headers.erase("Location");
    http::sendXmlError(res, rule.status, code, message);
    if (rule.retryAfterSecs >= 0)
        res.set_header("Retry-After", std::to_string(rule.retryAfterSecs));
}

// The body stopped coming (the "drop mid-body" fault, or a client that went away): what S3 says
// before it closes the connection. Whether the client reads this or only sees the connection
// close depends on how far it got; both must lead to a retry.
void dropped(httplib::Response &res)
{
    http::sendXmlError(
        res, 400, QStringLiteral("RequestTimeout"),
        QStringLiteral("Your socket connection to the server was not read from or written to within "
                       "the timeout period. Idle connections will be closed."));
    res.set_header("Connection", "close");
}

} // namespace

StorageRoutes::StorageRoutes(SandboxContext &ctx)
    : m_ctx(ctx)
{}

namespace {

// Counts a storage request as in flight for as long as it is served.
class InFlight
{
public:
    explicit InFlight(SandboxState &state)
        : m_state(state)
    {
        auto lock = m_state.lock();
        m_state.storageInFlightPeak = std::max(m_state.storageInFlightPeak, ++m_state.storageInFlight);
    }
    ~InFlight()
    {
        auto lock = m_state.lock();
        --m_state.storageInFlight;
    }
    InFlight(const InFlight &) = delete;
    InFlight &operator=(const InFlight &) = delete;

private:
    SandboxState &m_state;
};

} // namespace

void StorageRoutes::install(httplib::Server &server)
{
    // POST Object: multipart/form-data with the policy's fields, then exactly one `file`, last.
    server.Post(R"(/s3/([^/]+))", [this](const httplib::Request &req, httplib::Response &res,
                                         const httplib::ContentReader &reader) {
        const InFlight inFlight(m_ctx.state);
        const QString bucket = str(req.matches[1].str());
        const std::optional<FaultRule> fault =
            m_ctx.faults.take(QStringLiteral("storage"), QStringLiteral("POST"), str(req.path));
        std::optional<S3Error> error;
        if (bucket != m_ctx.bucket)
            error = S3Error{404, QStringLiteral("NoSuchBucket"),
                            QStringLiteral("The specified bucket does not exist")};
        else if (req.has_header("Authorization"))
            error =
                S3Error{400, QStringLiteral("InvalidArgument"),
                        QStringLiteral("Unsupported Authorization Type: a browser-based POST upload must not "
                                       "carry an Authorization header")};
        if (!req.is_multipart_form_data()) {
            reader([](const char *, size_t) { return true; }); // read it all, keep nothing
            http::sendXmlError(
                res, 412, QStringLiteral("PreconditionFailed"),
                QStringLiteral("Bucket POST must be of the enclosure-type multipart/form-data"));
            return;
        }

        PostPolicy::Fields fields;
        QString partName;
        QByteArray partValue;
        bool inFile = false;
        int fileParts = 0;
        bool partAfterFile = false;
        std::unique_ptr<IncomingObject> incoming;
        QString uuid;
        Throttle throttle(m_ctx.faults.storageBytesPerSecond());
        qint64 received = 0;
        const qint64 dropAfter = fault ? fault->dropAfterBytes : -1;

        auto closeField = [&] {
            if (!partName.isNull())
                fields.append({partName, QString::fromUtf8(partValue)});
            partName = QString();
            partValue.clear();
        };
        auto onFile = [&] {
            // Everything before the file is what the policy must cover; check it now, before storing bytes.
            if (error)
                return;
            const PostPolicy::Result verdict =
                m_ctx.policy.verify(bucket, fields, QDateTime::currentDateTimeUtc());
            switch (verdict.verdict) {
            case PostPolicy::Verdict::Ok:
                break;
            case PostPolicy::Verdict::BadSignature:
                error = S3Error{403, QStringLiteral("SignatureDoesNotMatch"), verdict.detail};
                return;
            case PostPolicy::Verdict::Malformed:
                error = S3Error{400, QStringLiteral("InvalidPolicyDocument"), verdict.detail};
                return;
            default:
                error = S3Error{403, QStringLiteral("AccessDenied"), verdict.detail};
                return;
            }
            QString key;
            for (const auto &[n, v] : fields)
                if (n.compare(QLatin1String("key"), Qt::CaseInsensitive) == 0)
                    key = v;
            uuid = key.section(QLatin1Char('/'), -1);
            {
                auto lock = m_ctx.state.lock();
                const auto it = m_ctx.state.uploads.find(uuid);
                if (it == m_ctx.state.uploads.end() || it->second.key != key
                    || !it->second.segments.empty()) {
                    error = S3Error{403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied")};
                    return;
                }
            }
            incoming = std::make_unique<IncomingObject>(m_ctx.objectsDir);
            if (!incoming->open())
                error =
                    S3Error{500, QStringLiteral("InternalError"), QStringLiteral("Storage is unavailable")};
        };

        const bool complete = reader(
            [&](const httplib::MultipartFormData &part) {
                if (inFile)
                    inFile = false;
                else
                    closeField();
                if (fileParts > 0)
                    partAfterFile = true;
                if (part.name == "file") {
                    ++fileParts;
                    inFile = true;
                    if (fileParts == 1)
                        onFile();
                } else {
                    partName = str(part.name);
                }
                return true;
            },
            [&](const char *data, size_t len) {
                if (!inFile) {
                    partValue.append(data, qsizetype(len));
                    if (partValue.size() > kMaxFieldBytes && !error)
                        error = S3Error{
                            400, QStringLiteral("MaxPostPreDataLengthExceeded"),
                            QStringLiteral(
                                "Your POST request fields preceding the upload file were too large.")};
                    return true;
                }
                received += qint64(len);
                if (dropAfter >= 0 && received >= dropAfter)
                    return false; // injected fault: the connection drops mid-body
                throttle.account(received);
                if (received > m_ctx.options.maxPostBytes && !error)
                    error = S3Error{400, QStringLiteral("EntityTooLarge"),
                                    QStringLiteral("Your proposed upload exceeds the maximum allowed size")};
                if (incoming && !error && fileParts == 1 && !incoming->write(data, len))
                    error = S3Error{500, QStringLiteral("InternalError"), QStringLiteral("Storage is full")};
                return true;
            });
        if (!complete) {
            dropped(res);
            return;
        }
        if (!inFile)
            closeField();
        if (!error && fileParts == 0)
            error = S3Error{400, QStringLiteral("InvalidArgument"),
                            QStringLiteral("POST requires exactly one file upload per request.")};
        if (!error && (fileParts > 1 || partAfterFile))
            error = S3Error{
                400, QStringLiteral("InvalidArgument"),
                QStringLiteral("The file must be the last field of the form, and there must be only one.")};
        if (error) {
            http::sendXmlError(res, error->status, error->code, error->message);
            return;
        }
        if (fault && fault->dropAfterBytes < 0 && !fault->afterSuccess) {
            applyStorageFault(res, *fault);
            return;
        }
        auto lock = m_ctx.state.lock();
        auto it = m_ctx.state.uploads.find(uuid);
        if (it == m_ctx.state.uploads.end()) {
            http::sendXmlError(res, 403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied"));
            return;
        }
        Upload &upload = it->second;
        if (!incoming->commit(m_ctx.objectPath(upload.key))) {
            http::sendXmlError(res, 500, QStringLiteral("InternalError"), QStringLiteral("Storage is full"));
            return;
        }
        StoredObject object{upload.key,      incoming->size(),   incoming->sha256(),
                            incoming->md5(), upload.contentType, QDateTime::currentDateTimeUtc()};
        m_ctx.state.objects[upload.key] = object;
        upload.stored = true;
        m_ctx.state.dirty = true;
        res.status = 204;
        res.set_header("ETag", http::std8(QLatin1Char('"') + object.md5 + QLatin1Char('"')));
        res.set_header("Location", http::std8(m_ctx.storageUrl() + QLatin1Char('/') + upload.key));
        if (fault && fault->dropAfterBytes < 0 && fault->afterSuccess)
            applyStorageFault(res, *fault);
    });

    // Segment PUT of a v1.1 segmented upload: raw bytes, exactly the headers create-upload returned.
    server.Put(R"(/s3/([^/]+)/(.+))", [this](const httplib::Request &req, httplib::Response &res,
                                             const httplib::ContentReader &reader) {
        const InFlight inFlight(m_ctx.state);
        const std::optional<FaultRule> fault =
            m_ctx.faults.take(QStringLiteral("storage"), QStringLiteral("PUT"), str(req.path));
        const QString key = str(req.matches[2].str());
        const QString uuid = http::param(req, "uploadId");
        const int partNumber = http::param(req, "partNumber").toInt();
        std::optional<S3Error> error;
        UploadSegment segment;
        {
            auto lock = m_ctx.state.lock();
            const auto it = m_ctx.state.uploads.find(uuid);
            if (req.has_header("Authorization"))
                error = S3Error{
                    400, QStringLiteral("InvalidArgument"),
                    QStringLiteral("Only one auth mechanism allowed; the presigned URL already carries one")};
            else if (it == m_ctx.state.uploads.end() || it->second.key != key || partNumber < 1
                     || partNumber > int(it->second.segments.size()))
                error = S3Error{403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied")};
            else if (it->second.policyExpiresAt <= QDateTime::currentDateTimeUtc())
                error = S3Error{403, QStringLiteral("AccessDenied"), QStringLiteral("Request has expired")};
            else
                segment = it->second.segments[size_t(partNumber - 1)];
        }
        const QString sentSha = http::header(req, "x-amz-content-sha256").toLower();
        const QString sentMd5 = http::header(req, "Content-MD5");
        const qint64 sentLength = http::header(req, "Content-Length").toLongLong();
        if (!error && sentSha != segment.sha256)
            error = S3Error{
                403, QStringLiteral("SignatureDoesNotMatch"),
                QStringLiteral("x-amz-content-sha256 is not the value that was signed for this part")};
        if (!error && sentLength != segment.size)
            error = S3Error{400,
                            sentLength < segment.size ? QStringLiteral("IncompleteBody")
                                                      : QStringLiteral("InvalidArgument"),
                            QStringLiteral("Content-Length %1 does not match the part size %2")
                                .arg(sentLength)
                                .arg(segment.size)};
        if (!error && !segment.md5.isEmpty()
            && QByteArray::fromBase64(sentMd5.toLatin1()).toHex() != segment.md5.toLatin1())
            error = S3Error{400, QStringLiteral("InvalidDigest"),
                            QStringLiteral("The Content-MD5 you specified was invalid.")};

        std::unique_ptr<IncomingObject> incoming;
        if (!error) {
            incoming = std::make_unique<IncomingObject>(m_ctx.objectsDir);
            if (!incoming->open())
                error =
                    S3Error{500, QStringLiteral("InternalError"), QStringLiteral("Storage is unavailable")};
        }
        Throttle throttle(m_ctx.faults.storageBytesPerSecond());
        qint64 received = 0;
        const qint64 dropAfter = fault ? fault->dropAfterBytes : -1;
        const bool complete = reader([&](const char *data, size_t len) {
            received += qint64(len);
            if (dropAfter >= 0 && received >= dropAfter)
                return false;
            throttle.account(received);
            if (incoming && !error)
                incoming->write(data, len);
            return true;
        });
        if (!complete) {
            dropped(res);
            return;
        }
        if (!error && incoming->sha256() != segment.sha256)
            error =
                S3Error{400, QStringLiteral("XAmzContentSHA256Mismatch"),
                        QStringLiteral(
                            "The provided 'x-amz-content-sha256' header does not match what was computed.")};
        if (!error && !segment.md5.isEmpty() && incoming->md5() != segment.md5)
            error = S3Error{400, QStringLiteral("BadDigest"),
                            QStringLiteral("The Content-MD5 you specified did not match what we received.")};
        if (error) {
            http::sendXmlError(res, error->status, error->code, error->message);
            return;
        }
        if (fault && fault->dropAfterBytes < 0 && !fault->afterSuccess) {
            applyStorageFault(res, *fault);
            return;
        }
        auto lock = m_ctx.state.lock();
        auto it = m_ctx.state.uploads.find(uuid);
        if (it == m_ctx.state.uploads.end()
            || !incoming->commit(m_ctx.objectPath(key) + QStringLiteral(".part%1").arg(partNumber))) {
            http::sendXmlError(res, 500, QStringLiteral("InternalError"),
                               QStringLiteral("Storage is unavailable"));
            return;
        }
        const QString etag = incoming->md5();
        it->second.segments[size_t(partNumber - 1)].etag = etag;
        m_ctx.state.dirty = true;
        res.status = 200;
        res.set_header("ETag", http::std8(QLatin1Char('"') + etag + QLatin1Char('"')));
        if (fault && fault->dropAfterBytes < 0 && fault->afterSuccess)
            applyStorageFault(res, *fault);
    });

    // GET Object, so "open in Procore" links and downloads work against the sandbox.
    server.Get(R"(/s3/([^/]+)/(.+))", [this](const httplib::Request &req, httplib::Response &res) {
        const QString key = str(req.matches[2].str());
        QString contentType;
        {
            auto lock = m_ctx.state.lock();
            const auto it = m_ctx.state.objects.find(key);
            if (it == m_ctx.state.objects.end()) {
                http::sendXmlError(res, 404, QStringLiteral("NoSuchKey"),
                                   QStringLiteral("The specified key does not exist."));
                return;
            }
            contentType = it->second.contentType;
        }
        auto file = std::make_shared<QFile>(m_ctx.objectPath(key));
        if (!file->open(QIODevice::ReadOnly)) {
            http::sendXmlError(res, 404, QStringLiteral("NoSuchKey"),
                               QStringLiteral("The specified key does not exist."));
            return;
        }
        res.set_content_provider(size_t(file->size()), http::std8(contentType),
                                 [file](size_t offset, size_t length, httplib::DataSink &sink) {
                                     file->seek(qint64(offset));
                                     const QByteArray chunk =
                                         file->read(qint64(std::min<size_t>(length, 1 << 16)));
                                     sink.write(chunk.constData(), size_t(chunk.size()));
                                     return !chunk.isEmpty();
                                 });
    });
}

} // namespace hoist::sandbox

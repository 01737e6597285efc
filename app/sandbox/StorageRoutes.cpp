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
#include <vector>

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
    server.Post(R"(/s3/([^/]+))",
                [this](const httplib::Request &req, httplib::Response &res,
                       const httplib::ContentReader &reader) { postObject(req, res, reader); });

    server.Put(R"(/s3/([^/]+)/(.+))",
               [this](const httplib::Request &req, httplib::Response &res,
                      const httplib::ContentReader &reader) { putSegment(req, res, reader); });

    server.Get(R"(/s3/([^/]+)/(.+))",
               [this](const httplib::Request &req, httplib::Response &res) { getObject(req, res); });
}

namespace {

// A browser-based POST as it streams in: the form's fields, then the one file, which is checked
// against the policy before any byte of it is stored.
struct PostedForm
{
    QString bucket;
    PostPolicy::Fields fields;
    QString partName;
    QByteArray partValue;
    bool inFile = false;
    int fileParts = 0;
    bool partAfterFile = false;
    std::unique_ptr<IncomingObject> incoming;
    QString uuid;
    std::optional<S3Error> error;

    void closeField()
    {
        if (!partName.isNull())
            fields.append({partName, QString::fromUtf8(partValue)});
        partName = QString();
        partValue.clear();
    }
};

// The file begins: everything before it is what the policy must cover; checked now, before
// storing bytes, and the upload it names must be a direct (not segmented) one.
void acceptFile(SandboxContext &ctx, PostedForm &form)
{
    if (form.error)
        return;
    const PostPolicy::Result verdict =
        ctx.policy.verify(form.bucket, form.fields, QDateTime::currentDateTimeUtc());
    switch (verdict.verdict) {
    case PostPolicy::Verdict::Ok:
        break;
    case PostPolicy::Verdict::BadSignature:
        form.error = S3Error{403, QStringLiteral("SignatureDoesNotMatch"), verdict.detail};
        return;
    case PostPolicy::Verdict::Malformed:
        form.error = S3Error{400, QStringLiteral("InvalidPolicyDocument"), verdict.detail};
        return;
    default:
        form.error = S3Error{403, QStringLiteral("AccessDenied"), verdict.detail};
        return;
    }
    QString key;
    for (const auto &[n, v] : form.fields)
        if (n.compare(QLatin1String("key"), Qt::CaseInsensitive) == 0)
            key = v;
    form.uuid = key.section(QLatin1Char('/'), -1);
    {
        auto lock = ctx.state.lock();
        const auto it = ctx.state.uploads.find(form.uuid);
        if (it == ctx.state.uploads.end() || it->second.key != key || !it->second.segments.empty()) {
            form.error = S3Error{403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied")};
            return;
        }
    }
    form.incoming = std::make_unique<IncomingObject>(ctx.objectsDir);
    if (!form.incoming->open())
        form.error = S3Error{500, QStringLiteral("InternalError"), QStringLiteral("Storage is unavailable")};
}

// Reads the multipart body into `form`, the file's bytes to disk; false when the body stopped
// coming (or the fault dropped it).
bool readForm(SandboxContext &ctx, const httplib::ContentReader &reader, qint64 dropAfter, PostedForm &form)
{
    Throttle throttle(ctx.faults.storageBytesPerSecond());
    qint64 received = 0;
    return reader(
        [&](const httplib::MultipartFormData &part) {
            if (form.inFile)
                form.inFile = false;
            else
                form.closeField();
            if (form.fileParts > 0)
                form.partAfterFile = true;
            if (part.name == "file") {
                ++form.fileParts;
                form.inFile = true;
                if (form.fileParts == 1)
                    acceptFile(ctx, form);
            } else {
                form.partName = str(part.name);
            }
            return true;
        },
        [&](const char *data, size_t len) {
            if (!form.inFile) {
                form.partValue.append(data, qsizetype(len));
                if (form.partValue.size() > kMaxFieldBytes && !form.error)
                    form.error = S3Error{
                        400, QStringLiteral("MaxPostPreDataLengthExceeded"),
                        QStringLiteral("Your POST request fields preceding the upload file were too large.")};
                return true;
            }
            received += qint64(len);
            if (dropAfter >= 0 && received >= dropAfter)
                return false; // injected fault: the connection drops mid-body
            throttle.account(received);
            if (received > ctx.options.maxPostBytes && !form.error)
                form.error = S3Error{400, QStringLiteral("EntityTooLarge"),
                                     QStringLiteral("Your proposed upload exceeds the maximum allowed size")};
            if (form.incoming && !form.error && form.fileParts == 1 && !form.incoming->write(data, len))
                form.error = S3Error{500, QStringLiteral("InternalError"), QStringLiteral("Storage is full")};
            return true;
        });
}

// The checked file becomes the upload's object: 204 with the MD5 ETag.
void storePosted(SandboxContext &ctx, httplib::Response &res, PostedForm &form)
{
    auto lock = ctx.state.lock();
    auto it = ctx.state.uploads.find(form.uuid);
    if (it == ctx.state.uploads.end()) {
        http::sendXmlError(res, 403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied"));
        return;
    }
    Upload &upload = it->second;
    if (!form.incoming->commit(ctx.objectPath(upload.key))) {
        http::sendXmlError(res, 500, QStringLiteral("InternalError"), QStringLiteral("Storage is full"));
        return;
    }
    StoredObject object{upload.key,           form.incoming->size(), form.incoming->sha256(),
                        form.incoming->md5(), upload.contentType,    QDateTime::currentDateTimeUtc()};
    ctx.state.objects[upload.key] = object;
    upload.stored = true;
    ctx.state.dirty = true;
    res.status = 204;
    res.set_header("ETag", http::std8(QLatin1Char('"') + object.md5 + QLatin1Char('"')));
    res.set_header("Location", http::std8(ctx.storageUrl() + QLatin1Char('/') + upload.key));
}

} // namespace

// POST Object: multipart/form-data with the policy's fields, then exactly one `file`, last.
void StorageRoutes::postObject(const httplib::Request &req, httplib::Response &res,
                               const httplib::ContentReader &reader)
{
    const InFlight inFlight(m_ctx.state);
    PostedForm form;
    form.bucket = str(req.matches[1].str());
    const std::optional<FaultRule> fault =
        m_ctx.faults.take(QStringLiteral("storage"), QStringLiteral("POST"), str(req.path));
    if (form.bucket != m_ctx.bucket)
        form.error = S3Error{404, QStringLiteral("NoSuchBucket"),
                             QStringLiteral("The specified bucket does not exist")};
    else if (req.has_header("Authorization"))
        form.error =
            S3Error{400, QStringLiteral("InvalidArgument"),
                    QStringLiteral("Unsupported Authorization Type: a browser-based POST upload must "
                                   "not carry an Authorization header")};
    if (!req.is_multipart_form_data()) {
        reader([](const char *, size_t) { return true; }); // read it all, keep nothing
        http::sendXmlError(res, 412, QStringLiteral("PreconditionFailed"),
                           QStringLiteral("Bucket POST must be of the enclosure-type multipart/form-data"));
        return;
    }
    if (!readForm(m_ctx, reader, fault ? fault->dropAfterBytes : -1, form))
        return dropped(res);
    if (!form.inFile)
        form.closeField();
    if (!form.error && form.fileParts == 0)
        form.error = S3Error{400, QStringLiteral("InvalidArgument"),
                             QStringLiteral("POST requires exactly one file upload per request.")};
    if (!form.error && (form.fileParts > 1 || form.partAfterFile))
        form.error = S3Error{
            400, QStringLiteral("InvalidArgument"),
            QStringLiteral("The file must be the last field of the form, and there must be only one.")};
    if (form.error)
        return http::sendXmlError(res, form.error->status, form.error->code, form.error->message);
    if (fault && fault->dropAfterBytes < 0 && !fault->afterSuccess)
        return applyStorageFault(res, *fault);
    storePosted(m_ctx, res, form);
    if (res.status == 204 && fault && fault->dropAfterBytes < 0 && fault->afterSuccess)
        applyStorageFault(res, *fault);
}

namespace {

// A segment PUT's target and headers: the upload and part it names (not expired) and exactly the
// sha256, length and MD5 that were signed for it. *segment is that part when there is no error.
S3Error noSuchUpload()
{
    return S3Error{404, QStringLiteral("NoSuchUpload"),
                   QStringLiteral("The specified multipart upload does not exist. The upload ID might be "
                                  "invalid, or the multipart upload might have been aborted or completed.")};
}

std::optional<S3Error> checkSegmentPut(SandboxContext &ctx, const httplib::Request &req, const QString &key,
                                       const QString &uuid, int partNumber, UploadSegment *segment)
{
    std::optional<S3Error> error;
    {
        auto lock = ctx.state.lock();
        const auto it = ctx.state.uploads.find(uuid);
        if (req.has_header("Authorization"))
            error = S3Error{
                400, QStringLiteral("InvalidArgument"),
                QStringLiteral("Only one auth mechanism allowed; the presigned URL already carries one")};
        else if (it == ctx.state.uploads.end() || it->second.key != key || partNumber < 1
                 || partNumber > int(it->second.segments.size()))
            error = S3Error{403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied")};
        else if (it->second.policyExpiresAt <= QDateTime::currentDateTimeUtc())
            error = S3Error{403, QStringLiteral("AccessDenied"), QStringLiteral("Request has expired")};
        else if (it->second.stored) // completed: its parts are the object now
            error = noSuchUpload();
        else
            *segment = it->second.segments[size_t(partNumber - 1)];
    }
    const QString sentSha = http::header(req, "x-amz-content-sha256").toLower();
    const QString sentMd5 = http::header(req, "Content-MD5");
    const qint64 sentLength = http::header(req, "Content-Length").toLongLong();
    if (!error && sentSha != segment->sha256)
        error =
            S3Error{403, QStringLiteral("SignatureDoesNotMatch"),
                    QStringLiteral("x-amz-content-sha256 is not the value that was signed for this part")};
    if (!error && sentLength != segment->size)
        error = S3Error{400,
                        sentLength < segment->size ? QStringLiteral("IncompleteBody")
                                                   : QStringLiteral("InvalidArgument"),
                        QStringLiteral("Content-Length %1 does not match the part size %2")
                            .arg(sentLength)
                            .arg(segment->size)};
    if (!error && !segment->md5.isEmpty()
        && QByteArray::fromBase64(sentMd5.toLatin1()).toHex() != segment->md5.toLatin1())
        error = S3Error{400, QStringLiteral("InvalidDigest"),
                        QStringLiteral("The Content-MD5 you specified was invalid.")};
    return error;
}

} // namespace

// Segment PUT of a v1.1 segmented upload: raw bytes, exactly the headers create-upload returned.
void StorageRoutes::putSegment(const httplib::Request &req, httplib::Response &res,
                               const httplib::ContentReader &reader)
{
    const InFlight inFlight(m_ctx.state);
    const std::optional<FaultRule> fault =
        m_ctx.faults.take(QStringLiteral("storage"), QStringLiteral("PUT"), str(req.path));
    const QString key = str(req.matches[2].str());
    const QString uuid = http::param(req, "uploadId");
    const int partNumber = http::param(req, "partNumber").toInt();
    UploadSegment segment;
    std::optional<S3Error> error = checkSegmentPut(m_ctx, req, key, uuid, partNumber, &segment);
    std::unique_ptr<IncomingObject> incoming;
    if (!error) {
        incoming = std::make_unique<IncomingObject>(m_ctx.objectsDir);
        if (!incoming->open())
            error = S3Error{500, QStringLiteral("InternalError"), QStringLiteral("Storage is unavailable")};
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
        error = S3Error{
            400, QStringLiteral("XAmzContentSHA256Mismatch"),
            QStringLiteral("The provided 'x-amz-content-sha256' header does not match what was computed.")};
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
    if (it != m_ctx.state.uploads.end() && it->second.stored) { // completed while these bytes came
        const S3Error gone = noSuchUpload();
        http::sendXmlError(res, gone.status, gone.code, gone.message);
        return;
    }
    if (it == m_ctx.state.uploads.end() || !incoming->commit(m_ctx.partPath(key, partNumber))) {
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
}

// GET Object, so "open in Procore" links and downloads work against the sandbox.
void StorageRoutes::getObject(const httplib::Request &req, httplib::Response &res)
{
    const QString key = str(req.matches[2].str());
    QString contentType;
    QStringList paths;
    {
        auto lock = m_ctx.state.lock();
        const auto it = m_ctx.state.objects.find(key);
        if (it == m_ctx.state.objects.end()) {
            http::sendXmlError(res, 404, QStringLiteral("NoSuchKey"),
                               QStringLiteral("The specified key does not exist."));
            return;
        }
        contentType = it->second.contentType;
        paths = m_ctx.objectFiles(it->second);
    }
    // Its one file, or its parts one after the other.
    auto files = std::make_shared<std::vector<std::unique_ptr<QFile>>>();
    qint64 total = 0;
    for (const QString &path : std::as_const(paths)) {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly)) {
            http::sendXmlError(res, 404, QStringLiteral("NoSuchKey"),
                               QStringLiteral("The specified key does not exist."));
            return;
        }
        total += file->size();
        files->push_back(std::move(file));
    }
    res.set_content_provider(size_t(total), http::std8(contentType),
                             [files](size_t offset, size_t length, httplib::DataSink &sink) {
                                 qint64 at = qint64(offset);
                                 for (const auto &file : *files) {
                                     if (at >= file->size()) {
                                         at -= file->size();
                                         continue;
                                     }
                                     file->seek(at);
                                     const QByteArray chunk =
                                         file->read(qint64(std::min<size_t>(length, 1 << 16)));
                                     sink.write(chunk.constData(), size_t(chunk.size()));
                                     return !chunk.isEmpty();
                                 }
                                 return false;
                             });
}

} // namespace hoist::sandbox

#include "IncomingObject.h"

#include "SandboxContext.h"
#include "SandboxState.h"
#include "storage/Checksums.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace hoist::sandbox {

namespace {

constexpr qsizetype kBlock = 1 << 20;
constexpr size_t kMaxQueued = 4; // blocks waiting for the hasher

} // namespace

IncomingObject::IncomingObject(const QDir &objectsDir)
    : m_file(objectsDir.filePath(QStringLiteral(".incoming-XXXXXX")))
    , m_sums(std::make_unique<Checksums>())
{
    m_block.reserve(kBlock);
}

IncomingObject::~IncomingObject()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_queue.clear();
    }
    m_cv.notify_all();
    if (m_hasher.joinable())
        m_hasher.join();
}

bool IncomingObject::open()
{
    if (!m_file.open())
        return false;
    m_hasher = std::thread([this] { hashLoop(); });
    return true;
}

void IncomingObject::hashLoop()
{
    for (;;) {
        QByteArray block;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [this] { return m_closed || !m_queue.empty(); });
            if (m_queue.empty())
                return; // closed, and every block hashed
            block = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_cv.notify_all(); // room in the queue
        m_sums->add(block.constData(), block.size());
    }
}

bool IncomingObject::write(const char *data, size_t len)
{
    m_size += qint64(len);
    while (len > 0) {
        const size_t n = std::min(len, size_t(kBlock - m_block.size()));
        m_block.append(data, qsizetype(n));
        data += n;
        len -= n;
        if (m_block.size() == kBlock && !flushBlock())
            return false;
    }
    return !m_writeFailed;
}

bool IncomingObject::flushBlock()
{
    if (m_block.isEmpty())
        return !m_writeFailed;
    if (m_file.write(m_block) != m_block.size())
        m_writeFailed = true;
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return m_queue.size() < kMaxQueued; });
        m_queue.push_back(std::exchange(m_block, QByteArray()));
    }
    m_cv.notify_all();
    m_block.reserve(kBlock);
    return !m_writeFailed;
}

void IncomingObject::finish()
{
    if (!m_sha256.isNull())
        return;
    flushBlock();
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_cv.notify_all();
    if (m_hasher.joinable())
        m_hasher.join();
    m_sha256 = QString::fromLatin1(m_sums->sha256Hex());
    m_md5 = QString::fromLatin1(m_sums->md5Hex());
}

QString IncomingObject::sha256()
{
    finish();
    return m_sha256;
}

QString IncomingObject::md5()
{
    finish();
    return m_md5;
}

bool IncomingObject::commit(const QString &path)
{
    finish();
    if (m_writeFailed || !m_file.flush())
        return false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    if (!m_file.rename(path))
        return false;
    m_file.setAutoRemove(false);
    return true;
}

std::optional<StoredObject> joinParts(SandboxContext &ctx, const Upload &upload, QString *error)
{
    // The parts stay where their PUTs left them and are the object, in order: nothing is copied
    // or read again (a 6 GB upload would otherwise write its bytes twice, under the state lock).
    qint64 size = 0;
    QByteArray md5s;
    for (size_t i = 0; i < upload.segments.size(); ++i) {
        const QFileInfo part(ctx.partPath(upload.key, int(i) + 1));
        if (!part.exists() || part.size() != upload.segments[i].size) {
            *error = QStringLiteral("Segment %1 is missing from storage").arg(i + 1);
            return std::nullopt;
        }
        size += part.size();
        md5s += QByteArray::fromHex(upload.segments[i].etag.toLatin1());
    }
    // S3's ETag of a multipart object: the MD5 of the parts' MD5s, then "-" and the number of parts.
    const QString etag = QString::fromLatin1(QCryptographicHash::hash(md5s, QCryptographicHash::Md5).toHex())
                         + QStringLiteral("-%1").arg(upload.segments.size());
    // The whole object's SHA-256 is left for SandboxContext::objectSha256, when somebody asks.
    const QString sha256 = upload.segments.size() == 1 ? upload.segments[0].sha256 : QString();
    return StoredObject{upload.key,
                        size,
                        sha256,
                        etag,
                        upload.contentType,
                        QDateTime::currentDateTimeUtc(),
                        int(upload.segments.size())};
}

} // namespace hoist::sandbox

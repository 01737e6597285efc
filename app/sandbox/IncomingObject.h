#pragma once

#include <QByteArray>
#include <QDir>
#include <QString>
#include <QTemporaryFile>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace hoist {
class Checksums;
}

namespace hoist::sandbox {

struct SandboxContext;
struct StoredObject;
struct Upload;

// Bytes of one storage upload on their way to disk: a temporary file beside the objects, written a
// megabyte at a time, and hashed (SHA-256 + MD5, libcrypto) on a thread of its own while the
// request's thread receives the next megabyte. At most a few megabytes wait for the hasher.
class IncomingObject
{
public:
    explicit IncomingObject(const QDir &objectsDir);
    ~IncomingObject();
    IncomingObject(const IncomingObject &) = delete;
    IncomingObject &operator=(const IncomingObject &) = delete;

    bool open();
    bool write(const char *data, size_t len); // false: the disk refused
    qint64 size() const { return m_size; }
    // Every byte is in: the checksums (hex). The first call waits for the hasher.
    QString sha256();
    QString md5();
    bool commit(const QString &path); // moves the file to `path`

private:
    bool flushBlock();
    void finish();
    void hashLoop();

    QTemporaryFile m_file;
    QByteArray m_block;
    qint64 m_size = 0;
    bool m_writeFailed = false;
    std::unique_ptr<Checksums> m_sums;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<QByteArray> m_queue;
    bool m_closed = false;
    std::thread m_hasher;
    QString m_sha256;
    QString m_md5;
};

// Completes a segmented upload as S3 completes a multipart upload: the stored parts become the
// object as they are (StoredObject::parts; no byte copied or read again), and its ETag is S3's
// multipart ETag from the parts' MD5s kept at their PUTs. The object's SHA-256 (what the control
// endpoints report) waits until it is asked for (SandboxContext::objectSha256). Call with the
// state locked; nullopt and `error` when a part is missing.
std::optional<StoredObject> joinParts(SandboxContext &ctx, const Upload &upload, QString *error);

} // namespace hoist::sandbox

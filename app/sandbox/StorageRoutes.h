#pragma once

#include <QString>

#include <optional>

namespace httplib {
class Server;
}

namespace hoist::sandbox {

struct SandboxContext;
struct StoredObject;
struct Upload;

// The S3 side: browser-based POST uploads checked against their SigV4 policy, segment PUTs
// checked against their declared sha256/md5/length, and GET of stored objects. Bodies stream
// to disk in small pieces, so a multi-GB upload never sits in memory.
class StorageRoutes
{
public:
    explicit StorageRoutes(SandboxContext &ctx);
    void install(httplib::Server &server);

private:
    SandboxContext &m_ctx;
};

// Completes a segmented upload as S3 completes a multipart upload: the stored parts become the
// object without going through memory (the first part is renamed, the others appended by the
// kernel), and its ETag is S3's multipart ETag from the parts' MD5s kept at their PUTs. Only the
// object's SHA-256 (what the control endpoints report) reads the bytes once more. Call with the
// state locked; nullopt and `error` when a part is missing or the disk fails.
std::optional<StoredObject> joinParts(SandboxContext &ctx, const Upload &upload, QString *error);

} // namespace hoist::sandbox

#pragma once

namespace httplib {
class Server;
struct Request;
struct Response;
class ContentReader;
} // namespace httplib

namespace hoist::sandbox {

struct SandboxContext;

// The S3 side: browser-based POST uploads checked against their SigV4 policy, segment PUTs
// checked against their declared sha256/md5/length, and GET of stored objects. Bodies stream
// to disk in small pieces, so a multi-GB upload never sits in memory.
class StorageRoutes
{
public:
    explicit StorageRoutes(SandboxContext &ctx);
    void install(httplib::Server &server);

private:
    void postObject(const httplib::Request &req, httplib::Response &res,
                    const httplib::ContentReader &reader);
    void putSegment(const httplib::Request &req, httplib::Response &res,
                    const httplib::ContentReader &reader);
    void getObject(const httplib::Request &req, httplib::Response &res);

    SandboxContext &m_ctx;
};

} // namespace hoist::sandbox

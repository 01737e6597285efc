#pragma once

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace hoist::sandbox {

struct SandboxContext;

// /_sandbox/…: what tests and scripts use to inspect the sandbox and to inject faults.
// Not part of Procore's API; documented in app/sandbox/README.md.
class ControlRoutes
{
public:
    explicit ControlRoutes(SandboxContext &ctx);
    void install(httplib::Server &server);

private:
    void listObjects(const httplib::Request &, httplib::Response &res);
    void listFiles(const httplib::Request &req, httplib::Response &res);
    void listLog(const httplib::Request &req, httplib::Response &res);
    void listExchanges(const httplib::Request &, httplib::Response &res);
    void addFaults(const httplib::Request &req, httplib::Response &res);
    void showFaults(const httplib::Request &, httplib::Response &res);
    void clearFaults(const httplib::Request &, httplib::Response &res);
    void issueToken(const httplib::Request &req, httplib::Response &res);
    void listTokens(const httplib::Request &, httplib::Response &res);
    void expireToken(const httplib::Request &req, httplib::Response &res);
    void configure(const httplib::Request &req, httplib::Response &res);
    void addFileVersion(const httplib::Request &req, httplib::Response &res);
    void registerOAuthClient(const httplib::Request &req, httplib::Response &res);

    SandboxContext &m_ctx;
};

} // namespace hoist::sandbox

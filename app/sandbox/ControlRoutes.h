#pragma once

#include <QString>

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
    // Before a /_sandbox/ request's body is read: 0 when it may go on, else the status to answer
    // with and `why`. Only Host 127.0.0.1, localhost or [::1] with the sandbox's port (a web page
    // reaching it through DNS rebinding has its own host name), only with the run's secret in
    // X-Sandbox-Secret, and only JSON bodies (a page's form or text/plain POST needs no consent).
    int refuse(const httplib::Request &req, QString *why) const;

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
    void registerOAuthClient(const httplib::Request &req, httplib::Response &res);

    SandboxContext &m_ctx;
};

} // namespace hoist::sandbox

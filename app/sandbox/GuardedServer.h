#pragma once

#include <httplib.h>

#include <chrono>
#include <map>
#include <mutex>
#include <string>

using SSL_CTX = struct ssl_ctx_st;

namespace hoist::sandbox {

class GuardedStream; // one connection (GuardedServer.cpp)

// cpp-httplib's server with what a server people run needs and this version lacks: a deadline for
// a request's whole header block (slow senders cannot hold a worker), a bound on the connections
// one client address holds at once (the rest are closed on accept), and a real listen backlog.
class GuardedServer : public httplib::Server
{
public:
    struct Limits
    {
        std::chrono::milliseconds headerDeadline{5000}; // from a request's first byte to its blank line
        int connectionsPerClient = 24;                  // open at once from one address
        int backlog = 1024;
    };

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    // Serve HTTPS with this context (TlsIdentity's; it must outlive the server); null: plain HTTP.
    // The handshake shares the header deadline.
    void setTls(SSL_CTX *context) { m_tls = context; }
    // Call after bind_to_port/bind_to_any_port: the library listens with a backlog of 5.
    void widenBacklog();
    // Called by the pre-routing handler: the current request's headers are in, its deadline ends.
    static void headersComplete();
    // Called by a handler that answers before reading the body: the connection closes after the
    // answer, so the unread body is never taken for the next request.
    static void closeAfterResponse();
    // Called by a handler: ends the current connection without a byte of answer (both directions
    // shut down; the answer's write then fails). The fault "the work was done and the answer never
    // came", as a client on a kept-alive connection sees it. False outside a request. The socket
    // is shut by dropPendingConnection(), which the server calls once the request is in its log,
    // so a client that reacts to the lost answer always finds the request logged.
    static bool dropConnection();
    static void dropPendingConnection();

private:
    bool process_and_close_socket(socket_t sock) override;
    bool admit(const std::string &address);
    void release(const std::string &address);

    bool serve(socket_t sock, GuardedStream &stream);

    Limits m_limits;
    SSL_CTX *m_tls = nullptr;
    std::mutex m_mutex;
    std::map<std::string, int> m_open; // connections per client address
};

} // namespace hoist::sandbox

#include "GuardedServer.h"
#include "TlsChannel.h"
#include "sandbox/platform/Sockets.h"

#include <algorithm>
#include <cstring>
#include <memory>

namespace hoist::sandbox {

using Clock = std::chrono::steady_clock;

// One connection as cpp-httplib's request parser reads it. Until headersComplete() the reads share
// one deadline, so a sender that trickles a byte at a time is cut off. Over TLS, bytes go through
// the connection's TlsChannel.
class GuardedStream : public httplib::Stream
{
public:
    GuardedStream(socket_t sock, time_t readSecs, time_t writeSecs, TlsChannel *tls)
        : m_sock(sock)
        , m_readMs(readSecs * 1000)
        , m_writeMs(writeSecs * 1000)
        , m_tls(tls)
    {}
    void startRequest(std::chrono::milliseconds headerDeadline)
    {
        m_deadline = Clock::now() + headerDeadline;
        m_inHeaders = true;
    }
    void endHeaders() { m_inHeaders = false; }
    void shutdown() { sockets::shutdownBoth(m_sock); }
    bool closeAfter = false;
    bool dropPending = false; // dropConnection() asked; dropPendingConnection() does it

    bool hasBuffered() const { return m_pos < m_end || (m_tls && m_tls->hasBuffered()); }
    bool is_readable() const override { return hasBuffered() || sockets::waitReadable(m_sock, timeoutMs()); }
    bool is_writable() const override { return sockets::waitWritable(m_sock, m_writeMs); }
    // cpp-httplib reads a request's head a byte at a time: small reads are served from a buffer
    // filled by one recv (as its own SocketStream does), large ones go straight to the caller.
    ssize_t read(char *ptr, size_t size) override
    {
        if (!hasBuffered() && size < sizeof m_buffer) {
            const ssize_t n = receive(m_buffer, sizeof m_buffer);
            if (n <= 0)
                return n;
            m_pos = 0;
            m_end = size_t(n);
        }
        if (m_pos < m_end) {
            const size_t n = std::min(size, m_end - m_pos);
            std::memcpy(ptr, m_buffer + m_pos, n);
            m_pos += n;
            return ssize_t(n);
        }
        return receive(ptr, size);
    }
    ssize_t write(const char *ptr, size_t size) override
    {
        if (m_tls)
            return ssize_t(m_tls->write(ptr, size, m_writeMs));
        if (!is_writable())
            return -1;
        return ssize_t(sockets::send(m_sock, ptr, size));
    }
    void get_remote_ip_and_port(std::string &ip, int &port) const override { endpoint(true, ip, port); }
    void get_local_ip_and_port(std::string &ip, int &port) const override { endpoint(false, ip, port); }
    socket_t socket() const override { return m_sock; }

private:
    ssize_t receive(char *ptr, size_t size)
    {
        if (m_tls)
            return ssize_t(m_tls->read(ptr, size, timeoutMs()));
        if (!sockets::waitReadable(m_sock, timeoutMs()))
            return -1;
        return ssize_t(sockets::receive(m_sock, ptr, size));
    }
    long long timeoutMs() const
    {
        if (!m_inHeaders)
            return m_readMs;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline - Clock::now());
        return std::min<long long>(m_readMs, left.count());
    }
    void endpoint(bool remote, std::string &ip, int &port) const
    {
        ip = remote ? sockets::peerAddress(m_sock, &port) : sockets::localAddress(m_sock, &port);
    }

    socket_t m_sock;
    long long m_readMs;
    long long m_writeMs;
    Clock::time_point m_deadline;
    bool m_inHeaders = false;
    char m_buffer[16 * 1024];
    size_t m_pos = 0;
    size_t m_end = 0;
    TlsChannel *m_tls;
};

namespace {

thread_local GuardedStream *t_current = nullptr;

} // namespace

void GuardedServer::headersComplete()
{
    if (t_current)
        t_current->endHeaders();
}

void GuardedServer::closeAfterResponse()
{
    if (t_current)
        t_current->closeAfter = true;
}

bool GuardedServer::dropConnection()
{
    if (!t_current)
        return false;
    t_current->closeAfter = true;
    t_current->dropPending = true;
    return true;
}

void GuardedServer::dropPendingConnection()
{
    if (t_current && t_current->dropPending) {
        t_current->dropPending = false;
        t_current->shutdown();
    }
}

void GuardedServer::widenBacklog()
{
    const socket_t sock = svr_sock_;
    if (sock != INVALID_SOCKET)
        sockets::listen(sock, m_limits.backlog);
}

bool GuardedServer::admit(const std::string &address)
{
    std::lock_guard lock(m_mutex);
    int &open = m_open[address];
    if (open >= m_limits.connectionsPerClient)
        return false;
    ++open;
    return true;
}

void GuardedServer::release(const std::string &address)
{
    std::lock_guard lock(m_mutex);
    if (--m_open[address] <= 0)
        m_open.erase(address);
}

bool GuardedServer::process_and_close_socket(socket_t sock)
{
    int port = 0;
    const std::string address = sockets::peerAddress(sock, &port);
    bool ok = false;
    if (admit(address)) {
        std::unique_ptr<TlsChannel> tls;
        if (m_tls)
            tls = std::make_unique<TlsChannel>(m_tls, sock);
        if (!tls || tls->accept(m_limits.headerDeadline.count())) {
            GuardedStream stream(sock, read_timeout_sec_, write_timeout_sec_, tls.get());
            t_current = &stream;
            ok = serve(sock, stream);
            t_current = nullptr;
        }
        release(address);
    }
    sockets::shutdownBoth(sock);
    sockets::close(sock);
    return ok;
}

bool GuardedServer::serve(socket_t sock, GuardedStream &stream)
{
    bool ok = false;
    for (size_t left = keep_alive_max_count_; left > 0 && svr_sock_ != INVALID_SOCKET; --left) {
        // Wait for the next request in short slices so stop() is not held up.
        const auto idleUntil = Clock::now() + std::chrono::seconds(keep_alive_timeout_sec_);
        bool readable = stream.hasBuffered(); // a pipelined request already read
        while (!readable && svr_sock_ != INVALID_SOCKET && Clock::now() < idleUntil)
            readable = sockets::waitReadable(sock, 100);
        if (!readable)
            break;
        stream.startRequest(m_limits.headerDeadline);
        bool closed = false;
        ok = process_request(stream, left == 1, closed, nullptr);
        if (!ok || closed || stream.closeAfter)
            break;
    }
    return ok;
}

} // namespace hoist::sandbox

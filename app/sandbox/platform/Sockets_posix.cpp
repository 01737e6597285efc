#include "Sockets.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace hoist::sandbox::sockets {

namespace {

#ifdef MSG_NOSIGNAL
constexpr int SendFlags = MSG_NOSIGNAL;
#else
constexpr int SendFlags = 0; // macOS: no SIGPIPE is asked for per socket (SO_NOSIGPIPE) below
#endif

bool waitFor(socket_t sock, short events, long long ms)
{
    if (ms < 0)
        return false;
    pollfd p{sock, events, 0};
    int r = 0;
    do {
        r = ::poll(&p, 1, int(std::min<long long>(ms, 1 << 30)));
    } while (r < 0 && errno == EINTR);
    return r > 0 && (p.revents & (events | POLLHUP | POLLERR)) != 0;
}

std::string addressOf(const sockaddr_storage &addr, int *port)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (addr.ss_family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&addr);
        inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
        *port = ntohs(in->sin_port);
    } else if (addr.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&addr);
        inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
        *port = ntohs(in6->sin6_port);
    }
    return text;
}

std::string endpoint(socket_t sock, bool remote, int *port)
{
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    const int r = remote ? ::getpeername(sock, reinterpret_cast<sockaddr *>(&addr), &len)
                         : ::getsockname(sock, reinterpret_cast<sockaddr *>(&addr), &len);
    return r == 0 ? addressOf(addr, port) : std::string();
}

} // namespace

bool waitReadable(socket_t sock, long long ms)
{
    return waitFor(sock, POLLIN, ms);
}

bool waitWritable(socket_t sock, long long ms)
{
    return waitFor(sock, POLLOUT, ms);
}

long long receive(socket_t sock, char *ptr, size_t size)
{
    ssize_t n = 0;
    do {
        n = ::recv(sock, ptr, size, 0);
    } while (n < 0 && errno == EINTR);
    return n;
}

long long send(socket_t sock, const char *ptr, size_t size)
{
#ifdef SO_NOSIGPIPE
    const int on = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
    ssize_t n = 0;
    do {
        n = ::send(sock, ptr, size, SendFlags);
    } while (n < 0 && errno == EINTR);
    return n;
}

std::string peerAddress(socket_t sock, int *port)
{
    return endpoint(sock, true, port);
}

std::string localAddress(socket_t sock, int *port)
{
    return endpoint(sock, false, port);
}

void listen(socket_t sock, int backlog)
{
    ::listen(sock, backlog);
}

void shutdownBoth(socket_t sock)
{
    ::shutdown(sock, SHUT_RDWR);
}

void close(socket_t sock)
{
    ::close(sock);
}

} // namespace hoist::sandbox::sockets

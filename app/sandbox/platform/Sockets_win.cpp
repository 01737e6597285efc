#include "Sockets.h"

#include <winsock2.h>
#include <ws2tcpip.h>

#include <algorithm>
#include <climits>

namespace hoist::sandbox::sockets {

namespace {

bool waitFor(socket_t sock, short events, long long ms)
{
    if (ms < 0)
        return false;
    WSAPOLLFD p{};
    p.fd = sock;
    p.events = events;
    const int r = ::WSAPoll(&p, 1, int(std::min<long long>(ms, 1 << 30)));
    return r > 0 && (p.revents & (events | POLLHUP | POLLERR)) != 0;
}

std::string addressOf(const sockaddr_storage &addr, int *port)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (addr.ss_family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&addr);
        ::inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
        *port = ::ntohs(in->sin_port);
    } else if (addr.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&addr);
        ::inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
        *port = ::ntohs(in6->sin6_port);
    }
    return text;
}

std::string endpoint(socket_t sock, bool remote, int *port)
{
    sockaddr_storage addr{};
    int len = sizeof addr;
    const int r = remote ? ::getpeername(sock, reinterpret_cast<sockaddr *>(&addr), &len)
                         : ::getsockname(sock, reinterpret_cast<sockaddr *>(&addr), &len);
    return r == 0 ? addressOf(addr, port) : std::string();
}

int chunk(size_t size)
{
    return int(std::min<size_t>(size, INT_MAX));
}

} // namespace

bool waitReadable(socket_t sock, long long ms)
{
    return waitFor(sock, POLLRDNORM, ms);
}

bool waitWritable(socket_t sock, long long ms)
{
    return waitFor(sock, POLLWRNORM, ms);
}

long long receive(socket_t sock, char *ptr, size_t size)
{
    return ::recv(sock, ptr, chunk(size), 0); // Winsock raises no signal and is not interrupted
}

long long send(socket_t sock, const char *ptr, size_t size)
{
    return ::send(sock, ptr, chunk(size), 0);
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
    ::shutdown(sock, SD_BOTH);
}

void close(socket_t sock)
{
    ::closesocket(sock);
}

} // namespace hoist::sandbox::sockets

#include "ConnectionDrop.h"

#include <httplib.h>

#if defined(Q_OS_UNIX) || defined(__unix__)
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#define HOIST_CAN_DROP 1
#endif

namespace hoist::sandbox {

bool dropConnectionOf(const httplib::Request &req)
{
#ifdef HOIST_CAN_DROP
    // The handler does not get its socket from cpp-httplib: find the one whose two ends are this
    // request's (loopback: the peer's port is unique among our accepted sockets).
    rlimit limit{};
    const long maxFd = getrlimit(RLIMIT_NOFILE, &limit) == 0 ? long(limit.rlim_cur) : 1024L;
    for (int fd = 3; fd < maxFd && fd < 65536; ++fd) {
        sockaddr_storage peer{};
        socklen_t peerLen = sizeof peer;
        if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLen) != 0)
            continue;
        sockaddr_storage local{};
        socklen_t localLen = sizeof local;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLen) != 0)
            continue;
        auto portOf = [](const sockaddr_storage &a) {
            if (a.ss_family == AF_INET)
                return int(ntohs(reinterpret_cast<const sockaddr_in &>(a).sin_port));
            if (a.ss_family == AF_INET6)
                return int(ntohs(reinterpret_cast<const sockaddr_in6 &>(a).sin6_port));
            return -1;
        };
        if (portOf(peer) == req.remote_port && portOf(local) == req.local_port) {
            ::shutdown(fd, SHUT_RDWR);
            return true;
        }
    }
#else
    (void)req;
#endif
    return false;
}

} // namespace hoist::sandbox

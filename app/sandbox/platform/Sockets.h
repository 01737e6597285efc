#pragma once

#include <httplib.h> // socket_t

#include <cstddef>
#include <string>

// The few socket calls GuardedServer makes beyond cpp-httplib, one interface implemented in
// Sockets_posix.cpp (Linux, macOS) and Sockets_win.cpp (Winsock); CMake compiles one of them.
namespace hoist::sandbox::sockets {

// Waits up to `ms` until the socket can be read (or written); true when it can (or it was closed).
bool waitReadable(socket_t sock, long long ms);
bool waitWritable(socket_t sock, long long ms);
// recv/send, retried when a signal interrupts them; never raises SIGPIPE. -1 on error.
long long receive(socket_t sock, char *ptr, size_t size);
long long send(socket_t sock, const char *ptr, size_t size);
// The address ("127.0.0.1", "::1") and port of the peer or of this end; empty when unknown.
std::string peerAddress(socket_t sock, int *port);
std::string localAddress(socket_t sock, int *port);
void listen(socket_t sock, int backlog);
void shutdownBoth(socket_t sock);
void close(socket_t sock);

} // namespace hoist::sandbox::sockets

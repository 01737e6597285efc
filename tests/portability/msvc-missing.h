// Forced first into every file the portability check compiles (tests/portability/check.py).
// Names MinGW-w64 declares but Microsoft's compiler and its C library do not: without this the
// cross compiler would accept them and the Windows build would still fail. Using one outside a
// platform file is an error ("attempt to use poisoned"). MinGW's own headers define or declare
// some of them: they come first, so that only a later use is refused.
#include <csignal>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>
#pragma GCC poison STDIN_FILENO STDOUT_FILENO STDERR_FILENO
#pragma GCC poison MSG_NOSIGNAL SHUT_RDWR O_CLOEXEC O_NOCTTY F_SETLEASE
#pragma GCC poison sigaction sigwait sigprocmask pthread_sigmask sigemptyset sigaddset

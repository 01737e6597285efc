#include "OpenForWriting.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <mutex>
#include <unistd.h>

namespace hoist::platform {

int leaseSignal()
{
    // The last real-time signal: nothing of Qt's or glibc's uses it. Ignored signals are
    // discarded when they are sent, so a lease break costs this process nothing.
    static std::once_flag once;
    static int signal = 0;
    std::call_once(once, [] {
        struct sigaction ignore = {};
        ignore.sa_handler = SIG_IGN;
        ::sigemptyset(&ignore.sa_mask);
        if (::sigaction(SIGRTMAX, &ignore, nullptr) == 0)
            signal = SIGRTMAX;
    });
    return signal;
}

bool isOpenForWriting(const QString &path)
{
    // A read lease is granted only when no descriptor has the file open for writing (EAGAIN
    // otherwise). It needs the file's owner (else EACCES) and a file system with leases: then
    // nothing can be told and the size/mtime rule alone decides.
    //
    // A writer that opens the file while the lease is held breaks it, and the kernel tells the
    // lease holder with a signal: SIGIO by default, whose default action ends the process. The
    // lease is let go at once, so the notice is not needed: it comes as leaseSignal(), which
    // this process ignores, and never as SIGIO.
    const int notice = leaseSignal();
    const QByteArray local = QFile::encodeName(path);
    const int fd = ::open(local.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return false;
    if (notice <= 0 || ::fcntl(fd, F_SETSIG, notice) != 0) {
        ::close(fd); // no lease without a harmless notice
        return false;
    }
    const int r = ::fcntl(fd, F_SETLEASE, F_RDLCK);
    const bool busy = r < 0 && errno == EAGAIN;
    if (r == 0)
        ::fcntl(fd, F_SETLEASE, F_UNLCK);
    ::close(fd);
    return busy;
}

} // namespace hoist::platform

#include "OpenForWriting.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace hoist::platform {

bool isOpenForWriting(const QString &path)
{
    // A read lease is granted only when no descriptor has the file open for writing (EAGAIN
    // otherwise). It needs the file's owner (else EACCES) and a file system with leases: then
    // nothing can be told and the size/mtime rule alone decides.
    const QByteArray local = QFile::encodeName(path);
    const int fd = ::open(local.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return false;
    const int r = ::fcntl(fd, F_SETLEASE, F_RDLCK);
    const bool busy = r < 0 && errno == EAGAIN;
    if (r == 0)
        ::fcntl(fd, F_SETLEASE, F_UNLCK);
    ::close(fd);
    return busy;
}

} // namespace hoist::platform

#include "InstancePlatform.h"

#include <QFile>
#include <QStandardPaths>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace hoist {

namespace {

// A real folder (not a link), owned by this user, closed to group and others.
bool isPrivateFolder(const QString &path)
{
    struct stat st
    {
    };
    if (path.isEmpty() || ::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return S_ISDIR(st.st_mode) && st.st_uid == ::geteuid() && (st.st_mode & 077) == 0;
}

} // namespace

QString InstancePlatform::privateFolder(QString *why)
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (isPrivateFolder(runtime))
        return runtime;
    // Without XDG_RUNTIME_DIR Qt makes /tmp/runtime-USER (0700); checked again, it may be another's.
    const QString qtRuntime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (isPrivateFolder(qtRuntime))
        return qtRuntime;
    if (why)
        *why = QStringLiteral("no runtime folder only this user can open (XDG_RUNTIME_DIR=%1)").arg(runtime);
    return {};
}

bool InstancePlatform::peerIsSameUser(qintptr socketDescriptor)
{
    const int fd = int(socketDescriptor);
#if defined(SO_PEERCRED)
    struct ucred cred
    {
    };
    socklen_t size = sizeof(cred);
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &size) != 0 || size != sizeof(cred))
        return false;
    return cred.uid == ::geteuid();
#else
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(fd, &uid, &gid) != 0)
        return false;
    return uid == ::geteuid();
#endif
}

} // namespace hoist

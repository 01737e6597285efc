#pragma once

#include <QString>
#include <QtGlobal>

namespace hoist {

// What SingleInstance needs from the operating system, so that only this user's processes meet:
// InstancePlatform_unix.cpp (Linux, macOS) and InstancePlatform_other.cpp (Windows: Qt's
// user-only named pipe).
class InstancePlatform
{
public:
    // The folder for the instance's socket: one only this user can enter (XDG_RUNTIME_DIR, else
    // Qt's runtime folder, each only when this user owns it and others have no access). Empty,
    // with `why` set, when there is none; on Windows empty and fine (pipe names are not files).
    static QString privateFolder(QString *why);
    // True when the process at the other end of a connected local socket runs as this user.
    static bool peerIsSameUser(qintptr socketDescriptor);
};

} // namespace hoist

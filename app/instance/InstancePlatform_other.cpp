#include "InstancePlatform.h"

namespace hoist {

// Windows: the pipe is made with QLocalServer::UserAccessOption, which Qt restricts to this user.
QString InstancePlatform::privateFolder(QString *)
{
    return {};
}

bool InstancePlatform::peerIsSameUser(qintptr)
{
    return true;
}

} // namespace hoist

#include "OpenForWriting.h"

namespace hoist::platform {

bool isOpenForWriting(const QString &path)
{
    // macOS offers no lease and no sharing mode to ask with (advisory locks tell only of lockers):
    // the size and modification time rule alone decides, as the README says.
    Q_UNUSED(path);
    return false;
}

} // namespace hoist::platform

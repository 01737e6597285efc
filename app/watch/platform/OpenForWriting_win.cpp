#include "OpenForWriting.h"

#include <QDir>

#include <windows.h>

namespace hoist::platform {

bool isOpenForWriting(const QString &path)
{
    // Read access that shares reading only: refused (a sharing violation) while another handle
    // has the file open for writing. Any other failure (gone, no access) tells nothing.
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    const HANDLE h = ::CreateFileW(native.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                                   FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return ::GetLastError() == ERROR_SHARING_VIOLATION;
    ::CloseHandle(h);
    return false;
}

} // namespace hoist::platform

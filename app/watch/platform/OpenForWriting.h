#pragma once

#include <QString>

// The watch's "still being written" test beyond size and time (README, "Platforms"), one
// implementation per system: OpenForWriting_linux.cpp (a read lease is refused while a writer
// has the file open), OpenForWriting_win.cpp (opening it without sharing write access fails while
// a writer holds it) and OpenForWriting_mac.cpp (nothing to ask: false).
namespace hoist::platform {

// Whether some process has the file open for writing; false where that cannot be told.
bool isOpenForWriting(const QString &path);

} // namespace hoist::platform

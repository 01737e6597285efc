// The portability check's stand-in for <sys/file.h>, which MSVC does not have (MinGW does).
// Code that needs it belongs in a platform file: see tests/portability/README.md.
#error "<sys/file.h> is POSIX-only: move this code to a platform file (*_posix.cpp, *_linux.cpp, *_mac.cpp)"

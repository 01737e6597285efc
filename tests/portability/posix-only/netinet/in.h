// The portability check's stand-in for <netinet/in.h>, which MSVC does not have (MinGW does).
// Code that needs it belongs in a platform file: see tests/portability/README.md.
#error "<netinet/in.h> is POSIX-only: move this code to a platform file (*_posix.cpp, *_linux.cpp, *_mac.cpp)"

// Must NOT pass the portability check: a name MinGW declares and MSVC does not, without any
// POSIX header in sight (MinGW's <cstdio> defines STDIN_FILENO).
#include <cstdio>

int standardInput()
{
    return STDIN_FILENO;
}

// Must NOT pass the portability check (ctest portability_catches_*): a POSIX-only header outside
// a platform file. MinGW has <unistd.h>; Microsoft's compiler does not.
#include <unistd.h>

int readOne(char *c)
{
    return int(::read(0, c, 1));
}

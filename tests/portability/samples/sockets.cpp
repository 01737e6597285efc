// Must NOT pass the portability check: BSD sockets outside app/sandbox/platform/.
#include <sys/socket.h>

void closeBoth(int sock)
{
    ::shutdown(sock, SHUT_RDWR);
}

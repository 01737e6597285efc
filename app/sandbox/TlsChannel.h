#pragma once

#include <httplib.h> // socket_t

#include <cstddef>

using SSL = struct ssl_st;
using SSL_CTX = struct ssl_ctx_st;

namespace hoist::sandbox {

// One accepted connection's TLS session (issue 28). OpenSSL works on memory buffers; every byte
// to and from the socket goes through the sandbox's own waits (sockets::), so a TLS peer is held
// to the same deadlines as a plain one and never blocks a worker inside OpenSSL.
class TlsChannel
{
public:
    TlsChannel(SSL_CTX *context, socket_t sock);
    ~TlsChannel();
    TlsChannel(const TlsChannel &) = delete;
    TlsChannel &operator=(const TlsChannel &) = delete;

    // The server side of the handshake, within `ms`. False when it failed (a client that does not
    // trust the certificate closes here) or took too long.
    bool accept(long long ms);
    // Decrypted bytes, waiting up to `ms` for more from the socket: >0 read, 0 closed, -1 error
    // or timeout.
    long long read(char *ptr, size_t size, long long ms);
    // Encrypts and sends all of it, each send waiting up to `ms`; -1 on error.
    long long write(const char *ptr, size_t size, long long ms);
    // Bytes already received and not yet read (decrypted or still encrypted).
    bool hasBuffered() const;

private:
    bool fill(long long ms);  // one receive into OpenSSL's input
    bool flush(long long ms); // everything OpenSSL has to send
    bool wantsRead(int result);

    SSL *m_ssl = nullptr;
    socket_t m_sock;
};

} // namespace hoist::sandbox

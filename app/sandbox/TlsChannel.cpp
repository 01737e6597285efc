#include "TlsChannel.h"
#include "sandbox/platform/Sockets.h"

#include <openssl/bio.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <chrono>

namespace hoist::sandbox {

namespace {

constexpr int kChunk = 16 * 1024;

} // namespace

TlsChannel::TlsChannel(SSL_CTX *context, socket_t sock)
    : m_ssl(SSL_new(context))
    , m_sock(sock)
{
    if (!m_ssl)
        return;
    BIO *in = BIO_new(BIO_s_mem());
    BIO *out = BIO_new(BIO_s_mem());
    BIO_set_mem_eof_return(in, -1); // "no data yet", not end of stream
    SSL_set_bio(m_ssl, in, out);    // the session owns both
    SSL_set_accept_state(m_ssl);
}

TlsChannel::~TlsChannel()
{
    SSL_free(m_ssl);
}

bool TlsChannel::wantsRead(int result)
{
    return SSL_get_error(m_ssl, result) == SSL_ERROR_WANT_READ;
}

bool TlsChannel::accept(long long ms)
{
    if (!m_ssl)
        return false;
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    for (;;) {
        const int r = SSL_do_handshake(m_ssl);
        if (!flush(ms))
            return false;
        if (r == 1)
            return true;
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
        if (!wantsRead(r) || left.count() <= 0 || !fill(left.count()))
            return false;
    }
}

long long TlsChannel::read(char *ptr, size_t size, long long ms)
{
    for (;;) {
        const int n = SSL_read(m_ssl, ptr, int(std::min<size_t>(size, 1 << 30)));
        if (n > 0)
            return n;
        if (SSL_get_error(m_ssl, n) == SSL_ERROR_ZERO_RETURN)
            return 0; // close_notify
        if (!wantsRead(n) || !flush(ms) || !fill(ms))
            return -1;
    }
}

long long TlsChannel::write(const char *ptr, size_t size, long long ms)
{
    size_t done = 0;
    while (done < size) {
        const int n = SSL_write(m_ssl, ptr + done, int(std::min<size_t>(size - done, kChunk)));
        if (n <= 0 || !flush(ms))
            return -1;
        done += size_t(n);
    }
    return static_cast<long long>(done);
}

bool TlsChannel::hasBuffered() const
{
    return m_ssl && (SSL_pending(m_ssl) > 0 || BIO_ctrl_pending(SSL_get_rbio(m_ssl)) > 0);
}

bool TlsChannel::fill(long long ms)
{
    char buffer[kChunk];
    if (!sockets::waitReadable(m_sock, ms))
        return false;
    const long long n = sockets::receive(m_sock, buffer, sizeof buffer);
    return n > 0 && BIO_write(SSL_get_rbio(m_ssl), buffer, int(n)) == int(n);
}

bool TlsChannel::flush(long long ms)
{
    BIO *out = SSL_get_wbio(m_ssl);
    char buffer[kChunk];
    while (BIO_ctrl_pending(out) > 0) {
        const int n = BIO_read(out, buffer, sizeof buffer);
        for (int sent = 0; sent < n;) {
            if (!sockets::waitWritable(m_sock, ms))
                return false;
            const long long k = sockets::send(m_sock, buffer + sent, size_t(n - sent));
            if (k <= 0)
                return false;
            sent += int(k);
        }
    }
    return true;
}

} // namespace hoist::sandbox

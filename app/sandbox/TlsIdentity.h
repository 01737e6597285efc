#pragma once

#include <QString>

#include <memory>

using SSL_CTX = struct ssl_ctx_st;

namespace hoist::sandbox {

// The sandbox's TLS server side (issue 28): an OpenSSL context holding either a certificate made
// at start — a private certificate authority, and a server certificate it signs for 127.0.0.1,
// localhost and ::1, both with libcrypto — or a certificate and key given as PEM files. The made
// CA's certificate is written as PEM to a file clients can be told to trust (--ca-file,
// HOIST_CA_FILE). TLS 1.2 or newer; ALPN is not offered, so clients speak HTTP/1.1 (as S3 does).
class TlsIdentity
{
public:
    TlsIdentity();
    ~TlsIdentity();
    TlsIdentity(const TlsIdentity &) = delete;
    TlsIdentity &operator=(const TlsIdentity &) = delete;

    // Makes a CA and a server certificate (also for `extraHost` when it is a name); writes the CA's
    // certificate to `caPath`.
    bool make(const QString &caPath, const QString &extraHost, QString *error);
    // Uses the certificate chain and private key in these PEM files.
    bool load(const QString &certPath, const QString &keyPath, QString *error);

    SSL_CTX *context() const; // null until make() or load() succeeded
    QString caPath() const;   // where make() wrote the CA certificate; empty after load()

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hoist::sandbox

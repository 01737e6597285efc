#pragma once

#include <QByteArray>

#include <memory>

namespace hoist {

// SHA-256 and MD5 of the same bytes, fed once: libcrypto's EVP digests (SHA instructions where
// the CPU has them; several times faster than QCryptographicHash's portable code).
class Checksums
{
public:
    enum Which { Sha256AndMd5, Sha256Only };
    explicit Checksums(Which which = Sha256AndMd5);
    ~Checksums();
    Checksums(const Checksums &) = delete;
    Checksums &operator=(const Checksums &) = delete;

    void add(const char *data, qint64 size);
    // Lower-case hex; call once, when every byte is in.
    QByteArray sha256Hex();
    QByteArray md5Hex(); // empty with Sha256Only

private:
    struct Contexts;
    std::unique_ptr<Contexts> m_d;
};

} // namespace hoist

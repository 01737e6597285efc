#include "Checksums.h"

#include <openssl/evp.h>

namespace hoist {

struct Checksums::Contexts
{
    EVP_MD_CTX *sha = EVP_MD_CTX_new();
    EVP_MD_CTX *md5 = nullptr;
    ~Contexts()
    {
        EVP_MD_CTX_free(sha);
        EVP_MD_CTX_free(md5);
    }
};

Checksums::Checksums(Which which)
    : m_d(std::make_unique<Contexts>())
{
    if (which == Sha256AndMd5)
        m_d->md5 = EVP_MD_CTX_new();
    if (!m_d->sha || EVP_DigestInit_ex(m_d->sha, EVP_sha256(), nullptr) != 1
        || (which == Sha256AndMd5 && (!m_d->md5 || EVP_DigestInit_ex(m_d->md5, EVP_md5(), nullptr) != 1)))
        qFatal("libcrypto cannot compute SHA-256 and MD5");
}

Checksums::~Checksums() = default;

void Checksums::add(const char *data, qint64 size)
{
    EVP_DigestUpdate(m_d->sha, data, size_t(size));
    if (m_d->md5)
        EVP_DigestUpdate(m_d->md5, data, size_t(size));
}

namespace {

QByteArray finish(EVP_MD_CTX *ctx)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx, digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

} // namespace

QByteArray Checksums::sha256Hex()
{
    return finish(m_d->sha);
}

QByteArray Checksums::md5Hex()
{
    return m_d->md5 ? finish(m_d->md5) : QByteArray();
}

} // namespace hoist

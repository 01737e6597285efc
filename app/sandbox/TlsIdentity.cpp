#include "TlsIdentity.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

namespace hoist::sandbox {

namespace {

constexpr long kValiditySecs = 30L * 24 * 3600;

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(SSL_CTX *p) const { SSL_CTX_free(p); }
};
template <typename T> using Owned = std::unique_ptr<T, Free>;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString opensslError(const QString &what)
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    return what + QStringLiteral(": ") + QString::fromLatin1(text);
}

Owned<EVP_PKEY> newKey()
{
    return Owned<EVP_PKEY>(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value)
{
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, ctx, nid, value);
    const bool ok = ext && X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate for `key` named `commonName`, signed by `issuer` (itself when null) and its key.
Owned<X509> newCertificate(EVP_PKEY *key, const char *commonName, X509 *issuer, EVP_PKEY *issuerKey,
                           const QByteArray &altNames = {})
{
    Owned<X509> cert(X509_new());
    unsigned char serial[16];
    if (!cert || RAND_bytes(serial, sizeof serial) != 1)
        return {};
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialSet = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const auto *cn = reinterpret_cast<const unsigned char *>(commonName);
    if (!serialSet || X509_set_version(cert.get(), 2) != 1
        || !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), kValiditySecs)
        || X509_set_pubkey(cert.get(), key) != 1
        || X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                      reinterpret_cast<const unsigned char *>("Hoist sandbox"), -1, -1, 0)
               != 1
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, cn, -1, -1, 0) != 1
        || X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name) != 1)
        return {};
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer : cert.get(), cert.get(), nullptr, nullptr, 0);
    const bool isCa = issuer == nullptr;
    const bool extended =
        isCa ? addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
                   && addExtension(cert.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign")
             : addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE")
                   && addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature")
                   && addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth")
                   && addExtension(cert.get(), &ctx, NID_subject_alt_name, altNames.constData());
    if (!extended || !addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash")
        || !addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always")
        || X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return {};
    return cert;
}

bool writePem(X509 *cert, const QString &path)
{
    Owned<BIO> mem(BIO_new(BIO_s_mem()));
    if (!mem || PEM_write_bio_X509(mem.get(), cert) != 1)
        return false;
    char *data = nullptr;
    const long size = BIO_get_mem_data(mem.get(), &data);
    QSaveFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(data, size) == size && out.commit();
}

Owned<SSL_CTX> newContext()
{
    Owned<SSL_CTX> ctx(SSL_CTX_new(TLS_server_method()));
    if (ctx)
        SSL_CTX_set_min_proto_version(ctx.get(), TLS1_2_VERSION);
    return ctx;
}

} // namespace

struct TlsIdentity::Private
{
    Owned<SSL_CTX> context;
    QString caPath;
};

TlsIdentity::TlsIdentity()
    : d(std::make_unique<Private>())
{}

TlsIdentity::~TlsIdentity() = default;

bool TlsIdentity::make(const QString &caPath, const QString &extraHost, QString *error)
{
    QByteArray altNames("DNS:localhost,IP:127.0.0.1,IP:::1");
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9.-]+$"));
    if (extraHost != QLatin1String("localhost") && hostName.match(extraHost).hasMatch()
        && !extraHost.front().isDigit())
        altNames += ",DNS:" + extraHost.toLatin1();
    ERR_clear_error();
    const Owned<EVP_PKEY> caKey = newKey();
    const Owned<EVP_PKEY> serverKey = newKey();
    if (!caKey || !serverKey)
        return fail(error, opensslError(QStringLiteral("Cannot make a key")));
    const Owned<X509> ca = newCertificate(caKey.get(), "Hoist sandbox CA", nullptr, caKey.get());
    const Owned<X509> server =
        ca ? newCertificate(serverKey.get(), "localhost", ca.get(), caKey.get(), altNames) : Owned<X509>();
    if (!server)
        return fail(error, opensslError(QStringLiteral("Cannot make the sandbox's certificates")));
    if (!writePem(ca.get(), caPath))
        return fail(error, QStringLiteral("Cannot write the CA certificate to %1").arg(caPath));
    Owned<SSL_CTX> ctx = newContext();
    if (!ctx || SSL_CTX_use_certificate(ctx.get(), server.get()) != 1
        || SSL_CTX_use_PrivateKey(ctx.get(), serverKey.get()) != 1)
        return fail(error, opensslError(QStringLiteral("Cannot set up TLS")));
    d->context = std::move(ctx);
    d->caPath = caPath;
    return true;
}

bool TlsIdentity::load(const QString &certPath, const QString &keyPath, QString *error)
{
    ERR_clear_error();
    Owned<SSL_CTX> ctx = newContext();
    if (!ctx || SSL_CTX_use_certificate_chain_file(ctx.get(), certPath.toLocal8Bit().constData()) != 1)
        return fail(error, opensslError(QStringLiteral("Cannot read the certificate %1").arg(certPath)));
    if (SSL_CTX_use_PrivateKey_file(ctx.get(), keyPath.toLocal8Bit().constData(), SSL_FILETYPE_PEM) != 1
        || SSL_CTX_check_private_key(ctx.get()) != 1)
        return fail(error, opensslError(QStringLiteral("Cannot use the key %1").arg(keyPath)));
    d->context = std::move(ctx);
    d->caPath.clear();
    return true;
}

SSL_CTX *TlsIdentity::context() const
{
    return d->context.get();
}

QString TlsIdentity::caPath() const
{
    return d->caPath;
}

} // namespace hoist::sandbox

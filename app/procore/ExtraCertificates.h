#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace hoist {

// Certificate authorities Hoist trusts beyond the system's, only when told (issue 28): a setting,
// --ca-file, or HOIST_CA_FILE. Added to Qt's default TLS configuration, so every request of the
// process verifies against the system's CAs plus these; a certificate that does not verify still
// fails (nothing ignores TLS errors).
class ExtraCertificates
{
public:
    // The environment variable naming a PEM (or DER) file of CA certificates.
    static const char *environmentVariable() { return "HOIST_CA_FILE"; }
    // Trusts the CA certificates in `path` too. Empty on success, else why not (for the person).
    static QString trustFile(const QString &path);
    // Why `path` cannot be trusted (missing, or no certificate in it); empty when it can.
    static QString problemWith(const QString &path);
    // Stops trusting the certificates in `path` (the setting changed); the system's stay.
    static void untrustFile(const QString &path);
    // trustFile(HOIST_CA_FILE) when it is set; empty when unset or fine.
    static QString trustFromEnvironment();

private:
    static QList<QSslCertificate> certificatesIn(const QString &path, QString *problem);
};

} // namespace hoist

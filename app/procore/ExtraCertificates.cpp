#include "ExtraCertificates.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace hoist {

QString ExtraCertificates::trustFile(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return QCoreApplication::translate("ExtraCertificates",
                                           "The certificate authority file %1 does not exist.")
            .arg(path);
    QList<QSslCertificate> added = QSslCertificate::fromPath(path, QSsl::Pem);
    if (added.isEmpty())
        added = QSslCertificate::fromPath(path, QSsl::Der);
    if (added.isEmpty())
        return QCoreApplication::translate("ExtraCertificates",
                                           "%1 holds no certificate (PEM or DER) to trust.")
            .arg(path);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // Replacing the list turns off loading the system's CAs on demand: name them too.
    QList<QSslCertificate> all = config.caCertificates();
    if (all.isEmpty())
        all = QSslConfiguration::systemCaCertificates();
    config.setCaCertificates(all + added);
    QSslConfiguration::setDefaultConfiguration(config);
    return {};
}

QString ExtraCertificates::trustFromEnvironment()
{
    const QString path = qEnvironmentVariable(environmentVariable());
    return path.isEmpty() ? QString() : trustFile(path);
}

} // namespace hoist

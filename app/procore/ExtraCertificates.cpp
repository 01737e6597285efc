#include "ExtraCertificates.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace hoist {

QList<QSslCertificate> ExtraCertificates::certificatesIn(const QString &path, QString *problem)
{
    if (!QFileInfo(path).isFile()) {
        *problem = QCoreApplication::translate("ExtraCertificates",
                                               "The certificate authority file %1 does not exist.")
                       .arg(path);
        return {};
    }
    QList<QSslCertificate> found = QSslCertificate::fromPath(path, QSsl::Pem);
    if (found.isEmpty())
        found = QSslCertificate::fromPath(path, QSsl::Der);
    if (found.isEmpty())
        *problem =
            QCoreApplication::translate("ExtraCertificates", "%1 holds no certificate (PEM or DER) to trust.")
                .arg(path);
    return found;
}

QString ExtraCertificates::problemWith(const QString &path)
{
    QString problem;
    certificatesIn(path, &problem);
    return problem;
}

QString ExtraCertificates::trustFile(const QString &path)
{
    QString problem;
    const QList<QSslCertificate> added = certificatesIn(path, &problem);
    if (added.isEmpty())
        return problem;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // Replacing the list turns off loading the system's CAs on demand: name them too.
    QList<QSslCertificate> all = config.caCertificates();
    if (all.isEmpty())
        all = QSslConfiguration::systemCaCertificates();
    config.setCaCertificates(all + added);
    QSslConfiguration::setDefaultConfiguration(config);
    return {};
}

void ExtraCertificates::untrustFile(const QString &path)
{
    QString problem;
    const QList<QSslCertificate> gone = certificatesIn(path, &problem);
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> kept;
    for (const QSslCertificate &c : config.caCertificates()) {
        if (!gone.contains(c) || system.contains(c))
            kept.append(c);
    }
    if (kept.size() == config.caCertificates().size())
        return;
    config.setCaCertificates(kept);
    QSslConfiguration::setDefaultConfiguration(config);
}

QString ExtraCertificates::trustFromEnvironment()
{
    const QString path = qEnvironmentVariable(environmentVariable());
    return path.isEmpty() ? QString() : trustFile(path);
}

} // namespace hoist

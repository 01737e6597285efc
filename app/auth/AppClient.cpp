#include "AppClient.h"

#include "AppClientConfig.h"
#include "AuthLog.h"
#include "OAuthSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace hoist {

namespace {

const QString kFileName = QStringLiteral("Hoist"); // the window's and hoist-cli's one site file

std::optional<AppClient> fromValues(const QString &environment, const QString &id, const QString &secret,
                                    const QString &redirect, const QString &source)
{
    if (id.trimmed().isEmpty())
        return std::nullopt;
    AppClient c;
    c.credentials.clientId = id.trimmed();
    c.credentials.clientSecret = secret.trimmed();
    c.credentials.redirectUri =
        redirect.trimmed().isEmpty() ? OAuthSession::defaultRedirectUri() : redirect.trimmed();
    c.environmentId = environment.trimmed().isEmpty() ? QStringLiteral("production") : environment.trimmed();
    c.source = source;
    return c;
}

std::optional<AppClient> fromSettings(QSettings &s)
{
    s.beginGroup(QStringLiteral("procore"));
    return fromValues(s.value(QStringLiteral("environment")).toString(),
                      s.value(QStringLiteral("client_id")).toString(),
                      s.value(QStringLiteral("client_secret")).toString(),
                      s.value(QStringLiteral("redirect_uri")).toString(), QStringLiteral("site"));
}

} // namespace

std::optional<AppClient> AppClient::site()
{
    const QString organization = QCoreApplication::organizationName().isEmpty()
                                     ? QStringLiteral("Hoist")
                                     : QCoreApplication::organizationName();
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // The XDG base directories, read here rather than left to QSettings' system scope so that the
    // file is the same for the window and hoist-cli (whose application names differ).
    const QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    for (const QString &dir : (dirs.isEmpty() ? QStringLiteral("/etc/xdg") : dirs).split(QLatin1Char(':'))) {
        const QString path =
            QDir(dir).filePath(organization + QLatin1Char('/') + kFileName + QStringLiteral(".conf"));
        if (dir.isEmpty() || !QFileInfo(path).isFile())
            continue;
        QSettings s(path, QSettings::IniFormat);
        if (auto client = fromSettings(s))
            return client;
    }
    return std::nullopt;
#else
    QSettings s(QSettings::NativeFormat, QSettings::SystemScope, organization, kFileName);
    return fromSettings(s);
#endif
}

std::optional<AppClient> AppClient::build()
{
    return fromValues(QStringLiteral(HOIST_BUILD_OAUTH_ENVIRONMENT),
                      QStringLiteral(HOIST_BUILD_OAUTH_CLIENT_ID),
                      QStringLiteral(HOIST_BUILD_OAUTH_CLIENT_SECRET),
                      QStringLiteral(HOIST_BUILD_OAUTH_REDIRECT_URI), QStringLiteral("build"));
}

std::optional<AppClient> AppClient::configured()
{
    if (auto client = site())
        return client;
    return build();
}

std::optional<AppClient> AppClient::forEnvironment(const QString &environmentId)
{
    std::optional<AppClient> client = configured();
    if (client && client->environmentId == environmentId)
        return client;
    return std::nullopt;
}

} // namespace hoist

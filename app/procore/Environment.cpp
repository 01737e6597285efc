#include "Environment.h"

#include <QCoreApplication>

namespace hoist {

Environment Environment::production()
{
    return {
        Kind::Production, QStringLiteral("production"), QCoreApplication::translate("Environment", "Procore"),
        QUrl(QStringLiteral("https://api.procore.com")), QUrl(QStringLiteral("https://login.procore.com"))};
}

Environment Environment::developerSandbox()
{
    return {Kind::DeveloperSandbox, QStringLiteral("procore-sandbox"),
            QCoreApplication::translate("Environment", "Procore developer sandbox"),
            QUrl(QStringLiteral("https://sandbox.procore.com")),
            QUrl(QStringLiteral("https://login-sandbox.procore.com"))};
}

Environment Environment::monthlySandbox()
{
    return {Kind::MonthlySandbox, QStringLiteral("monthly-sandbox"),
            QCoreApplication::translate("Environment", "Procore monthly sandbox"),
            QUrl(QStringLiteral("https://api-monthly.procore.com")),
            QUrl(QStringLiteral("https://login-sandbox-monthly.procore.com"))};
}

Environment Environment::builtInSandbox(const QUrl &base)
{
    return {Kind::BuiltInSandbox, QStringLiteral("built-in-sandbox"),
            QCoreApplication::translate("Environment", "Built-in sandbox"), base, base};
}

Environment Environment::custom(const QUrl &apiBase, const QUrl &loginBase)
{
    return {Kind::Custom,
            QStringLiteral("custom:") + apiBase.host() + QLatin1Char(':')
                + QString::number(apiBase.port(443)),
            apiBase.host(), apiBase, loginBase.isEmpty() ? apiBase : loginBase};
}

QList<Environment> Environment::standard()
{
    return {production(), developerSandbox(), monthlySandbox()};
}

Environment Environment::byId(const QString &id)
{
    for (const Environment &e : standard())
        if (e.id == id)
            return e;
    return {};
}

} // namespace hoist

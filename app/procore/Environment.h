#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace hoist {

// A Procore installation: where its API and its OAuth login live. Tokens never cross environments.
struct Environment
{
    enum class Kind { Production, DeveloperSandbox, MonthlySandbox, BuiltInSandbox, Custom };

    Kind kind = Kind::Production;
    QString id;     // stable key for settings and keychain entries: "production", "procore-sandbox", …
    QString name;   // for people: "Procore", "Procore developer sandbox", …
    QUrl apiBase;   // e.g. https://api.procore.com
    QUrl loginBase; // e.g. https://login.procore.com

    static Environment production();
    static Environment developerSandbox();
    static Environment monthlySandbox();
    static Environment builtInSandbox(const QUrl &base); // API and login on the same local server
    static Environment custom(const QUrl &apiBase, const QUrl &loginBase = {});
    static QList<Environment> standard(); // the three hosted by Procore
    // "production", "procore-sandbox", "monthly-sandbox"; empty when unknown.
    static Environment byId(const QString &id);
};

} // namespace hoist

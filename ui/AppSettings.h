#pragma once

#include "procore/Environment.h"
#include "upload/UploadTypes.h"

#include <QString>
#include <QUrl>

namespace hoist {
class UploadController;
}

namespace hoist::ui {

// The preferences of the Settings dialog, kept in QSettings. The proxy password is not here: it
// lives in the keychain (ProxyPassword).
struct AppSettings
{
    enum class ProxyMode { System, None, Http, Socks5 };

    int maxParallel = 3;
    int bandwidthKiB = 0;       // KiB/s for all uploads together; 0 = unlimited
    int segmentedFromMiB = 256; // files this big go up in parts, several at once; 0 = never
    ConflictPolicy conflictPolicy = ConflictPolicy::KeepBoth;
    QString language; // "" = the system's
    // "production", "procore-sandbox", "monthly-sandbox", "builtin-sandbox" or "custom"
    QString environment = QStringLiteral("production");
    QUrl customApiBase;
    QUrl customLoginBase;
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    int proxyPort = 8080;
    QString proxyUser;
    QString theme = QStringLiteral("system"); // "system", "light" or "dark" (see Theme.h)

    static AppSettings load();
    void save() const;

    // Parallel transfers, the name-clash policy and the size for uploads in parts, for files
    // queued from now on.
    void applyTo(UploadController *controller) const;
    // Light, dark or the system's look, at once.
    void applyTheme() const;
    // The bandwidth limit (process-wide) and the proxy of every QNetworkAccessManager.
    void applyNetwork(const QString &proxyPassword) const;

    // The environment the sign-in dialog starts with; empty id for the built-in sandbox (which
    // needs no sign-in: the app starts it as with --sandbox).
    Environment signInEnvironment() const;
    bool usesBuiltInSandbox() const { return environment == QLatin1String("builtin-sandbox"); }

    static QString proxyModeName(ProxyMode mode);
    static ProxyMode proxyModeFromName(const QString &name);
};

} // namespace hoist::ui

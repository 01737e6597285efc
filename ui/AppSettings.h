#pragma once

#include "history/UploadHistory.h"
#include "procore/Environment.h"
#include "upload/UploadTypes.h"

#include <QString>
#include <QUrl>
#include <QVariant>

class QMainWindow;
class QSplitter;

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
    ConflictPolicy conflictPolicy = ConflictPolicy::Ask; // a changed file is a decision
    QString language;                                    // "" = the system's
    // "production", "procore-sandbox", "monthly-sandbox", "builtin-sandbox" or "custom"
    QString environment = QStringLiteral("production");
    QUrl customApiBase;
    QUrl customLoginBase;
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    int proxyPort = 8080;
    QString proxyUser;
    QString caFile; // a PEM file of certificate authorities trusted besides the system's ("" = none)
    QString theme = QStringLiteral("system");    // "system", "light" or "dark" (see Theme.h)
    QString logLevel = QStringLiteral("normal"); // "normal" or "detailed" (LogSession)
    HistoryLimits historyLimits;                 // how much upload history is kept

    static AppSettings load();
    void save() const;

    // Parallel transfers, the name-clash policy and the size for uploads in parts, for files
    // queued from now on.
    void applyTo(UploadController *controller) const;
    // Light, dark or the system's look, at once.
    void applyTheme() const;
    // How much the log says, at once.
    void applyLogging() const;
    // The bandwidth limit (process-wide) and the proxy of every QNetworkAccessManager.
    void applyNetwork(const QString &proxyPassword) const;
    // The certificate authority file, at once (instead of `previous`); empty, or why it cannot.
    QString applyCaFile(const QString &previous) const;

    // The environment the sign-in dialog starts with; empty id for the built-in sandbox (which
    // needs no sign-in: the app starts it as with --sandbox).
    Environment signInEnvironment() const;
    bool usesBuiltInSandbox() const { return environment == QLatin1String("builtin-sandbox"); }

    static QString proxyModeName(ProxyMode mode);
    static ProxyMode proxyModeFromName(const QString &name);

    // What the window remembers between runs (choices, not preferences: the Settings dialog does
    // not show them). The keys are the ones earlier versions wrote, so choices survive an update.
    // The main window's geometry and tool bar, and the split between destination and transfers.
    static void restoreWindow(QMainWindow *window, QSplitter *splitter);
    static void saveWindow(const QMainWindow *window, const QSplitter *splitter);
    // Where files were last added from ("" when never).
    static QString lastAddFolder();
    static void setLastAddFolder(const QString &folder);
    // The destination last chosen: the company, each company's project, the Documents folder per
    // project (projectId 0: the company's Documents), the kind last used, and per project the
    // choices of its pages.
    enum class ProjectChoice { Kind, Album, DrawingArea, DrawingSet, Revision };
    static qint64 rememberedCompany();
    static void rememberCompany(qint64 companyId);
    static qint64 rememberedProject(qint64 companyId);
    static void rememberProject(qint64 companyId, qint64 projectId);
    static QString rememberedFolder(qint64 companyId, qint64 projectId);
    static void rememberFolder(qint64 companyId, qint64 projectId, const QString &path);
    static QString rememberedKind(); // destinationKindName()
    static void rememberKind(DestinationKind kind);
    static QVariant remembered(ProjectChoice choice, qint64 projectId);
    static void remember(ProjectChoice choice, qint64 projectId, const QVariant &value);
};

} // namespace hoist::ui

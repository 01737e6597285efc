#include "AppSettings.h"

#include "Theme.h"

#include "diagnostics/LogSession.h"
#include "procore/ExtraCertificates.h"
#include "procore/ProxyFactory.h"
#include "upload/UploadController.h"

#include <QMainWindow>
#include <QNetworkProxy>
#include <QSettings>
#include <QSplitter>

#include <algorithm>
#include <optional>

namespace hoist::ui {

using namespace Qt::StringLiterals;

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.maxParallel = std::clamp(s.value(u"transfers/maxParallel"_s, a.maxParallel).toInt(), 1, 16);
    a.bandwidthKiB = std::max(0, s.value(u"transfers/bandwidthKiB"_s, 0).toInt());
    a.segmentedFromMiB =
        std::clamp(s.value(u"transfers/segmentedFromMiB"_s, a.segmentedFromMiB).toInt(), 0, 5120);
    ConflictPolicy policy;
    if (conflictPolicyFromName(s.value(u"transfers/conflictPolicy"_s).toString(), &policy))
        a.conflictPolicy = policy;
    a.language = s.value(u"language"_s).toString();
    a.environment = s.value(u"session/environment"_s, a.environment).toString();
    a.customApiBase = s.value(u"session/customApiBase"_s).toUrl();
    a.customLoginBase = s.value(u"session/customLoginBase"_s).toUrl();
    a.proxyMode = proxyModeFromName(s.value(u"network/proxy"_s).toString());
    a.proxyHost = s.value(u"network/proxyHost"_s).toString();
    a.proxyPort = s.value(u"network/proxyPort"_s, a.proxyPort).toInt();
    a.proxyUser = s.value(u"network/proxyUser"_s).toString();
    a.caFile = s.value(u"network/caFile"_s).toString();
    a.theme = s.value(u"appearance/theme"_s, a.theme).toString();
    a.logLevel =
        LogSession::levelName(LogSession::levelFromName(s.value(u"diagnostics/logLevel"_s).toString()));
    a.historyLimits.keepDays = std::max(0, s.value(u"history/keepDays"_s, a.historyLimits.keepDays).toInt());
    a.historyLimits.keepRows = std::max(0, s.value(u"history/keepRows"_s, a.historyLimits.keepRows).toInt());
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(u"transfers/maxParallel"_s, maxParallel);
    s.setValue(u"transfers/bandwidthKiB"_s, bandwidthKiB);
    s.setValue(u"transfers/segmentedFromMiB"_s, segmentedFromMiB);
    s.setValue(u"transfers/conflictPolicy"_s, conflictPolicyName(conflictPolicy));
    s.setValue(u"language"_s, language);
    s.setValue(u"session/environment"_s, environment);
    s.setValue(u"session/customApiBase"_s, customApiBase);
    s.setValue(u"session/customLoginBase"_s, customLoginBase);
    s.setValue(u"network/proxy"_s, proxyModeName(proxyMode));
    s.setValue(u"network/proxyHost"_s, proxyHost);
    s.setValue(u"network/proxyPort"_s, proxyPort);
    s.setValue(u"network/proxyUser"_s, proxyUser);
    s.setValue(u"network/caFile"_s, caFile);
    s.setValue(u"appearance/theme"_s, theme);
    s.setValue(u"diagnostics/logLevel"_s, logLevel);
    s.setValue(u"history/keepDays"_s, historyLimits.keepDays);
    s.setValue(u"history/keepRows"_s, historyLimits.keepRows);
}

void AppSettings::applyLogging() const
{
    LogSession::setLevel(LogSession::levelFromName(logLevel));
}

void AppSettings::applyTo(UploadController *controller) const
{
    if (!controller)
        return;
    controller->setMaxParallel(maxParallel);
    controller->setConflictPolicy(conflictPolicy);
    controller->setSegmentThreshold(qint64(segmentedFromMiB) * 1024 * 1024);
    controller->setBandwidthLimit(qint64(bandwidthKiB) * 1024);
}

void AppSettings::applyTheme() const
{
    theme::apply(theme);
}

void AppSettings::applyNetwork(const QString &proxyPassword) const
{
    if (proxyMode == ProxyMode::None)
        ProxyFactory::installNone();
    else if (proxyMode == ProxyMode::System)
        ProxyFactory::install();
    else
        ProxyFactory::install(QNetworkProxy(proxyMode == ProxyMode::Http ? QNetworkProxy::HttpProxy
                                                                         : QNetworkProxy::Socks5Proxy,
                                            proxyHost, quint16(proxyPort), proxyUser, proxyPassword));
}

QString AppSettings::applyCaFile(const QString &previous) const
{
    if (previous == caFile)
        return {};
    if (!previous.isEmpty())
        ExtraCertificates::untrustFile(previous);
    return caFile.isEmpty() ? QString() : ExtraCertificates::trustFile(caFile);
}

Environment AppSettings::signInEnvironment() const
{
    if (environment == "custom"_L1)
        return customApiBase.isValid() ? Environment::custom(customApiBase, customLoginBase) : Environment();
    return Environment::byId(environment);
}

QString AppSettings::proxyModeName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        return u"system"_s;
    case ProxyMode::None:
        return u"none"_s;
    case ProxyMode::Http:
        return u"http"_s;
    case ProxyMode::Socks5:
        return u"socks5"_s;
    }
    return u"system"_s;
}

AppSettings::ProxyMode AppSettings::proxyModeFromName(const QString &name)
{
    if (name == "none"_L1)
        return ProxyMode::None;
    if (name == "http"_L1)
        return ProxyMode::Http;
    if (name == "socks5"_L1)
        return ProxyMode::Socks5;
    return ProxyMode::System;
}

namespace {
QString projectChoiceKey(AppSettings::ProjectChoice choice, qint64 projectId)
{
    const char *what = "kind";
    switch (choice) {
    case AppSettings::ProjectChoice::Kind:
        break;
    case AppSettings::ProjectChoice::Album:
        what = "album";
        break;
    case AppSettings::ProjectChoice::DrawingArea:
        what = "drawingArea";
        break;
    case AppSettings::ProjectChoice::DrawingSet:
        what = "drawingSet";
        break;
    case AppSettings::ProjectChoice::Revision:
        what = "revision";
        break;
    }
    return u"destination/%1/%2"_s.arg(QLatin1String(what)).arg(projectId);
}
QString folderKey(qint64 companyId, qint64 projectId)
{
    return projectId ? u"destination/folder/%1"_s.arg(projectId)
                     : u"destination/companyFolder/%1"_s.arg(companyId);
}
} // namespace

void AppSettings::restoreWindow(QMainWindow *window, QSplitter *splitter)
{
    QSettings s;
    window->restoreGeometry(s.value("window/geometry"_L1).toByteArray());
    window->restoreState(s.value("window/state"_L1).toByteArray());
    const QByteArray sizes = s.value("window/splitter"_L1).toByteArray();
    if (sizes.isEmpty() || !splitter->restoreState(sizes))
        splitter->setSizes({330, 850});
}

void AppSettings::saveWindow(const QMainWindow *window, const QSplitter *splitter)
{
    QSettings s;
    s.setValue("window/geometry"_L1, window->saveGeometry());
    s.setValue("window/state"_L1, window->saveState());
    s.setValue("window/splitter"_L1, splitter->saveState());
}

QString AppSettings::lastAddFolder()
{
    return QSettings().value("paths/lastAdd"_L1).toString();
}

void AppSettings::setLastAddFolder(const QString &folder)
{
    QSettings().setValue("paths/lastAdd"_L1, folder);
}

qint64 AppSettings::rememberedCompany()
{
    return QSettings().value("destination/company"_L1).toLongLong();
}

void AppSettings::rememberCompany(qint64 companyId)
{
    QSettings().setValue("destination/company"_L1, companyId);
}

qint64 AppSettings::rememberedProject(qint64 companyId)
{
    return QSettings().value(u"destination/project/%1"_s.arg(companyId)).toLongLong();
}

void AppSettings::rememberProject(qint64 companyId, qint64 projectId)
{
    QSettings().setValue(u"destination/project/%1"_s.arg(companyId), projectId);
}

QString AppSettings::rememberedFolder(qint64 companyId, qint64 projectId)
{
    return QSettings().value(folderKey(companyId, projectId)).toString();
}

void AppSettings::rememberFolder(qint64 companyId, qint64 projectId, const QString &path)
{
    QSettings().setValue(folderKey(companyId, projectId), path);
}

QString AppSettings::rememberedKind()
{
    return QSettings().value("destination/kind"_L1).toString();
}

void AppSettings::rememberKind(DestinationKind kind)
{
    QSettings().setValue("destination/kind"_L1, destinationKindName(kind));
}

QVariant AppSettings::remembered(ProjectChoice choice, qint64 projectId)
{
    return QSettings().value(projectChoiceKey(choice, projectId));
}

void AppSettings::remember(ProjectChoice choice, qint64 projectId, const QVariant &value)
{
    QSettings().setValue(projectChoiceKey(choice, projectId), value);
}

} // namespace hoist::ui

#include "CliProxy.h"

#include "auth/ProxyPassword.h"
#include "procore/ProxyFactory.h"

#include <QEventLoop>
#include <QNetworkProxy>
#include <QSettings>

namespace hoist::cli {

using namespace Qt::StringLiterals;

namespace {

// The keychain's proxy password ("" when none or unreadable), waited for.
QString keychainPassword()
{
    QEventLoop loop;
    QString password;
    ProxyPassword::read(&loop, [&](const QString &p, const QString &) {
        password = p;
        loop.quit();
    });
    loop.exec();
    return password;
}

} // namespace

QString installProxy()
{
    // The window's settings (organization and application "Hoist"), as its Settings dialog wrote them.
    const QSettings window(u"Hoist"_s, u"Hoist"_s);
    const QString mode = window.value(u"network/proxy"_s).toString();
    if (mode == "none"_L1) {
        ProxyFactory::installNone();
        return u"none (Settings)"_s;
    }
    if (mode != "http"_L1 && mode != "socks5"_L1) {
        ProxyFactory::install();
        return u"the system's"_s;
    }
    const QString host = window.value(u"network/proxyHost"_s).toString();
    const int port = window.value(u"network/proxyPort"_s, 8080).toInt();
    const QString user = window.value(u"network/proxyUser"_s).toString();
    const QString password = user.isEmpty() ? QString() : keychainPassword();
    ProxyFactory::install(
        QNetworkProxy(mode == "http"_L1 ? QNetworkProxy::HttpProxy : QNetworkProxy::Socks5Proxy, host,
                      quint16(port), user, password));
    return u"%1 %2:%3 (Settings)"_s.arg(mode, host).arg(port);
}

} // namespace hoist::cli

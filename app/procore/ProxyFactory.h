#pragma once

#include <QNetworkProxyFactory>

#include <optional>

namespace hoist {

// The proxy for every request of the process (window and hoist-cli), except to this computer: the
// built-in sandbox and the sign-in answer on localhost never go through a proxy (Qt's generic Unix
// factory would send them there when http_proxy is set without no_proxy). `manual` unset: the
// system's settings (https_proxy, http_proxy, no_proxy, the desktop's), as Qt reads them.
class ProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ProxyFactory(std::optional<QNetworkProxy> manual = {});
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // Installs one for the whole application (Qt owns it): the system's settings, or `manual`.
    static void install(std::optional<QNetworkProxy> manual = {});
    // No proxy at all.
    static void installNone();

private:
    std::optional<QNetworkProxy> m_manual;
};

} // namespace hoist

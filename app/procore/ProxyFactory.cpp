#include "ProxyFactory.h"

#include <QHostAddress>

namespace hoist {

using namespace Qt::StringLiterals;

ProxyFactory::ProxyFactory(std::optional<QNetworkProxy> manual)
    : m_manual(std::move(manual))
{}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.peerHostName();
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback())
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    if (m_manual)
        return {*m_manual};
    return systemProxyForQuery(query);
}

void ProxyFactory::install(std::optional<QNetworkProxy> manual)
{
    // Setting the application proxy drops any factory; the factory then answers.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::DefaultProxy);
    QNetworkProxyFactory::setApplicationProxyFactory(new ProxyFactory(std::move(manual)));
}

void ProxyFactory::installNone()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

} // namespace hoist

#pragma once

#include <QString>

namespace hoist::cli {

// The proxy of hoist-cli (issue 28): the window's manual proxy when Settings › Network proxy
// names one (host, port and user from the window's settings, the password from the keychain's
// entry, ProxyPassword), "No proxy" when it says so, else the system's settings (https_proxy,
// http_proxy, no_proxy, the desktop's). Never for this computer's own addresses. Returns what it
// chose, for the log.
QString installProxy();

} // namespace hoist::cli

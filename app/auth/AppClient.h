#pragma once

#include "TokenStore.h"

#include <QString>

#include <optional>

namespace hoist {

// The Procore application Hoist signs in as when nobody types one (issue 26): the site's, from a
// system-wide settings file an IT department deploys once, else the build's (CMake options).
// Never the person's settings: Hoist writes no client here, and never a secret to a file.
//
// Site file, group [procore]: environment (an Environment id, default "production"), client_id,
// redirect_uri (default http://localhost:8765/) and, read but discouraged, client_secret.
//   Linux and other XDG systems: <dir>/<organization>/Hoist.conf for each dir in $XDG_CONFIG_DIRS
//   (default /etc/xdg), the first that names a client_id. Windows: HKLM\Software\<organization>\Hoist.
//   macOS: /Library/Preferences/com.<organization>.Hoist.plist.
struct AppClient
{
    ClientCredentials credentials;
    QString environmentId; // the environment the application is registered in
    QString source;        // "site" or "build", for the log and the dialog

    bool hasSecret() const { return !credentials.clientSecret.isEmpty(); }

    // The site's application, else the build's; none when neither names a client id.
    static std::optional<AppClient> configured();
    // The configured application if it is registered in this environment.
    static std::optional<AppClient> forEnvironment(const QString &environmentId);
    static std::optional<AppClient> site();
    static std::optional<AppClient> build();
};

} // namespace hoist

#pragma once

#include <QString>

namespace hoist {

// The last guard between a secret and the log or the debug archive: whatever a line carries, an
// access or refresh token ("Bearer …", "access_token": …), a client secret, an authorization code,
// a password, a signed URL's signature and credential, or the storage POST's policy and signature
// fields come out as "[hidden]". Callers already leave them out; this catches what slips through.
class SecretFilter
{
public:
    static QString clean(const QString &text);
    // A URL fit for a log: scheme, host and path, never the query (signed URLs carry their
    // signature there) nor user info.
    static QString safeUrl(const QString &url);
};

} // namespace hoist

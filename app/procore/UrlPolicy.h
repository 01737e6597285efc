#pragma once

#include "ProcoreError.h"

#include <QString>
#include <QUrl>

namespace hoist {

// Which addresses from a server's answers Hoist will use. A server's answers are untrusted: a
// create-upload answer names where the file's bytes go, a listing names a page to open.
class UrlPolicy
{
public:
    // Empty when the file's bytes may go to `url`: https with a host, or http when the API base
    // itself is http (the built-in sandbox, or a server the person chose without TLS). Otherwise
    // why not, for the person (file:, qrc:, data:, ftp:, relative or host-less addresses never).
    static QString storageUrlProblem(const QUrl &url, const QUrl &apiBase);
    // The error for an answer refused for `why`: not retried, and says what to check.
    static ProcoreError refusedAnswer(const QString &why);
    // A web page Hoist may hand to the browser: http or https with a host.
    static bool isWebLink(const QUrl &url);
};

} // namespace hoist

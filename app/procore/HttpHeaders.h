#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

// Reading the HTTP headers of an API answer that Hoist acts on: Link (pagination) and Date
// (Procore's clock).
namespace hoist::http {

// "rel=next" present in a Link header.
bool linkHasNext(const QByteArray &link);
// The address of a Link header's rel="next" (RFC 8288: <url>; rel="next", …), empty when none.
QUrl linkNext(const QByteArray &link);
// An HTTP date (RFC 9110 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"); invalid when it is not one.
QDateTime date(const QByteArray &value);

} // namespace hoist::http

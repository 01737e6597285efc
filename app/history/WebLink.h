#pragma once

#include "upload/UploadTypes.h"

#include <QUrl>

namespace hoist {

// The page of an uploaded document, photo or drawing in Procore's web application, for receipts
// and "Open in Procore" (issue 26). Procore documents no such addresses: they are built from the
// web application's base (api.<domain> → app.<domain>, any other host as it is: the developer
// sandbox's web and API share sandbox.procore.com) and the tools' paths. Parameters the web
// application does not know are ignored by it, so a wrong guess still lands in the right tool of
// the right project:
//   Documents  <web>/<project id>/project/documents?folder_id=<folder>&file_id=<file>
//   Company    <web>/<company id>/company/documents?folder_id=<folder>&file_id=<file>
//   Photos     <web>/<project id>/project/photos?image_id=<image>
//   Drawings   <web>/<project id>/project/drawing_log (Procore makes the drawings later)
struct WebLink
{
    static QUrl webBase(const QUrl &apiBase);
    // objectId: the document's file id or the photo's image id (0: the tool's page).
    static QUrl to(const QUrl &apiBase, const Destination &destination, qint64 folderId, qint64 objectId);
};

} // namespace hoist

#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace hoist {

class ApiReply;
class ProcoreClient;

// An image already in an album, as GET /rest/v1.0/images lists it.
struct RemoteImage
{
    QString name;     // "filename"
    qint64 size = -1; // "size"; -1 when Procore does not give it
};

// A drawing already in a drawing area, as GET /rest/v1.1/drawing_areas/{id}/drawings lists it:
// its sheet number and the revision number of its current revision.
struct RemoteSheet
{
    QString number;
    QString revision; // "" when Procore gives no current revision
};

// What the review reads before Photos and Drawings uploads: reads only, every page.
namespace listing {

// The images of an album (albumId 0: the images in no album). Procore's reference filters by
// image_category_id; imagesOf() filters again, so a server that ignores the filter is survived.
ApiReply *albumImages(ProcoreClient *client, qint64 companyId, qint64 projectId, qint64 albumId);
QList<RemoteImage> imagesOf(const QJsonValue &listing, qint64 albumId);

// The drawings of a drawing area; obsolete ones are left out by sheetsOf().
ApiReply *areaDrawings(ProcoreClient *client, qint64 companyId, qint64 projectId, qint64 areaId);
QList<RemoteSheet> sheetsOf(const QJsonValue &listing);

} // namespace listing

} // namespace hoist

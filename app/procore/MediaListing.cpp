#include "MediaListing.h"

#include "ProcoreClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace hoist::listing {

using namespace Qt::StringLiterals;

namespace {

// Procore's pagination guide: keep per_page at or below 2,000. Fewer calls for a full album.
constexpr int kPerPage = 1000;

// An id, whether Procore sends it as a number or a string; 0 when null or absent.
qint64 idOf(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

// "size" as a number or a numeric string; -1 when absent, null or unreadable.
qint64 sizeOf(const QJsonValue &v)
{
    bool ok = v.isDouble() && v.toDouble() >= 0;
    qint64 size = ok ? qint64(v.toDouble()) : -1;
    if (v.isString())
        size = v.toString().trimmed().toLongLong(&ok);
    return ok && size >= 0 ? size : -1;
}

} // namespace

ApiReply *albumImages(ProcoreClient *client, qint64 companyId, qint64 projectId, qint64 albumId)
{
    QUrlQuery q;
    q.addQueryItem(u"project_id"_s, QString::number(projectId));
    if (albumId > 0)
        q.addQueryItem(u"image_category_id"_s, QString::number(albumId));
    q.addQueryItem(u"per_page"_s, QString::number(kPerPage));
    return client->collectPages(companyId, u"/rest/v1.0/images"_s, q);
}

QList<RemoteImage> imagesOf(const QJsonValue &listing, qint64 albumId)
{
    QList<RemoteImage> out;
    for (const QJsonValue &v : listing.toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonValue category = o.value(u"image_category_id"_s);
        // The field absent: the server's filter is taken at its word.
        if (!category.isUndefined() && idOf(category) != albumId)
            continue;
        RemoteImage image;
        image.name = o.value(u"filename"_s).toString().trimmed();
        image.size = sizeOf(o.value(u"size"_s));
        if (!image.name.isEmpty())
            out.append(image);
    }
    return out;
}

ApiReply *areaDrawings(ProcoreClient *client, qint64 companyId, qint64 projectId, qint64 areaId)
{
    QUrlQuery q;
    q.addQueryItem(u"project_id"_s, QString::number(projectId));
    q.addQueryItem(u"per_page"_s, QString::number(kPerPage));
    return client->collectPages(companyId, QStringLiteral("/rest/v1.1/drawing_areas/%1/drawings").arg(areaId),
                                q);
}

QList<RemoteSheet> sheetsOf(const QJsonValue &listing)
{
    QList<RemoteSheet> out;
    for (const QJsonValue &v : listing.toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"obsolete"_s).toBool(false))
            continue;
        RemoteSheet sheet;
        sheet.number = o.value(u"number"_s).toString().trimmed();
        const QJsonValue revision = o.value(u"current_revision"_s).toObject().value(u"revision_number"_s);
        sheet.revision =
            revision.isDouble() ? QString::number(revision.toInteger()) : revision.toString().trimmed();
        if (!sheet.number.isEmpty())
            out.append(sheet);
    }
    return out;
}

} // namespace hoist::listing

#include "WebLink.h"

#include <QUrlQuery>

namespace hoist {

QUrl WebLink::webBase(const QUrl &apiBase)
{
    QUrl web;
    web.setScheme(apiBase.scheme());
    web.setHost(apiBase.host().startsWith(QLatin1String("api."))
                    ? QStringLiteral("app.") + apiBase.host().mid(4)
                    : apiBase.host());
    web.setPort(apiBase.port());
    return web;
}

QUrl WebLink::to(const QUrl &apiBase, const Destination &d, qint64 folderId, qint64 objectId)
{
    QUrl url = webBase(apiBase);
    QUrlQuery query;
    auto id = [](qint64 v) { return QString::number(v); };
    switch (d.effectiveKind()) {
    case DestinationKind::CompanyDocuments:
    case DestinationKind::ProjectDocuments: {
        const bool company = d.effectiveKind() == DestinationKind::CompanyDocuments;
        url.setPath(
            QLatin1Char('/') + id(company ? d.companyId : d.projectId)
            + (company ? QStringLiteral("/company/documents") : QStringLiteral("/project/documents")));
        if (folderId)
            query.addQueryItem(QStringLiteral("folder_id"), id(folderId));
        if (objectId)
            query.addQueryItem(QStringLiteral("file_id"), id(objectId));
        break;
    }
    case DestinationKind::Photos:
        url.setPath(QLatin1Char('/') + id(d.projectId) + QStringLiteral("/project/photos"));
        if (objectId)
            query.addQueryItem(QStringLiteral("image_id"), id(objectId));
        break;
    case DestinationKind::Drawings:
        url.setPath(QLatin1Char('/') + id(d.projectId) + QStringLiteral("/project/drawing_log"));
        break;
    }
    url.setQuery(query);
    return url;
}

} // namespace hoist

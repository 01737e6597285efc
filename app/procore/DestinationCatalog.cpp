#include "DestinationCatalog.h"

#include "ApiReply.h"
#include "ProcoreClient.h"

#include <QJsonObject>

namespace hoist {

DestinationCatalog::DestinationCatalog(ProcoreClient *client, qint64 companyId, qint64 projectId)
    : m_client(client)
    , m_companyId(companyId)
    , m_projectId(projectId)
{}

ProcoreClient *DestinationCatalog::client() const
{
    return m_client.data();
}

ApiReply *DestinationCatalog::list(Kind kind) const
{
    Q_ASSERT(m_client);
    switch (kind) {
    case Kind::Albums:
        return m_client->imageCategories(m_companyId, m_projectId);
    case Kind::DrawingAreas:
        return m_client->drawingAreas(m_companyId, m_projectId);
    case Kind::DrawingSets:
        break;
    }
    return m_client->drawingSets(m_companyId, m_projectId);
}

QList<NamedItem> DestinationCatalog::items(const ApiReply *reply)
{
    return NamedItem::listFromJson(reply->json());
}

ApiReply *DestinationCatalog::create(Kind kind, const QString &name, bool isPrivate) const
{
    Q_ASSERT(m_client && kind != Kind::DrawingAreas);
    if (kind == Kind::Albums)
        return m_client->createImageCategory(m_companyId, m_projectId, name, isPrivate);
    return m_client->createDrawingSet(m_companyId, m_projectId, name);
}

NamedItem DestinationCatalog::created(const ApiReply *reply)
{
    return NamedItem::fromJson(reply->json().toObject());
}

std::optional<NamedItem> DestinationCatalog::find(const QList<NamedItem> &items, const QString &idOrName)
{
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    for (const NamedItem &i : items)
        if ((isNumber && i.id == id) || i.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    return std::nullopt;
}

void DestinationCatalog::findOrCreate(Kind kind, const QString &idOrName, bool isPrivate, QObject *context,
                                      std::function<void(const Outcome &)> done) const
{
    ApiReply *listing = list(kind);
    const DestinationCatalog catalog = *this;
    QObject::connect(listing, &ApiReply::finished, context, [=] {
        listing->deleteLater();
        if (!listing->isOk()) {
            done({{}, false, listing->error()});
            return;
        }
        if (const auto found = find(items(listing), idOrName)) {
            done({*found, false, {}});
            return;
        }
        if (kind == Kind::DrawingAreas || !catalog.m_client) {
            done({}); // none of that name, and areas are not created
            return;
        }
        ApiReply *creating = catalog.create(kind, idOrName.trimmed(), isPrivate);
        QObject::connect(creating, &ApiReply::finished, context, [creating, done] {
            creating->deleteLater();
            done({creating->isOk() ? created(creating) : NamedItem{}, creating->isOk(), creating->error()});
        });
    });
}

} // namespace hoist

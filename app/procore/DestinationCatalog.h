#pragma once

#include "ProcoreError.h"
#include "Types.h"

#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace hoist {

class ApiReply;
class ProcoreClient;

// What a project's Photos and Drawings destinations choose from: photo albums (image
// categories), drawing areas and drawing sets. Lists them, finds one by id or name, and finds or
// creates an album or a drawing set by name. Creating goes through ProcoreClient's NamedCreate:
// after an answer that was lost, the list is looked at before anything is sent again, so a name
// is created at most once. The window's pages and hoist-cli both ask here.
class DestinationCatalog
{
public:
    enum class Kind {
        Albums,
        DrawingAreas, // listed only: Procore's drawing areas are not created by Hoist
        DrawingSets,
    };

    DestinationCatalog() = default;
    DestinationCatalog(ProcoreClient *client, qint64 companyId, qint64 projectId);

    ProcoreClient *client() const;
    qint64 companyId() const { return m_companyId; }
    qint64 projectId() const { return m_projectId; }
    bool isValid() const { return client() && m_projectId != 0; }

    // Every item of the project; the caller owns the reply, items() reads it.
    ApiReply *list(Kind kind) const;
    static QList<NamedItem> items(const ApiReply *reply);
    // A new album (isPrivate: only people allowed to see private photos see it) or drawing set;
    // the caller owns the reply, created() reads it.
    ApiReply *create(Kind kind, const QString &name, bool isPrivate = false) const;
    static NamedItem created(const ApiReply *reply);

    // The item of that id (when `idOrName` is a number) or that name (trimmed, any case).
    static std::optional<NamedItem> find(const QList<NamedItem> &items, const QString &idOrName);

    // Lists, finds `idOrName`, and creates an album or set of that name when there is none.
    // `done` is called once, unless `context` is gone by then: error is set when a call failed;
    // item.id is 0 (and error unset) for a drawing area that is not there.
    struct Outcome
    {
        NamedItem item;
        bool created = false;
        ProcoreError error;
    };
    void findOrCreate(Kind kind, const QString &idOrName, bool isPrivate, QObject *context,
                      std::function<void(const Outcome &)> done) const;

private:
    QPointer<ProcoreClient> m_client;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
};

} // namespace hoist

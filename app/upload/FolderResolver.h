#pragma once

#include "procore/ProcoreError.h"
#include "procore/Types.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace hoist {

class ProcoreClient;

// Turns "A/B/C" below a base folder into a folder id, creating missing folders. Each folder is
// looked up and created once, however many jobs ask for it at the same time. Also remembers the
// files of every folder it listed, for name-clash checks.
class FolderResolver : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(qint64 folderId, const hoist::ProcoreError &error)>;

    // projectId 0: company Documents; baseFolderId 0: the root.
    FolderResolver(ProcoreClient *client, qint64 companyId, qint64 projectId, qint64 baseFolderId,
                   QObject *parent = nullptr);
    ~FolderResolver() override;

    qint64 companyId() const { return m_companyId; }
    qint64 projectId() const { return m_projectId; }

    // Calls `done` (through the event loop, never re-entrantly) once the folder exists.
    // `context` dying drops the callback.
    void ensure(const QString &relativePath, QObject *context, Callback done);
    // The file of that name in a folder this resolver listed, if any (case-insensitive).
    std::optional<FileRef> knownFile(qint64 folderId, const QString &name) const;
    // Lists the folder again (after a clash the cache did not know about, or an ambiguous
    // outcome); done gets its files, from a listing asked for after this call: never one that
    // was already on its way.
    void refreshFolder(qint64 folderId, QObject *context,
                       std::function<void(const hoist::Folder &, const hoist::ProcoreError &)> done);
    // A file now exists in a folder (after an association), for later clash checks.
    void noteFile(qint64 folderId, const hoist::FileRef &file);
    // Forget failures so a retry can try again.
    void clearFailures();
    // Procore strips some characters from names; compare names the way it stores them.
    static QString normalizedName(const QString &name);

private:
    struct Node;
    using ListCallback = std::function<void(const hoist::Folder &, const hoist::ProcoreError &)>;
    Node *nodeFor(const QString &path);
    void resolve(Node *node);
    void lookUpOrCreate(Node *node);
    void completeListed(Node *node, qint64 id); // lists the folder first when not yet known
    void create(Node *node, bool afterClash);
    void complete(Node *node, qint64 id, const ProcoreError &error);
    void listFolder(qint64 folderId, ListCallback done); // one listing call per folder at a time
    std::optional<Folder> childFolder(qint64 parentId, const QString &name) const;
    void setListing(qint64 folderId, const Folder &folder);
    // A listing's files by normalized lower-case name and by id (positions in its files), built
    // when first needed: clash checks and noteFile() per file stay O(1) in folders of thousands.
    struct FileIndex
    {
        QHash<QString, qsizetype> byName;
        QHash<qint64, qsizetype> byId;
    };
    FileIndex &fileIndex(qint64 folderId, const Folder &listing) const;

    ProcoreClient *m_client;
    qint64 m_companyId;
    qint64 m_projectId;
    qint64 m_baseFolderId;
    QHash<QString, Node *> m_nodes;   // by normalized path ("" = base)
    QHash<qint64, Folder> m_listings; // folder id → its last listing
    mutable QHash<qint64, FileIndex> m_fileIndex;
    QHash<qint64, QList<ListCallback>> m_listingWaiters;
    QHash<qint64, QList<ListCallback>> m_freshWaiters; // refreshFolder() during a listing: the next one
};

} // namespace hoist

#include "FolderResolver.h"

#include "procore/ProcoreClient.h"

#include <QCoreApplication>
#include <QTimer>

namespace hoist {

using namespace Qt::StringLiterals;

struct FolderResolver::Node
{
    QString key;  // normalized, lower-case path below the base ("" = the base)
    QString name; // last segment as the person wrote it
    Node *parent = nullptr;
    qint64 id = 0;
    bool resolving = false;
    ProcoreError error;
    QList<std::function<void()>> waiters; // run when id or error is set
};

FolderResolver::FolderResolver(ProcoreClient *client, qint64 companyId, qint64 projectId, qint64 baseFolderId,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_companyId(companyId)
    , m_projectId(projectId)
    , m_baseFolderId(baseFolderId)
{}

FolderResolver::~FolderResolver()
{
    qDeleteAll(m_nodes);
}

QString FolderResolver::normalizedName(const QString &name)
{
    static const QString stripped = QStringLiteral("#%*:<>?/\\|~");
    QString out;
    out.reserve(name.size());
    for (QChar ch : name)
        if (!stripped.contains(ch))
            out.append(ch);
    return out.trimmed();
}

FolderResolver::Node *FolderResolver::nodeFor(const QString &path)
{
    const QStringList raw = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Node *node = m_nodes.value(QString());
    if (!node) {
        node = new Node; // resolved (and listed) on first use, even when its id is known
        m_nodes.insert(QString(), node);
    }
    QString key;
    for (const QString &segment : raw) {
        const QString clean = normalizedName(segment);
        if (clean.isEmpty() || clean == QLatin1String("."))
            continue;
        key = key.isEmpty() ? clean.toLower() : QString(key + QLatin1Char('/') + clean.toLower());
        Node *child = m_nodes.value(key);
        if (!child) {
            child = new Node;
            child->key = key;
            child->name = segment.trimmed();
            child->parent = node;
            m_nodes.insert(key, child);
        }
        node = child;
    }
    return node;
}

void FolderResolver::ensure(const QString &relativePath, QObject *context, Callback done)
{
    Node *node = nodeFor(relativePath);
    QPointer<QObject> guard(context);
    auto deliver = [node, guard, done] {
        const qint64 id = node->id;
        const ProcoreError error = node->error;
        QTimer::singleShot(0, guard ? guard.data() : nullptr, [guard, done, id, error] {
            if (guard)
                done(id, error);
        });
    };
    if (node->id || node->error.isError()) {
        deliver();
        return;
    }
    node->waiters.append(deliver);
    if (!node->resolving)
        resolve(node);
}

void FolderResolver::complete(Node *node, qint64 id, const ProcoreError &error)
{
    node->resolving = false;
    node->id = id;
    node->error = error;
    const auto waiters = std::exchange(node->waiters, {});
    for (const auto &w : waiters)
        w();
}

void FolderResolver::resolve(Node *node)
{
    node->resolving = true;
    if (!node->parent) {
        // The base: the root when none was given; its listing is needed anyway.
        // (Listed even when its id is known: its files are needed for name-clash checks.)
        listFolder(m_baseFolderId, [this, node](const Folder &folder, const ProcoreError &error) {
            complete(node, error.isError() ? 0 : folder.id, error);
        });
        return;
    }
    Node *parent = node->parent;
    auto withParent = [this, node, parent] {
        if (parent->error.isError()) {
            complete(node, 0, parent->error);
            return;
        }
        const auto found = m_listings.constFind(parent->id);
        if (found != m_listings.constEnd()) {
            lookUpOrCreate(node);
            return;
        }
        listFolder(parent->id, [this, node](const Folder &, const ProcoreError &error) {
            if (error.isError())
                complete(node, 0, error);
            else
                lookUpOrCreate(node);
        });
    };
    if (parent->id || parent->error.isError()) {
        withParent();
        return;
    }
    parent->waiters.append(withParent);
    if (!parent->resolving)
        resolve(parent);
}

std::optional<Folder> FolderResolver::childFolder(qint64 parentId, const QString &name) const
{
    const auto it = m_listings.constFind(parentId);
    if (it == m_listings.constEnd())
        return std::nullopt;
    const QString wanted = normalizedName(name);
    for (const Folder &f : it->folders)
        if (normalizedName(f.name).compare(wanted, Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

void FolderResolver::lookUpOrCreate(Node *node)
{
    if (const auto existing = childFolder(node->parent->id, node->name)) {
        completeListed(node, existing->id);
        return;
    }
    create(node, false);
}

void FolderResolver::completeListed(Node *node, qint64 id)
{
    if (m_listings.contains(id)) {
        complete(node, id, {});
        return;
    }
    listFolder(id, [this, node, id](const Folder &, const ProcoreError &error) {
        complete(node, error.isError() ? 0 : id, error);
    });
}

void FolderResolver::create(Node *node, bool afterClash)
{
    const qint64 parentId = node->parent->id;
    ApiReply *reply = m_client->createFolder(m_companyId, m_projectId, parentId, node->name);
    connect(reply, &ApiReply::finished, this, [this, reply, node, parentId, afterClash] {
        reply->deleteLater();
        if (reply->isOk()) {
            Folder created = reply->folder();
            created.folders.clear();
            created.files.clear();
            if (const auto parentListing = m_listings.find(parentId); parentListing != m_listings.end())
                parentListing->folders.append(created);
            setListing(created.id, created); // a new folder is empty
            complete(node, created.id, {});
            return;
        }
        // Someone else made it meanwhile: look again. (A create whose answer was lost has been
        // looked for already, by ProcoreClient::createFolder.)
        if (reply->error().kind == ProcoreError::Kind::NameTaken && !afterClash) {
            listFolder(parentId, [this, node](const Folder &, const ProcoreError &listError) {
                if (listError.isError()) {
                    complete(node, 0, listError);
                    return;
                }
                if (const auto existing = childFolder(node->parent->id, node->name))
                    completeListed(node, existing->id);
                else
                    create(node, true);
            });
            return;
        }
        complete(node, 0, reply->error());
    });
}

void FolderResolver::listFolder(qint64 folderId, ListCallback done)
{
    const bool running = m_listingWaiters.contains(folderId);
    m_listingWaiters[folderId].append(std::move(done));
    if (running)
        return;
    ApiReply *reply = m_client->folder(m_companyId, m_projectId, folderId);
    connect(reply, &ApiReply::finished, this, [this, reply, folderId] {
        reply->deleteLater();
        Folder folder;
        if (reply->isOk()) {
            folder = reply->folder();
            setListing(folder.id, folder);
            if (folderId != folder.id)
                setListing(folderId, folder);
        }
        const auto waiters = m_listingWaiters.take(folderId);
        for (const auto &w : waiters)
            w(folder, reply->error());
        // Those who asked while this listing was on its way get the next one, asked for now.
        for (auto &w : m_freshWaiters.take(folderId))
            listFolder(folderId, std::move(w));
    });
}

void FolderResolver::setListing(qint64 folderId, const Folder &folder)
{
    m_listings.insert(folderId, folder);
    m_fileIndex.remove(folderId);
}

FolderResolver::FileIndex &FolderResolver::fileIndex(qint64 folderId, const Folder &listing) const
{
    auto it = m_fileIndex.find(folderId);
    if (it == m_fileIndex.end()) {
        it = m_fileIndex.insert(folderId, {});
        for (qsizetype i = 0; i < listing.files.size(); ++i) {
            const QString name = normalizedName(listing.files[i].name).toCaseFolded();
            if (!it->byName.contains(name)) // the first one wins, as in a listing's order
                it->byName.insert(name, i);
            it->byId.insert(listing.files[i].id, i);
        }
    }
    return *it;
}

std::optional<FileRef> FolderResolver::knownFile(qint64 folderId, const QString &name) const
{
    const auto it = m_listings.constFind(folderId);
    if (it == m_listings.constEnd())
        return std::nullopt;
    const FileIndex &index = fileIndex(folderId, *it);
    const auto found = index.byName.constFind(normalizedName(name).toCaseFolded());
    if (found == index.byName.constEnd())
        return std::nullopt;
    return it->files.at(*found);
}

void FolderResolver::refreshFolder(qint64 folderId, QObject *context,
                                   std::function<void(const Folder &, const ProcoreError &)> done)
{
    QPointer<QObject> guard(context);
    ListCallback deliver = [guard, done](const Folder &folder, const ProcoreError &error) {
        if (guard)
            done(folder, error);
    };
    // A listing asked for before this call may predate what the caller looks for (the outcome
    // of a create it just had): it waits for a listing asked for after it.
    if (m_listingWaiters.contains(folderId))
        m_freshWaiters[folderId].append(std::move(deliver));
    else
        listFolder(folderId, std::move(deliver));
}

void FolderResolver::noteFile(qint64 folderId, const FileRef &file)
{
    const auto it = m_listings.find(folderId);
    if (it == m_listings.end())
        return;
    FileIndex &index = fileIndex(folderId, *it);
    qsizetype at = index.byId.value(file.id, -1);
    if (at >= 0) {
        const QString old = normalizedName(it->files[at].name).toCaseFolded();
        if (index.byName.value(old, -1) == at)
            index.byName.remove(old);
        it->files[at] = file;
    } else {
        at = it->files.size();
        it->files.append(file);
        index.byId.insert(file.id, at);
    }
    const QString name = normalizedName(file.name).toCaseFolded();
    if (!index.byName.contains(name))
        index.byName.insert(name, at);
}

void FolderResolver::clearFailures()
{
    for (Node *node : std::as_const(m_nodes))
        if (node->error.isError() && !node->resolving)
            node->error = {};
}

} // namespace hoist

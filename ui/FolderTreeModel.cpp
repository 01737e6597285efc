#include "FolderTreeModel.h"

#include "ThemedIconEngine.h"
#include "procore/ApiReply.h"
#include "procore/ProcoreClient.h"

#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QMimeData>
#include <QPalette>
#include <QUrl>

#include <algorithm>

namespace hoist::ui {

FolderTreeModel::FolderTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

FolderTreeModel::~FolderTreeModel()
{
    untrack();
}

void FolderTreeModel::setClient(ProcoreClient *client)
{
    m_client = client;
    clear();
}

void FolderTreeModel::untrack()
{
    ++m_generation;
    for (const QPointer<ApiReply> &pointer : m_replies) {
        ApiReply *reply = pointer.data();
        if (reply && !reply->isFinished())
            reply->abort();
    }
    m_replies.clear();
    if (m_pending > 0) {
        m_pending = 0;
        Q_EMIT loadingChanged(false);
    }
}

void FolderTreeModel::clear()
{
    untrack();
    beginResetModel();
    m_invisibleRoot.children.clear();
    m_companyId = 0;
    m_projectId = 0;
    m_revealPath.clear();
    m_revealing = false;
    endResetModel();
}

void FolderTreeModel::setProject(qint64 companyId, qint64 projectId, const QString &rootName)
{
    clear();
    if (!m_client || companyId == 0)
        return;
    m_companyId = companyId;
    m_projectId = projectId;
    auto root = std::make_unique<Node>();
    root->name = rootName;
    root->mayHaveChildren = true;
    root->parent = &m_invisibleRoot;
    Node *rootNode = root.get();
    beginInsertRows({}, 0, 0);
    m_invisibleRoot.children.push_back(std::move(root));
    endInsertRows();
    load(rootNode);
}

void FolderTreeModel::track(ApiReply *reply)
{
    std::erase_if(m_replies, [](const QPointer<ApiReply> &r) { return r.isNull(); });
    m_replies.emplace_back(reply);
}

void FolderTreeModel::load(Node *node)
{
    if (!m_client || node->fetching || node->fetched)
        return;
    node->fetching = true;
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
    ApiReply *reply = m_client->folder(m_companyId, m_projectId, node->id);
    track(reply);
    const int generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, node, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return; // the tree was reset meanwhile: `node` is gone
        if (m_pending > 0 && --m_pending == 0)
            Q_EMIT loadingChanged(false);
        node->fetching = false;
        if (!reply->isOk()) {
            node->mayHaveChildren = false;
            node->fetched = true;
            const QModelIndex index = indexOf(node);
            Q_EMIT dataChanged(index, index);
            Q_EMIT failed(
                tr("The folders of %1 could not be loaded: %2").arg(node->name, reply->error().describe()));
            if (m_revealing)
                continueReveal();
            return;
        }
        addChildren(node, reply->folder());
        if (node->parent == &m_invisibleRoot)
            Q_EMIT rootLoaded(indexOf(node));
        if (m_revealing)
            continueReveal();
    });
}

void FolderTreeModel::addChildren(Node *node, const Folder &listing)
{
    std::vector<std::unique_ptr<Node>> children;
    for (const Folder &folder : listing.folders) {
        if (folder.isRecycleBin)
            continue;
        auto child = std::make_unique<Node>();
        child->id = folder.id;
        child->name = folder.name;
        child->path =
            node->path.isEmpty() ? folder.name : QString(node->path + QLatin1Char('/') + folder.name);
        child->readOnly = folder.readOnly;
        child->mayHaveChildren = folder.hasChildFolders || folder.hasChildFiles;
        child->parent = node;
        children.push_back(std::move(child));
    }
    for (const FileRef &file : listing.files) {
        auto child = std::make_unique<Node>();
        child->id = file.id;
        child->name = file.name;
        child->path = node->path;
        child->readOnly = node->readOnly;
        child->isFile = true;
        child->fetched = true;
        child->parent = node;
        children.push_back(std::move(child));
    }
    // Folders first, then files, each by name.
    std::stable_sort(children.begin(), children.end(), [](const auto &a, const auto &b) {
        if (a->isFile != b->isFile)
            return !a->isFile;
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    node->fetched = true;
    const QModelIndex parentIndex = indexOf(node);
    if (children.empty()) {
        node->mayHaveChildren = false;
        Q_EMIT dataChanged(parentIndex, parentIndex);
        return;
    }
    beginInsertRows(parentIndex, 0, int(children.size()) - 1);
    node->children = std::move(children);
    endInsertRows();
}

void FolderTreeModel::insertChild(Node *parent, std::unique_ptr<Node> child)
{
    auto pos = std::lower_bound(parent->children.begin(), parent->children.end(), child,
                                [](const auto &a, const auto &b) {
                                    if (a->isFile != b->isFile)
                                        return !a->isFile;
                                    return QString::localeAwareCompare(a->name, b->name) < 0;
                                });
    const int row = int(pos - parent->children.begin());
    beginInsertRows(indexOf(parent), row, row);
    parent->children.insert(pos, std::move(child));
    endInsertRows();
}

void FolderTreeModel::revealPath(const QString &path)
{
    m_revealPath = path;
    m_revealing = true;
    continueReveal();
}

void FolderTreeModel::continueReveal()
{
    if (m_invisibleRoot.children.empty()) {
        m_revealing = false;
        return;
    }
    Node *current = m_invisibleRoot.children.front().get();
    const QStringList segments = m_revealPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (!current->fetched) {
            load(current); // continueReveal() runs again when the level arrives
            return;
        }
        Node *next = nullptr;
        for (const auto &child : current->children) {
            if (!child->isFile && child->name == segment) {
                next = child.get();
                break;
            }
        }
        if (!next)
            break;
        current = next;
    }
    m_revealing = false;
    Q_EMIT pathRevealed(indexOf(current));
}

void FolderTreeModel::createFolder(const QModelIndex &parentIndex, const QString &name)
{
    Node *parent = nodeOf(parentIndex);
    if (!m_client || !parent)
        return;
    ApiReply *reply = m_client->createFolder(m_companyId, m_projectId, parent->id, name);
    track(reply);
    const int generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, parent, name, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        if (!reply->isOk()) {
            Q_EMIT failed(
                tr("The folder “%1” could not be created: %2").arg(name, reply->error().describe()));
            return;
        }
        const Folder folder = reply->folder();
        const QString path =
            parent->path.isEmpty() ? folder.name : QString(parent->path + QLatin1Char('/') + folder.name);
        if (!parent->fetched) {
            parent->mayHaveChildren = true;
            revealPath(path);
            return;
        }
        auto child = std::make_unique<Node>();
        child->id = folder.id;
        child->name = folder.name;
        child->path = path;
        child->readOnly = folder.readOnly;
        child->fetched = true; // new and empty
        child->parent = parent;
        Node *node = child.get();
        insertChild(parent, std::move(child));
        Q_EMIT folderCreated(indexOf(node));
    });
}

FolderTreeModel::Node *FolderTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

int FolderTreeModel::rowOf(const Node *node) const
{
    if (!node || !node->parent)
        return -1;
    const auto &siblings = node->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == node)
            return int(i);
    }
    return -1;
}

QModelIndex FolderTreeModel::indexOf(const Node *node) const
{
    const int row = rowOf(node);
    if (row < 0)
        return {};
    return createIndex(row, 0, const_cast<Node *>(node));
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = parent.isValid() ? nodeOf(parent) : &m_invisibleRoot;
    if (!p || column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || !node->parent || node->parent == &m_invisibleRoot)
        return {};
    return indexOf(node->parent);
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = parent.isValid() ? nodeOf(parent) : &m_invisibleRoot;
    return p ? int(p->children.size()) : 0;
}

int FolderTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const bool isRoot = node->parent == &m_invisibleRoot;
    switch (role) {
    case Qt::DisplayRole:
        return node->name;
    case Qt::DecorationRole:
        if (node->isFile)
            return ThemedIconEngine::icon(QStringLiteral("add-file"));
        if (isRoot)
            return ThemedIconEngine::icon(QStringLiteral("documents"));
        return ThemedIconEngine::icon(node->readOnly ? QStringLiteral("folder-locked")
                                                     : QStringLiteral("folder"));
    case Qt::ToolTipRole:
        if (node->isFile)
            return acceptsNewVersion(node)
                       ? tr("Drop a file here to upload it as a new version of “%1”.").arg(node->name)
                       : node->name;
        if (node->readOnly)
            return tr("“%1” is read-only: files cannot be uploaded here.").arg(node->name);
        return isRoot ? tr("The top of the Documents tool") : node->path;
    case Qt::AccessibleDescriptionRole:
        if (node->isFile)
            return tr("file; drop a file onto it for a new version");
        return node->readOnly ? tr("read-only") : QString();
    case Qt::FontRole:
        if (node->readOnly) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (node->readOnly)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case FolderIdRole:
        return node->isFile ? node->parent->id : node->id;
    case PathRole:
        return node->path;
    case ReadOnlyRole:
        return node->readOnly;
    case IsFileRole:
        return node->isFile;
    case FileIdRole:
        return node->isFile ? node->id : qint64(0);
    default:
        return {};
    }
}

Qt::ItemFlags FolderTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    if (node->isFile) // not a destination; a drop target for a new version
        return acceptsNewVersion(node) ? Qt::ItemIsEnabled | Qt::ItemIsDropEnabled : Qt::ItemIsEnabled;
    if (node->readOnly)
        return Qt::ItemIsEnabled; // visible and expandable, but not a destination
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

bool FolderTreeModel::acceptsNewVersion(const Node *node) const
{
    // Company Documents have no versions endpoint; read-only folders take nothing.
    return node && node->isFile && !node->readOnly && m_projectId != 0;
}

QStringList FolderTreeModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

Qt::DropActions FolderTreeModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
}

bool FolderTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                      const QModelIndex &parent) const
{
    if (!data || !data->hasUrls() || row >= 0 || !acceptsNewVersion(nodeOf(parent)))
        return false;
    for (const QUrl &url : data->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return true;
    return false;
}

bool FolderTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QStringList paths;
    for (const QUrl &url : data->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    Q_EMIT newVersionDropped(paths, parent);
    return false; // nothing moves in the tree: the upload is queued elsewhere
}

bool FolderTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = parent.isValid() ? nodeOf(parent) : &m_invisibleRoot;
    if (!node)
        return false;
    if (node == &m_invisibleRoot || node->fetched)
        return !node->children.empty();
    return node->mayHaveChildren;
}

bool FolderTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return node && !node->fetched && !node->fetching && node->mayHaveChildren;
}

void FolderTreeModel::fetchMore(const QModelIndex &parent)
{
    if (Node *node = nodeOf(parent))
        load(node);
}

} // namespace hoist::ui

#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <vector>

namespace hoist {
class ApiReply;
class ProcoreClient;
struct Folder;
} // namespace hoist

namespace hoist::ui {

// A project's (or company's) Documents folders for a QTreeView, loaded lazily one level at a
// time through ProcoreClient::folder() (canFetchMore/fetchMore). The top row is the Documents
// root itself. The recycle bin is left out; read-only folders are shown but cannot be selected.
// Each folder's files follow its subfolders: they are not destinations, but local files dropped
// onto one (a project's, in a writable folder) ask for a new version of it (newVersionDropped).
class FolderTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        FolderIdRole = Qt::UserRole + 1, // qint64; 0 for the root
        PathRole,                        // QString "Drawings/Architectural"; "" for the root
        ReadOnlyRole,                    // bool
        IsFileRole,                      // bool: a file row (FolderIdRole/PathRole: its folder's)
        FileIdRole,                      // qint64: the file's id (0 for folders)
    };

    explicit FolderTreeModel(QObject *parent = nullptr);
    ~FolderTreeModel() override;

    void setClient(ProcoreClient *client);
    // Shows the Documents of a project (projectId 0: the company's). rootName labels the top row.
    void setProject(qint64 companyId, qint64 projectId, const QString &rootName);
    void clear();
    qint64 companyId() const { return m_companyId; }
    qint64 projectId() const { return m_projectId; }
    bool isLoading() const { return m_pending > 0; }

    // Loads the levels down to `path` as needed, then emits pathRevealed() with the deepest
    // folder of the path that exists (the root when none does).
    void revealPath(const QString &path);
    // Creates a folder under `parent` in Procore, then emits folderCreated() (or failed()).
    void createFolder(const QModelIndex &parent, const QString &name);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void rootLoaded(const QModelIndex &root);
    void pathRevealed(const QModelIndex &index);
    void folderCreated(const QModelIndex &index);
    void failed(const QString &message);
    // Local files dropped onto the file row `file`.
    void newVersionDropped(const QStringList &localPaths, const QModelIndex &file);

private:
    struct Node
    {
        qint64 id = 0;
        QString name;
        QString path;
        bool readOnly = false;
        bool isFile = false;
        bool mayHaveChildren = false;
        bool fetched = false;
        bool fetching = false;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };

    Node *nodeOf(const QModelIndex &index) const;
    bool acceptsNewVersion(const Node *node) const;
    QModelIndex indexOf(const Node *node) const;
    int rowOf(const Node *node) const;
    void load(Node *node);
    void addChildren(Node *node, const Folder &listing);
    void insertChild(Node *parent, std::unique_ptr<Node> child);
    void continueReveal();
    void track(ApiReply *reply);
    void untrack();

    QPointer<ProcoreClient> m_client;
    qint64 m_companyId = 0;
    qint64 m_projectId = 0;
    int m_generation = 0;
    int m_pending = 0;
    Node m_invisibleRoot;
    QString m_revealPath;
    bool m_revealing = false;
    std::vector<QPointer<ApiReply>> m_replies;
};

} // namespace hoist::ui

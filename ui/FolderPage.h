#pragma once

#include "DestinationPage.h"

#include <QPersistentModelIndex>

class QAction;
class QPushButton;
class QTreeView;

namespace hoist::ui {

class FolderTreeModel;

// Documents and Company Documents: the folder (a lazily loaded tree; read-only folders cannot be
// chosen; "New Folder…" creates one in place), and new versions: local files dropped onto a
// file row, or chosen for it with Ctrl+Shift+N, go up as a new version of that file.
class FolderPage : public DestinationPage
{
    Q_OBJECT

public:
    explicit FolderPage(QWidget *parent = nullptr);

    void setClient(ProcoreClient *client);
    // Shows the catalogue's folders (projectId 0: the company's) and reveals the folder chosen
    // last there (show(): `path`); reveal() shows another of the same tree.
    void load(const DestinationCatalog &catalog) override;
    void show(const DestinationCatalog &catalog, const QString &path);
    void reveal(const QString &path);
    bool isComplete() const override;
    void applyTo(Destination &destination) const override;
    QString choiceText() const override { return m_folderPath; }
    bool isLoading() const override;
    // Whose folders the tree shows.
    qint64 shownProjectId() const;

    QTreeView *tree() const { return m_tree; }
    FolderTreeModel *model() const { return m_folders; }
    QAction *newVersionAction() const { return m_newVersionAction; }

Q_SIGNALS:
    // Local files for a new version of a file: `destination` is that file's folder, with
    // newVersionOf set (the project's name is the bar's to add).
    void newVersionRequested(const QStringList &localPaths, const hoist::Destination &destination,
                             const QString &remoteName);

private:
    QWidget *buildHeader();
    void onCurrentChanged(const QModelIndex &current);
    void onFolderChosen(const QModelIndex &index);
    void onModelReset();
    void selectIndex(const QModelIndex &index);
    void newFolder();
    void chooseNewVersionFile();
    void onNewVersionDropped(const QStringList &paths, const QModelIndex &file);

    FolderTreeModel *m_folders = nullptr;
    QTreeView *m_tree = nullptr;
    QPushButton *m_newFolder = nullptr;
    QAction *m_newVersionAction = nullptr;
    QPersistentModelIndex m_chosen;
    qint64 m_folderId = -1; // -1: no folder chosen; 0: the root
    QString m_folderPath;
};

} // namespace hoist::ui

#include "FolderPage.h"

#include "AppSettings.h"
#include "FolderTreeModel.h"
#include "ThemedIconEngine.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hoist::ui {

FolderPage::FolderPage(QWidget *parent)
    : DestinationPage(parent)
{
    m_folders = new FolderTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("folderTree"));
    m_tree->setAccessibleName(tr("Destination folder"));
    m_tree->setAccessibleDescription(
        tr("Folders of the Documents tool, the project's or the company's. Read-only folders cannot be "
           "chosen."));
    m_tree->setModel(m_folders);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAnimated(true);
    m_tree->setIconSize(QSize(18, 18));
    m_tree->setMinimumWidth(260);
    m_tree->setAcceptDrops(true);
    m_tree->setDragDropMode(QAbstractItemView::DropOnly);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDefaultDropAction(Qt::CopyAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildHeader());
    layout->addWidget(m_tree, 1);
    setTabOrder(m_tree, m_newFolder);

    // The keyboard's way to a new version: on a file row, the context menu or Ctrl+Shift+N.
    m_newVersionAction = new QAction(tr("Upload a &New Version…"), m_tree);
    m_newVersionAction->setObjectName(QStringLiteral("newVersionAction"));
    m_newVersionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newVersionAction->setShortcutContext(Qt::WidgetShortcut);
    m_newVersionAction->setEnabled(false);
    m_tree->addAction(m_newVersionAction);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_newVersionAction, &QAction::triggered, this, &FolderPage::chooseNewVersionFile);
    connect(m_folders, &FolderTreeModel::newVersionDropped, this, &FolderPage::onNewVersionDropped);
    connect(m_folders, &FolderTreeModel::loadingChanged, this, &FolderPage::loadingChanged);
    connect(m_folders, &FolderTreeModel::failed, this,
            [this](const QString &message) { Q_EMIT statusChanged(message, true); });
    connect(m_folders, &FolderTreeModel::rootLoaded, this,
            [this](const QModelIndex &root) { m_tree->expand(root); });
    connect(m_folders, &FolderTreeModel::modelReset, this, &FolderPage::onModelReset);
    connect(m_folders, &FolderTreeModel::pathRevealed, this, &FolderPage::selectIndex);
    connect(m_folders, &FolderTreeModel::folderCreated, this, &FolderPage::selectIndex);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FolderPage::onCurrentChanged);
    connect(m_newFolder, &QPushButton::clicked, this, &FolderPage::newFolder);
}

QWidget *FolderPage::buildHeader()
{
    auto *header = new QWidget(this);
    m_newFolder =
        new QPushButton(ThemedIconEngine::icon(QStringLiteral("add-folder")), tr("&New Folder…"), header);
    m_newFolder->setObjectName(QStringLiteral("newFolderButton"));
    m_newFolder->setAccessibleName(tr("New folder"));
    m_newFolder->setToolTip(tr("Create a folder inside the chosen folder"));
    m_newFolder->setEnabled(false);
    auto *label = new QLabel(tr("Fol&der:"), header);
    label->setBuddy(m_tree);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addStretch(1);
    row->addWidget(m_newFolder);
    return header;
}

void FolderPage::setClient(ProcoreClient *client)
{
    m_folders->setClient(client);
}

void FolderPage::load(const DestinationCatalog &catalog)
{
    show(catalog, AppSettings::rememberedFolder(catalog.companyId(), catalog.projectId()));
}

void FolderPage::show(const DestinationCatalog &catalog, const QString &path)
{
    if (!catalog.client() || !catalog.companyId()) {
        m_folders->clear();
        return;
    }
    m_folders->setProject(catalog.companyId(), catalog.projectId(),
                          catalog.projectId() ? tr("Documents") : tr("Company Documents"));
    m_folders->revealPath(path);
}

void FolderPage::reveal(const QString &path)
{
    m_folders->revealPath(path);
}

bool FolderPage::isComplete() const
{
    return m_folderId >= 0 && m_folders->companyId() != 0;
}

qint64 FolderPage::shownProjectId() const
{
    return m_folders->projectId();
}

void FolderPage::applyTo(Destination &destination) const
{
    destination.folderId = m_folderId;
    destination.folderPath = m_folderPath;
}

bool FolderPage::isLoading() const
{
    return m_folders->isLoading();
}

void FolderPage::onModelReset()
{
    const bool had = m_folderId >= 0;
    m_folderId = -1;
    m_folderPath.clear();
    m_newFolder->setEnabled(false);
    if (had)
        Q_EMIT changed();
}

void FolderPage::selectIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    if (index.flags() & Qt::ItemIsSelectable)
        m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void FolderPage::onCurrentChanged(const QModelIndex &current)
{
    m_newVersionAction->setEnabled(current.flags() & Qt::ItemIsDropEnabled);
    if (current.isValid() && current.data(FolderTreeModel::IsFileRole).toBool()) {
        // A file: not a destination, but a target for a new version.
        Q_EMIT statusChanged(current.flags() & Qt::ItemIsDropEnabled
                                 ? tr("Drop a file onto “%1” (or press Ctrl+Shift+N) to upload it as a "
                                      "new version.")
                                       .arg(current.data().toString())
                                 : QString(),
                             false);
        return;
    }
    if (current.isValid() && !(current.flags() & Qt::ItemIsSelectable)) {
        // A read-only folder: say why, and go back to the folder chosen before.
        Q_EMIT statusChanged(tr("“%1” is read-only: files cannot be uploaded there. Choose another folder.")
                                 .arg(current.data().toString()),
                             true);
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_chosen.isValid())
                    m_tree->setCurrentIndex(m_chosen);
            },
            Qt::QueuedConnection);
        return;
    }
    onFolderChosen(current);
}

void FolderPage::onFolderChosen(const QModelIndex &index)
{
    if (!index.isValid() || !(index.flags() & Qt::ItemIsSelectable))
        return;
    if (index != m_chosen) // not the return from a read-only folder
        Q_EMIT statusChanged({}, false);
    m_chosen = index;
    m_folderId = index.data(FolderTreeModel::FolderIdRole).toLongLong();
    m_folderPath = index.data(FolderTreeModel::PathRole).toString();
    m_newFolder->setEnabled(true);
    AppSettings::rememberFolder(m_folders->companyId(), m_folders->projectId(), m_folderPath);
    Q_EMIT changed();
}

void FolderPage::newFolder()
{
    QModelIndex parent = m_tree->currentIndex();
    if (parent.data(FolderTreeModel::IsFileRole).toBool())
        parent = m_chosen; // a file row is current: the folder chosen as destination
    if (!parent.isValid())
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("newFolderDialog"));
    dialog.setWindowTitle(tr("New Folder"));
    dialog.setLabelText(tr("Name of the new folder in “%1”:").arg(parent.data().toString()));
    dialog.setTextValue(tr("New Folder"));
    dialog.setOkButtonText(tr("C&reate"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.textValue().trimmed();
    if (name.isEmpty())
        return;
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        Q_EMIT statusChanged(tr("A folder name cannot contain “/” or “\\”."), true);
        return;
    }
    Q_EMIT statusChanged(tr("Creating “%1”…").arg(name), false);
    m_folders->createFolder(parent, name);
    connect(
        m_folders, &FolderTreeModel::folderCreated, this, [this] { Q_EMIT statusChanged({}, false); },
        Qt::SingleShotConnection);
}

void FolderPage::chooseNewVersionFile()
{
    const QPersistentModelIndex file = m_tree->currentIndex();
    if (!(file.flags() & Qt::ItemIsDropEnabled))
        return;
    auto *dialog = new QFileDialog(this, tr("New Version of %1").arg(file.data().toString()));
    dialog->setObjectName(QStringLiteral("newVersionFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, file](const QString &path) {
        if (file.isValid())
            onNewVersionDropped({path}, file);
    });
    dialog->open();
}

void FolderPage::onNewVersionDropped(const QStringList &paths, const QModelIndex &file)
{
    if (paths.size() != 1) {
        Q_EMIT statusChanged(
            tr("Drop one file at a time onto “%1” for a new version.").arg(file.data().toString()), true);
        return;
    }
    Destination d;
    d.companyId = m_folders->companyId();
    d.projectId = m_folders->projectId();
    d.kind = DestinationKind::ProjectDocuments;
    d.folderId = file.data(FolderTreeModel::FolderIdRole).toLongLong();
    d.folderPath = file.data(FolderTreeModel::PathRole).toString();
    d.newVersionOf = file.data(FolderTreeModel::FileIdRole).toLongLong();
    Q_EMIT newVersionRequested(paths, d, file.data().toString());
}

} // namespace hoist::ui

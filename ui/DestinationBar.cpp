#include "DestinationBar.h"

#include "FolderTreeModel.h"
#include "ProjectPicker.h"
#include "ThemedIconEngine.h"
#include "procore/ApiReply.h"
#include "procore/ProcoreClient.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace hoist::ui {

namespace {
QString companyKey()
{
    return QStringLiteral("destination/company");
}
QString projectKey(qint64 companyId)
{
    return QStringLiteral("destination/project/%1").arg(companyId);
}
QString folderKey(qint64 projectId)
{
    return QStringLiteral("destination/folder/%1").arg(projectId);
}
QString companyFolderKey(qint64 companyId)
{
    return QStringLiteral("destination/companyFolder/%1").arg(companyId);
}
// Per project: "kind", "album", "drawingArea", "drawingSet", "revision".
QString projectChoiceKey(const char *what, qint64 projectId)
{
    return QStringLiteral("destination/%1/%2").arg(QLatin1String(what)).arg(projectId);
}
QString lastKindKey()
{
    return QStringLiteral("destination/kind");
}
constexpr qint64 kNewItem = -1; // the "New album…" / "New set…" entry

// Adds Procore's items and a "New …" entry to a picker, and selects `wanted` (else the first).
void fillPicker(QComboBox *combo, const QList<NamedItem> &items, const QString &newText, qint64 wanted)
{
    const QSignalBlocker blocker(combo);
    for (const NamedItem &item : items)
        combo->addItem(item.name, QVariant::fromValue(item.id));
    combo->insertSeparator(combo->count());
    combo->addItem(newText, QVariant::fromValue(kNewItem));
    const int found = combo->findData(QVariant::fromValue(wanted));
    combo->setCurrentIndex(found >= 0 ? found : 0);
}
enum Page { FolderPage, PhotoPage, DrawingPage };
} // namespace

DestinationBar::DestinationBar(QWidget *parent)
    : QWidget(parent)
{
    m_company = new QComboBox(this);
    m_company->setObjectName(QStringLiteral("companyCombo"));
    m_company->setAccessibleName(tr("Company"));
    m_company->setPlaceholderText(tr("Loading companies…"));
    m_company->setEnabled(false);
    m_company->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_company->setMinimumContentsLength(20);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("destinationKindCombo"));
    m_kind->setAccessibleName(tr("Destination type"));
    m_kind->setToolTip(tr("Which Procore tool the files go to"));
    for (DestinationKind k : {DestinationKind::ProjectDocuments, DestinationKind::CompanyDocuments,
                              DestinationKind::Photos, DestinationKind::Drawings})
        m_kind->addItem(destinationKindText(k), QVariant::fromValue(int(k)));

    m_project = new ProjectPicker(this);
    m_project->setObjectName(QStringLiteral("projectPicker"));
    m_project->setEnabled(false);

    m_folders = new FolderTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("folderTree"));
    m_tree->setAccessibleName(tr("Destination folder"));
    m_tree->setAccessibleDescription(
        tr("Folders of the project's Documents tool. Read-only folders cannot be chosen."));
    m_tree->setModel(m_folders);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAnimated(true);
    m_tree->setIconSize(QSize(18, 18));
    m_tree->setMinimumWidth(260);

    m_newFolder =
        new QPushButton(ThemedIconEngine::icon(QStringLiteral("add-folder")), tr("&New Folder…"), this);
    m_newFolder->setObjectName(QStringLiteral("newFolderButton"));
    m_newFolder->setAccessibleName(tr("New folder"));
    m_newFolder->setToolTip(tr("Create a folder inside the chosen folder"));
    m_newFolder->setEnabled(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("destinationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(0, 0, 0, 0);
    auto *companyLabel = new QLabel(tr("&Company:"), this);
    companyLabel->setBuddy(m_company);
    auto *kindLabel = new QLabel(tr("Up&load to:"), this);
    kindLabel->setBuddy(m_kind);
    m_projectLabel = new QLabel(tr("&Project:"), this);
    m_projectLabel->setBuddy(m_project);
    form->addRow(companyLabel, m_company);
    form->addRow(kindLabel, m_kind);
    form->addRow(m_projectLabel, m_project);

    // The folder page: Documents and Company Documents.
    auto *folderPage = new QWidget(this);
    auto *folderLabel = new QLabel(tr("Fol&der:"), folderPage);
    folderLabel->setBuddy(m_tree);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addStretch(1);
    folderRow->addWidget(m_newFolder);
    auto *folderLayout = new QVBoxLayout(folderPage);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addLayout(folderRow);
    folderLayout->addWidget(m_tree, 1);
    m_tree->setParent(folderPage);
    m_newFolder->setParent(folderPage);
    m_tree->setAcceptDrops(true);
    m_tree->setDragDropMode(QAbstractItemView::DropOnly);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDefaultDropAction(Qt::CopyAction);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("destinationPages"));
    m_pages->addWidget(folderPage);
    m_pages->addWidget(buildPhotoPage());
    m_pages->addWidget(buildDrawingPage());
    for (int i = 1; i < m_pages->count(); ++i) // see onKindChanged()
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addSpacing(4);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);

    setTabOrder(m_company, m_kind);
    setTabOrder(m_kind, m_project);
    setTabOrder(m_project, m_tree);
    setTabOrder(m_tree, m_newFolder);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DestinationBar::onKindChanged);

    // The keyboard's way to a new version: on a file row, the context menu or Ctrl+Shift+N.
    m_newVersionAction = new QAction(tr("Upload a &New Version…"), m_tree);
    m_newVersionAction->setObjectName(QStringLiteral("newVersionAction"));
    m_newVersionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newVersionAction->setShortcutContext(Qt::WidgetShortcut);
    m_newVersionAction->setEnabled(false);
    m_tree->addAction(m_newVersionAction);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_newVersionAction, &QAction::triggered, this, &DestinationBar::chooseNewVersionFile);
    connect(m_folders, &FolderTreeModel::newVersionDropped, this, &DestinationBar::onNewVersionDropped);

    connect(m_company, &QComboBox::currentIndexChanged, this, &DestinationBar::onCompanyChanged);
    connect(m_project, &ProjectPicker::projectChanged, this, &DestinationBar::onProjectChanged);
    // While a filter is typed over the chosen project, there is no destination to upload to.
    connect(m_project, &QComboBox::editTextChanged, this, &DestinationBar::destinationChanged);
    connect(m_project, &ProjectPicker::loadingChanged, this, &DestinationBar::updateLoading);
    connect(m_project, &ProjectPicker::failed, this,
            [this](const QString &message) { setStatus(message, true); });
    connect(m_folders, &FolderTreeModel::loadingChanged, this, &DestinationBar::updateLoading);
    connect(m_folders, &FolderTreeModel::failed, this,
            [this](const QString &message) { setStatus(message, true); });
    connect(m_folders, &FolderTreeModel::rootLoaded, this,
            [this](const QModelIndex &root) { m_tree->expand(root); });
    connect(m_folders, &FolderTreeModel::modelReset, this, [this] {
        const bool had = m_folderId >= 0;
        m_folderId = -1;
        m_folderPath.clear();
        m_newFolder->setEnabled(false);
        if (had)
            Q_EMIT destinationChanged();
    });
    auto selectIndex = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            m_tree->expand(p);
        if (index.flags() & Qt::ItemIsSelectable)
            m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    };
    connect(m_folders, &FolderTreeModel::pathRevealed, this, selectIndex);
    connect(m_folders, &FolderTreeModel::folderCreated, this, selectIndex);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_newVersionAction->setEnabled(current.flags() & Qt::ItemIsDropEnabled);
                if (current.isValid() && current.data(FolderTreeModel::IsFileRole).toBool()) {
                    // A file: not a destination, but a target for a new version.
                    setStatus(current.flags() & Qt::ItemIsDropEnabled
                                  ? tr("Drop a file onto “%1” (or press Ctrl+Shift+N) to upload it as a "
                                       "new version.")
                                        .arg(current.data().toString())
                                  : QString());
                    return;
                }
                if (current.isValid() && !(current.flags() & Qt::ItemIsSelectable)) {
                    // A read-only folder: say why, and go back to the folder chosen before.
                    setStatus(tr("“%1” is read-only: files cannot be uploaded there. Choose another folder.")
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
            });
    connect(m_newFolder, &QPushButton::clicked, this, &DestinationBar::newFolder);

    // The kind chosen last (the project's own choice wins when a project is picked).
    DestinationKind last = DestinationKind::ProjectDocuments;
    if (destinationKindFromName(QSettings().value(lastKindKey()).toString(), &last))
        setKind(last);
}

void DestinationBar::setClient(ProcoreClient *client)
{
    m_client = client;
    m_folders->setClient(client);
    m_project->setClient(client);
    loadCompanies();
}

void DestinationBar::loadCompanies()
{
    if (m_companiesReply)
        m_companiesReply->abort();
    {
        const QSignalBlocker blocker(m_company);
        m_company->clear();
    }
    m_company->setEnabled(false);
    if (!m_client)
        return;
    m_company->setPlaceholderText(tr("Loading companies…"));
    ApiReply *reply = m_client->companies();
    m_companiesReply = reply;
    updateLoading();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_companiesReply)
            return;
        m_companiesReply.clear();
        updateLoading();
        if (!reply->isOk()) {
            m_company->setPlaceholderText(tr("No companies"));
            setStatus(tr("The companies could not be loaded: %1").arg(reply->error().describe()), true);
            return;
        }
        const QList<Company> companies = reply->companies();
        const QIcon icon = ThemedIconEngine::icon(QStringLiteral("company"));
        {
            const QSignalBlocker blocker(m_company);
            for (const Company &company : companies) {
                if (company.isActive)
                    m_company->addItem(icon, company.name, QVariant::fromValue(company.id));
            }
            m_company->setCurrentIndex(-1);
        }
        if (m_company->count() == 0) {
            m_company->setPlaceholderText(tr("No companies"));
            setStatus(tr("This account has access to no Procore company. Ask your Procore administrator "
                         "to add you to one."),
                      true);
            return;
        }
        m_company->setEnabled(true);
        const qint64 wanted =
            m_wantCompany != 0 ? m_wantCompany : QSettings().value(companyKey()).toLongLong();
        const int found = m_company->findData(QVariant::fromValue(wanted));
        m_company->setCurrentIndex(found >= 0 ? found : 0);
    });
}

void DestinationBar::onCompanyChanged(int index)
{
    const qint64 companyId = index >= 0 ? m_company->itemData(index).toLongLong() : 0;
    setStatus({});
    if (companyId != 0)
        QSettings().setValue(companyKey(), companyId);
    qint64 preferred = QSettings().value(projectKey(companyId)).toLongLong();
    if (m_wantCompany == companyId && m_wantProject != 0)
        preferred = m_wantProject;
    m_project->setCompany(companyId, preferred);
    if (m_kindValue == DestinationKind::CompanyDocuments)
        showFolders();
    Q_EMIT destinationChanged();
}

void DestinationBar::onProjectChanged(const Project &project)
{
    const qint64 companyId = m_project->companyId();
    if (project.id == 0) {
        m_projectName.clear();
        m_folders->clear();
        Q_EMIT destinationChanged();
        return;
    }
    setStatus({});
    QSettings().setValue(projectKey(companyId), project.id);
    m_projectName = project.displayName.isEmpty() ? project.name : project.displayName;
    if (m_hasWantedFolder && m_wantProject == project.id) {
        setKind(DestinationKind::ProjectDocuments); // selectDestination() asks for Documents
    } else {
        // The kind last used with this project.
        DestinationKind remembered = m_kindValue;
        if (destinationKindFromName(QSettings().value(projectChoiceKey("kind", project.id)).toString(),
                                    &remembered)
            && remembered != m_kindValue && remembered != DestinationKind::CompanyDocuments) {
            const QSignalBlocker blocker(m_kind);
            m_kind->setCurrentIndex(m_kind->findData(QVariant::fromValue(int(remembered))));
            m_kindValue = remembered;
            m_pages->setCurrentIndex(remembered == DestinationKind::Photos     ? PhotoPage
                                     : remembered == DestinationKind::Drawings ? DrawingPage
                                                                               : FolderPage);
        }
    }
    switch (m_kindValue) {
    case DestinationKind::ProjectDocuments:
        showFolders();
        break;
    case DestinationKind::CompanyDocuments:
        break; // the company's tree does not change with the project
    case DestinationKind::Photos:
        loadAlbums();
        break;
    case DestinationKind::Drawings:
        loadDrawingLists();
        break;
    }
    // Only the page shown counts toward the bar's size: the Drawings form must not widen the
    // window when Documents are chosen.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(
            i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->updateGeometry();
    Q_EMIT destinationChanged();
}

qint64 DestinationBar::projectId() const
{
    return m_project->currentProject().id;
}

void DestinationBar::setKind(DestinationKind kind)
{
    const int index = m_kind->findData(QVariant::fromValue(int(kind)));
    if (index >= 0 && index != m_kind->currentIndex())
        m_kind->setCurrentIndex(index);
}

void DestinationBar::onKindChanged()
{
    m_kindValue = DestinationKind(m_kind->currentData().toInt());
    setStatus({});
    QSettings().setValue(lastKindKey(), destinationKindName(m_kindValue));
    if (projectId() && m_kindValue != DestinationKind::CompanyDocuments)
        QSettings().setValue(projectChoiceKey("kind", projectId()), destinationKindName(m_kindValue));
    const bool needsProject = m_kindValue != DestinationKind::CompanyDocuments;
    m_projectLabel->setVisible(needsProject);
    m_project->setVisible(needsProject);
    switch (m_kindValue) {
    case DestinationKind::ProjectDocuments:
    case DestinationKind::CompanyDocuments:
        m_pages->setCurrentIndex(FolderPage);
        showFolders();
        break;
    case DestinationKind::Photos:
        m_pages->setCurrentIndex(PhotoPage);
        loadAlbums();
        break;
    case DestinationKind::Drawings:
        m_pages->setCurrentIndex(DrawingPage);
        loadDrawingLists();
        break;
    }
    // Only the page shown counts toward the bar's size: the Drawings form must not widen the
    // window when Documents are chosen.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(
            i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->updateGeometry();
    Q_EMIT destinationChanged();
}

void DestinationBar::showFolders()
{
    const qint64 companyId = m_project->companyId();
    if (m_kindValue == DestinationKind::CompanyDocuments) {
        if (!companyId) {
            m_folders->clear();
            return;
        }
        m_folders->setProject(companyId, 0, tr("Company Documents"));
        m_folders->revealPath(QSettings().value(companyFolderKey(companyId)).toString());
        return;
    }
    if (!companyId || !projectId()) {
        m_folders->clear();
        return;
    }
    m_folders->setProject(companyId, projectId(), tr("Documents"));
    QString path = QSettings().value(folderKey(projectId())).toString();
    if (m_hasWantedFolder && m_wantProject == projectId()) {
        path = m_wantFolder;
        m_hasWantedFolder = false;
    }
    m_folders->revealPath(path);
}

void DestinationBar::onFolderChosen(const QModelIndex &index)
{
    if (!index.isValid() || !(index.flags() & Qt::ItemIsSelectable))
        return;
    if (index != m_chosen) // not the return from a read-only folder
        setStatus({});
    m_chosen = index;
    m_folderId = index.data(FolderTreeModel::FolderIdRole).toLongLong();
    m_folderPath = index.data(FolderTreeModel::PathRole).toString();
    m_newFolder->setEnabled(true);
    if (m_folders->projectId())
        QSettings().setValue(folderKey(m_folders->projectId()), m_folderPath);
    else
        QSettings().setValue(companyFolderKey(m_folders->companyId()), m_folderPath);
    Q_EMIT destinationChanged();
}

void DestinationBar::selectDestination(qint64 companyId, qint64 projectId, const QString &folderPath)
{
    m_wantCompany = companyId;
    m_wantProject = projectId;
    m_wantFolder = folderPath;
    m_hasWantedFolder = true;
    QSettings().setValue(folderKey(projectId), folderPath);
    const int companyIndex = m_company->findData(QVariant::fromValue(companyId));
    if (companyIndex < 0)
        return; // applied when the companies arrive
    if (companyIndex != m_company->currentIndex()) {
        m_company->setCurrentIndex(companyIndex);
        return;
    }
    if (m_project->currentProject().id == projectId) {
        m_hasWantedFolder = false;
        m_folders->revealPath(folderPath);
        return;
    }
    m_project->selectProject(projectId);
}

bool DestinationBar::isComplete() const
{
    if (m_project->companyId() == 0)
        return false;
    switch (m_kindValue) {
    case DestinationKind::ProjectDocuments:
        return projectId() != 0 && m_folderId >= 0 && m_folders->projectId() == projectId();
    case DestinationKind::CompanyDocuments:
        return m_folderId >= 0 && m_folders->projectId() == 0 && m_folders->companyId() != 0;
    case DestinationKind::Photos:
        return projectId() != 0 && !m_albumsReply && m_album->currentData().toLongLong() >= 0;
    case DestinationKind::Drawings:
        return projectId() != 0 && !m_setsReply && !m_areasReply && m_set->currentData().toLongLong() > 0
               && (m_area->count() == 0 || m_area->currentData().toLongLong() > 0)
               && !m_revision->text().trimmed().isEmpty();
    }
    return false;
}

Destination DestinationBar::destination() const
{
    Destination d;
    if (!isComplete())
        return d;
    d.companyId = m_project->companyId();
    d.kind = m_kindValue;
    d.projectName = m_projectName;
    switch (m_kindValue) {
    case DestinationKind::ProjectDocuments:
        d.projectId = projectId();
        d.folderId = m_folderId;
        d.folderPath = m_folderPath;
        break;
    case DestinationKind::CompanyDocuments:
        d.projectName = tr("Company Documents");
        d.folderId = m_folderId;
        d.folderPath = m_folderPath;
        break;
    case DestinationKind::Photos:
        d.projectId = projectId();
        d.photo.albumId = m_album->currentData().toLongLong();
        d.photo.albumName = d.photo.albumId ? m_album->currentText() : QString();
        d.photo.description = m_description->text().trimmed();
        d.photo.isPrivate = m_private->isChecked();
        break;
    case DestinationKind::Drawings:
        d.projectId = projectId();
        d.drawing.areaId = m_area->count() ? m_area->currentData().toLongLong() : 0;
        d.drawing.setId = m_set->currentData().toLongLong();
        d.drawing.setName = m_set->currentText();
        d.drawing.drawingDate = m_drawingDate->date();
        if (m_hasReceivedDate->isChecked())
            d.drawing.receivedDate = m_receivedDate->date();
        d.drawing.defaultRevision = m_revision->text().trimmed();
        break;
    }
    return d;
}

QString DestinationBar::destinationText() const
{
    if (!isComplete())
        return {};
    switch (m_kindValue) {
    case DestinationKind::ProjectDocuments:
        break;
    case DestinationKind::CompanyDocuments:
        return tr("%1 › %2").arg(m_company->currentText(),
                                 m_folderPath.isEmpty() ? tr("Company Documents")
                                                        : tr("Company Documents › %1").arg(m_folderPath));
    case DestinationKind::Photos:
        return tr("%1 › %2 › Photos › %3")
            .arg(m_company->currentText(), m_projectName, m_album->currentText());
    case DestinationKind::Drawings:
        return tr("%1 › %2 › Drawings › %3")
            .arg(m_company->currentText(), m_projectName, m_set->currentText());
    }
    const QString folder = m_folderPath.isEmpty() ? tr("Documents") : m_folderPath;
    return tr("%1 › %2 › %3").arg(m_company->currentText(), m_projectName, folder);
}

void DestinationBar::newFolder()
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
        setStatus(tr("A folder name cannot contain “/” or “\\”."), true);
        return;
    }
    setStatus(tr("Creating “%1”…").arg(name));
    m_folders->createFolder(parent, name);
    connect(
        m_folders, &FolderTreeModel::folderCreated, this, [this] { setStatus({}); },
        Qt::SingleShotConnection);
}

QWidget *DestinationBar::buildPhotoPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("photoPage"));
    m_album = new QComboBox(page);
    m_album->setObjectName(QStringLiteral("albumCombo"));
    m_album->setAccessibleName(tr("Album"));
    m_album->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_album->setMinimumContentsLength(16);
    m_description = new QLineEdit(page);
    m_description->setObjectName(QStringLiteral("photoDescription"));
    m_description->setAccessibleName(tr("Photo description"));
    m_description->setPlaceholderText(tr("Optional, for every photo of the upload"));
    // A short label keeps the bar narrow (the transfer table needs the width); the tooltip says more.
    m_private = new QCheckBox(tr("Private photos"), page);
    m_private->setObjectName(QStringLiteral("photoPrivate"));
    m_private->setAccessibleName(tr("Private photos"));
    m_private->setToolTip(
        tr("P&rivate (only people allowed to see private photos)").remove(QLatin1Char('&')));
    auto *note = new QLabel(tr("Only images (JPEG, PNG, HEIC, …) can go to Photos; other files are left out "
                               "before anything is uploaded."),
                            page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *albumLabel = new QLabel(tr("&Album:"), page);
    albumLabel->setBuddy(m_album);
    auto *descriptionLabel = new QLabel(tr("Descr&iption:"), page);
    descriptionLabel->setBuddy(m_description);
    form->addRow(albumLabel, m_album);
    form->addRow(descriptionLabel, m_description);
    form->addRow(QString(), m_private);
    form->addRow(note);

    connect(m_album, &QComboBox::activated, this, &DestinationBar::onAlbumActivated);
    connect(m_album, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_album->currentData().toLongLong();
        if (id >= 0 && projectId() && !m_albumsReply)
            QSettings().setValue(projectChoiceKey("album", projectId()), id);
        Q_EMIT destinationChanged();
    });
    return page;
}

QWidget *DestinationBar::buildDrawingPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drawingPage"));
    m_area = new QComboBox(page);
    m_area->setObjectName(QStringLiteral("drawingAreaCombo"));
    m_area->setAccessibleName(tr("Drawing area"));
    m_set = new QComboBox(page);
    m_set->setObjectName(QStringLiteral("drawingSetCombo"));
    m_set->setAccessibleName(tr("Drawing set"));
    m_set->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_set->setMinimumContentsLength(16);
    m_drawingDate = new QDateEdit(QDate::currentDate(), page);
    m_drawingDate->setObjectName(QStringLiteral("drawingDate"));
    m_drawingDate->setAccessibleName(tr("Drawing date"));
    m_drawingDate->setCalendarPopup(true);
    m_hasReceivedDate = new QCheckBox(tr("Recei&ved:"), page);
    m_hasReceivedDate->setObjectName(QStringLiteral("hasReceivedDate"));
    m_hasReceivedDate->setAccessibleName(tr("Set a received date"));
    m_receivedDate = new QDateEdit(QDate::currentDate(), page);
    m_receivedDate->setObjectName(QStringLiteral("receivedDate"));
    m_receivedDate->setAccessibleName(tr("Received date"));
    m_receivedDate->setCalendarPopup(true);
    m_receivedDate->setEnabled(false);
    m_revision = new QLineEdit(QStringLiteral("0"), page);
    m_revision->setObjectName(QStringLiteral("drawingRevision"));
    m_revision->setAccessibleName(tr("Default revision"));
    m_revision->setMaxLength(20);
    auto *note =
        new QLabel(tr("PDF drawings only. The files of one upload go to Procore as one drawing upload; "
                      "each row shows its processing until Procore has finished."),
                   page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_areaLabel = new QLabel(tr("A&rea:"), page);
    m_areaLabel->setBuddy(m_area);
    auto *setLabel = new QLabel(tr("Drawing &set:"), page);
    setLabel->setBuddy(m_set);
    auto *dateLabel = new QLabel(tr("Drawing da&te:"), page);
    dateLabel->setBuddy(m_drawingDate);
    auto *revisionLabel = new QLabel(tr("Default revisi&on:"), page);
    revisionLabel->setBuddy(m_revision);
    form->addRow(m_areaLabel, m_area);
    form->addRow(setLabel, m_set);
    form->addRow(dateLabel, m_drawingDate);
    form->addRow(m_hasReceivedDate, m_receivedDate);
    form->addRow(revisionLabel, m_revision);
    form->addRow(note);

    connect(m_hasReceivedDate, &QCheckBox::toggled, m_receivedDate, &QWidget::setEnabled);
    connect(m_set, &QComboBox::activated, this, &DestinationBar::onSetActivated);
    connect(m_set, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_set->currentData().toLongLong();
        if (id > 0 && projectId() && !m_setsReply)
            QSettings().setValue(projectChoiceKey("drawingSet", projectId()), id);
        Q_EMIT destinationChanged();
    });
    connect(m_area, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_area->currentData().toLongLong();
        if (id > 0 && projectId() && !m_areasReply)
            QSettings().setValue(projectChoiceKey("drawingArea", projectId()), id);
        Q_EMIT destinationChanged();
    });
    connect(m_revision, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (projectId() && !text.trimmed().isEmpty())
            QSettings().setValue(projectChoiceKey("revision", projectId()), text.trimmed());
        Q_EMIT destinationChanged();
    });
    return page;
}

void DestinationBar::loadAlbums(qint64 select)
{
    if (m_albumsReply)
        m_albumsReply->abort();
    {
        const QSignalBlocker blocker(m_album);
        m_album->clear();
    }
    if (!m_client || !projectId())
        return;
    m_album->setPlaceholderText(tr("Loading albums…"));
    ApiReply *reply = m_client->imageCategories(m_project->companyId(), projectId());
    m_albumsReply = reply;
    updateLoading();
    const qint64 project = projectId();
    connect(reply, &ApiReply::finished, this, [this, reply, select, project] {
        reply->deleteLater();
        if (reply != m_albumsReply)
            return;
        m_albumsReply.clear();
        updateLoading();
        if (project != projectId())
            return;
        if (!reply->isOk()) {
            setStatus(tr("The albums could not be loaded: %1").arg(reply->error().describe()), true);
            return;
        }
        const qint64 wanted =
            select ? select : QSettings().value(projectChoiceKey("album", project)).toLongLong();
        {
            const QSignalBlocker blocker(m_album);
            m_album->addItem(tr("No album (Unclassified)"), QVariant::fromValue(qint64(0)));
        }
        fillPicker(m_album, NamedItem::listFromJson(reply->json()), tr("New album…"), wanted);
        Q_EMIT destinationChanged();
    });
}

QString DestinationBar::askNewName(QComboBox *combo, const QString &objectName, const QString &title,
                                   const QString &label)
{
    QInputDialog dialog(this);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setOkButtonText(tr("C&reate"));
    const QString name = dialog.exec() == QDialog::Accepted ? dialog.textValue().trimmed() : QString();
    if (name.isEmpty() || !m_client) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0); // back from "New …"
        Q_EMIT destinationChanged();
        return {};
    }
    return name;
}

void DestinationBar::onAlbumActivated(int index)
{
    if (m_album->itemData(index).toLongLong() != kNewItem)
        return;
    const QString name = askNewName(m_album, QStringLiteral("newAlbumDialog"), tr("New Album"),
                                    tr("Name of the new photo album:"));
    if (name.isEmpty())
        return;
    setStatus(tr("Creating the album “%1”…").arg(name));
    ApiReply *reply =
        m_client->createImageCategory(m_project->companyId(), projectId(), name, m_private->isChecked());
    m_albumsReply = reply;
    updateLoading();
    Q_EMIT destinationChanged();
    connect(reply, &ApiReply::finished, this, [this, reply, name] {
        reply->deleteLater();
        if (reply != m_albumsReply)
            return;
        m_albumsReply.clear();
        if (!reply->isOk()) {
            setStatus(tr("The album “%1” could not be created: %2").arg(name, reply->error().describe()),
                      true);
            loadAlbums();
            return;
        }
        setStatus({});
        loadAlbums(NamedItem::fromJson(reply->json().toObject()).id);
    });
}

void DestinationBar::loadDrawingLists(qint64 selectSet)
{
    for (const auto &r : {m_areasReply, m_setsReply})
        if (r)
            r->abort();
    {
        const QSignalBlocker a(m_area), s(m_set);
        m_area->clear();
        m_set->clear();
    }
    m_area->setVisible(false);
    m_areaLabel->setVisible(false);
    if (!m_client || !projectId())
        return;
    const qint64 project = projectId();
    if (const QString revision = QSettings().value(projectChoiceKey("revision", project)).toString();
        !revision.isEmpty()) {
        const QSignalBlocker blocker(m_revision);
        m_revision->setText(revision);
    }
    m_set->setPlaceholderText(tr("Loading drawing sets…"));
    ApiReply *areas = m_client->drawingAreas(m_project->companyId(), project);
    ApiReply *sets = m_client->drawingSets(m_project->companyId(), project);
    m_areasReply = areas;
    m_setsReply = sets;
    updateLoading();
    connect(areas, &ApiReply::finished, this, [this, areas, project] {
        areas->deleteLater();
        if (areas != m_areasReply)
            return;
        m_areasReply.clear();
        updateLoading();
        if (project != projectId())
            return;
        if (!areas->isOk()) {
            setStatus(tr("The drawing areas could not be loaded: %1").arg(areas->error().describe()), true);
            return;
        }
        const QList<NamedItem> list = NamedItem::listFromJson(areas->json());
        const qint64 wanted = QSettings().value(projectChoiceKey("drawingArea", project)).toLongLong();
        {
            const QSignalBlocker blocker(m_area);
            for (const NamedItem &area : list)
                m_area->addItem(area.name, QVariant::fromValue(area.id));
            const int found = m_area->findData(QVariant::fromValue(wanted));
            m_area->setCurrentIndex(found >= 0 ? found : 0);
        }
        // Projects without drawing areas need none.
        m_area->setVisible(!list.isEmpty());
        m_areaLabel->setVisible(!list.isEmpty());
        Q_EMIT destinationChanged();
    });
    connect(sets, &ApiReply::finished, this, [this, sets, project, selectSet] {
        sets->deleteLater();
        if (sets != m_setsReply)
            return;
        m_setsReply.clear();
        updateLoading();
        if (project != projectId())
            return;
        if (!sets->isOk()) {
            setStatus(tr("The drawing sets could not be loaded: %1").arg(sets->error().describe()), true);
            return;
        }
        const qint64 wanted =
            selectSet ? selectSet : QSettings().value(projectChoiceKey("drawingSet", project)).toLongLong();
        fillPicker(m_set, NamedItem::listFromJson(sets->json()), tr("New set…"), wanted);
        if (selectSet)
            QSettings().setValue(projectChoiceKey("drawingSet", project), selectSet);
        Q_EMIT destinationChanged();
    });
}

void DestinationBar::onSetActivated(int index)
{
    if (m_set->itemData(index).toLongLong() != kNewItem)
        return;
    const QString name = askNewName(m_set, QStringLiteral("newDrawingSetDialog"), tr("New Drawing Set"),
                                    tr("Name of the new drawing set:"));
    if (name.isEmpty())
        return;
    setStatus(tr("Creating the drawing set “%1”…").arg(name));
    ApiReply *reply = m_client->createDrawingSet(m_project->companyId(), projectId(), name);
    m_setsReply = reply;
    updateLoading();
    Q_EMIT destinationChanged();
    connect(reply, &ApiReply::finished, this, [this, reply, name] {
        reply->deleteLater();
        if (reply != m_setsReply)
            return;
        m_setsReply.clear();
        if (!reply->isOk()) {
            setStatus(
                tr("The drawing set “%1” could not be created: %2").arg(name, reply->error().describe()),
                true);
            loadDrawingLists();
            return;
        }
        setStatus({});
        loadDrawingLists(NamedItem::fromJson(reply->json().toObject()).id);
    });
}

void DestinationBar::chooseNewVersionFile()
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

void DestinationBar::onNewVersionDropped(const QStringList &paths, const QModelIndex &file)
{
    if (paths.size() != 1) {
        setStatus(tr("Drop one file at a time onto “%1” for a new version.").arg(file.data().toString()),
                  true);
        return;
    }
    Destination d;
    d.companyId = m_folders->companyId();
    d.projectId = m_folders->projectId();
    d.kind = DestinationKind::ProjectDocuments;
    d.projectName = m_projectName;
    d.folderId = file.data(FolderTreeModel::FolderIdRole).toLongLong();
    d.folderPath = file.data(FolderTreeModel::PathRole).toString();
    d.newVersionOf = file.data(FolderTreeModel::FileIdRole).toLongLong();
    Q_EMIT newVersionRequested(paths, d, file.data().toString());
}

void DestinationBar::setStatus(const QString &text, bool isError)
{
    m_statusIsError = isError;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, ThemedIconEngine::errorColor());
    m_status->setPalette(palette);
}

void DestinationBar::updateLoading()
{
    const bool loading = m_companiesReply || m_project->isLoading() || m_folders->isLoading() || m_albumsReply
                         || m_areasReply || m_setsReply;
    setCursor(loading ? Qt::BusyCursor : Qt::ArrowCursor);
    if (loading)
        m_tree->setCursor(Qt::BusyCursor);
    else
        m_tree->unsetCursor();
}

} // namespace hoist::ui

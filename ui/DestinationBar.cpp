#include "DestinationBar.h"

#include "FolderTreeModel.h"
#include "ProjectPicker.h"
#include "ThemedIconEngine.h"
#include "procore/ApiReply.h"
#include "procore/ProcoreClient.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
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
    auto *projectLabel = new QLabel(tr("&Project:"), this);
    projectLabel->setBuddy(m_project);
    form->addRow(companyLabel, m_company);
    form->addRow(projectLabel, m_project);

    auto *folderLabel = new QLabel(tr("Fol&der:"), this);
    folderLabel->setBuddy(m_tree);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addStretch(1);
    folderRow->addWidget(m_newFolder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addSpacing(4);
    layout->addLayout(folderRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);

    setTabOrder(m_company, m_project);
    setTabOrder(m_project, m_tree);
    setTabOrder(m_tree, m_newFolder);

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
    m_folders->setProject(companyId, project.id, tr("Documents"));
    QString path = QSettings().value(folderKey(project.id)).toString();
    if (m_hasWantedFolder && m_wantProject == project.id) {
        path = m_wantFolder;
        m_hasWantedFolder = false;
    }
    m_folders->revealPath(path);
    Q_EMIT destinationChanged();
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
    QSettings().setValue(folderKey(m_folders->projectId()), m_folderPath);
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
    return m_project->companyId() != 0 && m_project->currentProject().id != 0 && m_folderId >= 0;
}

Destination DestinationBar::destination() const
{
    Destination d;
    if (!isComplete())
        return d;
    d.companyId = m_project->companyId();
    d.projectId = m_project->currentProject().id;
    d.folderId = m_folderId;
    d.folderPath = m_folderPath;
    d.projectName = m_projectName;
    return d;
}

QString DestinationBar::destinationText() const
{
    if (!isComplete())
        return {};
    const QString folder = m_folderPath.isEmpty() ? tr("Documents") : m_folderPath;
    return tr("%1 › %2 › %3").arg(m_company->currentText(), m_projectName, folder);
}

void DestinationBar::newFolder()
{
    const QModelIndex parent = m_tree->currentIndex();
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
    const bool loading = m_companiesReply || m_project->isLoading() || m_folders->isLoading();
    setCursor(loading ? Qt::BusyCursor : Qt::ArrowCursor);
    if (loading)
        m_tree->setCursor(Qt::BusyCursor);
    else
        m_tree->unsetCursor();
}

} // namespace hoist::ui

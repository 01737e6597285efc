#include "DestinationBar.h"

#include "AppSettings.h"
#include "DrawingPage.h"
#include "FolderPage.h"
#include "FolderTreeModel.h"
#include "LatestReply.h"
#include "PhotoPage.h"
#include "ProjectPicker.h"
#include "ThemedIconEngine.h"
#include "procore/ApiReply.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace hoist::ui {

namespace {
enum Page { FolderPageIndex, PhotoPageIndex, DrawingPageIndex };

int pageOf(DestinationKind kind)
{
    return kind == DestinationKind::Photos     ? PhotoPageIndex
           : kind == DestinationKind::Drawings ? DrawingPageIndex
                                               : FolderPageIndex;
}
} // namespace

DestinationBar::DestinationBar(QWidget *parent)
    : QWidget(parent)
    , m_companiesReply(new LatestReply(this))
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

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("destinationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buildForm());
    layout->addSpacing(4);
    buildPages();
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);

    setTabOrder(m_company, m_kind);
    setTabOrder(m_kind, m_project);
    setTabOrder(m_project, m_folderPage->tree());

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DestinationBar::onKindChanged);
    connect(m_company, &QComboBox::currentIndexChanged, this, &DestinationBar::onCompanyChanged);
    connect(m_project, &ProjectPicker::projectChanged, this, &DestinationBar::onProjectChanged);
    // While a filter is typed over the chosen project, there is no destination to upload to.
    connect(m_project, &QComboBox::editTextChanged, this, &DestinationBar::destinationChanged);
    connect(m_project, &ProjectPicker::loadingChanged, this, &DestinationBar::updateLoading);
    connect(m_project, &ProjectPicker::failed, this,
            [this](const QString &message) { setStatus(message, true); });
    connect(m_companiesReply, &LatestReply::busyChanged, this, &DestinationBar::updateLoading);

    // The kind chosen last (the project's own choice wins when a project is picked).
    DestinationKind last = DestinationKind::ProjectDocuments;
    if (destinationKindFromName(AppSettings::rememberedKind(), &last))
        setKind(last);
}

QLayout *DestinationBar::buildForm()
{
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
    return form;
}

void DestinationBar::buildPages()
{
    m_folderPage = new FolderPage(this);
    m_photoPage = new PhotoPage(this);
    m_drawingPage = new DrawingPage(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("destinationPages"));
    for (DestinationPage *page :
         {static_cast<DestinationPage *>(m_folderPage), static_cast<DestinationPage *>(m_photoPage),
          static_cast<DestinationPage *>(m_drawingPage)}) {
        m_pages->addWidget(page);
        connect(page, &DestinationPage::changed, this, &DestinationBar::destinationChanged);
        connect(page, &DestinationPage::loadingChanged, this, &DestinationBar::updateLoading);
        connect(page, &DestinationPage::statusChanged, this, &DestinationBar::setStatus);
    }
    for (int i = 1; i < m_pages->count(); ++i) // see showPage()
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    connect(m_folderPage, &FolderPage::newVersionRequested, this,
            [this](const QStringList &paths, Destination destination, const QString &remoteName) {
                destination.projectName = m_projectName;
                Q_EMIT newVersionRequested(paths, destination, remoteName);
            });
}

QComboBox *DestinationBar::albumCombo() const
{
    return m_photoPage->albumCombo();
}
QComboBox *DestinationBar::drawingAreaCombo() const
{
    return m_drawingPage->areaCombo();
}
QComboBox *DestinationBar::drawingSetCombo() const
{
    return m_drawingPage->setCombo();
}
QLineEdit *DestinationBar::revisionEdit() const
{
    return m_drawingPage->revisionEdit();
}
QAction *DestinationBar::newVersionAction() const
{
    return m_folderPage->newVersionAction();
}
QTreeView *DestinationBar::folderTree() const
{
    return m_folderPage->tree();
}
FolderTreeModel *DestinationBar::folderModel() const
{
    return m_folderPage->model();
}

void DestinationBar::setClient(ProcoreClient *client)
{
    m_client = client;
    m_folderPage->setClient(client);
    m_project->setClient(client);
    loadCompanies();
    // Where the keyboard starts: the first choice of the window, with its focus frame.
    if (client && !window()->focusWidget())
        m_company->setFocus(Qt::OtherFocusReason);
}

void DestinationBar::refresh()
{
    if (!m_client)
        return;
    m_wantCompany = m_project->companyId();
    m_wantProject = projectId();
    m_hasWantedFolder =
        m_kindValue == DestinationKind::ProjectDocuments && m_wantProject != 0 && m_folderPage->isComplete();
    m_wantFolder = m_hasWantedFolder ? m_folderPage->choiceText() : QString();
    loadCompanies();
}

void DestinationBar::refreshFolders()
{
    if (m_kindValue == DestinationKind::ProjectDocuments || m_kindValue == DestinationKind::CompanyDocuments)
        showFolders();
}

void DestinationBar::loadCompanies()
{
    m_companiesReply->abort();
    {
        const QSignalBlocker blocker(m_company);
        m_company->clear();
    }
    m_company->setEnabled(false);
    if (!m_client)
        return;
    m_company->setPlaceholderText(tr("Loading companies…"));
    m_companiesReply->start(m_client->companies(), [this](ApiReply *reply) { onCompanies(reply); });
}

void DestinationBar::onCompanies(ApiReply *reply)
{
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
    const qint64 wanted = m_wantCompany != 0 ? m_wantCompany : AppSettings::rememberedCompany();
    const int found = m_company->findData(QVariant::fromValue(wanted));
    m_company->setCurrentIndex(found >= 0 ? found : 0);
}

void DestinationBar::onCompanyChanged(int index)
{
    const qint64 companyId = index >= 0 ? m_company->itemData(index).toLongLong() : 0;
    setStatus({});
    if (companyId != 0)
        AppSettings::rememberCompany(companyId);
    qint64 preferred = AppSettings::rememberedProject(companyId);
    if (m_wantCompany == companyId && m_wantProject != 0)
        preferred = m_wantProject;
    m_project->setCompany(companyId, preferred);
    if (m_kindValue == DestinationKind::CompanyDocuments)
        showFolders();
    Q_EMIT destinationChanged();
}

void DestinationBar::onProjectChanged(const Project &project)
{
    if (project.id == 0) {
        m_projectName.clear();
        m_folderPage->load({});
        if (m_kindValue != DestinationKind::CompanyDocuments && page()->isLoading())
            page()->load({}); // its answer is for a project no longer chosen
        Q_EMIT destinationChanged();
        return;
    }
    setStatus({});
    AppSettings::rememberProject(m_project->companyId(), project.id);
    m_projectName = project.displayName.isEmpty() ? project.name : project.displayName;
    if (m_hasWantedFolder && m_wantProject == project.id) {
        setKind(DestinationKind::ProjectDocuments); // selectDestination() asks for Documents
    } else {
        // The kind last used with this project.
        DestinationKind remembered = m_kindValue;
        if (destinationKindFromName(
                AppSettings::remembered(AppSettings::ProjectChoice::Kind, project.id).toString(), &remembered)
            && remembered != m_kindValue && remembered != DestinationKind::CompanyDocuments) {
            const QSignalBlocker blocker(m_kind);
            m_kind->setCurrentIndex(m_kind->findData(QVariant::fromValue(int(remembered))));
            m_kindValue = remembered;
        }
    }
    if (m_kindValue != DestinationKind::CompanyDocuments) // the company's tree does not change
        showPage();
    else
        Q_EMIT destinationChanged();
}

qint64 DestinationBar::projectId() const
{
    return m_project->currentProject().id;
}

DestinationPage *DestinationBar::page() const
{
    return static_cast<DestinationPage *>(m_pages->widget(pageOf(m_kindValue)));
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
    AppSettings::rememberKind(m_kindValue);
    if (projectId() && m_kindValue != DestinationKind::CompanyDocuments)
        AppSettings::remember(AppSettings::ProjectChoice::Kind, projectId(),
                              destinationKindName(m_kindValue));
    const bool needsProject = m_kindValue != DestinationKind::CompanyDocuments;
    m_projectLabel->setVisible(needsProject);
    m_project->setVisible(needsProject);
    showPage();
}

void DestinationBar::showPage()
{
    m_pages->setCurrentIndex(pageOf(m_kindValue));
    if (m_kindValue == DestinationKind::ProjectDocuments || m_kindValue == DestinationKind::CompanyDocuments)
        showFolders();
    else
        page()->load(DestinationCatalog(m_client, m_project->companyId(), projectId()));
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
        m_folderPage->load(DestinationCatalog(companyId ? m_client : nullptr, companyId, 0));
        return;
    }
    if (!companyId || !projectId()) {
        m_folderPage->load({});
        return;
    }
    const DestinationCatalog catalog(m_client, companyId, projectId());
    if (m_hasWantedFolder && m_wantProject == projectId()) {
        m_hasWantedFolder = false;
        m_folderPage->show(catalog, m_wantFolder);
    } else {
        m_folderPage->load(catalog);
    }
}

void DestinationBar::selectDestination(qint64 companyId, qint64 projectId, const QString &folderPath)
{
    m_wantCompany = companyId;
    m_wantProject = projectId;
    m_wantFolder = folderPath;
    m_hasWantedFolder = true;
    if (projectId)
        AppSettings::rememberFolder(companyId, projectId, folderPath);
    const int companyIndex = m_company->findData(QVariant::fromValue(companyId));
    if (companyIndex < 0)
        return; // applied when the companies arrive
    if (companyIndex != m_company->currentIndex()) {
        m_company->setCurrentIndex(companyIndex);
        return;
    }
    if (m_project->currentProject().id == projectId) {
        m_hasWantedFolder = false;
        m_folderPage->reveal(folderPath);
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
        return projectId() != 0 && m_folderPage->isComplete()
               && m_folderPage->shownProjectId() == projectId();
    case DestinationKind::CompanyDocuments:
        return m_folderPage->isComplete() && m_folderPage->shownProjectId() == 0;
    case DestinationKind::Photos:
    case DestinationKind::Drawings:
        break;
    }
    return projectId() != 0 && page()->isComplete();
}

Destination DestinationBar::destination() const
{
    Destination d;
    if (!isComplete())
        return d;
    d.companyId = m_project->companyId();
    d.kind = m_kindValue;
    d.projectName = m_projectName;
    if (m_kindValue == DestinationKind::CompanyDocuments)
        d.projectName = tr("Company Documents");
    else
        d.projectId = projectId();
    page()->applyTo(d);
    return d;
}

QString DestinationBar::destinationText() const
{
    if (!isComplete())
        return {};
    const QString choice = page()->choiceText();
    switch (m_kindValue) {
    case DestinationKind::ProjectDocuments:
        break;
    case DestinationKind::CompanyDocuments:
        return tr("%1 › %2").arg(m_company->currentText(), choice.isEmpty()
                                                               ? tr("Company Documents")
                                                               : tr("Company Documents › %1").arg(choice));
    case DestinationKind::Photos:
        return tr("%1 › %2 › Photos › %3").arg(m_company->currentText(), m_projectName, choice);
    case DestinationKind::Drawings:
        return tr("%1 › %2 › Drawings › %3").arg(m_company->currentText(), m_projectName, choice);
    }
    return tr("%1 › %2 › %3")
        .arg(m_company->currentText(), m_projectName, choice.isEmpty() ? tr("Documents") : choice);
}

void DestinationBar::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, ThemedIconEngine::errorColor());
    m_status->setPalette(palette);
}

void DestinationBar::updateLoading()
{
    const bool loading = m_companiesReply->isBusy() || m_project->isLoading() || m_folderPage->isLoading()
                         || m_photoPage->isLoading() || m_drawingPage->isLoading();
    setCursor(loading ? Qt::BusyCursor : Qt::ArrowCursor);
    if (loading)
        m_folderPage->tree()->setCursor(Qt::BusyCursor);
    else
        m_folderPage->tree()->unsetCursor();
}

} // namespace hoist::ui

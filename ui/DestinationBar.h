#pragma once

#include "procore/ProcoreClient.h"
#include "upload/UploadTypes.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace hoist {
struct Project;
} // namespace hoist

namespace hoist::ui {

class DestinationPage;
class DrawingPage;
class FolderPage;
class FolderTreeModel;
class LatestReply;
class PhotoPage;
class ProjectPicker;

// Where uploads go: the company (a combo box), the kind of destination (Documents, Company
// Documents, Photos, Drawings), the project (ProjectPicker) and a page for what the kind needs
// (FolderPage, PhotoPage, DrawingPage; see DestinationPage). The last choice is remembered
// (AppSettings): the company, each company's project, and per project the kind, folder, album,
// area, set and revision.
class DestinationBar : public QWidget
{
    Q_OBJECT

public:
    explicit DestinationBar(QWidget *parent = nullptr);

    void setClient(ProcoreClient *client);
    ProcoreClient *client() const { return m_client; }

    // True when company, project and what the kind needs (a writable folder, an album, a set…)
    // are chosen.
    bool isComplete() const;
    Destination destination() const;
    // "Summit Ridge Builders › 2024-101 - Riverside Medical Center › Drawings/Architectural"
    QString destinationText() const;

    // Chooses a destination as soon as the lists have loaded (remembers it like a choice made
    // by hand). folderPath "" is the Documents root.
    void selectDestination(qint64 companyId, qint64 projectId, const QString &folderPath);

    // F5: lists the companies, projects and the page's folders (albums, sets) from Procore again,
    // keeping the choice made.
    void refresh();
    // Lists the shown folders again (an upload made new ones), keeping the folder chosen.
    void refreshFolders();

    DestinationKind kind() const { return m_kindValue; }
    void setKind(DestinationKind kind);

    QComboBox *companyCombo() const { return m_company; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *albumCombo() const;
    QComboBox *drawingAreaCombo() const;
    QComboBox *drawingSetCombo() const;
    QLineEdit *revisionEdit() const;
    QStackedWidget *pages() const { return m_pages; }
    QAction *newVersionAction() const;
    ProjectPicker *projectPicker() const { return m_project; }
    QTreeView *folderTree() const;
    FolderTreeModel *folderModel() const;

Q_SIGNALS:
    void destinationChanged();
    // Local files dropped onto a file of the folder tree: upload them as a new version of it.
    // `destination` is that file's folder, with newVersionOf set.
    void newVersionRequested(const QStringList &localPaths, const hoist::Destination &destination,
                             const QString &remoteName);

private:
    QLayout *buildForm();
    void buildPages();
    void loadCompanies();
    void onCompanies(ApiReply *reply);
    void onCompanyChanged(int index);
    void onProjectChanged(const hoist::Project &project);
    void onKindChanged();
    // Shows the page of the kind and loads it for the project chosen.
    void showPage();
    void showFolders();
    DestinationPage *page() const;
    qint64 projectId() const;
    void setStatus(const QString &text, bool isError = false);
    void updateLoading();

    QPointer<ProcoreClient> m_client;
    LatestReply *m_companiesReply = nullptr;
    QComboBox *m_company = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_projectLabel = nullptr;
    ProjectPicker *m_project = nullptr;
    QStackedWidget *m_pages = nullptr;
    FolderPage *m_folderPage = nullptr;
    PhotoPage *m_photoPage = nullptr;
    DrawingPage *m_drawingPage = nullptr;
    QLabel *m_status = nullptr;
    DestinationKind m_kindValue = DestinationKind::ProjectDocuments;
    QString m_projectName;
    qint64 m_wantCompany = 0;
    qint64 m_wantProject = 0;
    QString m_wantFolder;
    bool m_hasWantedFolder = false;
};

} // namespace hoist::ui

#pragma once

#include "procore/ProcoreClient.h"
#include "upload/UploadTypes.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace hoist {
class ApiReply;
struct Project;
} // namespace hoist

namespace hoist::ui {

class FolderTreeModel;
class ProjectPicker;

// Where uploads go: the company (a combo box), the kind of destination (Documents, Company
// Documents, Photos, Drawings), the project (ProjectPicker) and what the kind needs:
// - Documents / Company Documents: the folder (a lazily loaded tree; read-only folders cannot be
//   chosen; "New folder…" creates one in place; files dropped onto a file row ask for a new
//   version of it);
// - Photos: the album ("New album…" creates one), a description and privacy;
// - Drawings: the drawing area, the drawing set ("New set…"), drawing and received dates and the
//   default revision.
// The last choice is remembered: the company, each company's project, and per project the kind,
// folder, album, area, set and revision.
class DestinationBar : public QWidget
{
    Q_OBJECT

public:
    explicit DestinationBar(QWidget *parent = nullptr);

    void setClient(ProcoreClient *client);
    ProcoreClient *client() const { return m_client; }

    // True when company, project and a writable folder are chosen.
    bool isComplete() const;
    Destination destination() const;
    // "Summit Ridge Builders › 2024-101 - Riverside Medical Center › Drawings/Architectural"
    QString destinationText() const;

    // Chooses a destination as soon as the lists have loaded (remembers it like a choice made
    // by hand). folderPath "" is the Documents root.
    void selectDestination(qint64 companyId, qint64 projectId, const QString &folderPath);

    DestinationKind kind() const { return m_kindValue; }
    void setKind(DestinationKind kind);

    QComboBox *companyCombo() const { return m_company; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *albumCombo() const { return m_album; }
    QComboBox *drawingAreaCombo() const { return m_area; }
    QComboBox *drawingSetCombo() const { return m_set; }
    QLineEdit *revisionEdit() const { return m_revision; }
    QStackedWidget *pages() const { return m_pages; }
    QAction *newVersionAction() const { return m_newVersionAction; }
    ProjectPicker *projectPicker() const { return m_project; }
    QTreeView *folderTree() const { return m_tree; }
    FolderTreeModel *folderModel() const { return m_folders; }

Q_SIGNALS:
    void destinationChanged();
    // Local files dropped onto a file of the folder tree: upload them as a new version of it.
    // `destination` is that file's folder, with newVersionOf set.
    void newVersionRequested(const QStringList &localPaths, const hoist::Destination &destination,
                             const QString &remoteName);

private:
    void loadCompanies();
    void onCompanyChanged(int index);
    void onProjectChanged(const hoist::Project &project);
    void onFolderChosen(const QModelIndex &index);
    void newFolder();
    void onKindChanged();
    void showFolders();
    void loadAlbums(qint64 select = 0);
    void loadDrawingLists(qint64 selectSet = 0);
    // Asks for the name of a new album or drawing set; "" (and `combo` back on its first item)
    // when none is given.
    QString askNewName(QComboBox *combo, const QString &objectName, const QString &title,
                       const QString &label);
    void onAlbumActivated(int index);
    void onSetActivated(int index);
    void onNewVersionDropped(const QStringList &paths, const QModelIndex &file);
    void chooseNewVersionFile();
    QWidget *buildPhotoPage();
    QWidget *buildDrawingPage();
    qint64 projectId() const;
    void setStatus(const QString &text, bool isError = false);
    void updateLoading();

    QPointer<ProcoreClient> m_client;
    QPointer<ApiReply> m_companiesReply;
    QComboBox *m_company = nullptr;
    QComboBox *m_kind = nullptr;
    QAction *m_newVersionAction = nullptr;
    QLabel *m_projectLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_album = nullptr;
    QLineEdit *m_description = nullptr;
    QCheckBox *m_private = nullptr;
    QLabel *m_areaLabel = nullptr;
    QComboBox *m_area = nullptr;
    QComboBox *m_set = nullptr;
    QDateEdit *m_drawingDate = nullptr;
    QCheckBox *m_hasReceivedDate = nullptr;
    QDateEdit *m_receivedDate = nullptr;
    QLineEdit *m_revision = nullptr;
    QPointer<ApiReply> m_albumsReply;
    QPointer<ApiReply> m_areasReply;
    QPointer<ApiReply> m_setsReply;
    DestinationKind m_kindValue = DestinationKind::ProjectDocuments;
    ProjectPicker *m_project = nullptr;
    QTreeView *m_tree = nullptr;
    FolderTreeModel *m_folders = nullptr;
    QPushButton *m_newFolder = nullptr;
    QLabel *m_status = nullptr;
    QString m_projectName;
    QPersistentModelIndex m_chosen;
    bool m_statusIsError = false;
    qint64 m_folderId = -1; // -1: no folder chosen; 0: the root
    QString m_folderPath;
    qint64 m_wantCompany = 0;
    qint64 m_wantProject = 0;
    QString m_wantFolder;
    bool m_hasWantedFolder = false;
};

} // namespace hoist::ui

#pragma once

#include "procore/ProcoreClient.h"
#include "upload/UploadTypes.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace hoist {
class ApiReply;
struct Project;
} // namespace hoist

namespace hoist::ui {

class FolderTreeModel;
class ProjectPicker;

// Where uploads go: the company (a combo box), the project (ProjectPicker) and the folder of its
// Documents tool (a lazily loaded tree; read-only folders cannot be chosen; "New folder…" creates
// one in place). The last choice is remembered: the company, each company's project, and each
// project's folder.
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

    QComboBox *companyCombo() const { return m_company; }
    ProjectPicker *projectPicker() const { return m_project; }
    QTreeView *folderTree() const { return m_tree; }
    FolderTreeModel *folderModel() const { return m_folders; }

Q_SIGNALS:
    void destinationChanged();

private:
    void loadCompanies();
    void onCompanyChanged(int index);
    void onProjectChanged(const hoist::Project &project);
    void onFolderChosen(const QModelIndex &index);
    void newFolder();
    void setStatus(const QString &text, bool isError = false);
    void updateLoading();

    QPointer<ProcoreClient> m_client;
    QPointer<ApiReply> m_companiesReply;
    QComboBox *m_company = nullptr;
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

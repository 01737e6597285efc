#pragma once

#include "procore/Types.h"

#include <QComboBox>
#include <QPointer>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace hoist {
class ApiReply;
class ProcoreClient;
} // namespace hoist

namespace hoist::ui {

// Chooses a project of a company: an editable combo box that filters as you type (any part of
// the number or name) over the company's projects, which arrive page by page in the background
// so a company with hundreds of projects never freezes the window. Inactive projects are not
// listed: nothing can be uploaded to them.
class ProjectPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit ProjectPicker(QWidget *parent = nullptr);

    void setClient(ProcoreClient *client);
    // Lists the company's projects (clears the list first). `preferredProjectId` is selected
    // as soon as it arrives.
    void setCompany(qint64 companyId, qint64 preferredProjectId = 0);
    qint64 companyId() const { return m_companyId; }

    bool isLoading() const { return !m_reply.isNull(); }
    int loadedCount() const { return count(); }
    int totalCount() const { return m_total; }

    // The chosen project, or an empty Project (id 0).
    Project currentProject() const;
    bool selectProject(qint64 projectId);

Q_SIGNALS:
    void projectChanged(const hoist::Project &project);
    void loadingChanged(bool loading);
    void failed(const QString &message);

private:
    void requestPage(int page);
    void onIndexChanged(int index);
    void updatePlaceholder();

    QPointer<ProcoreClient> m_client;
    QPointer<ApiReply> m_reply;
    qint64 m_companyId = 0;
    qint64 m_preferredId = 0;
    int m_total = -1;
    int m_generation = 0;
    qint64 m_lastEmittedId = -1;
};

} // namespace hoist::ui

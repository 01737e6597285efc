#include "ProjectPicker.h"

#include "procore/ApiReply.h"
#include "procore/ProcoreClient.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>

namespace hoist::ui {

namespace {
constexpr int ProjectRole = Qt::UserRole + 1;
constexpr int PageSize = 100;
} // namespace

ProjectPicker::ProjectPicker(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    // Filter-as-you-type: any part of "number - name" matches, case-insensitively.
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setMaxVisibleItems(15);
    setAccessibleName(tr("Project"));
    lineEdit()->setAccessibleName(tr("Project"));
    setAccessibleDescription(tr("Type part of a project's number or name to filter the list"));
    setToolTip(tr("Type to filter by project number or name"));
    connect(this, &QComboBox::currentIndexChanged, this, &ProjectPicker::onIndexChanged);
    // A long name loses its end, never its middle (the number and the start say the most), and
    // is whole in a tooltip.
    view()->setTextElideMode(Qt::ElideRight);
    completer()->popup()->setTextElideMode(Qt::ElideRight);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        lineEdit()->setCursorPosition(0);
        lineEdit()->setToolTip(index >= 0 ? itemText(index) : toolTip());
    });
    // Leaving the field with a half-typed filter: take the project it names exactly, or show
    // the chosen project again rather than text that matches nothing.
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int index = currentIndex();
        if (index >= 0 && currentText() == itemText(index))
            return;
        const int exact = findText(currentText(), Qt::MatchFixedString);
        if (exact >= 0)
            setCurrentIndex(exact);
        else if (index >= 0)
            setEditText(itemText(index));
    });
    updatePlaceholder();
}

void ProjectPicker::setClient(ProcoreClient *client)
{
    m_client = client;
    setCompany(0);
}

void ProjectPicker::setCompany(qint64 companyId, qint64 preferredProjectId)
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
    m_reply.clear();
    m_companyId = companyId;
    m_preferredId = preferredProjectId;
    m_total = -1;
    {
        const QSignalBlocker blocker(this);
        clear();
        setCurrentIndex(-1);
        clearEditText();
    }
    if (m_lastEmittedId != 0) {
        m_lastEmittedId = 0;
        Q_EMIT projectChanged(Project());
    }
    setEnabled(companyId != 0 && m_client);
    updatePlaceholder();
    if (companyId != 0 && m_client)
        requestPage(1);
}

void ProjectPicker::requestPage(int page)
{
    const bool wasLoading = isLoading();
    ApiReply *reply = m_client->projects(m_companyId, page, PageSize);
    m_reply = reply;
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    const int generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, page, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_reply.clear();
        if (!reply->isOk()) {
            Q_EMIT loadingChanged(false);
            updatePlaceholder();
            Q_EMIT failed(tr("The projects could not be loaded: %1").arg(reply->error().describe()));
            return;
        }
        m_total = reply->totalCount();
        const QList<Project> projects = reply->projects();
        // Appending keeps what the person typed and the current choice as they are. (QComboBox
        // makes its first item current by itself: undone, a project must be chosen.)
        {
            const QSignalBlocker blocker(this);
            const int before = currentIndex();
            const QString typed = currentText();
            for (const Project &project : projects) {
                if (!project.active)
                    continue;
                const QString text = project.displayName.isEmpty() ? project.name : project.displayName;
                addItem(text, QVariant::fromValue(project.id));
                setItemData(count() - 1, QVariant::fromValue(project), ProjectRole);
                setItemData(count() - 1, text, Qt::ToolTipRole);
            }
            if (before < 0) {
                setCurrentIndex(-1);
                setEditText(typed);
            }
        }
        if (m_preferredId != 0 && currentIndex() < 0) {
            const int found = findData(QVariant::fromValue(m_preferredId));
            if (found >= 0) {
                m_preferredId = 0;
                setCurrentIndex(found);
            }
        }
        if (reply->hasNextPage() && !projects.isEmpty()) {
            requestPage(page + 1);
        } else {
            Q_EMIT loadingChanged(false);
        }
        updatePlaceholder();
    });
}

void ProjectPicker::updatePlaceholder()
{
    QString text;
    if (m_companyId == 0)
        text = tr("Choose a company first");
    else if (isLoading())
        text = m_total > 0 ? tr("Loading projects… %1 of %2").arg(count()).arg(m_total)
                           : tr("Loading projects…");
    else if (count() == 0)
        text = tr("No projects in this company");
    else
        text = tr("Choose or type a project (%n available)", nullptr, count());
    lineEdit()->setPlaceholderText(text);
}

void ProjectPicker::onIndexChanged(int index)
{
    const Project project = index >= 0 ? itemData(index, ProjectRole).value<Project>() : Project();
    if (project.id == m_lastEmittedId)
        return;
    m_lastEmittedId = project.id;
    Q_EMIT projectChanged(project);
}

Project ProjectPicker::currentProject() const
{
    const int index = currentIndex();
    if (index < 0 || itemText(index) != currentText())
        return {};
    return itemData(index, ProjectRole).value<Project>();
}

bool ProjectPicker::selectProject(qint64 projectId)
{
    const int found = findData(QVariant::fromValue(projectId));
    if (found < 0) {
        m_preferredId = projectId; // when it arrives
        return false;
    }
    setCurrentIndex(found);
    return true;
}

} // namespace hoist::ui

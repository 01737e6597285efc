#include "WatchPanel.h"

#include "DestinationBar.h"
#include "MainWindow.h"
#include "SessionManager.h"
#include "TrayIcon.h"

#include "upload/UploadController.h"
#include "watch/WatchService.h"
#include "watch/WatchStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hoist::ui {

namespace {

enum Column { FolderColumn, DestinationColumn, LastUploadColumn, WaitingColumn, ErrorColumn };

QString destinationText(const Destination &d)
{
    QString where = d.projectName.isEmpty()
                        ? destinationKindText(d.effectiveKind())
                        : d.projectName + QStringLiteral(" › ") + destinationKindText(d.effectiveKind());
    if (!d.folderPath.isEmpty())
        where += QStringLiteral(" › ") + d.folderPath;
    else if (!d.photo.albumName.isEmpty())
        where += QStringLiteral(" › ") + d.photo.albumName;
    else if (!d.drawing.setName.isEmpty())
        where += QStringLiteral(" › ") + d.drawing.setName;
    return where;
}

} // namespace

WatchPanel::WatchPanel(MainWindow *window, SessionManager *session, TrayIcon *tray)
    : QDialog(window)
    , m_window(window)
    , m_session(session)
    , m_tray(tray)
    , m_list(new QTreeWidget(this))
    , m_note(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Folder…"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("watchPanel"));
    setWindowTitle(tr("Watched Folders"));
    resize(1080, 380);
    m_list->setObjectName(QStringLiteral("watchList"));
    m_list->setAccessibleName(tr("Watched folders"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        {tr("Folder"), tr("Destination"), tr("Last upload"), tr("Waiting"), tr("Last error")});
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setColumnWidth(FolderColumn, 220);
    m_list->setColumnWidth(DestinationColumn, 420);
    m_list->setColumnWidth(LastUploadColumn, 150);
    m_list->setColumnWidth(WaitingColumn, 70);
    m_note->setWordWrap(true);
    m_note->setText(tr("New files go up once complete (unchanged for a few seconds, not open for writing); a "
                       "changed Documents file goes up as a new version. Deleting or renaming here never "
                       "deletes or renames anything in Procore."));
    m_add->setAccessibleDescription(
        tr("Watch a folder: its new files go to the destination chosen in the window"));
    m_pause->setObjectName(QStringLiteral("watchPause"));
    m_remove->setObjectName(QStringLiteral("watchRemove"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::hide);
    connect(m_add, &QPushButton::clicked, this, &WatchPanel::addClicked);
    connect(m_pause, &QPushButton::clicked, this, &WatchPanel::pauseClicked);
    connect(m_remove, &QPushButton::clicked, this, &WatchPanel::removeClicked);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &WatchPanel::updateButtons);
    connect(session, &SessionManager::sessionChanged, this, &WatchPanel::onSessionChanged);
    onSessionChanged();
}

WatchPanel::~WatchPanel()
{
    stopService();
}

QAction *WatchPanel::installMenuAction()
{
    auto *action = new QAction(tr("&Watched Folders…"), m_window);
    action->setObjectName(QStringLiteral("watchedFolders"));
    action->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    connect(action, &QAction::triggered, this, [this] {
        refresh();
        show();
        raise();
        activateWindow();
    });
    // Beside History… in Transfers, found through the action (the window's menus stay its own).
    if (QAction *history = m_window->action(QStringLiteral("history"))) {
        for (QObject *o : history->associatedObjects())
            if (auto *menu = qobject_cast<QMenu *>(o)) {
                const QList<QAction *> actions = menu->actions();
                const qsizetype at = actions.indexOf(history);
                menu->insertAction(actions.value(at + 1), action);
                break;
            }
    }
    m_window->addAction(action);
    return action;
}

void WatchPanel::stopService()
{
    m_service.reset();
    m_store.reset();
}

void WatchPanel::onSessionChanged()
{
    stopService();
    UploadController *controller = m_session->controller();
    TransferJournal *journal = m_session->journal();
    if (controller && journal) {
        m_store = std::make_unique<WatchStore>(journal);
        m_service = std::make_unique<WatchService>(controller, m_store.get());
        connect(m_service.get(), &WatchService::event, this, &WatchPanel::onEvent);
        connect(m_service.get(), &WatchService::watchesChanged, this, &WatchPanel::refresh);
        connect(m_service.get(), &WatchService::statusChanged, this, &WatchPanel::refresh);
        // The queue goes first when the session changes; the watches with it.
        connect(controller, &QObject::destroyed, this, &WatchPanel::stopService);
        m_service->start();
    }
    refresh();
}

void WatchPanel::refresh()
{
    const qint64 selected = selectedId();
    m_list->clear();
    const bool usable = m_service != nullptr;
    m_add->setEnabled(usable);
    if (!usable) {
        m_note->setText(
            tr("Watched folders need the transfer journal: sign in to Procore (the built-in sandbox "
               "keeps one only with --sandbox-data DIR)."));
        updateButtons();
        return;
    }
    const QLocale locale;
    for (const Watch &w : m_service->watches()) {
        const WatchService::Status s = m_service->status(w.id);
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(FolderColumn, Qt::UserRole, w.id);
        item->setText(FolderColumn, QDir::toNativeSeparators(w.folder));
        item->setToolTip(FolderColumn, QDir::toNativeSeparators(w.folder));
        item->setText(DestinationColumn, destinationText(w.destination));
        item->setToolTip(DestinationColumn, item->text(DestinationColumn));
        item->setText(LastUploadColumn, w.lastUploadAt.isValid() ? locale.toString(
                                            w.lastUploadAt.toLocalTime(), QLocale::ShortFormat)
                                                                 : tr("Not yet"));
        item->setText(WaitingColumn, w.paused ? tr("Paused") : QString::number(s.waiting + s.queued));
        item->setText(ErrorColumn, s.missing ? tr("The folder is not there") : w.lastError);
        item->setToolTip(ErrorColumn, item->text(ErrorColumn));
        if (w.id == selected)
            item->setSelected(true);
    }
    updateButtons();
}

void WatchPanel::updateButtons()
{
    const qint64 id = selectedId();
    m_remove->setEnabled(id && m_service);
    m_pause->setEnabled(id && m_service);
    bool paused = false;
    if (const QList<QTreeWidgetItem *> items = m_list->selectedItems(); !items.isEmpty())
        paused = items.first()->text(WaitingColumn) == tr("Paused");
    m_pause->setText(paused ? tr("Res&ume") : tr("&Pause"));
}

qint64 WatchPanel::selectedId() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(FolderColumn, Qt::UserRole).toLongLong();
}

bool WatchPanel::addWatch(const QString &folder)
{
    const Destination d = m_window->destinationBar()->destination();
    if (!m_service || !d.companyId) {
        QMessageBox::information(
            this, windowTitle(),
            tr("Choose the destination in the window first (company, project and folder, "
               "album or drawing set); new files of the folder go there."));
        return false;
    }
    // The destination is the window's choice of the moment: shown, to be confirmed.
    QMessageBox confirm(QMessageBox::Question, tr("Watch Folder"),
                        tr("Watch “%1”?").arg(QDir::toNativeSeparators(folder)), QMessageBox::NoButton, this);
    confirm.setObjectName(QStringLiteral("watchConfirmation"));
    confirm.setInformativeText(tr("New files of this folder will be uploaded to:\n%1")
                                   .arg(m_window->destinationBar()->destinationText()));
    QPushButton *watch = confirm.addButton(tr("&Watch"), QMessageBox::AcceptRole);
    watch->setObjectName(QStringLiteral("watchConfirmButton"));
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(watch);
    confirm.exec();
    if (confirm.clickedButton() != watch)
        return false;
    QString error;
    if (!m_service->addWatch(folder, d, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    return true;
}

void WatchPanel::addClicked()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Watch Folder"));
    if (!folder.isEmpty())
        addWatch(folder);
}

void WatchPanel::pauseClicked()
{
    if (const qint64 id = selectedId(); id && m_service)
        m_service->setPaused(id, m_pause->text() == tr("&Pause"));
}

void WatchPanel::removeClicked()
{
    const qint64 id = selectedId();
    if (!id || !m_service)
        return;
    if (QMessageBox::question(this, tr("Stop Watching?"),
                              tr("Stop watching this folder? Nothing is removed in Procore."))
        == QMessageBox::Yes)
        m_service->removeWatch(id);
}

void WatchPanel::onEvent(const WatchEvent &event)
{
    if (!m_tray || !m_tray->isVisible())
        return;
    if (event.kind == WatchEvent::Kind::Failed) {
        m_tray->showMessage(tr("Watched folder: upload failed"),
                            event.path + QStringLiteral("\n") + event.message, QSystemTrayIcon::Warning);
        return;
    }
    if (event.kind != WatchEvent::Kind::Uploaded)
        return;
    // One message per few seconds at most: a scanner's morning is not a hundred notifications.
    ++m_uploadedSinceMessage;
    if (m_lastTrayMessage.isValid() && m_lastTrayMessage.elapsed() < 10000)
        return;
    m_tray->showMessage(
        tr("Watched folder"),
        tr("%n file(s) uploaded, the last %1.", nullptr, m_uploadedSinceMessage).arg(event.path));
    m_uploadedSinceMessage = 0;
    m_lastTrayMessage.start();
}

} // namespace hoist::ui

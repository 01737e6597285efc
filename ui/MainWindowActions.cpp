// MainWindow's actions: made, put in the menus and the tool bar, enabled from the transfer
// model's per-state counts and the view's selection counts (no scan of the rows), and what the
// ones that act on selected transfers do.

#include "MainWindow.h"
#include "ReviewFlow.h"

#include "DestinationBar.h"
#include "FailureBar.h"
#include "ThemedIconEngine.h"
#include "TransferFilterBar.h"
#include "TransferView.h"
#include "history/HistoryRetry.h"
#include "upload/FileScanner.h"
#include "upload/TransferModel.h"
#include "upload/UploadController.h"
#include "upload/UploadJob.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>

namespace hoist::ui {

namespace {

// Selected rows not finished yet (any state but Done, Failed, Cancelled and Skipped).
int selectedUnfinished(const TransferView *view)
{
    int unfinished = 0;
    for (int s = 0; s <= int(TransferState::Processing); ++s)
        unfinished += isFinalState(TransferState(s)) ? 0 : view->selectedInState(TransferState(s));
    return unfinished;
}

} // namespace

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QString &text, const QString &icon, const QKeySequence &key,
                       const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        if (!icon.isEmpty())
            action->setIcon(ThemedIconEngine::icon(icon));
        if (!key.isEmpty())
            action->setShortcut(key);
        const QString plain = QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        action->setToolTip(key.isEmpty() ? tip
                                         : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        action->setIconText(plain);
        addAction(action);
        return action;
    };
    m_addFilesAction = make("addFiles", tr("&Add Files…"), QStringLiteral("add-file"), QKeySequence::Open,
                            tr("Choose files to upload"));
    m_addFolderAction =
        make("addFolder", tr("Add F&older…"), QStringLiteral("add-folder"), QKeySequence(tr("Ctrl+Shift+O")),
             tr("Choose a folder to upload with its subfolders"));
    m_pasteAction = make("paste", tr("&Paste Files"), {}, QKeySequence::Paste,
                         tr("Add the files and folders copied in a file manager"));
    m_clearPendingAction = make("clearPending", tr("Cl&ear"), QStringLiteral("remove"), {},
                                tr("Forget the files waiting to be uploaded"));
    m_uploadAction = make("upload", tr("&Upload"), QStringLiteral("upload"), QKeySequence(tr("Ctrl+Return")),
                          tr("Upload the waiting files to the chosen destination"));
    m_pauseAction = make("pauseAll", tr("&Pause All"), QStringLiteral("pause"),
                         QKeySequence(tr("Ctrl+Shift+P")), tr("Pause every transfer; resume them later"));
    m_pauseAction->setCheckable(true);
    m_retryAction = make("retry", tr("&Retry"), QStringLiteral("retry"), QKeySequence(tr("Ctrl+R")),
                         tr("Try the selected failed or cancelled files again"));
    m_retryFailedAction = make("retryFailed", tr("Retry All &Failed"), {}, QKeySequence(tr("Ctrl+Shift+R")),
                               tr("Try every failed file again"));
    m_cancelAction = make("cancel", tr("&Cancel"), QStringLiteral("cancel"), QKeySequence(tr("Ctrl+.")),
                          tr("Stop uploading the selected files"));
    m_removeAction = make("remove", tr("Re&move"), QStringLiteral("remove"), QKeySequence::Delete,
                          tr("Remove the selected files from the list (cancels them if needed)"));
    m_clearFinishedAction =
        make("clearFinished", tr("Clear F&inished"), QStringLiteral("clear-finished"),
             QKeySequence(tr("Ctrl+Shift+Del")), tr("Remove the uploaded and skipped files from the list"));
    m_showLocalAction = make("showLocalFile", tr("Show &Local File"), QStringLiteral("show-file"),
                             QKeySequence(tr("Ctrl+L")), tr("Open the folder holding the selected file"));
    m_openRemoteAction =
        make("openInProcore", tr("&Open in Procore"), QStringLiteral("open-web"),
             QKeySequence(tr("Ctrl+Shift+B")), tr("Open the uploaded file from Procore in the web browser"));
    m_quitAction = make("quit", tr("&Quit"), {}, QKeySequence::Quit, tr("Quit Hoist"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_aboutAction = make("about", tr("&About Hoist"), {}, {}, tr("Version and licence"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_settingsAction = make("settings", tr("&Settings…"), {}, QKeySequence(tr("Ctrl+,")),
                            tr("Transfers, bandwidth, language, environment and proxy"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_historyAction = make("history", tr("&History…"), {}, QKeySequence(tr("Ctrl+H")),
                           tr("What was uploaded, failed or skipped, with search and CSV export"));
    m_reviewAction =
        make("reviewBeforeUpload", tr("Re&view Before Upload"), {}, {},
             tr("Show what Procore will refuse or change, and what is already there, before uploading"));
    m_reviewAction->setCheckable(true);
    m_findAction = make("findTransfers", tr("&Find in Transfers"), {}, QKeySequence::Find,
                        tr("Show only the transfers whose name or folder holds a text"));
    m_refreshAction = make("refresh", tr("&Refresh"), {}, QKeySequence(Qt::Key_F5),
                           tr("List the companies, projects and folders from Procore again"));
    connectActions();
}

void MainWindow::connectActions()
{
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::historyRequested);
    connect(m_reviewAction, &QAction::toggled, this, [this](bool on) { m_review = on; });
    connect(m_addFilesAction, &QAction::triggered, this, &MainWindow::addFiles);
    connect(m_addFolderAction, &QAction::triggered, this, &MainWindow::addFolder);
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::paste);
    connect(m_clearPendingAction, &QAction::triggered, this, &MainWindow::clearPending);
    connect(m_uploadAction, &QAction::triggered, this, &MainWindow::requestUpload);
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        if (m_controller)
            paused ? m_controller->pauseAll() : m_controller->resumeAll();
    });
    connect(m_retryAction, &QAction::triggered, this, &MainWindow::retrySelected);
    connect(m_retryFailedAction, &QAction::triggered, this, [this] {
        if (m_controller)
            m_controller->retryFailed();
    });
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelSelected);
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(m_clearFinishedAction, &QAction::triggered, this, [this] {
        if (m_controller)
            m_controller->clearFinished();
    });
    connect(m_showLocalAction, &QAction::triggered, this, &MainWindow::showLocalFile);
    connect(m_findAction, &QAction::triggered, this, [this] { m_filterBar->focusText(); });
    connect(m_refreshAction, &QAction::triggered, this, [this] { m_destination->refresh(); });
    connect(m_openRemoteAction, &QAction::triggered, this, &MainWindow::openInProcore);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Hoist"),
                           tr("<h3>Hoist %1</h3><p>Uploads files and folders to Procore's Documents, Photos "
                              "and Drawings.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_addFilesAction, m_addFolderAction, m_pasteAction});
    file->addSeparator();
    file->addActions({m_clearPendingAction, m_uploadAction});
    file->addSeparator();
    file->addActions({m_settingsAction, m_quitAction});

    QMenu *transfers = menuBar()->addMenu(tr("&Transfers"));
    transfers->addAction(m_pauseAction);
    transfers->addSeparator();
    transfers->addActions(
        {m_retryAction, m_retryFailedAction, m_cancelAction, m_removeAction, m_clearFinishedAction});
    transfers->addSeparator();
    transfers->addActions({m_showLocalAction, m_openRemoteAction});
    transfers->addSeparator();
    transfers->addActions({m_reviewAction, m_historyAction});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions({m_findAction, m_refreshAction});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu")); // SupportActions adds to it
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    m_toolBar = bar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addActions({m_addFilesAction, m_addFolderAction});
    bar->addSeparator();
    bar->addActions({m_pauseAction, m_retryAction, m_cancelAction, m_removeAction});
    bar->addSeparator();
    bar->addActions({m_clearFinishedAction, m_openRemoteAction});
    for (QAction *action : bar->actions()) {
        if (QWidget *button = bar->widgetForAction(action))
            button->setAccessibleName(action->iconText());
    }
}

void MainWindow::updateActions()
{
    const bool session = m_client && m_controller;
    m_addFilesAction->setEnabled(session);
    m_addFolderAction->setEnabled(session);
    m_pasteAction->setEnabled(session);
    m_clearPendingAction->setEnabled(!m_pending.isEmpty() || isScanning() || !m_pending.problems().isEmpty());
    m_uploadAction->setEnabled(session && !m_reviewFlow->isRunning() && !m_pending.isEmpty() && !isScanning()
                               && m_destination->isComplete());
    m_uploadAction->setToolTip(
        m_uploadAction->isEnabled()
            ? tr("Upload %n file(s) to %1", nullptr, m_pending.count()).arg(m_destination->destinationText())
            : tr("Add files and choose a writable destination first"));

    // From the view's selection counts and the model's state counts, not a scan: a 10,000-row
    // selection costs nothing here.
    const TransferModel *model = m_controller ? m_controller->model() : nullptr;
    const int selected = model ? m_transfers->selectedCount() : 0;
    const bool canRetry = model
                          && m_transfers->selectedInState(TransferState::Failed)
                                     + m_transfers->selectedInState(TransferState::Cancelled)
                                 > 0;
    bool canShow = false, canOpen = false;
    if (selected == 1) {
        const QModelIndex index = model->index(m_transfers->selectedRows().value(0, -1), 0);
        canShow = !index.data(TransferModel::LocalPathRole).toString().isEmpty();
        canOpen = index.data(TransferModel::RemoteUrlRole).toUrl().isValid();
    }
    m_retryAction->setEnabled(canRetry);
    m_cancelAction->setEnabled(model && selectedUnfinished(m_transfers) > 0);
    m_removeAction->setEnabled(selected > 0);
    m_showLocalAction->setEnabled(canShow);
    m_openRemoteAction->setEnabled(canOpen);
    m_pauseAction->setEnabled(session && ((model && model->rowCount() > 0) || m_controller->isPaused()));
    m_retryFailedAction->setEnabled(model && model->countInState(TransferState::Failed) > 0);
    m_clearFinishedAction->setEnabled(
        model
        && (model->countInState(TransferState::Done) + model->countInState(TransferState::Skipped)) > 0);
}

void MainWindow::retrySelected()
{
    if (!m_controller)
        return;
    const TransferModel *model = m_controller->model();
    for (int row : m_transfers->selectedRows()) {
        const auto state = TransferState(model->index(row, 0).data(TransferModel::StateRole).toInt());
        if (state == TransferState::Failed || state == TransferState::Cancelled)
            m_controller->retry(model->jobAt(row)->id());
    }
    updateActions();
}

void MainWindow::cancelSelected()
{
    if (!m_controller)
        return;
    const TransferModel *model = m_controller->model();
    for (int row : m_transfers->selectedRows()) {
        const auto state = TransferState(model->index(row, 0).data(TransferModel::StateRole).toInt());
        if (!isFinalState(state))
            m_controller->cancel(model->jobAt(row)->id());
    }
    updateActions();
}

void MainWindow::removeSelected()
{
    if (!m_controller)
        return;
    const QList<int> rows = m_transfers->selectedRows();
    const TransferModel *model = m_controller->model();
    if (const int unfinished = selectedUnfinished(m_transfers); unfinished > 0) {
        QMessageBox box(
            QMessageBox::Question, tr("Remove Files"),
            tr("%n of the selected files are still being uploaded. Stop them and remove them from "
               "the list?",
               nullptr, unfinished),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("removeConfirmation"));
        QPushButton *remove = box.addButton(tr("Stop and &Remove"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != remove)
            return;
    }
    QList<quint64> ids;
    for (int row : rows)
        ids.append(model->jobAt(row)->id());
    for (quint64 id : ids)
        m_controller->remove(id);
    updateActions();
}

void MainWindow::showFailedRows()
{
    m_filterBar->setShow(TransferFilterModel::Show::Failed);
    if (!m_transfers->selectionModel())
        return;
    m_transfers->selectionModel()->setCurrentIndex(m_transfers->model()->index(0, 0),
                                                   QItemSelectionModel::NoUpdate);
    m_transfers->selectAll();
    m_transfers->scrollToTop();
    m_transfers->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateFailureBar()
{
    m_failureBar->update(m_controller ? m_controller->model() : nullptr, m_transfers->currentSourceIndex());
}

void MainWindow::showLocalFile()
{
    const QList<int> rows = m_transfers->selectedRows();
    if (rows.size() != 1 || !m_controller)
        return;
    const QString path =
        m_controller->model()->index(rows.first(), 0).data(TransferModel::LocalPathRole).toString();
    const QFileInfo info(path);
    if (!info.exists()) {
        statusBar()->showMessage(tr("%1 is no longer on this computer.").arg(path), 8000);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(info.absolutePath()));
}

void MainWindow::openInProcore()
{
    const QList<int> rows = m_transfers->selectedRows();
    if (rows.size() != 1 || !m_controller)
        return;
    const QUrl url = m_controller->model()->index(rows.first(), 0).data(TransferModel::RemoteUrlRole).toUrl();
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

int MainWindow::retryFromHistory(const QList<HistoryRecord> &failed)
{
    const RetryPlan plan = RetryPlan::make(failed);
    int queued = 0;
    for (const RetryPlan::Group &group : plan.groups) {
        if (!m_controller)
            break;
        queued += int(group.items.size());
        queue(group.items, group.destination,
              tr("%n file(s) queued again, each to where it was going", nullptr, queued));
    }
    QStringList older;
    for (const HistoryRecord &r : plan.withoutTarget)
        older << r.localPath;
    if (!older.isEmpty())
        addPaths(older); // no destination recorded: the person chooses one and presses Upload
    return queued;
}

// Quitting with work left: the queue is kept for the next start (with a journal) or lost.
bool MainWindow::confirmClose()
{
    const int unfinished = m_controller ? m_controller->model()->unfinishedCount() : 0;
    const int waiting = m_pending.count();
    if (unfinished == 0 && waiting == 0 && !isScanning())
        return true;

    QStringList lines;
    if (unfinished > 0)
        lines << tr("%n file(s) are still being uploaded or waiting their turn.", nullptr, unfinished);
    if (waiting > 0 || isScanning())
        lines << tr("%n added file(s) have not been uploaded yet.", nullptr, waiting);
    QMessageBox box(QMessageBox::Warning, tr("Quit Hoist?"), lines.join(QLatin1Char('\n')),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("closeConfirmation"));
    const bool kept = m_controller && m_controller->journal();
    box.setInformativeText(
        kept ? tr("Hoist keeps the queue and offers to go on with it the next time it starts.")
             : tr("If you quit now, these files are not uploaded to Procore. You will need to add "
                  "them again."));
    QPushButton *quit = box.addButton(tr("&Stop and Quit"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep Uploading"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    keep->setObjectName(QStringLiteral("keepButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != quit)
        return false;
    m_scanner->cancel();
    if (m_controller)
        m_controller->stopForLater();
    return true;
}

} // namespace hoist::ui

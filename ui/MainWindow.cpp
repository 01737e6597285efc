#include "MainWindow.h"

#include "PreflightDialog.h"
#include "ReviewFlow.h"

#include "AppSettings.h"
#include "ConflictPrompter.h"
#include "DestinationBar.h"
#include "DropArea.h"
#include "FailureBar.h"
#include "JournalBar.h"
#include "SignInPage.h"
#include "StatusSummary.h"
#include "ThemedIconEngine.h"
#include "TransferFilterBar.h"
#include "TransferView.h"
#include "procore/ApiReply.h"
#include "procore/ProcoreClient.h"
#include "procore/RatePacer.h"
#include "upload/DestinationFileRule.h"
#include "upload/FileScanner.h"
#include "upload/TransferModel.h"
#include "upload/UploadController.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace hoist::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hoist"));
    setWindowIcon(QIcon(QStringLiteral(":/hoist/icons/hoist.svg")));
    setAcceptDrops(true);
    setUnifiedTitleAndToolBarOnMac(true);

    m_scanner = new FileScanner(this);
    connect(m_scanner, &FileScanner::itemsFound, this, [this](const QList<UploadItem> &items) {
        m_pending.add(items);
        updateSummary();
    });
    connect(m_scanner, &FileScanner::problem, this,
            [this](const QString &path, const QString &reason) { m_pending.addProblem(path, reason); });
    m_conflicts = new ConflictPrompter(this);
    m_reviewFlow = new ReviewFlow(this);
    connect(m_reviewFlow, &ReviewFlow::decided, this, &MainWindow::queueReviewed);
    connect(m_reviewFlow, &ReviewFlow::cancelled, this, [this] {
        statusBar()->clearMessage();
        updateActions();
    });
    connect(m_scanner, &FileScanner::finished, this, [this](int, qint64, int) { onScanFinished(); });

    createActions();
    m_stack = new QStackedWidget(this);
    m_signInPage = new SignInPage(this);
    connect(m_signInPage, &SignInPage::signInRequested, this, &MainWindow::signInRequested);
    connect(m_signInPage, &SignInPage::sandboxRequested, this, &MainWindow::sandboxRequested);
    m_stack->addWidget(m_signInPage);
    m_stack->addWidget(createWorkPage());
    setCentralWidget(m_stack);
    createMenus();
    createToolBar();
    m_status = new StatusSummary(statusBar());

    resize(1180, 760);
    AppSettings::restoreWindow(this, m_splitter);

    setSignedOut(tr("Procore"));
    updateSummary();
    updateActions();
}

MainWindow::~MainWindow()
{
    m_scanner->cancel();
}

// --- construction -------------------------------------------------------------------------

QWidget *MainWindow::createWorkPage()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(10, 8, 4, 8);
    auto *heading = new QLabel(tr("Destination"), left);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_destination = new DestinationBar(left);
    m_destination->setObjectName(QStringLiteral("destinationBar"));
    leftLayout->addWidget(heading);
    leftLayout->addWidget(m_destination, 1);

    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 8, 10, 8);
    rightLayout->setSpacing(8);
    m_dropArea = new DropArea(right);
    m_dropArea->setActions(m_addFilesAction, m_addFolderAction, m_clearPendingAction, m_uploadAction);
    m_transfers = new TransferView(right);
    m_transfers->setContextActions({m_retryAction, m_cancelAction, m_removeAction, nullptr, m_showLocalAction,
                                    m_openRemoteAction, nullptr, m_clearFinishedAction});
    // Delete removes rows only while the list has the focus.
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    removeAction(m_removeAction);
    m_transfers->addAction(m_removeAction);
    m_failureBar = new FailureBar(m_retryFailedAction, right);
    connect(m_failureBar, &FailureBar::showRequested, this, &MainWindow::showFailedRows);
    m_journalBar = new JournalBar(m_pauseAction, right);
    m_filterBar = new TransferFilterBar(m_transfers->filter(), right);
    setTabOrder(m_filterBar, m_transfers);

    rightLayout->addWidget(m_dropArea);
    rightLayout->addWidget(m_journalBar);
    rightLayout->addWidget(m_failureBar);
    rightLayout->addWidget(m_filterBar);
    rightLayout->addWidget(m_transfers, 1);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    connect(m_dropArea, &DropArea::pathsDropped, this, &MainWindow::addPaths);
    connect(m_dropArea, &DropArea::cancelScanRequested, m_scanner, &FileScanner::cancel);
    connect(m_destination, &DestinationBar::destinationChanged, this, [this] {
        updateSummary();
        updateActions();
    });
    connect(m_destination, &DestinationBar::newVersionRequested, this,
            [this](const QStringList &paths, const Destination &destination, const QString &remoteName) {
                // Not inside the drop event: the drag source is waiting for it to end.
                QTimer::singleShot(0, this, [this, path = paths.value(0), destination, remoteName] {
                    uploadNewVersion(path, destination, remoteName);
                });
            });
    connect(m_transfers, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const auto state = TransferState(index.data(TransferModel::StateRole).toInt());
        if (state == TransferState::Done)
            openInProcore();
        else if (state == TransferState::Failed || state == TransferState::Cancelled)
            retrySelected();
    });

    // Tab order follows creation: company, project, folder tree, New Folder, the drop area's
    // buttons (Upload last), then the transfer list.
    return m_splitter;
}

// --- session ------------------------------------------------------------------------------

void MainWindow::setSession(ProcoreClient *client, UploadController *controller,
                            const QString &environmentName)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    if (m_client && m_client->pacer())
        disconnect(m_client->pacer(), nullptr, this, nullptr);
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
        disconnect(m_controller->model(), nullptr, this, nullptr);
    }
    m_client = client;
    m_controller = controller;
    m_status->setUserName({});
    if (client)
        connect(client, &QObject::destroyed, this, [this] { m_client = nullptr; });
    if (client && client->pacer()) // Procore's rate limit holds the calls: say until when
        connect(client->pacer(), &RatePacer::waiting, this, [this](const QDateTime &until) {
            const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(until);
            statusBar()->showMessage(RatePacer::waitText(until),
                                     int(std::clamp<qint64>(ms, 1000, 3600 * 1000)));
        });
    if (controller)
        connect(controller, &QObject::destroyed, this, [this] {
            m_controller = nullptr;
            m_transfers->setTransferModel(nullptr);
        });
    setConnection(environmentName, client ? client->apiBase() : QUrl());
    m_destination->setClient(client);
    m_transfers->setTransferModel(controller ? controller->model() : nullptr);
    m_stack->setCurrentIndex(client ? 1 : 0);
    m_toolBar->setVisible(client != nullptr);
    m_conflicts->setController(controller);
    m_journalBar->setController(controller);
    if (controller)
        connectModel(controller);
    if (client)
        m_status->askWhoIsSignedIn(client);
    updateTotals();
    updateSummary();
    updateActions();
    Q_EMIT sessionChanged();
}

void MainWindow::connectModel(UploadController *controller)
{
    TransferModel *model = controller->model();
    connect(model, &TransferModel::totalsChanged, this, &MainWindow::updateTotals);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTotals);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateTotals);
    connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::scheduleRowUpdates);
    connect(model, &TransferModel::rowStateChanged, this, [this](int, int, int state) {
        if (TransferState(state) == TransferState::Failed)
            m_failureBar->announceNext();
        scheduleRowUpdates();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_transfers, &TransferView::selectionCountsChanged, this, [this] {
        updateActions();
        updateFailureBar();
    });
    connect(controller, &UploadController::pausedChanged, this, [this](bool paused) {
        const QSignalBlocker blocker(m_pauseAction);
        m_pauseAction->setChecked(paused);
        m_pauseAction->setText(paused ? tr("Resume &All") : tr("&Pause All"));
        m_pauseAction->setIconText(paused ? tr("Resume All") : tr("Pause All"));
        m_pauseAction->setIcon(
            ThemedIconEngine::icon(paused ? QStringLiteral("resume") : QStringLiteral("pause")));
        updateTotals();
    });
    connect(controller, &UploadController::idleChanged, this, &MainWindow::updateActions);
    connect(controller, &UploadController::finished, this, [this] {
        if (!m_controller)
            return;
        // The end of the queue is heard, with the totals as they are now.
        updateTotals();
        m_status->announceFinished(m_controller->model());
        if (std::exchange(m_foldersMayChange, false))
            m_destination->refreshFolders(); // the tree shows the folders the upload made
    });
}

void MainWindow::setSignedOut(const QString &environmentName, const QString &message)
{
    m_client = nullptr;
    m_controller = nullptr;
    m_signInPage->setMessage(message);
    m_stack->setCurrentIndex(0);
    m_toolBar->setVisible(false);
    m_status->setSignedOut(environmentName);
    updateActions();
}

void MainWindow::setConnection(const QString &environmentName, const QUrl &apiBase)
{
    m_status->setConnection(environmentName, apiBase);
}

void MainWindow::setUserName(const QString &userName)
{
    m_status->setUserName(userName);
}

QAction *MainWindow::action(const QString &objectName) const
{
    for (QAction *a : findChildren<QAction *>()) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

// --- adding files -------------------------------------------------------------------------

bool MainWindow::isScanning() const
{
    return m_scansRunning > 0;
}

void MainWindow::addPaths(const QStringList &paths)
{
    if (paths.isEmpty() || !m_client)
        return;
    ++m_scansRunning;
    m_scanner->scan(paths);
    updateSummary();
    updateActions();
}

void MainWindow::addFiles()
{
    // Photos are offered images first, Drawings PDFs (the rest stays one choice away).
    QString filter;
    const DestinationKind kind = m_destination->kind();
    if (const QStringList globs = acceptedFilePatterns(kind); !globs.isEmpty()) {
        filter = QString((kind == DestinationKind::Photos ? tr("Images (%1)") : tr("PDF drawings (%1)"))
                             .arg(globs.join(QLatin1Char(' ')))
                         + QStringLiteral(";;") + tr("All files (*)"));
    }
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Add Files to Upload"), startFolder(), filter);
    if (files.isEmpty())
        return;
    AppSettings::setLastAddFolder(QFileInfo(files.first()).absolutePath());
    addPaths(files);
}

void MainWindow::addFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Add a Folder to Upload"), startFolder());
    if (folder.isEmpty())
        return;
    AppSettings::setLastAddFolder(QFileInfo(folder).absolutePath());
    addPaths({folder});
}

QString MainWindow::startFolder()
{
    const QString last = AppSettings::lastAddFolder();
    return last.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : last;
}

void MainWindow::paste()
{
    const QStringList paths = DropArea::pastedPaths(QApplication::clipboard()->mimeData());
    if (paths.isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no files or folders."), 5000);
        return;
    }
    addPaths(paths);
}

void MainWindow::clearPending()
{
    m_scanner->cancel();
    m_pending.clear();
    updateSummary();
    updateActions();
}

void MainWindow::onScanFinished()
{
    if (m_scansRunning > 0)
        --m_scansRunning;
    updateSummary();
    updateActions();
    if (!isScanning())
        Q_EMIT scanFinished();
}

void MainWindow::updateSummary()
{
    const int count = m_pending.count();
    const QString bytes = TransferModel::formatBytes(m_pending.totalBytes());
    if (isScanning()) {
        m_dropArea->setScanning(true, tr("Looking for files… %n found (%1)", nullptr, count).arg(bytes));
        return;
    }
    m_dropArea->setScanning(false);
    QString problems;
    if (const auto &list = m_pending.problems(); !list.isEmpty()) {
        problems = tr("%n item(s) cannot be uploaded: %1 — %2", nullptr, int(list.size()))
                       .arg(QFileInfo(list.first().first).fileName(), list.first().second);
    }
    if (count == 0) {
        if (!problems.isEmpty())
            m_dropArea->setSummary(tr("Nothing to upload"), problems, true);
        else
            m_dropArea->setSummary(tr("Drop files and folders here"),
                                   tr("Or use Add Files and Add Folder. Folders keep their structure."));
        return;
    }
    const QString title = tr("%n file(s), %1, ready to upload", nullptr, count).arg(bytes);
    if (!problems.isEmpty()) {
        m_dropArea->setSummary(title, problems, true);
    } else if (m_destination->isComplete()) {
        m_dropArea->setSummary(title, tr("To %1").arg(m_destination->destinationText()));
    } else {
        m_dropArea->setSummary(title, tr("Choose the company, project and destination to upload to."), true);
    }
}

void MainWindow::setReviewBeforeUpload(bool on)
{
    m_review = on;
    m_reviewAction->setChecked(on);
}

void MainWindow::requestUpload()
{
    if (!m_review) {
        startUpload();
        return;
    }
    if (m_reviewFlow->isRunning() || !m_controller || m_pending.isEmpty() || isScanning()
        || !m_destination->isComplete())
        return;
    // Reads only: folder listings of the destination. Nothing is written until the person confirms.
    m_uploadAction->setEnabled(false);
    statusBar()->showMessage(tr("Checking the files against the destination…"));
    m_reviewFlow->start(m_controller, m_pending.items(), m_destination->destination(),
                        m_destination->destinationText());
}

// The review's decision: each group with its answer to a name clash, if the destination is still
// the one reviewed.
void MainWindow::queueReviewed(const QList<PreflightDialog::Group> &groups, const Destination &destination,
                               const QHash<QString, QString> &revisions)
{
    statusBar()->clearMessage();
    int count = 0;
    if (m_controller && m_destination->isComplete() && m_destination->destination() == destination) {
        Destination d = destination;
        d.drawing.revisions = revisions; // drawings: each sheet's own
        for (const PreflightDialog::Group &group : groups) {
            m_controller->enqueue(group.items, d, group.decision);
            count += int(group.items.size());
        }
        m_pending.clear();
        updateSummary();
        statusBar()->showMessage(tr("%n file(s) queued", nullptr, count), 8000);
        updateTotals();
        Q_EMIT uploadStarted(count);
    }
    updateActions();
}

void MainWindow::uploadNewVersion(const QString &localPath, const Destination &destination,
                                  const QString &remoteName)
{
    const QFileInfo info(localPath);
    if (!m_controller || !info.isFile())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("versionNotesDialog"));
    dialog->setWindowTitle(tr("New Version"));
    dialog->setLabelText(tr("Upload “%1” as a new version of “%2”.\n\nNotes for this version (optional):")
                             .arg(info.fileName(), remoteName));
    dialog->setOkButtonText(tr("&Upload Version"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, info, destination, remoteName](const QString &notes) {
                if (!m_controller)
                    return;
                Destination d = destination;
                d.versionNotes = notes.trimmed();
                UploadItem item;
                item.localPath = info.absoluteFilePath();
                item.size = info.size();
                item.modified = info.lastModified();
                queue({item}, d, tr("New version of %1 queued").arg(remoteName));
            });
    dialog->open();
}

bool MainWindow::enqueueItems(const QList<UploadItem> &items)
{
    if (!m_controller || items.isEmpty() || !m_destination->isComplete())
        return false;
    queue(items, m_destination->destination(), tr("%n file(s) queued", nullptr, int(items.size())));
    return true;
}

void MainWindow::queue(const QList<UploadItem> &items, const Destination &destination, const QString &message)
{
    m_controller->enqueue(items, destination);
    m_foldersMayChange |= std::any_of(items.cbegin(), items.cend(),
                                      [](const UploadItem &item) { return !item.relativeDir.isEmpty(); });
    statusBar()->showMessage(message, 8000);
    updateActions();
    updateTotals();
    Q_EMIT uploadStarted(int(items.size()));
}

bool MainWindow::startUpload()
{
    if (!m_controller || m_pending.isEmpty() || isScanning() || !m_destination->isComplete())
        return false;
    const Destination destination = m_destination->destination();
    // Photos take images only, Drawings PDFs only: say so before anything goes up.
    const PendingFiles::Split split = m_pending.splitFor(destination.effectiveKind());
    PreflightDialog::showWrongTypes(split, destination.effectiveKind(), this);
    if (split.fitting.isEmpty())
        return false; // the files stay, so another destination can take them
    m_pending.clear();
    updateSummary();
    queue(split.fitting, destination, tr("%n file(s) queued", nullptr, int(split.fitting.size())));
    return true;
}

// --- transfers ----------------------------------------------------------------------------

void MainWindow::updateTotals()
{
    const TransferModel *model = m_controller ? m_controller->model() : nullptr;
    m_failureBar->update(model, m_transfers->currentSourceIndex());
    m_filterBar->updateCounts(model);
    setWindowTitle(m_status->update(model, m_controller && m_controller->isPaused()));
    if (model && model->rowCount() > 0)
        updateActions();
}

// Row changes come in bursts (a dataChanged per run of rows each tick): the actions and the
// failure strip follow once per burst.
void MainWindow::scheduleRowUpdates()
{
    if (m_rowUpdatePending)
        return;
    m_rowUpdatePending = true;
    QTimer::singleShot(0, this, [this] {
        m_rowUpdatePending = false;
        updateActions();
        updateFailureBar();
    });
}

// --- window -------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeConfirmed && m_closeInterceptor && m_closeInterceptor()) {
        event->ignore();
        return;
    }
    if (!m_closeConfirmed && !confirmClose()) {
        event->ignore();
        return;
    }
    m_closeConfirmed = true;
    AppSettings::saveWindow(this, m_splitter);
    m_transfers->saveHeaderState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_client && !DropArea::localPaths(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = DropArea::localPaths(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    addPaths(paths);
}

} // namespace hoist::ui

#include "MainWindow.h"

#include "PreflightDialog.h"
#include "preflight/PreflightCheck.h"

#include "Accessibility.h"
#include "DestinationBar.h"
#include "DropArea.h"
#include "ProgressDelegate.h"
#include "ThemedIconEngine.h"
#include "TransferView.h"
#include "procore/ApiReply.h"
#include "procore/ProcoreClient.h"
#include "upload/DestinationFileRule.h"
#include "upload/FileScanner.h"
#include "upload/RatePacer.h"
#include "upload/TransferModel.h"
#include "upload/UploadController.h"
#include "upload/UploadJob.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hoist::ui {

namespace {

QString settingsKey(const char *name)
{
    return QStringLiteral("window/") + QLatin1String(name);
}

bool isActiveState(TransferState state)
{
    return !isFinalState(state);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hoist"));
    setWindowIcon(QIcon(QStringLiteral(":/hoist/icons/hoist.svg")));
    setAcceptDrops(true);
    setUnifiedTitleAndToolBarOnMac(true);

    m_scanner = new FileScanner(this);
    connect(m_scanner, &FileScanner::itemsFound, this, &MainWindow::onItemsFound);
    connect(m_scanner, &FileScanner::problem, this, [this](const QString &path, const QString &reason) {
        m_problems.append({path, reason});
    });
    connect(m_scanner, &FileScanner::finished, this, [this](int, qint64, int) { onScanFinished(); });

    createActions();
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createSignInPage());
    m_stack->addWidget(createWorkPage());
    setCentralWidget(m_stack);
    createMenus();
    createToolBar();
    createStatusBar();

    resize(1180, 760);
    QSettings settings;
    restoreGeometry(settings.value(settingsKey("geometry")).toByteArray());
    restoreState(settings.value(settingsKey("state")).toByteArray());
    const QByteArray splitter = settings.value(settingsKey("splitter")).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({330, 850});

    setSignedOut(tr("Procore"));
    updateSummary();
    updateActions();
}

MainWindow::~MainWindow()
{
    m_scanner->cancel();
}

// --- construction -------------------------------------------------------------------------

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
                          tr("Upload the waiting files to the chosen folder"));
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
    m_settingsAction = make("settings", tr("&Settings…"), {}, QKeySequence(tr("Ctrl+,")),
                            tr("Transfers, bandwidth, language, environment and proxy"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_historyAction = make("history", tr("&History…"), {}, QKeySequence(tr("Ctrl+H")),
                           tr("What was uploaded, failed or skipped, with search and CSV export"));
    m_reviewAction =
        make("reviewBeforeUpload", tr("Re&view Before Upload"), {}, {},
             tr("Show what Procore will refuse or change, and what is already there, before uploading"));
    m_reviewAction->setCheckable(true);
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::historyRequested);
    connect(m_reviewAction, &QAction::toggled, this, [this](bool on) { m_review = on; });
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_addFilesAction, &QAction::triggered, this, &MainWindow::addFiles);
    connect(m_addFolderAction, &QAction::triggered, this, &MainWindow::addFolder);
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::paste);
    connect(m_clearPendingAction, &QAction::triggered, this, &MainWindow::clearPending);
    connect(m_uploadAction, &QAction::triggered, this, &MainWindow::requestUpload);
    connect(m_pauseAction, &QAction::toggled, this, &MainWindow::setPaused);
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
    connect(m_openRemoteAction, &QAction::triggered, this, &MainWindow::openInProcore);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Hoist"),
            tr("<h3>Hoist %1</h3><p>Uploads files and folders to Procore's Documents tool.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addFilesAction);
    file->addAction(m_addFolderAction);
    file->addAction(m_pasteAction);
    file->addSeparator();
    file->addAction(m_clearPendingAction);
    file->addAction(m_uploadAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addAction(m_quitAction);

    QMenu *transfers = menuBar()->addMenu(tr("&Transfers"));
    transfers->addAction(m_pauseAction);
    transfers->addSeparator();
    transfers->addAction(m_retryAction);
    transfers->addAction(m_retryFailedAction);
    transfers->addAction(m_cancelAction);
    transfers->addAction(m_removeAction);
    transfers->addAction(m_clearFinishedAction);
    transfers->addSeparator();
    transfers->addAction(m_showLocalAction);
    transfers->addAction(m_openRemoteAction);
    transfers->addSeparator();
    transfers->addAction(m_reviewAction);
    transfers->addAction(m_historyAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    bar->addAction(m_addFilesAction);
    bar->addAction(m_addFolderAction);
    bar->addSeparator();
    bar->addAction(m_pauseAction);
    bar->addAction(m_retryAction);
    bar->addAction(m_cancelAction);
    bar->addAction(m_removeAction);
    bar->addSeparator();
    bar->addAction(m_clearFinishedAction);
    bar->addAction(m_openRemoteAction);
    for (QAction *action : bar->actions()) {
        if (QWidget *button = bar->widgetForAction(action))
            button->setAccessibleName(action->iconText());
    }
}

void MainWindow::createStatusBar()
{
    m_overall = new QProgressBar(statusBar());
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setAccessibleName(tr("Overall progress"));
    m_overall->setRange(0, 1000);
    m_overall->setValue(0);
    m_overall->setTextVisible(true);
    m_overall->setFixedWidth(180);
    m_overall->setMaximumHeight(fontMetrics().height() + 4);
    m_overall->setFormat(QStringLiteral("%p%"));
    m_overall->setVisible(false);
    m_rate = new QLabel(statusBar());
    m_rate->setObjectName(QStringLiteral("overallRate"));
    m_rate->setAccessibleName(tr("Speed and time left"));
    m_counts = new QLabel(statusBar());
    m_counts->setObjectName(QStringLiteral("overallCounts"));
    m_counts->setAccessibleName(tr("Files done"));
    m_connection = new QLabel(statusBar());
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_connection->setAccessibleName(tr("Connection"));
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_overall);
    statusBar()->addPermanentWidget(m_rate);
    statusBar()->addPermanentWidget(m_connection);
}

QWidget *MainWindow::createSignInPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("signInPage"));
    auto *icon = new QLabel(page);
    icon->setPixmap(
        QIcon(QStringLiteral(":/hoist/icons/hoist.svg")).pixmap(QSize(96, 96), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    icon->setFixedHeight(104);
    auto *title = new QLabel(tr("Sign in to Procore"), page);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    m_signInMessage = new QLabel(page);
    m_signInMessage->setWordWrap(true);
    m_signInMessage->setAlignment(Qt::AlignCenter);
    auto *button = new QPushButton(ThemedIconEngine::icon(QStringLiteral("sign-in")), tr("&Sign In…"), page);
    button->setObjectName(QStringLiteral("signInButton"));
    button->setDefault(true);
    connect(button, &QPushButton::clicked, this, &MainWindow::signInRequested);
    auto *hint = new QLabel(tr("To try Hoist without an account, start it with --sandbox: "
                               "it then uses a built-in copy of Procore on this computer."),
                            page);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);

    // A fixed-width column keeps the wrapped texts' heights right.
    auto *column = new QWidget(page);
    column->setFixedWidth(qMax(420, fontMetrics().averageCharWidth() * 60));
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(icon);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(title);
    columnLayout->addWidget(m_signInMessage);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(button, 0, Qt::AlignHCenter);
    columnLayout->addSpacing(24);
    columnLayout->addWidget(hint);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(column, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

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
    // Failures are not left to a tooltip: a strip above the list says what failed, why, and
    // what to do next, with the way to retry.
    m_failureBar = new QFrame(right);
    m_failureBar->setObjectName(QStringLiteral("failureBar"));
    m_failureBar->setAccessibleName(tr("Failed uploads"));
    m_failureIcon = new QLabel(m_failureBar);
    auto *failureIcon = m_failureIcon;
    failureIcon->setPixmap(
        ThemedIconEngine::icon(QStringLiteral("state-failed")).pixmap(QSize(20, 20), devicePixelRatioF()));
    m_failureText = new QLabel(m_failureBar);
    m_failureText->setObjectName(QStringLiteral("failureText"));
    m_failureText->setWordWrap(true);
    m_failureText->setTextFormat(Qt::PlainText);
    m_failureText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retryFailed = new QToolButton(m_failureBar);
    retryFailed->setDefaultAction(m_retryFailedAction);
    retryFailed->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *failureLayout = new QHBoxLayout(m_failureBar);
    failureLayout->setContentsMargins(10, 6, 6, 6);
    failureLayout->addWidget(failureIcon, 0, Qt::AlignTop);
    failureLayout->addWidget(m_failureText, 1);
    failureLayout->addWidget(retryFailed, 0, Qt::AlignVCenter);
    m_failureBar->setAutoFillBackground(true);
    m_failureBar->setVisible(false);

    rightLayout->addWidget(m_dropArea);
    rightLayout->addWidget(m_failureBar);
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
    m_userName.clear();
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
    if (controller) {
        TransferModel *model = controller->model();
        connect(model, &TransferModel::totalsChanged, this, &MainWindow::updateTotals);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTotals);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateTotals);
        connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::scheduleRowUpdates);
        connect(model, &TransferModel::rowStateChanged, this, [this](int, int, int state) {
            if (TransferState(state) == TransferState::Failed)
                m_failureToAnnounce = true;
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
        connect(controller, &UploadController::conflictDetected, this, &MainWindow::onConflict);
        connect(controller, &UploadController::finished, this, [this] {
            if (!m_controller)
                return;
            const int failed = m_controller->model()->countInState(TransferState::Failed);
            const int done = m_controller->model()->countInState(TransferState::Done);
            const QString message = failed > 0
                                        ? tr("Finished: %n uploaded, %1 failed", nullptr, done).arg(failed)
                                        : tr("Finished: %n file(s) uploaded", nullptr, done);
            statusBar()->showMessage(message, 10000);
            // The end of the queue is heard, with the totals as they are now.
            updateTotals();
            m_counts->setAccessibleDescription(tr("%1. %2").arg(message, m_counts->text()));
            announce(m_counts);
        });
    }
    if (client) {
        ApiReply *reply = client->me();
        connect(reply, &ApiReply::finished, this, [this, reply] {
            reply->deleteLater();
            if (!reply->isOk()) {
                statusBar()->showMessage(
                    tr("Could not ask Procore who is signed in: %1").arg(reply->error().describe()));
                return;
            }
            const User user = reply->user();
            setUserName(user.name.isEmpty() ? user.login : user.name);
            if (!user.login.isEmpty())
                m_connection->setToolTip(
                    tr("Signed in to %1 (%2) as %3")
                        .arg(m_environmentName, m_apiBase.toDisplayString(), user.login));
        });
    }
    updateTotals();
    updateSummary();
    updateActions();
    Q_EMIT sessionChanged();
}

void MainWindow::setSignedOut(const QString &environmentName, const QString &message)
{
    m_client = nullptr;
    m_controller = nullptr;
    m_environmentName = environmentName;
    m_userName.clear();
    m_signInMessage->setText(message.isEmpty()
                                 ? tr("Hoist uploads files and folders to the Documents tool of your Procore "
                                      "projects. Sign in with your Procore account to begin.")
                                 : message);
    m_stack->setCurrentIndex(0);
    m_toolBar->setVisible(false);
    m_connection->setText(tr("Not signed in"));
    updateActions();
}

void MainWindow::setConnection(const QString &environmentName, const QUrl &apiBase)
{
    m_environmentName = environmentName;
    m_apiBase = apiBase;
    m_connection->setToolTip(tr("Connected to %1 (%2)").arg(environmentName, apiBase.toDisplayString()));
    updateConnectionLabel();
}

void MainWindow::setUserName(const QString &userName)
{
    m_userName = userName;
    updateConnectionLabel();
}

void MainWindow::updateConnectionLabel()
{
    QString where = m_environmentName;
    if (m_apiBase.isValid()) {
        const QString host =
            m_apiBase.port() > 0
                ? QString(m_apiBase.host() + QLatin1Char(':') + QString::number(m_apiBase.port()))
                : m_apiBase.host();
        where = tr("%1 (%2)").arg(m_environmentName, host);
    }
    m_connection->setText(m_userName.isEmpty() ? where : tr("%1 · %2").arg(where, m_userName));
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
    QSettings settings;
    const QString start = settings
                              .value(QStringLiteral("paths/lastAdd"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .toString();
    // Photos are offered images first, Drawings PDFs (the rest stays one choice away).
    QString filter;
    const DestinationKind kind = m_destination->kind();
    if (const QStringList globs = acceptedFilePatterns(kind); !globs.isEmpty()) {
        filter = QString((kind == DestinationKind::Photos ? tr("Images (%1)") : tr("PDF drawings (%1)"))
                             .arg(globs.join(QLatin1Char(' ')))
                         + QStringLiteral(";;") + tr("All files (*)"));
    }
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Files to Upload"), start, filter);
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/lastAdd"), QFileInfo(files.first()).absolutePath());
    addPaths(files);
}

void MainWindow::addFolder()
{
    QSettings settings;
    const QString start = settings
                              .value(QStringLiteral("paths/lastAdd"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .toString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a Folder to Upload"), start);
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/lastAdd"), QFileInfo(folder).absolutePath());
    addPaths({folder});
}

void MainWindow::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QStringList paths = DropArea::localPaths(mime);
    if (paths.isEmpty() && mime && mime->hasText()) {
        // Plain text: one path or file:// URL a line.
        const QStringList lines = mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString line : lines) {
            line = line.trimmed();
            const QUrl url(line);
            if (url.isLocalFile())
                line = url.toLocalFile();
            if (QFileInfo(line).isAbsolute() && QFileInfo::exists(line))
                paths.append(line);
        }
    }
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
    m_pendingPaths.clear();
    m_problems.clear();
    updateSummary();
    updateActions();
}

void MainWindow::onItemsFound(const QList<UploadItem> &items)
{
    for (const UploadItem &item : items) {
        if (m_pendingPaths.contains(item.localPath))
            continue; // added twice: once is enough
        m_pendingPaths.insert(item.localPath);
        m_pending.append(item);
    }
    updateSummary();
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
    qint64 bytes = 0;
    for (const UploadItem &item : std::as_const(m_pending))
        bytes += item.size;
    const int count = int(m_pending.size());
    if (isScanning()) {
        m_dropArea->setScanning(
            true,
            tr("Looking for files… %n found (%1)", nullptr, count).arg(TransferModel::formatBytes(bytes)));
        return;
    }
    m_dropArea->setScanning(false);
    QString problems;
    if (!m_problems.isEmpty()) {
        problems = tr("%n item(s) cannot be uploaded: %1", nullptr, int(m_problems.size()))
                       .arg(QString(QFileInfo(m_problems.first().first).fileName() + QLatin1String(" — ")
                                    + m_problems.first().second));
    }
    if (count == 0) {
        if (!problems.isEmpty())
            m_dropArea->setSummary(tr("Nothing to upload"), problems, true);
        else
            m_dropArea->setSummary(tr("Drop files and folders here"),
                                   tr("Or use Add Files and Add Folder. Folders keep their structure."));
        return;
    }
    const QString title =
        tr("%n file(s), %1, ready to upload", nullptr, count).arg(TransferModel::formatBytes(bytes));
    if (!problems.isEmpty()) {
        m_dropArea->setSummary(title, problems, true);
    } else if (m_destination->isComplete()) {
        m_dropArea->setSummary(title, tr("To %1").arg(m_destination->destinationText()));
    } else {
        m_dropArea->setSummary(title, tr("Choose the company, project and folder to upload to."), true);
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
    if (m_reviewing || !m_controller || m_pending.isEmpty() || isScanning() || !m_destination->isComplete())
        return;
    // Reads only: folder listings of the destination. Nothing is written until the person confirms.
    m_reviewing = true;
    m_uploadAction->setEnabled(false);
    statusBar()->showMessage(tr("Checking the files against the destination…"));
    auto *check = new PreflightCheck(m_controller->client(), this);
    const Destination destination = m_destination->destination();
    const QString where = m_destination->destinationText();
    connect(check, &PreflightCheck::finished, this, [this, check, destination, where] {
        check->deleteLater();
        m_reviewing = false;
        statusBar()->clearMessage();
        auto *dialog = new PreflightDialog(check->report(), where, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, destination] {
            const QList<UploadItem> chosen = dialog->chosenItems();
            const bool sameDestination =
                m_destination->isComplete() && m_destination->destination() == destination;
            if (sameDestination && enqueueItems(chosen)) {
                m_pending.clear();
                m_pendingPaths.clear();
                m_problems.clear();
                updateSummary();
            }
            updateActions();
        });
        connect(dialog, &QDialog::rejected, this, &MainWindow::updateActions);
        dialog->open();
    });
    check->start(m_pending, destination);
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
                m_controller->enqueue({item}, d);
                statusBar()->showMessage(tr("New version of %1 queued").arg(remoteName), 8000);
                updateActions();
                updateTotals();
                Q_EMIT uploadStarted(1);
            });
    dialog->open();
}

bool MainWindow::enqueueItems(const QList<UploadItem> &items)
{
    if (!m_controller || items.isEmpty() || !m_destination->isComplete())
        return false;
    m_controller->enqueue(items, m_destination->destination());
    statusBar()->showMessage(tr("%n file(s) queued", nullptr, int(items.size())), 8000);
    updateActions();
    updateTotals();
    Q_EMIT uploadStarted(int(items.size()));
    return true;
}

bool MainWindow::startUpload()
{
    if (!m_controller || m_pending.isEmpty() || isScanning() || !m_destination->isComplete())
        return false;
    const Destination destination = m_destination->destination();
    QList<UploadItem> items = m_pending;
    if (!destination.isDocuments()) {
        // Photos take images only, Drawings PDFs only: say so before anything goes up.
        QStringList refused;
        QList<UploadItem> fitting;
        for (const UploadItem &item : std::as_const(items)) {
            const QList<PreflightFlag> flags =
                preflight::checkForDestination(item.localPath, destination.effectiveKind());
            if (flags.isEmpty())
                fitting.append(item);
            else
                refused.append(tr("%1: %2").arg(QFileInfo(item.localPath).fileName(), flags.first().reason));
        }
        if (!refused.isEmpty()) {
            auto *box = new QMessageBox(
                QMessageBox::Warning, tr("Not for %1").arg(destinationKindText(destination.effectiveKind())),
                fitting.isEmpty() ? tr("None of these files can go to %1; nothing was uploaded.")
                                        .arg(destinationKindText(destination.effectiveKind()))
                                  : tr("%n file(s) cannot go to %1 and were left out; the others are queued.",
                                       nullptr, int(refused.size()))
                                        .arg(destinationKindText(destination.effectiveKind())),
                QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("wrongFileTypeMessage"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setInformativeText(refused.mid(0, 10).join(QLatin1Char('\n')));
            if (refused.size() > 10)
                box->setDetailedText(refused.join(QLatin1Char('\n')));
            box->open();
        }
        if (fitting.isEmpty())
            return false; // the files stay, so another destination can take them
        items = fitting;
    }
    m_pending.clear();
    m_pendingPaths.clear();
    m_problems.clear();
    m_controller->enqueue(items, destination);
    statusBar()->showMessage(tr("%n file(s) queued", nullptr, int(items.size())), 8000);
    updateSummary();
    updateActions();
    updateTotals();
    Q_EMIT uploadStarted(int(items.size()));
    return true;
}

// --- transfers ----------------------------------------------------------------------------

void MainWindow::updateActions()
{
    const bool session = m_client && m_controller;
    m_addFilesAction->setEnabled(session);
    m_addFolderAction->setEnabled(session);
    m_pasteAction->setEnabled(session);
    m_clearPendingAction->setEnabled(!m_pending.isEmpty() || isScanning() || !m_problems.isEmpty());
    m_uploadAction->setEnabled(session && !m_reviewing && !m_pending.isEmpty() && !isScanning()
                               && m_destination->isComplete());
    m_uploadAction->setToolTip(m_uploadAction->isEnabled()
                                   ? tr("Upload %n file(s) to %1", nullptr, int(m_pending.size()))
                                         .arg(m_destination->destinationText())
                                   : tr("Add files and choose a writable destination folder first"));

    // From the view's selection counts, not a scan: a 10,000-row selection costs nothing here.
    const TransferModel *model = m_controller ? m_controller->model() : nullptr;
    const int selected = model ? m_transfers->selectedCount() : 0;
    const bool canRetry = model
                          && m_transfers->selectedInState(TransferState::Failed)
                                     + m_transfers->selectedInState(TransferState::Cancelled)
                                 > 0;
    bool canCancel = false, canShow = false, canOpen = false;
    for (int s = 0; model && s <= int(TransferState::Processing); ++s)
        canCancel |= isActiveState(TransferState(s)) && m_transfers->selectedInState(TransferState(s)) > 0;
    if (selected == 1) {
        const QList<int> rows = m_transfers->selectedRows();
        const QModelIndex index = model->index(rows.value(0, -1), 0);
        canShow = !index.data(TransferModel::LocalPathRole).toString().isEmpty();
        canOpen = index.data(TransferModel::RemoteUrlRole).toUrl().isValid();
    }
    m_retryAction->setEnabled(canRetry);
    m_cancelAction->setEnabled(canCancel);
    m_removeAction->setEnabled(selected > 0);
    m_showLocalAction->setEnabled(canShow);
    m_openRemoteAction->setEnabled(canOpen);
    const int rowCount = model ? model->rowCount() : 0;
    m_pauseAction->setEnabled(session && (rowCount > 0 || m_controller->isPaused()));
    m_retryFailedAction->setEnabled(model && model->countInState(TransferState::Failed) > 0);
    m_clearFinishedAction->setEnabled(
        model
        && (model->countInState(TransferState::Done) + model->countInState(TransferState::Skipped)) > 0);
}

void MainWindow::updateTotals()
{
    updateFailureBar();
    const TransferModel *model = m_controller ? m_controller->model() : nullptr;
    if (!model || model->rowCount() == 0) {
        m_overall->setVisible(false);
        m_rate->clear();
        m_counts->clear();
        setWindowTitle(tr("Hoist"));
        return;
    }
    const int rows = model->rowCount();
    const int done = model->countInState(TransferState::Done);
    const int failed = model->countInState(TransferState::Failed);
    const int cancelled =
        model->countInState(TransferState::Cancelled) + model->countInState(TransferState::Skipped);
    const int active = rows - done - failed - cancelled;
    const int percent = int(model->progress() * 100.0);
    m_overall->setVisible(true);
    m_overall->setValue(int(model->progress() * 1000.0));
    m_overall->setToolTip(tr("%1 of %2 sent")
                              .arg(TransferModel::formatBytes(model->sentBytes()),
                                   TransferModel::formatBytes(model->totalBytes())));
    QString counts = tr("%1 of %n file(s) uploaded", nullptr, rows - cancelled).arg(done);
    if (failed > 0)
        counts = tr("%1 · %n failed", nullptr, failed).arg(counts);
    m_counts->setText(counts);
    if (active == 0) {
        m_rate->setText(failed > 0 ? tr("Stopped: retry the failed files") : tr("All done"));
        setWindowTitle(tr("Hoist"));
    } else if (m_controller->isPaused()) {
        m_rate->setText(tr("Paused"));
        setWindowTitle(tr("Paused – Hoist"));
    } else {
        const QString eta = model->eta() >= 0 ? TransferModel::formatDuration(model->eta()) : tr("—");
        m_rate->setText(tr("%1 · %2 left").arg(TransferModel::formatSpeed(model->speed()), eta));
        setWindowTitle(tr("%1% – Hoist").arg(percent));
    }
    updateActions();
}

void MainWindow::updateFailureBar()
{
    const TransferModel *model = m_controller ? m_controller->model() : nullptr;
    const int failed = model ? model->countInState(TransferState::Failed) : 0;
    if (failed == 0) {
        m_failureBar->setVisible(false);
        return;
    }
    // The current row when it failed, or else the first failed row (no scan of the list).
    int shown = -1;
    const QModelIndex current = m_transfers->currentIndex();
    if (current.isValid()
        && TransferState(current.data(TransferModel::StateRole).toInt()) == TransferState::Failed)
        shown = current.row();
    if (shown < 0)
        shown = model->firstRowInState(TransferState::Failed);
    if (shown < 0)
        return;
    const QModelIndex index = model->index(shown, TransferModel::NameColumn);
    m_failureText->setText(
        tr("%n file(s) could not be uploaded.", nullptr, failed) + QLatin1Char('\n')
        + tr("%1: %2").arg(index.data().toString(), index.data(TransferModel::ErrorRole).toString()));
    QPalette palette = m_failureBar->palette();
    const QColor base = QApplication::palette().color(QPalette::Window);
    const QColor error = ThemedIconEngine::errorColor();
    const double mix = 0.14;
    palette.setColor(QPalette::Window,
                     QColor::fromRgbF(float(base.redF() * (1 - mix) + error.redF() * mix),
                                      float(base.greenF() * (1 - mix) + error.greenF() * mix),
                                      float(base.blueF() * (1 - mix) + error.blueF() * mix)));
    m_failureBar->setPalette(palette);
    m_failureBar->setVisible(true);
    if (m_failureToAnnounce) {
        m_failureToAnnounce = false;
        announce(m_failureText);
    }
}

// Tells a screen reader to read `widget` now (a failure, the end of the queue).
void MainWindow::announce(QWidget *widget)
{
    QAccessibleEvent event(widget, QAccessible::Alert);
    a11y::send(&event);
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
        if (isActiveState(state))
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
    int active = 0;
    for (int row : rows)
        active +=
            isActiveState(TransferState(model->index(row, 0).data(TransferModel::StateRole).toInt())) ? 1 : 0;
    if (active > 0) {
        QMessageBox box(
            QMessageBox::Question, tr("Remove Files"),
            tr("%n of the selected files are still being uploaded. Stop them and remove them from "
               "the list?",
               nullptr, active),
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

void MainWindow::setPaused(bool paused)
{
    if (!m_controller)
        return;
    if (paused)
        m_controller->pauseAll();
    else
        m_controller->resumeAll();
}

void MainWindow::onConflict(quint64 jobId, const QString &name, const QString &folderPath)
{
    if (!m_controller)
        return;
    // One question at a time, without a nested event loop inside the engine's signal; answered
    // by job id, since rows can move before it is answered.
    m_conflicts.append({jobId, name, folderPath});
    askNextConflict();
}

void MainWindow::askNextConflict()
{
    if (m_conflictBox || m_conflicts.isEmpty() || !m_controller)
        return;
    const PendingConflict conflict = m_conflicts.takeFirst();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("File Already There"),
        tr("“%1” already exists in %2.")
            .arg(conflict.name, conflict.folderPath.isEmpty() ? tr("Documents") : conflict.folderPath),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("conflictQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Upload it as a new version of the existing file, keep both (Procore renames the "
           "new one), or skip it?"));
    QPushButton *version = box->addButton(tr("New &Version"), QMessageBox::AcceptRole);
    QPushButton *both = box->addButton(tr("Keep &Both"), QMessageBox::AcceptRole);
    QPushButton *skip = box->addButton(tr("&Skip"), QMessageBox::RejectRole);
    version->setObjectName(QStringLiteral("newVersionButton"));
    both->setObjectName(QStringLiteral("keepBothButton"));
    skip->setObjectName(QStringLiteral("skipButton"));
    auto *all = new QCheckBox(tr("Do the same for the other files of this upload"), box);
    box->setCheckBox(all);
    box->setDefaultButton(both);
    box->setEscapeButton(skip);
    m_conflictBox = box;
    const quint64 jobId = conflict.jobId;
    connect(box, &QMessageBox::finished, this, [this, box, version, both, all, jobId, name = conflict.name] {
        ConflictPolicy decision = ConflictPolicy::Skip;
        if (box->clickedButton() == version)
            decision = ConflictPolicy::NewVersion;
        else if (box->clickedButton() == both)
            decision = ConflictPolicy::KeepBoth;
        const bool applyToAll = all->isChecked();
        auto resolve = [this, decision, applyToAll, jobId](const QString &notes) {
            m_conflictBox = nullptr;
            if (m_controller) {
                if (UploadJob *job = m_controller->job(jobId))
                    job->setVersionNotes(notes);
                m_controller->resolveConflict(jobId, decision, applyToAll);
                if (applyToAll) {
                    // The same answer for the questions already waiting.
                    for (const PendingConflict &waiting : std::as_const(m_conflicts)) {
                        if (UploadJob *job = m_controller->job(waiting.jobId))
                            job->setVersionNotes(notes);
                        m_controller->resolveConflict(waiting.jobId, decision, false);
                    }
                    m_conflicts.clear();
                }
            }
            QMetaObject::invokeMethod(this, &MainWindow::askNextConflict, Qt::QueuedConnection);
        };
        if (decision != ConflictPolicy::NewVersion) {
            resolve({});
            return;
        }
        // A new version may carry notes (optional; Cancel uploads it without).
        auto *notes = new QInputDialog(this);
        notes->setAttribute(Qt::WA_DeleteOnClose);
        notes->setObjectName(QStringLiteral("versionNotesDialog"));
        notes->setWindowTitle(tr("New Version"));
        notes->setLabelText(tr("Notes for the new version of “%1” (optional):").arg(name));
        notes->setOkButtonText(tr("&Upload Version"));
        m_conflictBox = notes;
        connect(notes, &QDialog::finished, this, [notes, resolve](int result) {
            resolve(result == QDialog::Accepted ? notes->textValue().trimmed() : QString());
        });
        notes->open();
    });
    box->open();
}

// --- window -------------------------------------------------------------------------------

bool MainWindow::confirmClose()
{
    int active = 0;
    if (m_controller) {
        const TransferModel *model = m_controller->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (isActiveState(TransferState(model->index(row, 0).data(TransferModel::StateRole).toInt())))
                ++active;
        }
    }
    const int waiting = int(m_pending.size());
    if (active == 0 && waiting == 0 && !isScanning())
        return true;

    QStringList lines;
    if (active > 0)
        lines << tr("%n file(s) are still being uploaded or waiting their turn.", nullptr, active);
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

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // A new theme: the pixmaps of themed icons are painted again in its colours.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && m_failureIcon)
        m_failureIcon->setPixmap(ThemedIconEngine::icon(QStringLiteral("state-failed"))
                                     .pixmap(QSize(20, 20), devicePixelRatioF()));
}

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
    QSettings settings;
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("state"), saveState());
    settings.setValue(settingsKey("splitter"), m_splitter->saveState());
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

#pragma once

#include "PreflightDialog.h"
#include "procore/ProcoreClient.h"
#include "upload/PendingFiles.h"
#include "upload/UploadController.h"
#include "upload/UploadTypes.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <functional>

class QAction;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace hoist {
class FileScanner;
struct HistoryRecord;
} // namespace hoist

namespace hoist::ui {

class ConflictPrompter;
class DestinationBar;
class DropArea;
class FailureBar;
class JournalBar;
class ReviewFlow;
class SignInPage;
class StatusSummary;
class TransferFilterBar;
class TransferView;

// Hoist's main window: files and folders are dropped (or added, or pasted), a destination is
// chosen (company, project, and a Documents folder, a photo album or a drawing set), and the
// transfers are watched and acted on.
// It talks to Procore only through the ProcoreClient, UploadController and TransferModel it is
// given; without them it shows a "Sign in" page.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects the window to a signed-in Procore: the client (and its environment's name, shown
    // at all times) and the upload queue. Neither is owned. Asks Procore who the user is.
    void setSession(ProcoreClient *client, UploadController *controller, const QString &environmentName);
    // Shows the "Sign in" page (no session). signInRequested() tells when the person asks.
    void setSignedOut(const QString &environmentName, const QString &message = {});
    // Which Procore the window is connected to (set by setSession too).
    void setConnection(const QString &environmentName, const QUrl &apiBase);
    // Who is signed in, when known by other means than GET /me.
    void setUserName(const QString &userName);

    // Expands files and folders on a worker thread and adds them to the files waiting for Upload.
    void addPaths(const QStringList &paths);
    // Queues the waiting files for the chosen destination at once, with no review.
    bool startUpload();
    // What the Upload button does: with review on, a pre-flight check and its dialog first
    // (nothing is written until the person confirms), otherwise startUpload().
    void requestUpload();
    void setReviewBeforeUpload(bool on);
    bool reviewBeforeUpload() const { return m_review; }
    // Queues files for the chosen destination (e.g. failed files picked in the History view).
    bool enqueueItems(const QList<UploadItem> &items);
    // History › Retry failed: each file to the destination it was queued to; rows recorded
    // before Hoist kept destinations go to the files waiting for Upload. Returns how many were queued.
    int retryFromHistory(const QList<hoist::HistoryRecord> &failed);
    // A local file dropped onto a Documents file: asks for optional notes (a window-modal
    // dialog named "versionNotesDialog"), then queues it as a new version of that file.
    void uploadNewVersion(const QString &localPath, const hoist::Destination &destination,
                          const QString &remoteName);

    QList<UploadItem> pendingItems() const { return m_pending.items(); }
    bool isScanning() const;
    DestinationBar *destinationBar() const { return m_destination; }
    DropArea *dropArea() const { return m_dropArea; }
    TransferView *transferView() const { return m_transfers; }
    UploadController *controller() const { return m_controller; }
    QAction *action(const QString &objectName) const;
    // Asked first when the window is closed while not confirmed; returning true means it took
    // care of the close (e.g. hid the window to the tray) and the window stays open.
    void setCloseInterceptor(std::function<bool()> interceptor)
    {
        m_closeInterceptor = std::move(interceptor);
    }

Q_SIGNALS:
    void signInRequested();
    // "Try the built-in sandbox" on the sign-in page.
    void sandboxRequested();
    void historyRequested();
    // File > Settings… (Ctrl+,).
    void settingsRequested();
    // setSession() connected the window to another client and queue (or to none).
    void sessionChanged();
    // A scan of added paths ended (the waiting files are updated).
    void scanFinished();
    // Files were queued with startUpload().
    void uploadStarted(int fileCount);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // MainWindowActions.cpp: the actions, their menus and tool bar, and what enables them.
    void createActions();
    void connectActions();
    void createMenus();
    void createToolBar();
    void updateActions();
    void retrySelected();
    void cancelSelected();
    void removeSelected();
    void showLocalFile();
    void openInProcore();
    // The failure bar was clicked: only the failed rows shown, all selected, the first in sight.
    void showFailedRows();
    // The failure bar follows the current row (the first failed one when it has not failed).
    void updateFailureBar();

    QWidget *createWorkPage();
    void connectModel(UploadController *controller);
    void addFiles();
    void addFolder();
    static QString startFolder(); // of the file dialogs: where files were last added from
    void paste();
    void clearPending();
    void onScanFinished();
    void updateSummary();
    void updateTotals();
    void scheduleRowUpdates();
    // The one way files go to the queue: enqueue, say so in the status bar, tell listeners.
    void queue(const QList<UploadItem> &items, const Destination &destination, const QString &message);
    void queueReviewed(const QList<PreflightDialog::Group> &groups, const Destination &destination,
                       const QHash<QString, QString> &revisions);
    bool confirmClose();

    // Not owned; reset when they are destroyed. (Raw pointers, not QPointer: checked once,
    // they stay valid through the function that checked them.)
    ProcoreClient *m_client = nullptr;
    UploadController *m_controller = nullptr;
    FileScanner *m_scanner = nullptr;
    PendingFiles m_pending;
    int m_scansRunning = 0;
    ConflictPrompter *m_conflicts = nullptr;
    bool m_review = false;
    ReviewFlow *m_reviewFlow = nullptr; // the check and review between Upload and the queue
    QAction *m_historyAction = nullptr;
    QAction *m_reviewAction = nullptr;

    QStackedWidget *m_stack = nullptr;
    QToolBar *m_toolBar = nullptr;
    SignInPage *m_signInPage = nullptr;
    QSplitter *m_splitter = nullptr;
    DestinationBar *m_destination = nullptr;
    DropArea *m_dropArea = nullptr;
    TransferView *m_transfers = nullptr;
    FailureBar *m_failureBar = nullptr;
    TransferFilterBar *m_filterBar = nullptr;
    JournalBar *m_journalBar = nullptr;
    StatusSummary *m_status = nullptr;
    bool m_closeConfirmed = false;
    bool m_rowUpdatePending = false;
    bool m_foldersMayChange = false; // files queued into subfolders: list the folders again at the end

    QAction *m_addFilesAction = nullptr;
    QAction *m_addFolderAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_clearPendingAction = nullptr;
    QAction *m_uploadAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_retryFailedAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_clearFinishedAction = nullptr;
    QAction *m_showLocalAction = nullptr;
    QAction *m_openRemoteAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    std::function<bool()> m_closeInterceptor;
};

} // namespace hoist::ui

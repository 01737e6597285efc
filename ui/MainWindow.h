#pragma once

#include "procore/ProcoreClient.h"
#include "upload/UploadController.h"
#include "upload/UploadTypes.h"

#include <QList>
#include <QMainWindow>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>

class QAction;
class QLabel;
class QMessageBox;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace hoist {
class FileScanner;
} // namespace hoist

namespace hoist::ui {

class DestinationBar;
class DropArea;
class TransferView;

// Hoist's main window: files and folders are dropped (or added, or pasted), a destination is
// chosen (company, project, Documents folder), and the transfers are watched and acted on.
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
    // A local file dropped onto a Documents file: asks for optional notes (a window-modal
    // dialog named "versionNotesDialog"), then queues it as a new version of that file.
    void uploadNewVersion(const QString &localPath, const hoist::Destination &destination,
                          const QString &remoteName);

    QList<UploadItem> pendingItems() const { return m_pending; }
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
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    QWidget *createSignInPage();
    QWidget *createWorkPage();

    void addFiles();
    void addFolder();
    void paste();
    void clearPending();
    void onItemsFound(const QList<hoist::UploadItem> &items);
    void onScanFinished();
    void updateSummary();
    void updateActions();
    void updateTotals();
    void updateConnectionLabel();
    void updateFailureBar();
    void scheduleRowUpdates();
    static void announce(QWidget *widget);
    bool confirmClose();

    void retrySelected();
    void cancelSelected();
    void removeSelected();
    void showLocalFile();
    void openInProcore();
    void setPaused(bool paused);
    void onConflict(quint64 jobId, const QString &name, const QString &folderPath);
    void askNextConflict();

    // Not owned; reset when they are destroyed. (Raw pointers, not QPointer: checked once,
    // they stay valid through the function that checked them.)
    ProcoreClient *m_client = nullptr;
    UploadController *m_controller = nullptr;
    FileScanner *m_scanner = nullptr;
    QList<UploadItem> m_pending;
    QSet<QString> m_pendingPaths;
    QList<QPair<QString, QString>> m_problems;
    int m_scansRunning = 0;
    struct PendingConflict
    {
        quint64 jobId = 0;
        QString name;
        QString folderPath;
    };
    QList<PendingConflict> m_conflicts;
    QPointer<QDialog> m_conflictBox; // the name-clash question, or its version notes
    bool m_review = false;
    bool m_reviewing = false;
    QAction *m_historyAction = nullptr;
    QAction *m_reviewAction = nullptr;

    QStackedWidget *m_stack = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_signInMessage = nullptr;
    QSplitter *m_splitter = nullptr;
    DestinationBar *m_destination = nullptr;
    DropArea *m_dropArea = nullptr;
    TransferView *m_transfers = nullptr;
    QWidget *m_failureBar = nullptr;
    QLabel *m_failureText = nullptr;
    QLabel *m_failureIcon = nullptr;
    QProgressBar *m_overall = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_connection = nullptr;
    QString m_environmentName;
    QUrl m_apiBase;
    QString m_userName;
    bool m_closeConfirmed = false;
    bool m_rowUpdatePending = false;
    bool m_failureToAnnounce = false;

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
    std::function<bool()> m_closeInterceptor;
};

} // namespace hoist::ui

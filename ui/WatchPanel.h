#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hoist {
class TransferJournal;
class UploadController;
class WatchService;
class WatchStore;
struct WatchEvent;
} // namespace hoist

namespace hoist::ui {

class MainWindow;
class SessionManager;
class TrayIcon;

// Transfers › Watched Folders…: the folders whose new and changed files go up on their own (one
// row each: folder, destination, last upload, files waiting, last error), with Add (a folder and
// the destination chosen in the window now), Pause/Resume and Remove. Runs the watches of the
// session's journal through its upload queue, and says in the tray when a watch uploads or fails.
class WatchPanel : public QDialog
{
    Q_OBJECT

public:
    WatchPanel(MainWindow *window, SessionManager *session, TrayIcon *tray);
    ~WatchPanel() override;

    // Adds "Watched Folders…" to the window's Transfers menu (after History…) and returns it.
    QAction *installMenuAction();
    WatchService *service() const { return m_service.get(); }
    // Watches `folder` into the window's current destination; false (and a message) otherwise.
    bool addWatch(const QString &folder);

private:
    void onSessionChanged();
    void stopService();
    void refresh();
    void updateButtons();
    void onEvent(const WatchEvent &event);
    qint64 selectedId() const;
    void addClicked();
    void pauseClicked();
    void removeClicked();

    MainWindow *m_window;
    SessionManager *m_session;
    QPointer<TrayIcon> m_tray;
    std::unique_ptr<WatchStore> m_store;
    std::unique_ptr<WatchService> m_service;
    QTreeWidget *m_list;
    QLabel *m_note;
    QPushButton *m_add;
    QPushButton *m_pause;
    QPushButton *m_remove;
    QElapsedTimer m_lastTrayMessage;
    int m_uploadedSinceMessage = 0;
};

} // namespace hoist::ui

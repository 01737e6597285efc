#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QSystemTrayIcon>

class QAction;

namespace hoist {
class TransferModel;
class UploadController;
} // namespace hoist

namespace hoist::ui {

class MainWindow;

// Hoist in the system tray: overall progress in the tooltip and as a bar on the icon, a menu
// (Show/Hide, Pause/Resume All, Quit) and notifications when the queue finishes or a file fails.
class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT

public:
    explicit TrayIcon(MainWindow *window, QObject *parent = nullptr);

    // The queue to follow (none: nullptr).
    void setController(UploadController *controller);

    // The tooltip for `model` ("Hoist: 3 of 10 files uploaded, 42 %").
    static QString statusText(const TransferModel *model);
    // The notification when the queue has finished.
    static QString finishedText(int done, int failed);

Q_SIGNALS:
    void quitRequested();

private:
    void updateStatus();
    void updateMenu();
    void onJobState(quint64 jobId, int state);

    MainWindow *m_window;
    QPointer<UploadController> m_controller;
    QAction *m_showAction;
    QAction *m_pauseAction;
    QAction *m_quitAction;
    QElapsedTimer m_lastFailureMessage;
    int m_lastPercent = -1;
};

} // namespace hoist::ui

#include "DesktopIntegration.h"

#include "CloseToTrayPolicy.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TrayIcon.h"

#include "auth/ProxyPassword.h"
#include "upload/UploadController.h"

#include <QAction>
#include <QEvent>
#include <QGuiApplication>

namespace hoist::ui {

using namespace Qt::StringLiterals;

DesktopIntegration::DesktopIntegration(MainWindow *window, bool trayAllowed, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(AppSettings::load())
{
    m_settings.applyNetwork({});
    m_settings.applyTheme();
    const bool manualProxy = m_settings.proxyMode == AppSettings::ProxyMode::Http
                             || m_settings.proxyMode == AppSettings::ProxyMode::Socks5;
    if (manualProxy && !m_settings.proxyUser.isEmpty()) {
        ProxyPassword::read(this, [this](const QString &password, const QString &) {
            m_proxyPassword = password;
            m_settings.applyNetwork(m_proxyPassword);
        });
    }
    m_settings.applyTo(window->controller());
    connect(window, &MainWindow::sessionChanged, this, [this] {
        m_settings.applyTo(m_window->controller());
        if (m_tray)
            m_tray->setController(m_window->controller());
    });
    connect(window, &MainWindow::settingsRequested, this, &DesktopIntegration::openSettings);

    if (trayAllowed && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(window, this);
        m_tray->setController(window->controller());
        m_tray->show();
        connect(m_tray, &TrayIcon::quitRequested, this, &DesktopIntegration::quit);
    }
    // Quit quits (after the window's prompt when files are left); only closing the window may
    // hide it to the tray.
    if (QAction *quitAction = window->action(u"quit"_s)) {
        disconnect(quitAction, &QAction::triggered, window, &MainWindow::close);
        connect(quitAction, &QAction::triggered, this, &DesktopIntegration::quit);
    }
    window->setCloseInterceptor([this] { return interceptClose(); });
    window->installEventFilter(this);
}

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    // Shown again (from the tray): closing it may end the app again.
    if (watched == m_window && event->type() == QEvent::Show)
        QGuiApplication::setQuitOnLastWindowClosed(true);
    return QObject::eventFilter(watched, event);
}

DesktopIntegration::~DesktopIntegration()
{
    m_window->setCloseInterceptor({});
}

SettingsDialog *DesktopIntegration::settingsDialog() const
{
    return m_dialog;
}

void DesktopIntegration::quit()
{
    m_quitting = true;
    if (!m_window->isVisible())
        m_window->show(); // the prompt about unfinished files needs its window
    m_window->close();
    m_quitting = false;
}

bool DesktopIntegration::interceptClose()
{
    const UploadController *controller = m_window->controller();
    const bool running = controller && !controller->isIdle();
    if (CloseToTrayPolicy::decide(m_tray && m_tray->isVisible(), running, m_quitting)
        == CloseToTrayPolicy::Action::Close)
        return false;
    // Hidden in the tray, the app goes on even when a dialog of it closes.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_window->hide();
    if (CloseToTrayPolicy::hintPending()) {
        m_tray->showMessage(
            tr("Hoist is still uploading"),
            tr("The uploads go on in the background. Click Hoist's icon in the system tray to "
               "show the window again, or choose Quit there."));
        CloseToTrayPolicy::markHintShown();
    }
    return true;
}

void DesktopIntegration::openSettings()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new SettingsDialog(m_settings, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setProxyPassword(m_proxyPassword);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        apply(m_dialog->settings(), m_dialog->proxyPassword(), m_dialog->proxyPasswordEdited());
    });
    m_dialog->open();
}

void DesktopIntegration::apply(const AppSettings &settings, const QString &proxyPassword, bool passwordEdited)
{
    m_settings = settings;
    m_settings.save();
    if (passwordEdited) {
        m_proxyPassword = proxyPassword;
        ProxyPassword::write(proxyPassword, this, [this](bool ok, const QString &error) {
            if (!ok)
                Q_EMIT proxyPasswordError(error);
        });
    }
    m_settings.applyNetwork(m_proxyPassword);
    m_settings.applyTo(m_window->controller());
    m_settings.applyTheme();
    m_settings.applyLogging();
    Q_EMIT settingsApplied();
}

} // namespace hoist::ui

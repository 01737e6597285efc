#pragma once

#include "AppSettings.h"

#include <QObject>
#include <QPointer>

namespace hoist {
class ProxySignIn;
}

namespace hoist::ui {

class MainWindow;
class ProxySignInDialog;
class SettingsDialog;
class TrayIcon;

// What makes Hoist a desktop app around its main window: the Settings dialog (applied to the
// queue, the bandwidth limit and the proxy on OK, kept in QSettings, the proxy password in the
// keychain), the tray icon with its notifications, and closing to the tray while uploads run.
class DesktopIntegration : public QObject
{
    Q_OBJECT

public:
    // trayAllowed: false in tests and where no tray should be used.
    explicit DesktopIntegration(MainWindow *window, bool trayAllowed = true, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    const AppSettings &settings() const { return m_settings; }
    // Saves `settings`, applies them to the queue and the network, and stores the proxy password
    // in the keychain when `passwordEdited`.
    void apply(const AppSettings &settings, const QString &proxyPassword, bool passwordEdited);
    void openSettings();
    SettingsDialog *settingsDialog() const;
    // The proxy's sign-in of the window's network (SessionManager's): its question shows the
    // sign-in dialog once; OK keeps the user in the settings and the password in the keychain.
    void setProxySignIn(ProxySignIn *signIn);
    ProxySignInDialog *proxySignInDialog() const;
    TrayIcon *tray() const { return m_tray; }

Q_SIGNALS:
    void settingsApplied();
    // The keychain refused the proxy password.
    void proxyPasswordError(const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool interceptClose();
    void quit();
    void forgetConnections();
    void askProxySignIn(const QString &proxyAddress, const QString &user, bool refused);
    void acceptProxySignIn(const QString &user, const QString &password, bool remember);

    MainWindow *m_window;
    AppSettings m_settings;
    QString m_proxyPassword;
    TrayIcon *m_tray = nullptr;
    QPointer<SettingsDialog> m_dialog;
    QPointer<ProxySignIn> m_proxySignIn;
    QPointer<ProxySignInDialog> m_proxyDialog;
    bool m_quitting = false;
};

} // namespace hoist::ui

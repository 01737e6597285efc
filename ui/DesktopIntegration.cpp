#include "DesktopIntegration.h"

#include "CloseToTrayPolicy.h"
#include "MainWindow.h"
#include "ProxySignInDialog.h"
#include "SettingsDialog.h"
#include "TrayIcon.h"

#include "auth/ProxyPassword.h"
#include "procore/ProcoreClient.h"
#include "procore/ProxySignIn.h"
#include "upload/UploadController.h"

#include <QAction>
#include <QEvent>
#include <QGuiApplication>

#include <memory>

namespace hoist::ui {

using namespace Qt::StringLiterals;

DesktopIntegration::DesktopIntegration(MainWindow *window, bool trayAllowed, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(AppSettings::load())
{
    m_settings.applyNetwork({});
    m_settings.applyTheme();
    // The proxy password from the keychain: the manual proxy's, and the one the sign-in gives a
    // system proxy that asks.
    if (!m_settings.proxyUser.isEmpty()) {
        ProxyPassword::read(this, [this](const QString &password, const QString &) {
            if (password.isEmpty() || !m_proxyPassword.isEmpty()) // none, or the person gave one since
                return;
            m_proxyPassword = password;
            m_settings.applyNetwork(m_proxyPassword);
            if (m_proxySignIn)
                m_proxySignIn->setCredentials(m_settings.proxyUser, m_proxyPassword);
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

ProxySignInDialog *DesktopIntegration::proxySignInDialog() const
{
    return m_proxyDialog;
}

void DesktopIntegration::setProxySignIn(ProxySignIn *signIn)
{
    m_proxySignIn = signIn;
    if (!m_proxyPassword.isEmpty())
        signIn->setCredentials(m_settings.proxyUser, m_proxyPassword);
    connect(signIn, &ProxySignIn::signInRequired, this,
            [this](const QNetworkProxy &proxy, const QString &user, bool refused) {
                askProxySignIn(proxy.hostName() + u':' + QString::number(proxy.port()), user, refused);
            });
    // After Cancel, a 407 fails without asking until the person acts: Retry, or new settings.
    for (const char *name : {"retry", "retryFailed"}) {
        if (QAction *action = m_window->action(QLatin1String(name)))
            connect(action, &QAction::triggered, signIn, &ProxySignIn::allowAsking);
    }
}

void DesktopIntegration::askProxySignIn(const QString &proxyAddress, const QString &user, bool refused)
{
    delete m_proxyDialog; // never two: ProxySignIn asks once at a time
    m_proxyDialog = new ProxySignInDialog(proxyAddress, user, refused, m_window);
    m_proxyDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_proxyDialog, &QDialog::accepted, this, [this] {
        acceptProxySignIn(m_proxyDialog->user(), m_proxyDialog->password(), m_proxyDialog->remember());
    });
    connect(m_proxyDialog, &QDialog::rejected, this, [this] {
        if (m_proxySignIn)
            m_proxySignIn->decline();
    });
    m_proxyDialog->open();
}

void DesktopIntegration::acceptProxySignIn(const QString &user, const QString &password, bool remember)
{
    // The user name in the settings, the password in the keychain (or this run only).
    m_settings.proxyUser = user;
    m_settings.save();
    m_proxyPassword = password;
    if (remember) {
        ProxyPassword::write(password, this, [this](bool ok, const QString &error) {
            if (!ok)
                Q_EMIT proxyPasswordError(error);
        });
    }
    m_settings.applyNetwork(m_proxyPassword); // a manual proxy's new connections use them
    if (m_proxySignIn)
        m_proxySignIn->answer(user, password);
}

void DesktopIntegration::forgetConnections()
{
    // Qt keeps a connection's TLS settings (and a failed one) for the next requests to its host:
    // dropped once the queue is idle, never under a running transfer.
    UploadController *controller = m_window->controller();
    if (!controller)
        return;
    if (controller->isIdle()) {
        controller->client()->network()->clearConnectionCache();
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(controller, &UploadController::idleChanged, this, [this, once](bool idle) {
        if (!idle)
            return;
        disconnect(*once);
        forgetConnections();
    });
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
    SettingsDialog *dialog = m_dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        apply(dialog->settings(), dialog->proxyPassword(), dialog->proxyPasswordEdited());
    });
    // Closed is gone (deleted later): Settings opened again gets a new dialog, not this one.
    connect(m_dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

void DesktopIntegration::apply(const AppSettings &settings, const QString &proxyPassword, bool passwordEdited)
{
    const QString previousCaFile = m_settings.caFile;
    m_settings = settings;
    m_settings.save();
    // New connections verify against it at once (the dialog checked the file).
    if (m_settings.caFile != previousCaFile) {
        if (const QString problem = m_settings.applyCaFile(previousCaFile); !problem.isEmpty())
            qWarning("%s", qPrintable(problem));
        forgetConnections();
    }
    if (passwordEdited) {
        m_proxyPassword = proxyPassword;
        ProxyPassword::write(proxyPassword, this, [this](bool ok, const QString &error) {
            if (!ok)
                Q_EMIT proxyPasswordError(error);
        });
    }
    m_settings.applyNetwork(m_proxyPassword);
    if (m_proxySignIn) {
        m_proxySignIn->setCredentials(m_settings.proxyUser, m_proxyPassword);
        m_proxySignIn->allowAsking();
    }
    m_settings.applyTo(m_window->controller());
    m_settings.applyTheme();
    m_settings.applyLogging();
    Q_EMIT settingsApplied();
}

} // namespace hoist::ui

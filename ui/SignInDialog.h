#pragma once

#include "auth/OAuthSession.h"
#include "auth/TokenStore.h"
#include "procore/Environment.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace hoist::ui {

// Signing in to Procore. When the build or the site carries Hoist's application (AppClient) for
// the chosen environment, one button, "Sign in with Procore", opens the browser and that is all.
// "Try the built-in sandbox" asks the window for its sandbox (sandboxRequested()). Under
// "Advanced": how to get a client id (and secret) from the Procore Developer Portal and which
// redirect URI to register, and those fields; for the urn:ietf:wg:oauth:2.0:oob redirect URI it
// takes the pasted code. On success it emits signedIn() with the session (which the caller then
// owns) and closes.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(TokenStore *store, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Offers Hoist's built-in sandbox running at `base` as an environment.
    void setBuiltInSandbox(const QUrl &base);
    void selectEnvironment(const QString &id);
    // Also a custom server (fills in its addresses).
    void setEnvironment(const Environment &environment);
    // Tests, and platforms without a browser: how an address is opened (default QDesktopServices).
    void setBrowserOpener(std::function<bool(const QUrl &)> opener) { m_openBrowser = std::move(opener); }

    Environment environment() const;
    ClientCredentials credentials() const;
    QString statusText() const;
    // The session that signed in; the caller takes it over (it is unparented).
    OAuthSession *takeSession();
    // The build's or the site's application for the chosen environment, if any.
    bool hasAppClient() const;
    // What "Sign in with Procore" does.
    void signInWithProcore();

    void reject() override;

Q_SIGNALS:
    void signedIn(hoist::OAuthSession *session);
    // "Try the built-in sandbox": the dialog closes; the window starts it.
    void sandboxRequested();

private:
    QFormLayout *createForm();
    QWidget *createCodeBox();
    void buildUi();
    void onEnvironmentChanged();
    void updateExplanation();
    void updateState();
    QWidget *createFirstButtons();
    void setTabOrders();
    void startSignIn();
    void startSignInWith(const ClientCredentials &client, bool save);
    void submitCode();
    void setStatus(const QString &text);

    QPointer<TokenStore> m_store;
    QList<Environment> m_environments; // the combo's entries; the custom one last
    OAuthSession *m_session = nullptr;
    std::function<bool(const QUrl &)> m_openBrowser;
    int m_loadGeneration = 0;

    QLabel *m_explanation = nullptr;
    QPushButton *m_withProcore = nullptr;
    QPushButton *m_sandbox = nullptr;
    QPushButton *m_advanced = nullptr; // checkable: shows m_advancedBox
    QWidget *m_advancedBox = nullptr;
    int m_hadAppClient = -1; // whether "Advanced" was last opened or closed for an application (-1: never)
    QComboBox *m_environment = nullptr;
    QWidget *m_customBox = nullptr;
    QLineEdit *m_apiBase = nullptr;
    QLineEdit *m_loginBase = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLineEdit *m_redirectUri = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_link = nullptr;
    QWidget *m_codeBox = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_useCode = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_keychainNotice = nullptr;
};

} // namespace hoist::ui

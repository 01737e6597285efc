#pragma once

#include <QWidget>

class QLabel;

namespace hoist::ui {

// What the window shows without a session: the app's icon, "Sign in to Procore", a message, the
// "signInButton" ("Sign in with Procore" when the build or the site carries Hoist's application,
// else "Sign In…"; signInRequested()) and "trySandboxButton" (sandboxRequested()).
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget *parent = nullptr);

    // "" shows the default invitation.
    void setMessage(const QString &message);

Q_SIGNALS:
    void signInRequested();
    void sandboxRequested();

private:
    QLabel *m_message = nullptr;
};

} // namespace hoist::ui

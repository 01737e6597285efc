#pragma once

#include <QWidget>

class QLabel;

namespace hoist::ui {

// What the window shows without a session: the app's icon, "Sign in to Procore", a message and
// the "signInButton"; signInRequested() when it is pressed.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget *parent = nullptr);

    // "" shows the default invitation.
    void setMessage(const QString &message);

Q_SIGNALS:
    void signInRequested();

private:
    QLabel *m_message = nullptr;
};

} // namespace hoist::ui

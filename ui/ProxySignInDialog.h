#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hoist::ui {

// The proxy's sign-in (issue 28): shown once when the proxy wants a user name and password
// (ProxySignIn asks), with the proxy's address; "refused" says the last ones did not work.
class ProxySignInDialog : public QDialog
{
    Q_OBJECT

public:
    ProxySignInDialog(const QString &proxyAddress, const QString &user, bool refused,
                      QWidget *parent = nullptr);

    QString user() const;
    QString password() const;
    bool remember() const;

private:
    void updateOk();

    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace hoist::ui

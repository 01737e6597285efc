#include "ProxySignInDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoist::ui {

using namespace Qt::StringLiterals;

ProxySignInDialog::ProxySignInDialog(const QString &proxyAddress, const QString &user, bool refused,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"proxySignInDialog"_s);
    setWindowTitle(tr("Proxy sign-in"));
    setAccessibleName(tr("Proxy sign-in"));

    auto *intro = new QLabel(this);
    intro->setObjectName(u"proxyIntro"_s);
    intro->setTextFormat(Qt::PlainText); // the address is the proxy's, shown as text
    intro->setText(tr("The proxy %1 wants a user name and password before Hoist can reach "
                      "Procore. Uploads wait until you answer.")
                       .arg(proxyAddress));
    intro->setWordWrap(true);
    auto *refusedNote = new QLabel(tr("The proxy refused that user name and password."), this);
    refusedNote->setObjectName(u"proxyRefused"_s);
    refusedNote->setWordWrap(true);
    refusedNote->setVisible(refused);

    m_user = new QLineEdit(user, this);
    m_user->setObjectName(u"proxySignInUser"_s);
    m_user->setAccessibleName(tr("Proxy user name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"proxySignInPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Proxy password"));
    m_remember = new QCheckBox(tr("&Remember in the keychain"), this);
    m_remember->setObjectName(u"proxySignInRemember"_s);
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Kept in the system keychain, never in a settings file"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(refusedNote);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_user, &QLineEdit::textChanged, this, &ProxySignInDialog::updateOk);
    updateOk();
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

void ProxySignInDialog::updateOk()
{
    m_ok->setEnabled(!m_user->text().trimmed().isEmpty());
}

QString ProxySignInDialog::user() const
{
    return m_user->text().trimmed();
}

QString ProxySignInDialog::password() const
{
    return m_password->text();
}

bool ProxySignInDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace hoist::ui

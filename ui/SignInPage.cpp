#include "SignInPage.h"

#include "ThemedIconEngine.h"
#include "auth/AppClient.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoist::ui {

SignInPage::SignInPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signInPage"));
    auto *icon = new QLabel(this);
    icon->setPixmap(
        QIcon(QStringLiteral(":/hoist/icons/hoist.svg")).pixmap(QSize(96, 96), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    icon->setFixedHeight(104);
    auto *title = new QLabel(tr("Sign in to Procore"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    // With the build's or the site's application, one click opens the browser (issue 26).
    auto *button =
        new QPushButton(ThemedIconEngine::icon(QStringLiteral("sign-in")),
                        AppClient::configured() ? tr("Sign in with &Procore") : tr("&Sign In…"), this);
    button->setObjectName(QStringLiteral("signInButton"));
    button->setDefault(true);
    connect(button, &QPushButton::clicked, this, &SignInPage::signInRequested);
    auto *sandbox = new QPushButton(tr("Try the built-in sand&box"), this);
    sandbox->setObjectName(QStringLiteral("trySandboxButton"));
    connect(sandbox, &QPushButton::clicked, this, &SignInPage::sandboxRequested);
    auto *hint =
        new QLabel(tr("No Procore account at hand? The built-in sandbox is a copy of Procore on this "
                      "computer, with sample projects, to try Hoist."),
                   this);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);

    // A fixed-width column keeps the wrapped texts' heights right.
    auto *column = new QWidget(this);
    column->setFixedWidth(qMax(420, fontMetrics().averageCharWidth() * 60));
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(icon);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(title);
    columnLayout->addWidget(m_message);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(button, 0, Qt::AlignHCenter);
    columnLayout->addSpacing(24);
    columnLayout->addWidget(hint);
    columnLayout->addWidget(sandbox, 0, Qt::AlignHCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(column, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void SignInPage::setMessage(const QString &message)
{
    m_message->setText(message.isEmpty() ? tr("Hoist uploads files and folders to your Procore projects' "
                                              "Documents, Photos and Drawings. Sign in with your Procore "
                                              "account to begin.")
                                         : message);
}

} // namespace hoist::ui

#include "MainWindow.h"

#include <QIcon>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace hoist::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Hoist"));
    setWindowIcon(QIcon(QStringLiteral(":/hoist/icons/hoist.svg")));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *welcome = new QLabel(tr("Drop files and folders here to upload them to Procore."), central);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setAccessibleName(tr("Drop area"));
    layout->addWidget(welcome, 1);
    setCentralWidget(central);

    m_connection = new QLabel(statusBar());
    m_connection->setAccessibleName(tr("Connection"));
    statusBar()->addPermanentWidget(m_connection);
    resize(960, 640);
}

void MainWindow::setConnection(const QString &environmentName, const QUrl &apiBase)
{
    m_connection->setText(tr("%1 · %2").arg(environmentName, apiBase.host() + QLatin1Char(':')
                                                                 + QString::number(apiBase.port())));
}

} // namespace hoist::ui

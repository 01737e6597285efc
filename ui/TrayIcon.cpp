#include "TrayIcon.h"

#include "MainWindow.h"

#include "upload/TransferModel.h"
#include "upload/UploadController.h"

#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QPalette>

namespace hoist::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kFailureQuietMs = 5000; // one failure notification per this long; the rest in the summary

QIcon badgedIcon(int percent)
{
    const QIcon base(u":/hoist/icons/hoist.svg"_s);
    if (percent < 0)
        return base;
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const int h = std::max(3, size / 6);
        const QRectF bar(0.5, size - h - 0.5, size - 1.0, h);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 160));
        p.drawRoundedRect(bar, h / 2.0, h / 2.0);
        p.setBrush(QGuiApplication::palette().color(QPalette::Highlight));
        p.drawRoundedRect(QRectF(bar.x(), bar.y(), bar.width() * percent / 100.0, bar.height()), h / 2.0,
                          h / 2.0);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

TrayIcon::TrayIcon(MainWindow *window, QObject *parent)
    : QSystemTrayIcon(parent)
    , m_window(window)
{
    setIcon(badgedIcon(-1));
    auto *menu = new QMenu(window);
    m_showAction = menu->addAction(tr("&Hide Hoist"));
    connect(m_showAction, &QAction::triggered, this, [this] {
        if (m_window->isVisible()) {
            m_window->hide();
        } else {
            m_window->show();
            m_window->raise();
            m_window->activateWindow();
        }
        updateMenu();
    });
    m_pauseAction = menu->addAction(tr("&Pause All"));
    connect(m_pauseAction, &QAction::triggered, this, [this] {
        if (!m_controller)
            return;
        if (m_controller->isPaused())
            m_controller->resumeAll();
        else
            m_controller->pauseAll();
    });
    menu->addSeparator();
    m_quitAction = menu->addAction(tr("&Quit"));
    connect(m_quitAction, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(menu, &QMenu::aboutToShow, this, &TrayIcon::updateMenu);
    setContextMenu(menu);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick) {
            m_window->show();
            m_window->raise();
            m_window->activateWindow();
        }
    });
    updateStatus();
    updateMenu();
}

void TrayIcon::setController(UploadController *controller)
{
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
        disconnect(m_controller->model(), nullptr, this, nullptr);
    }
    m_controller = controller;
    if (controller) {
        connect(controller->model(), &TransferModel::totalsChanged, this, &TrayIcon::updateStatus);
        connect(controller->model(), &QAbstractItemModel::rowsInserted, this, &TrayIcon::updateStatus);
        connect(controller->model(), &QAbstractItemModel::rowsRemoved, this, &TrayIcon::updateStatus);
        connect(controller, &UploadController::pausedChanged, this, &TrayIcon::updateMenu);
        connect(controller, &UploadController::jobStateChanged, this,
                [this](quint64 id, TransferState state) { onJobState(id, int(state)); });
        connect(controller, &UploadController::finished, this, [this] {
            if (!m_controller)
                return;
            const TransferModel *model = m_controller->model();
            const int failed = model->countInState(TransferState::Failed);
            showMessage(tr("Uploads finished"),
                        finishedText(model->countInState(TransferState::Done), failed),
                        failed > 0 ? Warning : Information);
            updateStatus();
        });
    }
    updateStatus();
    updateMenu();
}

QString TrayIcon::statusText(const TransferModel *model)
{
    if (!model || model->rowCount() == 0)
        return tr("Hoist: nothing to upload");
    const int done = model->countInState(TransferState::Done);
    const int failed = model->countInState(TransferState::Failed);
    const int total = model->rowCount() - model->countInState(TransferState::Cancelled)
                      - model->countInState(TransferState::Skipped);
    const int percent = int(model->progress() * 100.0 + 0.5);
    QString text = tr("Hoist: %1 of %n file(s) uploaded, %2 %", nullptr, total).arg(done).arg(percent);
    if (failed > 0)
        text = QString(text + u'\n' + tr("%n file(s) failed", nullptr, failed));
    return text;
}

QString TrayIcon::finishedText(int done, int failed)
{
    if (failed > 0)
        return tr("%n file(s) uploaded, %1 failed.", nullptr, done).arg(failed);
    return tr("%n file(s) uploaded.", nullptr, done);
}

void TrayIcon::updateStatus()
{
    const TransferModel *model = m_controller ? m_controller->model() : nullptr;
    setToolTip(statusText(model));
    const bool running = m_controller && !m_controller->isIdle();
    const int percent = running ? int(model->progress() * 100.0) : -1;
    if (percent != m_lastPercent) {
        m_lastPercent = percent;
        setIcon(badgedIcon(percent));
    }
}

void TrayIcon::updateMenu()
{
    m_showAction->setText(m_window->isVisible() ? tr("&Hide Hoist") : tr("&Show Hoist"));
    m_pauseAction->setEnabled(m_controller != nullptr);
    m_pauseAction->setText(m_controller && m_controller->isPaused() ? tr("&Resume All") : tr("&Pause All"));
}

void TrayIcon::onJobState(quint64 jobId, int state)
{
    if (TransferState(state) != TransferState::Failed || !m_controller)
        return;
    if (m_lastFailureMessage.isValid() && m_lastFailureMessage.elapsed() < kFailureQuietMs)
        return;
    m_lastFailureMessage.start();
    const TransferModel *model = m_controller->model();
    const int row = model->rowOfId(jobId);
    if (row < 0)
        return;
    const QModelIndex index = model->index(row, 0);
    showMessage(tr("Upload failed: %1").arg(index.data(Qt::DisplayRole).toString()),
                index.data(TransferModel::ErrorRole).toString(), Warning);
}

} // namespace hoist::ui

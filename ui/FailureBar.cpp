#include "FailureBar.h"

#include "Accessibility.h"
#include "ThemedIconEngine.h"
#include "upload/TransferModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QToolButton>

namespace hoist::ui {

FailureBar::FailureBar(QAction *retryFailed, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("failureBar"));
    setAccessibleName(tr("Failed uploads"));
    m_icon = new QLabel(this);
    paintIcon();
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("failureText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::NoTextInteraction); // a click goes to the bar
    auto *show = new QToolButton(this);
    show->setObjectName(QStringLiteral("showFailedButton"));
    show->setText(tr("&Show Failed"));
    show->setToolTip(tr("List only the failed files, selected"));
    connect(show, &QToolButton::clicked, this, &FailureBar::showRequested);
    setCursor(Qt::PointingHandCursor);
    auto *retry = new QToolButton(this);
    retry->setDefaultAction(retryFailed);
    retry->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(show, 0, Qt::AlignVCenter);
    layout->addWidget(retry, 0, Qt::AlignVCenter);
    setAutoFillBackground(true);
    setVisible(false);
}

void FailureBar::update(const TransferModel *model, const QModelIndex &current)
{
    const int failed = model ? model->countInState(TransferState::Failed) : 0;
    if (failed == 0) {
        setVisible(false);
        return;
    }
    // The current row when it failed, or else the first failed row (no scan of the list).
    int shown = -1;
    if (current.isValid()
        && TransferState(current.data(TransferModel::StateRole).toInt()) == TransferState::Failed)
        shown = current.row();
    if (shown < 0)
        shown = model->firstRowInState(TransferState::Failed);
    if (shown < 0)
        return;
    const QModelIndex index = model->index(shown, TransferModel::NameColumn);
    m_text->setText(
        tr("%n file(s) could not be uploaded.", nullptr, failed) + QLatin1Char('\n')
        + tr("%1: %2").arg(index.data().toString(), index.data(TransferModel::ErrorRole).toString()));
    QPalette palette = this->palette();
    const QColor base = QApplication::palette().color(QPalette::Window);
    const QColor error = ThemedIconEngine::errorColor();
    const double mix = 0.14;
    palette.setColor(QPalette::Window,
                     QColor::fromRgbF(float(base.redF() * (1 - mix) + error.redF() * mix),
                                      float(base.greenF() * (1 - mix) + error.greenF() * mix),
                                      float(base.blueF() * (1 - mix) + error.blueF() * mix)));
    m_tinting = true;
    setPalette(palette);
    m_tinting = false;
    setVisible(true);
    if (m_announce) {
        m_announce = false;
        a11y::announce(m_text);
    }
}

void FailureBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A new theme (not the tint set above): the themed icon is painted again in its colours.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && m_icon
        && !m_tinting)
        paintIcon();
}

void FailureBar::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT showRequested();
    QFrame::mouseReleaseEvent(event);
}

void FailureBar::paintIcon()
{
    m_icon->setPixmap(
        ThemedIconEngine::icon(QStringLiteral("state-failed")).pixmap(QSize(20, 20), devicePixelRatioF()));
}

} // namespace hoist::ui

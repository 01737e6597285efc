#include "ProgressDelegate.h"

#include "ThemedIconEngine.h"
#include "upload/TransferModel.h"
#include "upload/UploadTypes.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QStyleOptionProgressBar>
#include <QToolTip>

namespace hoist::ui {

ProgressDelegate::ProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    m_dummyBar.setTextVisible(true);
}

QIcon ProgressDelegate::stateIcon(int state)
{
    switch (TransferState(state)) {
    case TransferState::Queued:
        return ThemedIconEngine::icon(QStringLiteral("state-queued"));
    case TransferState::Preparing:
    case TransferState::Uploading:
    case TransferState::Associating:
    case TransferState::Processing:
        return ThemedIconEngine::icon(QStringLiteral("state-uploading"));
    case TransferState::Done:
        return ThemedIconEngine::icon(QStringLiteral("state-done"));
    case TransferState::Failed:
        return ThemedIconEngine::icon(QStringLiteral("state-failed"));
    case TransferState::Cancelled:
    case TransferState::Skipped:
        return ThemedIconEngine::icon(QStringLiteral("state-cancelled"));
    case TransferState::Paused:
        return ThemedIconEngine::icon(QStringLiteral("state-paused"));
    case TransferState::NeedsAnswer:
        return ThemedIconEngine::icon(QStringLiteral("state-question"));
    }
    return {};
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    switch (index.column()) {
    case TransferModel::ProgressColumn:
        paintProgress(painter, option, index);
        break;
    case TransferModel::StatusColumn:
        paintStatus(painter, option, index);
        break;
    default:
        QStyledItemDelegate::paint(painter, option, index);
    }
}

void ProgressDelegate::paintProgress(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The cell's background (selection, alternate rows) first, then the bar on top.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);

    const double progress = qBound(0.0, index.data(TransferModel::ProgressRole).toDouble(), 1.0);
    const auto state = TransferState(index.data(TransferModel::StateRole).toInt());

    QStyleOptionProgressBar bar;
    bar.initFrom(&m_dummyBar);
    bar.state = option.state | QStyle::State_Horizontal; // Qt 6 needs State_Horizontal
    bar.state &= ~QStyle::State_HasFocus;
    // Rows not moving (waiting, paused, stopped) get a greyed bar, so the eye finds the active ones.
    if (state == TransferState::Queued || state == TransferState::Paused || state == TransferState::Cancelled
        || state == TransferState::Skipped || state == TransferState::NeedsAnswer
        || state == TransferState::Failed)
        bar.state &= ~QStyle::State_Enabled;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    const int vMargin = qMax(2, (option.rect.height() - option.fontMetrics.height() - 6) / 2);
    bar.rect = option.rect.adjusted(3, vMargin, -3, -vMargin);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(progress * 1000.0);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    const QString display = index.data(Qt::DisplayRole).toString();
    bar.text =
        display.isEmpty() ? QLocale().toString(progress * 100.0, 'f', 0) + QLocale().percent() : display;
    // The text inside the bar is drawn on the bar's own colours, not the row's.
    // (A selected row's highlighted text colour would vanish on the bar's base colour.)
    const QPalette::ColorGroup group =
        (bar.state & QStyle::State_Enabled) ? QPalette::Active : QPalette::Disabled;
    bar.palette.setCurrentColorGroup(group);
    bar.palette.setColor(QPalette::Text, option.palette.color(group, QPalette::WindowText));
    bar.palette.setColor(QPalette::WindowText, option.palette.color(group, QPalette::WindowText));
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, &m_dummyBar);
}

void ProgressDelegate::paintStatus(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const int state = index.data(TransferModel::StateRole).toInt();
    item.icon = stateIcon(state);
    item.features |= QStyleOptionViewItem::HasDecoration;
    item.decorationSize = QSize(16, 16);
    item.textElideMode = Qt::ElideRight; // the start of a reason says the most
    if (TransferState(state) == TransferState::Failed) {
        const QString error = index.data(TransferModel::ErrorRole).toString();
        if (!error.isEmpty())
            item.text = tr("Failed: %1").arg(error);
        if (!(option.state & QStyle::State_Selected))
            item.palette.setColor(QPalette::Text, ThemedIconEngine::errorColor());
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
    if (index.column() == TransferModel::ProgressColumn)
        size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) * 3));
    return size;
}

bool ProgressDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        QString tip;
        const auto state = TransferState(index.data(TransferModel::StateRole).toInt());
        if (state == TransferState::Failed)
            tip = index.data(TransferModel::ErrorRole).toString();
        if (tip.isEmpty())
            tip = index.data(Qt::ToolTipRole).toString();
        if (tip.isEmpty() && index.column() == TransferModel::NameColumn)
            tip = index.data(TransferModel::LocalPathRole).toString();
        if (tip.isEmpty() && index.column() == TransferModel::DestinationColumn)
            tip = index.data(TransferModel::RemotePathRole).toString();
        if (!tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), tip, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace hoist::ui

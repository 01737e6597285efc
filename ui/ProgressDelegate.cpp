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

#include <algorithm>
#include <cmath>

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

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// Of the palette's text roles, the one that reads best on `background`.
QColor bestTextOn(const QPalette &palette, const QColor &background)
{
    QColor best;
    double bestRatio = 0;
    for (const QPalette::ColorRole role :
         {QPalette::Text, QPalette::WindowText, QPalette::HighlightedText, QPalette::BrightText}) {
        const QColor candidate = palette.color(QPalette::Active, role);
        const double ratio = ProgressDelegate::contrast(candidate, background);
        if (ratio > bestRatio) {
            bestRatio = ratio;
            best = candidate;
        }
    }
    return best;
}

} // namespace

double ProgressDelegate::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ProgressDelegate::BarColours ProgressDelegate::barColours(const QPalette &palette, bool greyed)
{
    const QPalette::ColorGroup group = greyed ? QPalette::Disabled : QPalette::Active;
    BarColours c;
    c.fill = palette.color(group, QPalette::Highlight);
    c.groove = palette.color(group, QPalette::Base);
    c.onFill = bestTextOn(palette, c.fill);
    c.onGroove = bestTextOn(palette, c.groove);
    return c;
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
    QString text = index.data(TransferModel::ProgressTextRole).toString();
    if (text.isEmpty())
        text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        text = QLocale().toString(int(progress * 100.0)) + QLocale().percent();
    const QRect textRect = option.rect.adjusted(6, 0, -6, 0);

    if (state == TransferState::Failed) {
        // No bar for a failure: where it stopped, in the row's own text colour (the reason is
        // in the status column beside it).
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(
            option.palette.color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(option.font);
        painter->drawText(textRect, Qt::AlignCenter,
                          option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
        painter->restore();
        return;
    }

    QStyleOptionProgressBar bar;
    bar.initFrom(&m_dummyBar);
    bar.state = option.state | QStyle::State_Horizontal; // Qt 6 needs State_Horizontal
    bar.state &= ~QStyle::State_HasFocus;
    // Rows not moving (waiting, paused, stopped) get a greyed bar, so the eye finds the active ones.
    const bool greyed = state == TransferState::Queued || state == TransferState::Paused
                        || state == TransferState::Cancelled || state == TransferState::Skipped
                        || state == TransferState::NeedsAnswer;
    if (greyed)
        bar.state &= ~QStyle::State_Enabled;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.palette.setCurrentColorGroup(greyed ? QPalette::Disabled : QPalette::Active);
    const int vMargin = qMax(2, (option.rect.height() - option.fontMetrics.height() - 6) / 2);
    bar.rect = option.rect.adjusted(3, vMargin, -3, -vMargin);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(progress * 1000.0);
    bar.textVisible = false; // drawn below, in colours that read on the bar
    bar.text = text;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, &m_dummyBar);
    painter->save();
    painter->setFont(option.font);
    paintBarText(painter, bar, greyed);
    painter->restore();
}

// The bar's text: over the filled part in the colour that reads best there, over the rest in
// the colour that reads best on the groove.
void ProgressDelegate::paintBarText(QPainter *painter, const QStyleOptionProgressBar &bar, bool greyed) const
{
    const BarColours colours = barColours(bar.palette, greyed);
    const QRect rect = bar.rect;
    const int filled = int(double(rect.width()) * double(bar.progress - bar.minimum)
                           / double(std::max(1, bar.maximum - bar.minimum)));
    QRect fillRect = rect;
    fillRect.setWidth(filled);
    if (bar.direction == Qt::RightToLeft)
        fillRect.moveRight(rect.right());
    const QString text = bar.fontMetrics.elidedText(bar.text, Qt::ElideRight, rect.width() - 4);
    painter->save();
    const QRegion all(rect);
    const QRegion fill(fillRect);
    painter->setClipRegion(all.subtracted(fill));
    painter->setPen(colours.onGroove);
    painter->drawText(rect, Qt::AlignCenter, text);
    if (filled > 0) {
        painter->setClipRegion(fill);
        painter->setPen(colours.onFill);
        painter->drawText(rect, Qt::AlignCenter, text);
    }
    painter->restore();
}

void ProgressDelegate::paintStatus(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const int state = index.data(TransferModel::StateRole).toInt();
    item.textElideMode = Qt::ElideRight; // the start of a reason says the most
    if (TransferState(state) == TransferState::Failed) {
        // The state is the icon by the name; here the reason, from its first word.
        const QString error = index.data(TransferModel::ErrorRole).toString();
        if (!error.isEmpty())
            item.text = error;
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
        if (state == TransferState::Failed) // the reason, the next step and the details
            tip = index.siblingAtColumn(TransferModel::StatusColumn).data(Qt::ToolTipRole).toString();
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

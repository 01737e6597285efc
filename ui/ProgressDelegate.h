#pragma once

#include <QProgressBar>
#include <QStyleOptionProgressBar>
#include <QStyledItemDelegate>

namespace hoist::ui {

// Paints the transfer list's cells: the progress column as a real progress bar drawn by the
// style (QStyleOptionProgressBar + CE_ProgressBar, as qBittorrent's progressbarpainter does),
// the status column with a state icon and, for failed rows, the reason in the error colour.
// The bar shows what is known (TransferModel::ProgressTextRole); a failed row has no bar, only
// where it stopped. The text on a bar is drawn in the palette role that reads best on the part
// of the bar beneath it (WCAG's 4.5:1 on light and dark palettes). Tooltips tell failed rows'
// reason and next step in full.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The icon shown for a TransferState (as int), shared with other views.
    static QIcon stateIcon(int state);

    // The colours of a bar and of its text over the filled and the empty part.
    struct BarColours
    {
        QColor fill, groove, onFill, onGroove;
    };
    static BarColours barColours(const QPalette &palette, bool greyed);
    // WCAG 2 contrast ratio of two colours (1..21).
    static double contrast(const QColor &a, const QColor &b);

private:
    void paintProgress(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintBarText(QPainter *painter, const QStyleOptionProgressBar &bar, bool greyed) const;
    void paintStatus(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QProgressBar m_dummyBar; // gives the style a widget to take hints from; never shown
};

} // namespace hoist::ui

#pragma once

#include <QProgressBar>
#include <QStyledItemDelegate>

namespace hoist::ui {

// Paints the transfer list's cells: the progress column as a real progress bar drawn by the
// style (QStyleOptionProgressBar + CE_ProgressBar, as qBittorrent's progressbarpainter does),
// the status column with a state icon and, for failed rows, the reason in the error colour.
// Tooltips tell failed rows' reason and next step in full.
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

private:
    void paintProgress(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintStatus(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QProgressBar m_dummyBar; // gives the style a widget to take hints from; never shown
};

} // namespace hoist::ui

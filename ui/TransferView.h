#pragma once

#include "upload/TransferModel.h"
#include "upload/UploadTypes.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTableView>

#include <array>

class QMenu;

namespace hoist::ui {

class ProgressDelegate;
class TransferFilterModel;

// The transfer list: a row per file (its state as an icon by the name, destination, size,
// progress bar, speed, time left, status) over the engine's TransferModel through a
// TransferFilterModel (sort by any column, filter by state and text), with a context menu of row
// actions. The name column takes the room left; the others shrink so that no column ever needs
// a horizontal scroll. Column widths and order are kept between runs. It counts the selected rows per state
// as the selection and the rows' states change (never by scanning), so the window's actions follow a
// 10,000-row selection at no cost; and it tells screen readers each row's progress as a value.
class TransferView : public QTableView
{
    Q_OBJECT

public:
    explicit TransferView(QWidget *parent = nullptr);
    ~TransferView() override;

    void setTransferModel(TransferModel *model);
    TransferModel *transferModel() const { return m_model; }
    // What the view shows of the model: sorted and narrowed (rows of the view are its rows).
    TransferFilterModel *filter() const { return m_filter; }
    // The model's row of a row of the view, and back (-1: none, or not shown).
    int sourceRow(int viewRow) const;
    int viewRow(int sourceRow) const;
    // The current row, as an index of the TransferModel.
    QModelIndex currentSourceIndex() const;
    // Actions of the context menu (nullptr: a separator).
    void setContextActions(const QList<QAction *> &actions);

    // Selected rows of the TransferModel, highest first (safe to remove one after another).
    QList<int> selectedRows() const;
    // How many rows are selected, in all and in one state (O(1)).
    int selectedCount() const { return m_selectedCount; }
    int selectedInState(hoist::TransferState state) const;

    void saveHeaderState() const;

Q_SIGNALS:
    // selectedCount() or selectedInState() changed.
    void selectionCountsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void restoreHeaderState();
    void setDefaultWidths();
    void paintHint(const QString &text);
    void fitColumns();
    void countRanges(const QItemSelection &selection, int sign);
    void recountSelection();
    void onRowStateChanged(int row, int oldState, int newState);
    void tellProgress(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QPointer<TransferModel> m_model; // the controller (and its model) may go first
    TransferFilterModel *m_filter = nullptr;
    bool m_fitting = false;
    ProgressDelegate *m_delegate = nullptr;
    QMenu *m_menu = nullptr;
    std::array<int, int(hoist::TransferState::Processing) + 1> m_selectedStates{};
    int m_selectedCount = 0;
    QHash<quint64, int> m_toldPercent; // per job id: the progress value a screen reader last heard
};

} // namespace hoist::ui

#pragma once

#include <QList>
#include <QTableView>

class QMenu;

namespace hoist {
class TransferModel;
}

namespace hoist::ui {

class ProgressDelegate;

// The transfer list: a row per file (name, destination, size, progress bar, speed, time left,
// status) over the engine's TransferModel, with a context menu of row actions. Column widths
// and order are kept between runs.
class TransferView : public QTableView
{
    Q_OBJECT

public:
    explicit TransferView(QWidget *parent = nullptr);
    ~TransferView() override;

    void setTransferModel(TransferModel *model);
    TransferModel *transferModel() const { return m_model; }
    // Actions of the context menu (nullptr: a separator).
    void setContextActions(const QList<QAction *> &actions);

    // Selected rows, highest first (safe to remove one after another).
    QList<int> selectedRows() const;

    void saveHeaderState() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void restoreHeaderState();

    TransferModel *m_model = nullptr;
    ProgressDelegate *m_delegate = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace hoist::ui

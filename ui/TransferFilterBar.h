#pragma once

#include "TransferFilterModel.h"

#include <QWidget>

class QButtonGroup;
class QLineEdit;
class QToolButton;

namespace hoist {
class TransferModel;
}

namespace hoist::ui {

// Above the transfer list: which rows to show, by state (All, Active, Failed, Done, each with its
// count) and by a text in the name or the destination ("transferFilterText"; Ctrl+F comes here).
// It sets the TransferFilterModel it is given; counts come from the model's per-state counts.
class TransferFilterBar : public QWidget
{
    Q_OBJECT

public:
    TransferFilterBar(TransferFilterModel *filter, QWidget *parent);

    void setShow(TransferFilterModel::Show show);
    // Puts the keyboard in the text box, its text selected.
    void focusText();
    // The counts on the state buttons follow `model` (O(1) each).
    void updateCounts(const TransferModel *model);

private:
    QToolButton *addButton(TransferFilterModel::Show show, const char *name);
    void retitle(QToolButton *button, TransferFilterModel::Show show, int count);

    TransferFilterModel *m_filter = nullptr;
    QLineEdit *m_text = nullptr;
    QButtonGroup *m_group = nullptr;
};

} // namespace hoist::ui

#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QModelIndex;

namespace hoist {
class TransferModel;
} // namespace hoist

namespace hoist::ui {

// The strip above the transfer list that says what failed, why and what to do next, with the
// way to retry ("failureBar", its text "failureText"). Failures are not left to a tooltip. A click
// on it (or "Show Failed") leads to the failed rows.
class FailureBar : public QFrame
{
    Q_OBJECT

public:
    FailureBar(QAction *retryFailed, QWidget *parent);

    // Shows the current row when it failed, else the first failed row; hides without failures.
    void update(const TransferModel *model, const QModelIndex &current);
    // The next update() reads the failure to a screen reader.
    void announceNext() { m_announce = true; }

Q_SIGNALS:
    // The bar (or its "Show Failed" button) was clicked: show the failed rows.
    void showRequested();

protected:
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void paintIcon();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    bool m_announce = false;
    bool m_tinting = false;
};

} // namespace hoist::ui

#pragma once

#include "history/UploadHistory.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hoist {
class HistoryModel;
}

namespace hoist::ui {

// Everything Hoist uploaded, failed or skipped: searchable, filterable by project, period and
// outcome, with "Open in Procore", "Retry failed" and CSV export.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(UploadHistory *history, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    bool exportTo(const QString &path); // what "Export CSV…" does once a file is chosen
    void refresh();

Q_SIGNALS:
    // The failed files now shown, for the window to queue again.
    void retryRequested(const QList<hoist::HistoryRecord> &failed);

private:
    void applyFilter();
    void updateButtons();
    void openInProcore();
    void showLocalFile();
    void retryFailed();
    void exportCsv();

    UploadHistory *m_history;
    HistoryModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_project;
    QComboBox *m_period;
    QComboBox *m_outcome;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_open;
    QPushButton *m_show;
    QPushButton *m_retry;
    QPushButton *m_export;
};

} // namespace hoist::ui

#pragma once

#include "history/UploadHistory.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
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
    // What "Save receipt…" does once a file is chosen (.html: a printable page, else CSV): the
    // uploads among the selected rows, or among all shown when none is selected.
    bool saveReceiptTo(const QString &path, QString *error = nullptr);
    void refresh();

Q_SIGNALS:
    // The still-failed files now shown whose local file is there, for the window to queue again,
    // each to its own destination (MainWindow::retryFromHistory). Missing files are named in a
    // message ("missingFilesMessage") instead.
    void retryRequested(const QList<hoist::HistoryRecord> &failed);

private:
    QDialogButtonBox *createButtons();
    void applyFilter();
    void updateButtons();
    void openInProcore();
    void showLocalFile();
    void retryFailed();
    QList<HistoryRecord> stillFailed() const; // shown, failed, and not retried or done since
    void exportCsv();
    void saveReceipt();
    QList<HistoryRecord> receiptRows() const;
    static QUrl linkOf(const HistoryRecord &record);

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
    QPushButton *m_receipt = nullptr;
};

} // namespace hoist::ui

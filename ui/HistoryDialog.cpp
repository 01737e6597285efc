#include "HistoryDialog.h"

#include "history/HistoryModel.h"
#include "history/HistoryRetry.h"
#include "history/UploadReceipt.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace hoist::ui {

HistoryDialog::HistoryDialog(UploadHistory *history, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_model(new HistoryModel(history, this))
{
    setWindowTitle(tr("Upload history"));
    setAccessibleName(tr("Upload history"));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search file names and destinations"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_project = new QComboBox(this);
    m_project->setAccessibleName(tr("Project"));
    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_outcome = new QComboBox(this);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("All outcomes"), QString());
    for (const char *o : {"done", "failed", "skipped", "cancelled"})
        m_outcome->addItem(HistoryModel::outcomeText(QLatin1String(o)), QLatin1String(o));

    auto *filters = new QHBoxLayout;
    auto addLabelled = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    };
    addLabelled(tr("&Search:"), m_search);
    addLabelled(tr("&Project:"), m_project);
    addLabelled(tr("P&eriod:"), m_period);
    addLabelled(tr("&Outcome:"), m_outcome);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Recorded uploads"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::DestinationColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Summary"));
    QDialogButtonBox *buttons = createButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &HistoryDialog::applyFilter);
    for (QComboBox *box : {m_project, m_period, m_outcome})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &HistoryDialog::openInProcore);
    connect(m_open, &QPushButton::clicked, this, &HistoryDialog::openInProcore);
    connect(m_show, &QPushButton::clicked, this, &HistoryDialog::showLocalFile);
    connect(m_retry, &QPushButton::clicked, this, &HistoryDialog::retryFailed);
    connect(m_export, &QPushButton::clicked, this, &HistoryDialog::exportCsv);
    connect(m_receipt, &QPushButton::clicked, this, &HistoryDialog::saveReceipt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(1000, 560);
    refresh();
}

QDialogButtonBox *HistoryDialog::createButtons()
{
    m_open = new QPushButton(tr("Open in Pro&core"), this);
    m_show = new QPushButton(tr("Show &file"), this);
    m_retry = new QPushButton(tr("&Retry failed"), this);
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_receipt = new QPushButton(tr("Save rece&ipt…"), this);
    m_receipt->setObjectName(QStringLiteral("saveReceipt"));
    m_receipt->setToolTip(
        tr("Per file uploaded: its link in Procore, who uploaded it and when, and its SHA-256 "
           "(the selected rows, or all shown)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_show, QDialogButtonBox::ActionRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_receipt, QDialogButtonBox::ActionRole);

    return buttons;
}

void HistoryDialog::refresh()
{
    const QVariant current = m_project->currentData();
    m_project->blockSignals(true);
    m_project->clear();
    m_project->addItem(tr("All projects"), 0);
    for (const auto &[id, name] : m_history->projects())
        m_project->addItem(name.isEmpty() ? QString::number(id) : name, id);
    const int again = m_project->findData(current);
    m_project->setCurrentIndex(again < 0 ? 0 : again);
    m_project->blockSignals(false);
    applyFilter();
}

void HistoryDialog::applyFilter()
{
    HistoryFilter f;
    f.text = m_search->text().trimmed();
    f.projectId = m_project->currentData().toLongLong();
    f.outcome = m_outcome->currentData().toString();
    // "Failed" means still failed: not a file that went up (or was retried) later.
    f.latestOnly = f.outcome == QLatin1String("failed");
    const int days = m_period->currentData().toInt();
    if (days > 0)
        f.from = QDateTime(QDate::currentDate().addDays(1 - days), QTime(0, 0)).toUTC();
    m_model->setFilter(f);
    for (int column : {HistoryModel::WhenColumn, HistoryModel::OutcomeColumn, HistoryModel::SizeColumn})
        m_table->resizeColumnToContents(column);
    const int failed = int(stillFailed().size());
    m_summary->setText(tr("%n file(s) shown", nullptr, m_model->rowCount())
                       + (failed ? tr(", %n failed", nullptr, failed) : QString()));
    m_retry->setEnabled(failed > 0);
}

void HistoryDialog::updateButtons()
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    const bool one = rows.size() == 1;
    m_open->setEnabled(one && linkOf(m_model->recordAt(rows.first().row())).isValid());
    m_show->setEnabled(one && QFileInfo::exists(m_model->recordAt(rows.first().row()).localPath));
    m_export->setEnabled(m_model->rowCount() > 0);
    m_receipt->setEnabled(!receiptRows().isEmpty());
}

void HistoryDialog::openInProcore()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() == 1 && linkOf(m_model->recordAt(rows.first().row())).isValid())
        QDesktopServices::openUrl(linkOf(m_model->recordAt(rows.first().row())));
}

// The page in Procore's web application; older rows have only the storage address.
QUrl HistoryDialog::linkOf(const HistoryRecord &record)
{
    return record.webUrl.isValid() ? record.webUrl : record.url;
}

QList<HistoryRecord> HistoryDialog::receiptRows() const
{
    QList<HistoryRecord> rows;
    const QModelIndexList selected =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex &index : selected)
        rows << m_model->recordAt(index.row());
    if (rows.isEmpty())
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << m_model->recordAt(row);
    std::sort(rows.begin(), rows.end(),
              [](const HistoryRecord &a, const HistoryRecord &b) { return a.id > b.id; });
    return UploadReceipt::uploadsAmong(rows);
}

bool HistoryDialog::saveReceiptTo(const QString &path, QString *error)
{
    return UploadReceipt::save(receiptRows(), path, error);
}

void HistoryDialog::saveReceipt()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QStringLiteral("/hoist-receipt.html");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save receipt"), suggested,
                                                      tr("Printable page (*.html);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveReceiptTo(path, &error))
        QMessageBox::warning(
            this, tr("Save receipt"),
            tr("Could not write %1 (%2). Choose another folder and try again.").arg(path, error));
}

void HistoryDialog::showLocalFile()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() == 1)
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QFileInfo(m_model->recordAt(rows.first().row()).localPath).absolutePath()));
}

QList<HistoryRecord> HistoryDialog::stillFailed() const
{
    QList<HistoryRecord> failed;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->recordAt(row).outcome == QLatin1String("failed") && !m_model->recordAt(row).superseded)
            failed << m_model->recordAt(row);
    return failed;
}

void HistoryDialog::retryFailed()
{
    const QList<HistoryRecord> failed = stillFailed();
    const RetryPlan plan = RetryPlan::make(failed);
    QList<HistoryRecord> again;
    for (const HistoryRecord &r : failed)
        if (std::none_of(plan.missing.cbegin(), plan.missing.cend(),
                         [&](const HistoryRecord &m) { return m.itemKey() == r.itemKey(); }))
            again << r;
    if (!again.isEmpty())
        Q_EMIT retryRequested(again);
    if (plan.missing.isEmpty())
        return;
    QStringList paths;
    for (const HistoryRecord &r : plan.missing)
        paths << QDir::toNativeSeparators(r.localPath);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Retry failed"),
                        tr("%n file(s) could not be queued again: they are no longer on this computer.",
                           nullptr, int(paths.size())),
                        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("missingFilesMessage"));
    box->setInformativeText(tr("Put them back where they were and retry, or upload them from where they "
                               "are now:\n%1")
                                .arg(paths.join(QLatin1Char('\n'))));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool HistoryDialog::exportTo(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return m_history->exportCsv(m_model->filter(), &file);
}

void HistoryDialog::exportCsv()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QStringLiteral("/hoist-history.csv");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export history"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!exportTo(path))
        QMessageBox::warning(this, tr("Export history"),
                             tr("Could not write %1. Choose another folder and try again.").arg(path));
}

} // namespace hoist::ui

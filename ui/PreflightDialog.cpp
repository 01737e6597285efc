#include "PreflightDialog.h"

#include "upload/TransferModel.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hoist::ui {

namespace {

constexpr int kFileIndexRole = Qt::UserRole + 1;

QString duration(qint64 secs)
{
    if (secs < 60)
        return QCoreApplication::translate("PreflightDialog", "under a minute");
    // The counts are computed first: lupdate 6.4 never finishes on a file where translate()'s
    // count argument is a functional cast such as int(x / 60).
    const int minutes = int((secs + 59) / 60);
    const int hours = int((secs + 3599) / 3600);
    if (secs < 3600)
        return QCoreApplication::translate("PreflightDialog", "about %n minute(s)", nullptr, minutes);
    return QCoreApplication::translate("PreflightDialog", "about %n hour(s)", nullptr, hours);
}

} // namespace

PreflightDialog::PreflightDialog(const PreflightReport &report, const QString &destinationText,
                                 QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_destination(destinationText)
{
    setWindowTitle(tr("Review before upload"));
    setAccessibleName(tr("Review before upload"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(
        report.error.isEmpty()
            ? tr("Nothing has been sent yet. Files Procore would refuse or change are listed below; "
                 "tick the ones to upload anyway, untick the ones to leave out.")
            : tr("The destination could not be read (%1), so files already there cannot be recognised. "
                 "You can still upload.")
                  .arg(report.error));

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Flagged files"));
    m_list->setHeaderLabels({tr("File"), tr("In Procore as"), tr("Why it is listed")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    for (int i = 0; i < report.files.size(); ++i) {
        const PreflightFile &f = report.files[i];
        if (f.flags.isEmpty())
            continue;
        QStringList reasons;
        for (const PreflightFlag &flag : f.flags)
            reasons << flag.reason;
        auto *item = new QTreeWidgetItem(
            m_list, {QFileInfo(f.item.localPath).fileName(), f.remotePath, reasons.join(QLatin1Char(' '))});
        item->setData(0, kFileIndexRole, i);
        item->setToolTip(0, f.item.localPath);
        item->setToolTip(2, reasons.join(QLatin1Char('\n')));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, f.skip ? Qt::Unchecked : Qt::Checked);
    }
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(0, std::min(m_list->columnWidth(0), 320));
    m_list->resizeColumnToContents(1);
    m_list->setColumnWidth(1, std::min(m_list->columnWidth(1), 320));

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_upload = buttons->addButton(tr("Upload"), QDialogButtonBox::AcceptRole);
    m_upload->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemChanged, this, &PreflightDialog::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    m_list->setVisible(flaggedCount() > 0);
    resize(860, flaggedCount() > 0 ? 520 : 220);
    updateSummary();
}

int PreflightDialog::flaggedCount() const
{
    return m_list->topLevelItemCount();
}

QList<UploadItem> PreflightDialog::chosenItems() const
{
    QSet<int> left;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(0) == Qt::Unchecked)
            left.insert(item->data(0, kFileIndexRole).toInt());
    }
    QList<UploadItem> out;
    for (int i = 0; i < m_report.files.size(); ++i)
        if (!left.contains(i))
            out << m_report.files[i].item;
    return out;
}

void PreflightDialog::updateSummary()
{
    const QList<UploadItem> chosen = chosenItems();
    qint64 bytes = 0;
    for (const UploadItem &i : chosen)
        bytes += i.size;
    const int skipped = int(m_report.files.size() - chosen.size());
    // API calls scale with the files chosen; the folder creations stay.
    const int calls = int(chosen.size()) * 2 + int(m_report.foldersToCreate.size());
    const qint64 secs =
        m_report.estimatedApiCalls > 0 ? m_report.estimatedSeconds * calls / m_report.estimatedApiCalls : 0;
    QStringList lines;
    lines << tr("%n file(s), %1, to %2.", nullptr, int(chosen.size()))
                 .arg(TransferModel::formatBytes(bytes), m_destination.toHtmlEscaped());
    if (skipped > 0)
        lines << tr("%n file(s) left out.", nullptr, skipped);
    if (!m_report.foldersToCreate.isEmpty())
        lines << tr("Folders to create: %1.")
                     .arg(m_report.foldersToCreate.join(QStringLiteral(", ")).toHtmlEscaped());
    lines << tr("This takes at least %1: Procore lets a program send only so many requests an hour, and "
                "these files need about %n.",
                nullptr, calls)
                 .arg(duration(secs));
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_upload->setText(tr("Upload %n file(s)", nullptr, int(chosen.size())));
    m_upload->setEnabled(!chosen.isEmpty());
}

void PreflightDialog::showWrongTypes(const PendingFiles::Split &split, DestinationKind kind, QWidget *parent)
{
    if (split.refused.isEmpty())
        return;
    QStringList refused;
    for (const auto &[item, fit] : split.refused) {
        const QList<PreflightFlag> flags = preflight::checkForDestination(item.localPath, kind);
        refused.append(tr("%1: %2").arg(QFileInfo(item.localPath).fileName(), flags.value(0).reason));
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Not for %1").arg(destinationKindText(kind)),
        split.fitting.isEmpty()
            ? tr("None of these files can go to %1; nothing was uploaded.").arg(destinationKindText(kind))
            : tr("%n file(s) cannot go to %1 and were left out; the others are queued.", nullptr,
                 int(refused.size()))
                  .arg(destinationKindText(kind)),
        QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("wrongFileTypeMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(refused.mid(0, 10).join(QLatin1Char('\n')));
    if (refused.size() > 10)
        box->setDetailedText(refused.join(QLatin1Char('\n')));
    box->open();
}

} // namespace hoist::ui

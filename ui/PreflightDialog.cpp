#include "PreflightDialog.h"

#include "upload/TransferModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

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
    if (!report.error.isEmpty())
        intro->setText(tr("The destination could not be read (%1), so files already there cannot be "
                          "recognised. You can still upload.")
                           .arg(report.error));
    else if (report.isDrawings)
        intro->setText(tr("Nothing has been sent yet. Check the drawing settings and each sheet's revision "
                          "(read from its name where it says one); untick the sheets to leave out."));
    else
        intro->setText(tr("Nothing has been sent yet. Files Procore would refuse or change are listed below; "
                          "tick the ones to upload anyway, untick the ones to leave out."));

    m_list = new QTreeWidget(this);
    fillList();
    QWidget *clashRow = createClashRow();

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

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_details);
    layout->addWidget(clashRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    m_list->setVisible(flaggedCount() > 0);
    resize(960, flaggedCount() > 0 ? 520 : 220);
    updateSummary();
}

void PreflightDialog::fillList()
{
    const PreflightReport &report = m_report;
    m_list->setAccessibleName(tr("Flagged files"));
    if (report.isDrawings)
        m_list->setHeaderLabels({tr("File"), tr("Sheet number"), tr("Why it is listed"), tr("Revision")});
    else
        m_list->setHeaderLabels({tr("File"), tr("In Procore as"), tr("Why it is listed"), tr("What to do")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int i = 0; i < report.files.size(); ++i) {
        const PreflightFile &f = report.files[i];
        if (f.flags.isEmpty() && !report.isDrawings) // drawings: every sheet, with its revision
            continue;
        QStringList reasons;
        for (const PreflightFlag &flag : f.flags)
            reasons << flag.reason;
        auto *item = new QTreeWidgetItem(
            m_list, {QFileInfo(f.item.localPath).fileName(), f.remotePath, reasons.join(QLatin1Char(' '))});
        item->setData(0, kFileIndexRole, i);
        item->setToolTip(0, f.item.localPath);
        item->setToolTip(2, reasons.join(QLatin1Char('\n')));
        if (report.isDrawings)
            addRevision(item, f);
        if (f.hasClash()) { // the choice says whether it goes
            addChoice(item, f);
            continue;
        }
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, f.skip ? Qt::Unchecked : Qt::Checked);
    }
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(0, std::min(m_list->columnWidth(0), 320));
    m_list->resizeColumnToContents(1);
    m_list->setColumnWidth(1, std::min(m_list->columnWidth(1), 260));
    m_list->resizeColumnToContents(3);
}

// Changed files: one choice for all of them, each row's own choice below.
QWidget *PreflightDialog::createClashRow()
{
    auto *clashRow = new QWidget(this);
    auto *clashLayout = new QHBoxLayout(clashRow);
    clashLayout->setContentsMargins(0, 0, 0, 0);
    auto *clashText = new QLabel(tr("%n file(s) changed since a file of the same name went to Procore.",
                                    nullptr, int(m_choices.size())),
                                 clashRow);
    clashText->setWordWrap(true);
    m_forAll = new QComboBox(clashRow);
    m_forAll->setObjectName(QStringLiteral("clashChoiceForAll"));
    m_forAll->setAccessibleName(tr("For all changed files"));
    m_forAll->addItem(tr("Each as chosen below"), -1);
    if (m_report.canAddVersions)
        m_forAll->addItem(tr("All as new versions"), int(ConflictPolicy::NewVersion));
    m_forAll->addItem(tr("All as copies (keep both)"), int(ConflictPolicy::KeepBoth));
    m_forAll->addItem(tr("Skip all"), int(ConflictPolicy::Skip));
    auto *forAllLabel = new QLabel(tr("&For all:"), clashRow);
    forAllLabel->setBuddy(m_forAll);
    clashLayout->addWidget(clashText, 1);
    clashLayout->addWidget(forAllLabel);
    clashLayout->addWidget(m_forAll);
    clashRow->setVisible(!m_choices.isEmpty());
    connect(m_forAll, &QComboBox::currentIndexChanged, this, &PreflightDialog::setChoiceForAll);
    followChoices();
    return clashRow;
}

void PreflightDialog::setDetails(const QString &text)
{
    m_details->setText(text);
    m_details->setVisible(!text.isEmpty());
}

// A sheet's revision, as its name gave it (or the default), for the person to correct.
void PreflightDialog::addRevision(QTreeWidgetItem *row, const PreflightFile &file)
{
    row->setText(1, file.sheetNumber.isEmpty() ? tr("(from the sheet)") : file.sheetNumber);
    auto *edit = new QLineEdit(file.revision, m_list);
    edit->setObjectName(QStringLiteral("sheetRevision"));
    edit->setProperty("localPath", file.item.localPath);
    edit->setProperty("fileName", QFileInfo(file.item.localPath).fileName());
    edit->setAccessibleName(tr("Revision of %1").arg(QFileInfo(file.item.localPath).fileName()));
    edit->setMaxLength(20);
    m_list->setItemWidget(row, 3, edit);
    m_revisions.append(edit);
}

QHash<QString, QString> PreflightDialog::revisions() const
{
    QHash<QString, QString> out;
    for (const QLineEdit *edit : m_revisions)
        if (const QString r = edit->text().trimmed(); !r.isEmpty())
            out.insert(edit->property("localPath").toString(), r);
    return out;
}

QComboBox *PreflightDialog::addChoice(QTreeWidgetItem *row, const PreflightFile &file)
{
    auto *box = new QComboBox(m_list);
    box->setObjectName(QStringLiteral("clashChoice"));
    box->setProperty("fileName", QFileInfo(file.item.localPath).fileName());
    box->setAccessibleName(tr("What to do with %1").arg(QFileInfo(file.item.localPath).fileName()));
    if (m_report.canAddVersions)
        box->addItem(tr("New version"), int(ConflictPolicy::NewVersion));
    box->addItem(tr("Keep both"), int(ConflictPolicy::KeepBoth));
    box->addItem(tr("Skip"), int(ConflictPolicy::Skip));
    box->setCurrentIndex(std::max(0, box->findData(int(file.choice))));
    m_list->setItemWidget(row, 3, box);
    m_choices.append(box);
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
        followChoices();
        updateSummary();
    });
    return box;
}

void PreflightDialog::setChoiceForAll(int index)
{
    const QVariant policy = m_forAll->itemData(index);
    if (policy.toInt() < 0)
        return;
    for (QComboBox *box : std::as_const(m_choices)) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(std::max(0, box->findData(policy)));
    }
    updateSummary();
}

// "For all" shows the choice every row has, or "each as chosen".
void PreflightDialog::followChoices()
{
    QVariant common;
    for (QComboBox *box : std::as_const(m_choices)) {
        if (common.isValid() && common != box->currentData()) {
            common = -1;
            break;
        }
        common = box->currentData();
    }
    const QSignalBlocker blocker(m_forAll); // it follows the rows here, it does not set them
    m_forAll->setCurrentIndex(std::max(0, m_forAll->findData(common)));
}

// The listed files' choices by file index: a changed file's, or Skip for an unticked one.
QHash<int, ConflictPolicy> PreflightDialog::listedChoices() const
{
    QHash<int, ConflictPolicy> choices;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const int file = item->data(0, kFileIndexRole).toInt();
        if (auto *box = qobject_cast<QComboBox *>(m_list->itemWidget(item, 3)))
            choices.insert(file, ConflictPolicy(box->currentData().toInt()));
        else if (item->checkState(0) == Qt::Unchecked)
            choices.insert(file, ConflictPolicy::Skip);
    }
    return choices;
}

int PreflightDialog::flaggedCount() const
{
    return m_list->topLevelItemCount();
}

QList<UploadItem> PreflightDialog::chosenItems() const
{
    QList<UploadItem> out;
    for (const Group &group : chosenGroups())
        out << group.items;
    return out;
}

QList<PreflightDialog::Group> PreflightDialog::chosenGroups() const
{
    const QHash<int, ConflictPolicy> listed = listedChoices();
    QList<Group> groups;
    for (int i = 0; i < m_report.files.size(); ++i) {
        const ConflictPolicy choice = listed.value(i, ConflictPolicy::Ask);
        if (choice == ConflictPolicy::Skip)
            continue;
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [choice](const Group &g) { return g.decision == choice; });
        if (group == groups.end())
            group = groups.insert(groups.end(), Group{choice, {}});
        group->items << m_report.files[i].item;
    }
    return groups;
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
    int versions = 0;
    for (const QComboBox *box : std::as_const(m_choices))
        versions += box->currentData().toInt() == int(ConflictPolicy::NewVersion) ? 1 : 0;
    if (versions > 0)
        lines << tr("%n as new version(s) of the file(s) in Procore.", nullptr, versions);
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

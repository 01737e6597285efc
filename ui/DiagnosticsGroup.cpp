#include "DiagnosticsGroup.h"

#include "diagnostics/LogSession.h"
#include "history/UploadHistory.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace hoist::ui {

using namespace Qt::StringLiterals;

DiagnosticsGroup::DiagnosticsGroup(const AppSettings &settings, QString historyPath, QWidget *parent)
    : QGroupBox(tr("Log and history"), parent)
    , m_historyPath(std::move(historyPath))
{
    auto *form = new QFormLayout(this);
    m_level = new QComboBox(this);
    m_level->setObjectName(u"logLevel"_s);
    m_level->addItem(tr("Normal"), u"normal"_s);
    m_level->addItem(tr("Detailed (for support)"), u"detailed"_s);
    m_level->setCurrentIndex(std::max(0, m_level->findData(settings.logLevel)));
    m_level->setAccessibleName(tr("How much the log says"));
    m_level->setToolTip(tr("Normal: what was done, every call that creates something in Procore and every "
                           "failure. Detailed: every request and step too. Never a password or token."));
    form->addRow(tr("Log &detail:"), m_level);
    const QString folder =
        LogSession::currentFolder().isEmpty() ? LogSession::defaultFolder() : LogSession::currentFolder();
    auto *where = new QLabel(QDir::toNativeSeparators(folder), this);
    where->setObjectName(u"logFolder"_s);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    where->setWordWrap(true);
    form->addRow(tr("Log folder:"), where);

    m_keepDays = new QSpinBox(this);
    m_keepDays->setObjectName(u"historyKeepDays"_s);
    m_keepDays->setRange(0, 36500);
    m_keepDays->setSpecialValueText(tr("Forever"));
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setValue(settings.historyLimits.keepDays);
    m_keepDays->setAccessibleName(tr("Keep upload history for this many days, 0 for ever"));
    form->addRow(tr("&Keep history for:"), m_keepDays);
    m_keepRows = new QSpinBox(this);
    m_keepRows->setObjectName(u"historyKeepRows"_s);
    m_keepRows->setRange(0, 10'000'000);
    m_keepRows->setSingleStep(10000);
    m_keepRows->setSpecialValueText(tr("No limit"));
    m_keepRows->setSuffix(tr(" uploads"));
    m_keepRows->setValue(settings.historyLimits.keepRows);
    m_keepRows->setAccessibleName(tr("Keep at most this many uploads in the history, 0 for no limit"));
    form->addRow(tr("Keep at &most:"), m_keepRows);

    auto *sizeRow = new QHBoxLayout;
    m_size = new QLabel(this);
    m_size->setObjectName(u"historySize"_s);
    m_clear = new QPushButton(tr("&Clear History…"), this);
    m_clear->setObjectName(u"clearHistory"_s);
    m_clear->setToolTip(tr("Forget every upload in the history (nothing changes in Procore)"));
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(m_clear);
    form->addRow(tr("History size:"), sizeRow);
    connect(m_clear, &QPushButton::clicked, this, &DiagnosticsGroup::clearHistory);
    showHistorySize();
}

void DiagnosticsGroup::collect(AppSettings &settings) const
{
    settings.logLevel = m_level->currentData().toString();
    settings.historyLimits.keepDays = m_keepDays->value();
    settings.historyLimits.keepRows = m_keepRows->value();
}

void DiagnosticsGroup::showHistorySize()
{
    const qint64 bytes = QFileInfo(m_historyPath).size() + QFileInfo(m_historyPath + u"-wal"_s).size();
    m_size->setText(tr("%1 on disk").arg(QLocale().formattedDataSize(bytes)));
    m_clear->setEnabled(QFileInfo::exists(m_historyPath));
}

void DiagnosticsGroup::clearHistory()
{
    const auto answer = QMessageBox::question(
        this, tr("Clear History"),
        tr("Forget every upload in the history? Nothing is removed from Procore; Transfers › History "
           "starts empty."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    const auto history = UploadHistory::open(m_historyPath, &error);
    if (!history || !history->clear())
        QMessageBox::warning(this, tr("Clear History"),
                             tr("The history could not be cleared: %1. Close Hoist's History window and "
                                "try again.")
                                 .arg(history ? tr("the file is busy") : error));
    showHistorySize();
}

} // namespace hoist::ui

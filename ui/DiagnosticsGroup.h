#pragma once

#include "AppSettings.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace hoist::ui {

// Settings' "Log and history" group: how much the log says (Normal / Detailed) and where it is,
// how long the upload history is kept and how many uploads, its size on disk and a Clear button.
class DiagnosticsGroup : public QGroupBox
{
    Q_OBJECT

public:
    DiagnosticsGroup(const AppSettings &settings, QString historyPath, QWidget *parent = nullptr);

    // Writes the group's choices into `settings`.
    void collect(AppSettings &settings) const;

private:
    void showHistorySize();
    void clearHistory();

    QString m_historyPath;
    QComboBox *m_level = nullptr;
    QSpinBox *m_keepDays = nullptr;
    QSpinBox *m_keepRows = nullptr;
    QLabel *m_size = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace hoist::ui

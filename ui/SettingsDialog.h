#pragma once

#include "AppSettings.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hoist::ui {

class DiagnosticsGroup;

// Edit > Settings (Ctrl+,): parallel transfers, bandwidth limit, name clashes, language, Procore
// environment, network proxy and an extra certificate authority. Shows `settings`; settings() is what the
// person chose. The proxy password is edited here but stored in the keychain by whoever applies the dialog.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;
    void setProxyPassword(const QString &password);
    QString proxyPassword() const;
    bool proxyPasswordEdited() const { return m_passwordEdited; }

public Q_SLOTS:
    // Refuses a certificate authority file Hoist cannot use, saying why; else accepts.
    void accept() override;

private:
    QGroupBox *createTransfersGroup(const AppSettings &settings);
    QGroupBox *createGeneralGroup(const AppSettings &settings);
    QGroupBox *createProxyGroup(const AppSettings &settings);
    void updateEnabled();
    void addCaFileRow(QFormLayout *form, const AppSettings &settings);
    void browseCaFile();

    QSpinBox *m_parallel = nullptr;
    QSpinBox *m_bandwidth = nullptr;
    QSpinBox *m_segmentedFrom = nullptr;
    QComboBox *m_conflict = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_apiBase = nullptr;
    QLineEdit *m_loginBase = nullptr;
    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QLineEdit *m_proxyUser = nullptr;
    QLineEdit *m_proxyPassword = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_caProblem = nullptr;
    DiagnosticsGroup *m_diagnostics = nullptr;
    QLabel *m_restartNote = nullptr;
    QString m_initialLanguage;
    bool m_passwordEdited = false;
};

} // namespace hoist::ui

#include "SettingsDialog.h"

#include "DiagnosticsGroup.h"
#include "LanguageSetup.h"

#include "procore/ExtraCertificates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hoist::ui {

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_initialLanguage(settings.language)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    QGroupBox *transfers = createTransfersGroup(settings);
    QGroupBox *general = createGeneralGroup(settings);
    QGroupBox *proxy = createProxyGroup(settings);
    m_diagnostics = new DiagnosticsGroup(settings, UploadHistory::defaultPath(), this);

    m_restartNote = new QLabel(tr("The new language is used the next time Hoist starts."), this);
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(transfers);
    layout->addWidget(general);
    layout->addWidget(proxy);
    layout->addWidget(m_diagnostics);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_environment, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    updateEnabled();
}

QGroupBox *SettingsDialog::createTransfersGroup(const AppSettings &settings)
{
    auto *transfers = new QGroupBox(tr("Transfers"), this);
    auto *tf = new QFormLayout(transfers);
    m_parallel = new QSpinBox(transfers);
    m_parallel->setObjectName(u"maxParallel"_s);
    m_parallel->setRange(1, 16);
    m_parallel->setValue(settings.maxParallel);
    m_parallel->setAccessibleName(tr("Files uploaded at the same time"));
    tf->addRow(tr("&Files at the same time:"), m_parallel);
    m_bandwidth = new QSpinBox(transfers);
    m_bandwidth->setObjectName(u"bandwidth"_s);
    m_bandwidth->setRange(0, 10'000'000);
    m_bandwidth->setSingleStep(128);
    m_bandwidth->setSpecialValueText(tr("Unlimited"));
    m_bandwidth->setSuffix(tr(" KiB/s"));
    m_bandwidth->setValue(settings.bandwidthKiB);
    m_bandwidth->setAccessibleName(tr("Upload bandwidth limit in KiB per second, 0 for unlimited"));
    m_bandwidth->setToolTip(tr("For all uploads together. 0 means no limit."));
    tf->addRow(tr("&Bandwidth limit:"), m_bandwidth);
    m_segmentedFrom = new QSpinBox(transfers);
    m_segmentedFrom->setObjectName(u"segmentedFrom"_s);
    m_segmentedFrom->setRange(0, 5120);
    m_segmentedFrom->setSingleStep(64);
    m_segmentedFrom->setValue(settings.segmentedFromMiB);
    m_segmentedFrom->setSpecialValueText(tr("Never"));
    m_segmentedFrom->setSuffix(tr(" MiB"));
    m_segmentedFrom->setAccessibleName(tr("Files of at least this size in MiB go up in parts, 0 for never"));
    m_segmentedFrom->setToolTip(tr("Big files go up in 64 MiB parts, several at once; each part is retried "
                                   "alone and an interrupted upload goes on from the last stored part. "
                                   "Files over 5 GB always go in parts."));
    tf->addRow(tr("Upload in par&ts from:"), m_segmentedFrom);
    m_conflict = new QComboBox(transfers);
    m_conflict->setObjectName(u"conflictPolicy"_s);
    m_conflict->addItem(tr("Ask me"), int(ConflictPolicy::Ask));
    m_conflict->addItem(tr("Keep both (Procore renames the new file)"), int(ConflictPolicy::KeepBoth));
    m_conflict->addItem(tr("Skip the new file"), int(ConflictPolicy::Skip));
    m_conflict->addItem(tr("Upload as a new version"), int(ConflictPolicy::NewVersion));
    m_conflict->setCurrentIndex(m_conflict->findData(int(settings.conflictPolicy)));
    m_conflict->setAccessibleName(tr("When a file with the same name is already there"));
    tf->addRow(tr("When the &name is taken:"), m_conflict);

    return transfers;
}

QGroupBox *SettingsDialog::createGeneralGroup(const AppSettings &settings)
{
    auto *general = new QGroupBox(tr("Language and Procore"), this);
    auto *gf = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : LanguageSetup::available())
        m_language->addItem(LanguageSetup::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_language->setAccessibleName(tr("Language"));
    gf->addRow(tr("&Language:"), m_language);
    m_theme = new QComboBox(general);
    m_theme->setObjectName(u"theme"_s);
    m_theme->addItem(tr("System"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.theme)));
    m_theme->setAccessibleName(tr("Appearance: light, dark or the system's"));
    gf->addRow(tr("Appea&rance:"), m_theme);
    m_environment = new QComboBox(general);
    m_environment->setObjectName(u"environment"_s);
    m_environment->addItem(tr("Procore"), u"production"_s);
    m_environment->addItem(tr("Procore developer sandbox"), u"procore-sandbox"_s);
    m_environment->addItem(tr("Procore monthly sandbox"), u"monthly-sandbox"_s);
    m_environment->addItem(tr("Built-in sandbox (no account needed)"), u"builtin-sandbox"_s);
    m_environment->addItem(tr("Other server"), u"custom"_s);
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(settings.environment)));
    m_environment->setAccessibleName(tr("Procore environment"));
    gf->addRow(tr("&Environment:"), m_environment);
    m_apiBase = new QLineEdit(settings.customApiBase.toString(), general);
    m_apiBase->setObjectName(u"customApiBase"_s);
    m_apiBase->setPlaceholderText(u"https://api.example.com"_s);
    m_apiBase->setAccessibleName(tr("API address of the other server"));
    gf->addRow(tr("&API address:"), m_apiBase);
    m_loginBase = new QLineEdit(settings.customLoginBase.toString(), general);
    m_loginBase->setObjectName(u"customLoginBase"_s);
    m_loginBase->setPlaceholderText(tr("Same as the API address"));
    m_loginBase->setAccessibleName(tr("Sign-in address of the other server"));
    gf->addRow(tr("&Sign-in address:"), m_loginBase);

    return general;
}

QGroupBox *SettingsDialog::createProxyGroup(const AppSettings &settings)
{
    auto *proxy = new QGroupBox(tr("Network proxy"), this);
    auto *pf = new QFormLayout(proxy);
    m_proxyMode = new QComboBox(proxy);
    m_proxyMode->setObjectName(u"proxyMode"_s);
    m_proxyMode->addItem(tr("Use the system proxy settings"), int(AppSettings::ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), int(AppSettings::ProxyMode::None));
    m_proxyMode->addItem(tr("HTTP proxy"), int(AppSettings::ProxyMode::Http));
    m_proxyMode->addItem(tr("SOCKS5 proxy"), int(AppSettings::ProxyMode::Socks5));
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(settings.proxyMode)));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    pf->addRow(tr("&Proxy:"), m_proxyMode);
    m_proxyHost = new QLineEdit(settings.proxyHost, proxy);
    m_proxyHost->setObjectName(u"proxyHost"_s);
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    pf->addRow(tr("&Host:"), m_proxyHost);
    m_proxyPort = new QSpinBox(proxy);
    m_proxyPort->setObjectName(u"proxyPort"_s);
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(settings.proxyPort);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    pf->addRow(tr("P&ort:"), m_proxyPort);
    m_proxyUser = new QLineEdit(settings.proxyUser, proxy);
    m_proxyUser->setObjectName(u"proxyUser"_s);
    m_proxyUser->setPlaceholderText(tr("Optional"));
    m_proxyUser->setAccessibleName(tr("Proxy user name"));
    pf->addRow(tr("&User name:"), m_proxyUser);
    m_proxyPassword = new QLineEdit(proxy);
    m_proxyPassword->setObjectName(u"proxyPassword"_s);
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setAccessibleName(tr("Proxy password"));
    m_proxyPassword->setToolTip(tr("Kept in the system keychain"));
    pf->addRow(tr("Pass&word:"), m_proxyPassword);
    connect(m_proxyPassword, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    addCaFileRow(pf, settings);

    return proxy;
}

void SettingsDialog::addCaFileRow(QFormLayout *form, const AppSettings &settings)
{
    QWidget *parent = form->parentWidget();
    m_caFile = new QLineEdit(settings.caFile, parent);
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setPlaceholderText(tr("None: only the system's"));
    m_caFile->setAccessibleName(tr("Extra certificate authority file"));
    m_caFile->setToolTip(tr("A PEM file with the certificate of a certificate authority to trust besides the "
                            "system's, e.g. your organization's HTTPS inspection. Used at once."));
    auto *browse = new QPushButton(tr("Browse…"), parent);
    browse->setObjectName(u"caFileBrowse"_s);
    browse->setAccessibleName(tr("Choose the certificate authority file"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseCaFile);
    auto *row = new QHBoxLayout;
    row->addWidget(m_caFile, 1);
    row->addWidget(browse);
    auto *label = new QLabel(tr("Certif&icate authority:"), parent);
    label->setBuddy(m_caFile);
    form->addRow(label, row);
    m_caProblem = new QLabel(parent);
    m_caProblem->setObjectName(u"caFileProblem"_s);
    m_caProblem->setWordWrap(true);
    m_caProblem->setVisible(false);
    form->addRow(QString(), m_caProblem);
    connect(m_caFile, &QLineEdit::textChanged, m_caProblem, &QLabel::hide);
}

void SettingsDialog::browseCaFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Certificate authority file"), m_caFile->text(),
                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void SettingsDialog::accept()
{
    const QString caFile = m_caFile->text().trimmed();
    const QString problem = caFile.isEmpty() ? QString() : ExtraCertificates::problemWith(caFile);
    if (!problem.isEmpty()) {
        m_caProblem->setText(problem + u' ' + tr("Choose a PEM certificate file, or leave the field empty."));
        m_caProblem->setVisible(true);
        m_caFile->setFocus();
        return;
    }
    QDialog::accept();
}

void SettingsDialog::updateEnabled()
{
    const bool custom = m_environment->currentData().toString() == "custom"_L1;
    m_apiBase->setEnabled(custom);
    m_loginBase->setEnabled(custom);
    const auto mode = AppSettings::ProxyMode(m_proxyMode->currentData().toInt());
    const bool manual = mode == AppSettings::ProxyMode::Http || mode == AppSettings::ProxyMode::Socks5;
    for (QWidget *w : {static_cast<QWidget *>(m_proxyHost), static_cast<QWidget *>(m_proxyPort),
                       static_cast<QWidget *>(m_proxyUser), static_cast<QWidget *>(m_proxyPassword)})
        w->setEnabled(manual);
    m_restartNote->setVisible(m_language->currentData().toString() != m_initialLanguage);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.maxParallel = m_parallel->value();
    s.bandwidthKiB = m_bandwidth->value();
    s.segmentedFromMiB = m_segmentedFrom->value();
    s.conflictPolicy = ConflictPolicy(m_conflict->currentData().toInt());
    s.language = m_language->currentData().toString();
    s.theme = m_theme->currentData().toString();
    s.environment = m_environment->currentData().toString();
    s.customApiBase = QUrl::fromUserInput(m_apiBase->text().trimmed());
    s.customLoginBase =
        m_loginBase->text().trimmed().isEmpty() ? QUrl() : QUrl::fromUserInput(m_loginBase->text().trimmed());
    if (m_apiBase->text().trimmed().isEmpty())
        s.customApiBase = QUrl();
    s.proxyMode = AppSettings::ProxyMode(m_proxyMode->currentData().toInt());
    s.proxyHost = m_proxyHost->text().trimmed();
    s.proxyPort = m_proxyPort->value();
    s.proxyUser = m_proxyUser->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    m_diagnostics->collect(s);
    return s;
}

void SettingsDialog::setProxyPassword(const QString &password)
{
    m_proxyPassword->setText(password);
    m_passwordEdited = false;
}

QString SettingsDialog::proxyPassword() const
{
    return m_proxyPassword->text();
}

} // namespace hoist::ui

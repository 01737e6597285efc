// Desktop integration: the window in each language, the Settings dialog (persisted in QSettings
// and applied to the queue and the bandwidth limit), the bandwidth limit pacing a real upload to
// the sandbox, the tray's progress text and the close-to-tray decision.
#include "GuiSession.h"
#include "TestFiles.h"

#include "AppSettings.h"
#include "CloseToTrayPolicy.h"
#include "DesktopIntegration.h"
#include "LanguageSetup.h"
#include "SettingsDialog.h"
#include "TrayIcon.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMenuBar>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace hoist;
using namespace hoist::ui;

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { gui::isolateSettings(); }
    void cleanup() { QSettings().clear(); }

    void windowSpeaksEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("quit");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("queued3");
        QTest::newRow("de") << "de"
                            << "&Beenden"
                            << "&Datei"
                            << "3 Dateien in der Warteschlange";
        QTest::newRow("es") << "es"
                            << "&Salir"
                            << "&Archivo"
                            << "3 archivos en cola";
        QTest::newRow("fr") << "fr"
                            << "&Quitter"
                            << "&Fichier"
                            << "3 fichiers en file d’attente";
        QTest::newRow("pt_BR") << "pt_BR"
                               << "&Sair"
                               << "&Arquivo"
                               << "3 arquivos na fila";
        QTest::newRow("en") << "en"
                            << "&Quit"
                            << "&File"
                            << "3 files queued";
    }

    void windowSpeaksEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, quit);
        QFETCH(QString, fileMenu);
        QFETCH(QString, queued3);
        LanguageSetup languages;
        QCOMPARE(languages.install(language), language);
        MainWindow window;
        window.show();
        QCOMPARE(window.action(QStringLiteral("quit"))->text(), quit);
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), fileMenu);
        // Plural forms, and strings from app/ (the engine) too.
        QCOMPARE(QCoreApplication::translate("hoist::ui::MainWindow", "%n file(s) queued", nullptr, 3),
                 queued3);
        if (language != QLatin1String("en"))
            QVERIFY(transferStateText(TransferState::Uploading) != QLatin1String("Uploading"));
        QLocale::setDefault(QLocale::c());
    }

    void systemLanguageIsFollowed()
    {
        qputenv("LANGUAGE", "fr");
        qputenv("LC_ALL", "fr_FR.UTF-8");
        LanguageSetup languages;
        const QString used = languages.install({});
        qunsetenv("LANGUAGE");
        qunsetenv("LC_ALL");
        // QLocale::system() is read once per process on some platforms; accept either, but when
        // French was picked up the window must speak it.
        if (used == QLatin1String("fr")) {
            MainWindow window;
            QCOMPARE(window.action(QStringLiteral("quit"))->text(), QStringLiteral("&Quitter"));
        }
        QCOMPARE(LanguageSetup::fromArguments({"hoist", "--language", "de"}), QStringLiteral("de"));
        QCOMPARE(LanguageSetup::fromArguments({"hoist", "--language=pt_BR"}), QStringLiteral("pt_BR"));
        QCOMPARE(LanguageSetup::fromArguments({"hoist", "--sandbox"}), QString());
    }

    void settingsPersistAndApply()
    {
        gui::Session s;
        QVERIFY(s.start());
        DesktopIntegration desktop(s.window.get(), /*trayAllowed=*/false);
        QCOMPARE(s.controller->maxParallel(), 3);

        // Ctrl+, is File > Settings…
        QAction *settingsAction = s.window->action(QStringLiteral("settings"));
        QVERIFY(settingsAction);
        QCOMPARE(settingsAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
        settingsAction->trigger();
        QTRY_VERIFY(desktop.settingsDialog());
        SettingsDialog *dialog = desktop.settingsDialog();
        // HOIST_SCREENSHOT_DIR=/tmp: a picture of the dialog, to look at.
        if (const QString shots = qEnvironmentVariable("HOIST_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(100);
            dialog->grab().save(shots + QStringLiteral("/settings-dialog.png"));
        }
        dialog->findChild<QSpinBox *>(QStringLiteral("maxParallel"))->setValue(5);
        dialog->findChild<QSpinBox *>(QStringLiteral("bandwidth"))->setValue(512);
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("segmentedFrom"))->value(), 256); // the default
        dialog->findChild<QSpinBox *>(QStringLiteral("segmentedFrom"))->setValue(1024);
        auto *conflict = dialog->findChild<QComboBox *>(QStringLiteral("conflictPolicy"));
        conflict->setCurrentIndex(conflict->findData(int(ConflictPolicy::Skip)));
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        auto *proxy = dialog->findChild<QComboBox *>(QStringLiteral("proxyMode"));
        QCOMPARE(proxy->currentData().toInt(), int(AppSettings::ProxyMode::System)); // the default
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("proxyHost"))->isEnabled());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        // Applied at once…
        QCOMPARE(s.controller->maxParallel(), 5);
        QCOMPARE(s.controller->conflictPolicy(), ConflictPolicy::Skip);
        QCOMPARE(s.controller->bandwidthLimiter()->bytesPerSecond(), 512 * 1024);
        QCOMPARE(s.controller->segmentThreshold(), 1024LL * 1024 * 1024);
        // …and kept for the next start.
        const AppSettings saved = AppSettings::load();
        QCOMPARE(saved.maxParallel, 5);
        QCOMPARE(saved.bandwidthKiB, 512);
        QCOMPARE(saved.segmentedFromMiB, 1024);
        QCOMPARE(saved.conflictPolicy, ConflictPolicy::Skip);
        QCOMPARE(saved.language, QStringLiteral("de"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QVERIFY(!QSettings().allKeys().join(u' ').contains(QStringLiteral("assword")));

        // A new session (sign in again) gets the same settings.
        UploadController another(s.client.get());
        s.window->setSession(s.client.get(), &another, QStringLiteral("Built-in sandbox"));
        QCOMPARE(another.maxParallel(), 5);
        QCOMPARE(another.segmentThreshold(), 1024LL * 1024 * 1024);
        s.window->setSession(s.client.get(), s.controller.get(), QStringLiteral("Built-in sandbox"));
    }

    void proxySettingsApplyButNeverToThisComputer()
    {
        const auto proxyFor = [](const char *url) {
            return QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(QUrl(QString::fromLatin1(url))))
                .constFirst();
        };
        AppSettings settings;
        settings.proxyMode = AppSettings::ProxyMode::Http;
        settings.proxyHost = QStringLiteral("proxy.example");
        settings.proxyPort = 3128;
        settings.proxyUser = QStringLiteral("pat");
        settings.applyNetwork(QStringLiteral("secret"));
        QNetworkProxy p = proxyFor("https://api.procore.com/rest/v1.0/me");
        QCOMPARE(p.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(p.hostName(), QStringLiteral("proxy.example"));
        QCOMPARE(p.port(), 3128);
        QCOMPARE(p.password(), QStringLiteral("secret"));
        QCOMPARE(proxyFor("http://127.0.0.1:4567/rest/v1.0/me").type(), QNetworkProxy::NoProxy);
        QCOMPARE(proxyFor("http://localhost:8765/").type(), QNetworkProxy::NoProxy);

        settings.proxyMode = AppSettings::ProxyMode::Socks5;
        settings.applyNetwork({});
        QCOMPARE(proxyFor("https://api.procore.com/").type(), QNetworkProxy::Socks5Proxy);

        // The default: the system's settings (here http_proxy), still not for this computer.
        qputenv("http_proxy", "http://sysproxy.example:8080");
        qputenv("https_proxy", "http://sysproxy.example:8080");
        AppSettings().applyNetwork({});
        p = proxyFor("https://api.procore.com/");
        QCOMPARE(p.hostName(), QStringLiteral("sysproxy.example"));
        QCOMPARE(proxyFor("http://127.0.0.1:4567/").type(), QNetworkProxy::NoProxy);
        qunsetenv("http_proxy");
        qunsetenv("https_proxy");
        QCOMPARE(proxyFor("https://api.procore.com/").type(), QNetworkProxy::NoProxy);

        settings.proxyMode = AppSettings::ProxyMode::None;
        settings.applyNetwork({});
        QCOMPARE(proxyFor("https://api.procore.com/").type(), QNetworkProxy::NoProxy);
        AppSettings().applyNetwork({});
    }

    void bandwidthLimitPacesARealUpload()
    {
        gui::Session s;
        QVERIFY(s.start());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paced.bin"));
        const qint64 size = 384 * 1024;
        const QByteArray sha = testfiles::write(path, size, 7);
        s.controller->setBandwidthLimit(256 * 1024); // burst 64 KiB
        QElapsedTimer clock;
        clock.start();
        UploadItem item;
        item.localPath = path;
        item.size = size;
        item.modified = QFileInfo(path).lastModified();
        Destination destination;
        destination.companyId = gui::kCompany;
        destination.projectId = gui::kProject;
        s.controller->enqueue({item}, destination);
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 20000);
        const qint64 elapsed = clock.elapsed();
        // (384 − 64) KiB at 256 KiB/s: at least 1.25 s; generous upper bound for a busy machine.
        QVERIFY2(elapsed >= 1150, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed)));
        // The paced multipart body is what S3 expects: the bytes arrived intact.
        const auto stored = s.stored(QString(), QStringLiteral("paced.bin"));
        QCOMPARE(stored.size, size);
        QCOMPARE(stored.sha256.toLatin1(), sha);
    }

    void bandwidthLimitPacesSegmentedUploads()
    {
        gui::Session s;
        QVERIFY(s.start());
        s.controller->setSegmentThreshold(10'000'000, 5'000'000); // three parts
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.rvt"));
        const qint64 size = 11'000'000;
        const QByteArray sha = testfiles::write(path, size, 8);
        const qint64 rate = 20 * 1024 * 1024; // burst 5 MiB
        s.controller->setBandwidthLimit(rate);
        QElapsedTimer clock;
        clock.start();
        UploadItem item;
        item.localPath = path;
        item.size = size;
        item.modified = QFileInfo(path).lastModified();
        Destination destination;
        destination.companyId = gui::kCompany;
        destination.projectId = gui::kProject;
        s.controller->enqueue({item}, destination);
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 30000);
        const qint64 minimumMs = (size - rate / 4) * 1000 / rate;
        QVERIFY2(clock.elapsed() >= minimumMs - 50, qPrintable(QString::number(clock.elapsed())));
        const auto stored = s.stored(QString(), QStringLiteral("model.rvt"));
        QCOMPARE(stored.size, size);
        QCOMPARE(stored.sha256.toLatin1(), sha);
    }

    void trayTextFollowsTheQueue()
    {
        LanguageSetup languages; // English, with its plural forms
        languages.install(QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(TrayIcon::statusText(nullptr), QStringLiteral("Hoist: nothing to upload"));
        gui::Session s;
        QVERIFY(s.start());
        QTemporaryDir dir;
        QList<UploadItem> items;
        for (int i = 0; i < 2; ++i) {
            UploadItem item;
            item.localPath = dir.filePath(QStringLiteral("t%1.txt").arg(i));
            testfiles::write(item.localPath, 1000, quint32(i));
            item.size = 1000;
            items << item;
        }
        Destination destination;
        destination.companyId = gui::kCompany;
        destination.projectId = gui::kProject;
        s.controller->enqueue(items, destination);
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 20000);
        QCOMPARE(TrayIcon::statusText(s.model()), QStringLiteral("Hoist: 2 of 2 files uploaded, 100 %"));
        QCOMPARE(TrayIcon::finishedText(2, 0), QStringLiteral("2 files uploaded."));
        QCOMPARE(TrayIcon::finishedText(1, 1), QStringLiteral("1 file uploaded, 1 failed."));
    }

    void closeToTrayOnlyWhileUploading()
    {
        using A = CloseToTrayPolicy::Action;
        QCOMPARE(CloseToTrayPolicy::decide(true, true, false), A::HideToTray);
        QCOMPARE(CloseToTrayPolicy::decide(true, false, false), A::Close); // nothing running: close
        QCOMPARE(CloseToTrayPolicy::decide(false, true, false), A::Close); // no tray: the prompt decides
        QCOMPARE(CloseToTrayPolicy::decide(true, true, true), A::Close);   // Quit always asks
        QVERIFY(CloseToTrayPolicy::hintPending());
        CloseToTrayPolicy::markHintShown();
        QVERIFY(!CloseToTrayPolicy::hintPending());
    }

    void withoutATrayTheClosePromptStays()
    {
        gui::Session s;
        QVERIFY(s.start());
        DesktopIntegration desktop(s.window.get(), /*trayAllowed=*/false);
        QVERIFY(!desktop.tray());
        s.window->show();
        // Idle: closing closes.
        QVERIFY(s.window->close());
        QVERIFY(!s.window->isVisible());
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"

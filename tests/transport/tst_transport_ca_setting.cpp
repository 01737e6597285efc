// Settings' certificate authority file (issue 28, "a setting"): against the sandbox over HTTPS
// with the CA it made. Without the setting the row is refused and nothing reaches the server; a
// file that holds no certificate is refused by the dialog, which says so and stays open; the
// sandbox's CA file, chosen in Settings, is trusted at once (no restart): Retry lands the file.
// Clearing the setting stops trusting it for new connections.

#include "TestFiles.h"
#include "tst_upload_harness.h"

#include "DesktopIntegration.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

using namespace harness;
using namespace Qt::StringLiterals;

class TestCaSetting : public QObject
{
    Q_OBJECT

private:
    static sandbox::SandboxOptions tlsOptions() { return Env::tlsOptions(); }
    // Opens Settings, types `caFile`, presses OK; the dialog when it stayed open.
    static hoist::ui::SettingsDialog *chooseCaFile(hoist::ui::DesktopIntegration &desktop,
                                                   const QString &caFile)
    {
        desktop.openSettings();
        // Guarded: a dialog that closed is deleted later, maybe within processEvents().
        QPointer<hoist::ui::SettingsDialog> dialog = desktop.settingsDialog();
        if (!dialog)
            return nullptr;
        dialog->findChild<QLineEdit *>(u"caFile"_s)->setText(caFile);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCoreApplication::processEvents();
        return dialog && dialog->isVisible() ? dialog.data() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"HoistTests"_s);
        QCoreApplication::setApplicationName(
            u"hoist-ca-setting-tests-%1"_s.arg(QCoreApplication::applicationPid()));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void settingTrustsTheSandboxCaAtOnce()
    {
        Env env(true, tlsOptions());
        env.checkContract = false;
        hoist::ui::MainWindow window;
        window.setSession(env.client.get(), env.controller.get(), u"Built-in sandbox"_s);
        hoist::ui::DesktopIntegration desktop(&window, false);
        window.show();

        // Not trusted: refused before any request.
        env.makeFile(u"refused.pdf"_s, 12'000, 31);
        QVERIFY(env.runToIdle({item(env.path(u"refused.pdf"_s))}, env.destination(u"Submittals"_s)));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        const QString text = env.controller->model()->jobAt(0)->errorText();
        QVERIFY2(text.contains(u"certificate"_s), qPrintable(text));
        QCOMPARE(env.log(u"api"_s).size(), 0);

        // A file that is no certificate: said, the dialog stays, nothing saved.
        const QString junk = env.path(u"not-a-cert.pem"_s);
        testfiles::write(junk, 300, 5);
        hoist::ui::SettingsDialog *dialog = chooseCaFile(desktop, junk);
        QVERIFY(dialog);
        auto *problem = dialog->findChild<QLabel *>(u"caFileProblem"_s);
        QVERIFY(problem->isVisibleTo(dialog));
        QVERIFY2(problem->text().contains(u"no certificate"_s), qPrintable(problem->text()));
        QVERIFY(QSettings().value(u"network/caFile"_s).toString().isEmpty());
        dialog->reject();

        // The sandbox's CA: kept, trusted at once; Retry lands the file once.
        QVERIFY(!chooseCaFile(desktop, env.server.caCertificatePath()));
        QCOMPARE(QSettings().value(u"network/caFile"_s).toString(), env.server.caCertificatePath());
        window.action(u"retryFailed"_s)->trigger();
        QVERIFY(env.waitIdle(30000));
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        const QList<StoredFile> stored = env.storedFiles();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.value(0).sha256,
                 QString::fromLatin1(testfiles::sha256Of(env.path(u"refused.pdf"_s))));

        // Cleared: new connections no longer trust it.
        QVERIFY(!chooseCaFile(desktop, QString()));
        env.nam.clearConnectionCache();
        env.makeFile(u"after.pdf"_s, 12'000, 32);
        QVERIFY(env.runToIdle({item(env.path(u"after.pdf"_s))}, env.destination(u"Submittals"_s)));
        QCOMPARE(env.stateOf(1), TransferState::Failed);
        QCOMPARE(env.storedFiles().size(), 1);
    }
};

QTEST_MAIN(TestCaSetting)
#include "tst_transport_ca_setting.moc"

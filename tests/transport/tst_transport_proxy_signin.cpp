// The proxy's sign-in in the window (issue 28): a real Squid with basic auth in front of the HTTPS
// sandbox, the real window, its DesktopIntegration and the window's ProxySignIn. A proxy that
// wants a password Hoist does not have shows one dialog, whatever the number of files; the rows
// wait for it; OK sends them on (the user in the settings, the password in the keychain, no
// secret in the settings file); a refused answer asks once more, saying so; Cancel fails the rows
// with the usual message and asks nothing more until Retry. Squid's log bounds the 407s.

#include "SquidProxy.h"
#include "TestFiles.h"
#include "tst_upload_harness.h"

#include "DesktopIntegration.h"
#include "MainWindow.h"
#include "ProxySignInDialog.h"

#include "auth/ProxyPassword.h"
#include "procore/ExtraCertificates.h"
#include "procore/ProxyFactory.h"
#include "procore/ProxySignIn.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <optional>

using namespace harness;
using namespace Qt::StringLiterals;

namespace {

const QString kHost = u"hoist-sandbox.test"_s; // reached through the proxy only
const QString kPassword = u"Hoist-proxy-pw"_s;
constexpr int kFiles = 4;

bool keychainPassword(const QString &password, QString *read = nullptr)
{
    QObject context;
    bool done = false, ok = false;
    if (read) {
        hoist::ProxyPassword::read(
            &context, [&](const QString &p, const QString &e) { *read = p, ok = e.isEmpty(), done = true; });
    } else {
        hoist::ProxyPassword::write(password, &context,
                                    [&](bool k, const QString &) { ok = k, done = true; });
    }
    return QTest::qWaitFor([&] { return done; }, 10000) && ok;
}

} // namespace

class TestProxySignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SquidProxy> m_squid;

    // What the person does in the sign-in dialog: fill and press OK (a password), or Cancel (none).
    struct Answer
    {
        std::optional<QString> password;
        bool remember = true;
    };
    // What each dialog showed.
    struct Shown
    {
        bool refused = false;
        int dialogsOpen = 0;
        QString intro;
    };

    // The window on a TLS sandbox, the manual HTTP proxy (Squid) with the user "site" and no
    // password yet, and the sign-in wired as hoist's main() wires it. The sign-in waits in a local
    // event loop, so the person's answers are scripted: each dialog gets the next one from inside
    // that loop.
    struct Window
    {
        Env env;
        hoist::ProxySignIn signIn;
        std::unique_ptr<hoist::ui::MainWindow> window;
        std::unique_ptr<hoist::ui::DesktopIntegration> desktop;
        QList<Answer> answers;
        QList<Shown> shown;

        explicit Window(quint16 proxyPort)
            : env(true, options())
        {
            env.checkContract = false;
            QSettings s;
            s.setValue(u"network/proxy"_s, u"http"_s);
            s.setValue(u"network/proxyHost"_s, u"127.0.0.1"_s);
            s.setValue(u"network/proxyPort"_s, proxyPort);
            s.setValue(u"network/proxyUser"_s, u"site"_s);
            signIn.watch(&env.nam);
            window = std::make_unique<hoist::ui::MainWindow>();
            window->setSession(env.client.get(), env.controller.get(), u"Built-in sandbox"_s);
            desktop = std::make_unique<hoist::ui::DesktopIntegration>(window.get(), false);
            desktop->setProxySignIn(&signIn);
            QObject::connect(&signIn, &hoist::ProxySignIn::signInRequired, window.get(),
                             [this] { QTimer::singleShot(0, window.get(), [this] { respond(); }); });
            window->show();
        }
        ~Window()
        {
            desktop.reset();
            window.reset();
        }
        static sandbox::SandboxOptions options() { return Env::tlsOptions(kHost); }
        void respond()
        {
            hoist::ui::ProxySignInDialog *dialog = desktop->proxySignInDialog();
            Shown s;
            s.dialogsOpen = int(window->findChildren<hoist::ui::ProxySignInDialog *>().size());
            if (dialog) {
                s.refused = dialog->findChild<QLabel *>(u"proxyRefused"_s)->isVisibleTo(dialog);
                s.intro = dialog->findChild<QLabel *>(u"proxyIntro"_s)->text();
            }
            shown.append(s);
            if (!dialog || !dialog->isVisible() || answers.isEmpty()) {
                signIn.decline(); // unexpected: fail rather than hang
                return;
            }
            const Answer a = answers.takeFirst();
            if (!a.password) {
                dialog->reject();
                return;
            }
            dialog->findChild<QLineEdit *>(u"proxySignInPassword"_s)->setText(*a.password);
            dialog->findChild<QCheckBox *>(u"proxySignInRemember"_s)->setChecked(a.remember);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }
        void enqueue(const QString &prefix)
        {
            QList<UploadItem> items;
            for (int i = 0; i < kFiles; ++i) {
                const QString name = prefix + QString::number(i) + u".pdf"_s;
                env.makeFile(name, 30'000 + i, quint32(40 + i));
                items.append(item(env.path(name)));
            }
            env.controller->enqueue(items, env.destination(u"Submittals"_s));
        }
        int inState(TransferState state) const
        {
            int n = 0;
            for (int row = 0; row < env.controller->model()->rowCount(); ++row)
                n += env.stateOf(row) == state;
            return n;
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"HoistTests"_s);
        QCoreApplication::setApplicationName(
            u"hoist-proxy-signin-tests-%1"_s.arg(QCoreApplication::applicationPid()));
        SquidProxy::Options o;
        o.hosts = {kHost};
        m_squid = std::make_unique<SquidProxy>(o);
        QVERIFY2(m_squid->start(), qPrintable(m_squid->why()));
    }
    void init()
    {
        QSettings().clear();
        QVERIFY(keychainPassword({})); // no proxy password stored
    }
    void cleanup()
    {
        hoist::ProxyFactory::installNone();
        QSettings().clear();
        keychainPassword({});
    }
    void cleanupTestCase() { m_squid.reset(); }

    // No password: one dialog for all the files; the right one lands every file once, keeps the
    // user in the settings and the password in the keychain only.
    void oneDialogThenTheFilesGoOn()
    {
        Window w(m_squid->port());
        QCOMPARE(hoist::ExtraCertificates::trustFile(w.env.server.caCertificatePath()), QString());
        const int before = m_squid->countInLog(u"TCP_DENIED/407"_s);
        w.answers = {Answer{kPassword, true}};
        w.enqueue(u"first"_s);
        QVERIFY(w.env.waitIdle(60000));
        QVERIFY2(w.inState(TransferState::Done) == kFiles, qPrintable(w.env.describeRows()));
        QCOMPARE(w.shown.size(), 1);
        QCOMPARE(w.shown.at(0).dialogsOpen, 1);
        QVERIFY(!w.shown.at(0).refused);
        QVERIFY2(w.shown.at(0).intro.contains(u"127.0.0.1:"_s), qPrintable(w.shown.at(0).intro));
        const QList<StoredFile> stored = w.env.storedFiles();
        QCOMPARE(stored.size(), kFiles);
        for (const StoredFile &f : stored)
            QCOMPARE(f.versions, 1);
        const int refusals = m_squid->countInLog(u"TCP_DENIED/407"_s) - before;
        qInfo("407 answers for %d files through one sign-in: %d", kFiles, refusals);
        QVERIFY2(refusals >= 1 && refusals <= 4 * kFiles, qPrintable(QString::number(refusals)));
        QString kept;
        QVERIFY(keychainPassword({}, &kept));
        QCOMPARE(kept, kPassword);
        QSettings settings;
        QCOMPARE(settings.value(u"network/proxyUser"_s).toString(), u"site"_s);
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kPassword.toUtf8()));
    }

    // A refused answer: the dialog once more, saying so; then the right one and the files go on.
    void refusedAnswerAsksOnceMore()
    {
        Window w(m_squid->port());
        QCOMPARE(hoist::ExtraCertificates::trustFile(w.env.server.caCertificatePath()), QString());
        w.answers = {Answer{u"wrong"_s, false}, Answer{kPassword, false}};
        w.enqueue(u"second"_s);
        QVERIFY(w.env.waitIdle(60000));
        QVERIFY2(w.inState(TransferState::Done) == kFiles, qPrintable(w.env.describeRows()));
        QCOMPARE(w.shown.size(), 2);
        QVERIFY(!w.shown.at(0).refused);
        QVERIFY(w.shown.at(1).refused);
        QCOMPARE(w.shown.at(1).dialogsOpen, 1);
        QCOMPARE(w.env.storedFiles().size(), kFiles);
        QString kept;
        QVERIFY(keychainPassword({}, &kept));
        QCOMPARE(kept, QString()); // not remembered
    }

    // Cancel: every row fails with the usual message, no second dialog; Retry asks again.
    void cancelFailsTheRowsUntilRetry()
    {
        Window w(m_squid->port());
        QCOMPARE(hoist::ExtraCertificates::trustFile(w.env.server.caCertificatePath()), QString());
        w.answers = {Answer{}};
        w.enqueue(u"third"_s);
        QVERIFY(w.env.waitIdle(60000));
        QCOMPARE(w.inState(TransferState::Failed), kFiles);
        QCOMPARE(w.shown.size(), 1);
        const QString text = w.env.controller->model()->jobAt(0)->errorText();
        QVERIFY2(text.contains(u"proxy did not accept"_s), qPrintable(text));
        QCOMPARE(w.env.log(u"api"_s).size(), 0);
        w.answers = {Answer{kPassword, false}};
        w.window->action(u"retryFailed"_s)->trigger();
        QVERIFY(w.env.waitIdle(60000));
        QVERIFY2(w.inState(TransferState::Done) == kFiles, qPrintable(w.env.describeRows()));
        QCOMPARE(w.shown.size(), 2);
        QCOMPARE(w.env.storedFiles().size(), kFiles);
    }
};

QTEST_MAIN(TestProxySignIn)
#include "tst_transport_proxy_signin.moc"

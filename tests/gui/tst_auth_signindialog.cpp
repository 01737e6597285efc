// SignInDialog driven by keyboard on the offscreen platform, signing in to the built-in sandbox
// with this test as the browser. Run under tests/with-session.sh (it uses the Secret Service).
#include "CurlClient.h"

#include "MainWindow.h"
#include "SessionManager.h"
#include "SignInDialog.h"
#include "auth/OAuthSession.h"
#include "auth/TokenStore.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace hoist;
using namespace Qt::StringLiterals;

#include "Browser.h"

namespace {
using browser::fetch;
using browser::freePort;
using browser::htmlUnescape;
using browser::HttpResult;

QUrlQuery consentForm(const QByteArray &page)
{
    QUrlQuery form;
    static const QRegularExpression hidden(uR"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re"_s);
    for (auto it = hidden.globalMatch(QString::fromUtf8(page)); it.hasNext();) {
        const auto m = it.next();
        QString value = m.captured(2);
        value.replace(u"&quot;"_s, u"\""_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
        value.replace(u"&amp;"_s, u"&"_s);
        form.addQueryItem(m.captured(1), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    form.addQueryItem(u"decision"_s, u"allow"_s);
    return form;
}

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void explainsAndIsAccessible();
    void signsInWithKeyboard();
    void pastedCode();
    void escapeStopsListening();
    void signsInWithTheSitesApplication();
    void sandboxButtons();

private:
    ClientCredentials registerClient(const QString &redirectUri, const QString &secret = u"dialog+secret"_s);
    void allowInBrowser(const QUrl &opened);
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<TokenStore> m_store;
    QNetworkAccessManager m_browser;
    int m_counter = 0;
};

void TestSignInDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"HoistTests"_s);
    QCoreApplication::setApplicationName(u"hoist-signin-tests-%1"_s.arg(QCoreApplication::applicationPid()));
    sandbox::SandboxOptions options;
    options.record = true; // the token requests, to see what they carried
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_store = std::make_unique<TokenStore>(u"Hoist-test"_s);
}

ClientCredentials TestSignInDialog::registerClient(const QString &redirectUri, const QString &secret)
{
    ClientCredentials c{u"dialog-client-"_s + QString::number(++m_counter), secret, redirectUri};
    CurlClient(m_server->baseUrl())
        .postJson(u"/_sandbox/oauth_clients"_s,
                  QJsonDocument(QJsonObject{{u"client_id"_s, c.clientId},
                                            {u"client_secret"_s, c.clientSecret},
                                            {u"redirect_uris"_s, QJsonArray{c.redirectUri}}}));
    return c;
}

void TestSignInDialog::explainsAndIsAccessible()
{
    ui::SignInDialog dialog(m_store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // The explanation names the portal, the fields to copy, and the redirect URI to register,
    // and follows the redirect URI field.
    auto *explanation = dialog.findChildren<QLabel *>().value(0);
    QVERIFY(explanation);
    QVERIFY(explanation->text().contains(u"Developer Portal"_s));
    QVERIFY(explanation->text().contains(u"Client ID"_s));
    QVERIFY(explanation->text().contains(u"http://localhost:8765/"_s));
    QLineEdit *redirect = nullptr;
    for (auto *edit : dialog.findChildren<QLineEdit *>())
        if (edit->accessibleName() == u"Redirect URI"_s)
            redirect = edit;
    QVERIFY(redirect);
    redirect->setText(u"http://localhost:9999/cb/"_s);
    QVERIFY(explanation->text().contains(u"http://localhost:9999/cb/"_s));

    // Every control has an accessible name.
    for (auto *w : dialog.findChildren<QWidget *>()) {
        if (auto *button = qobject_cast<QPushButton *>(w))
            QVERIFY2(!button->accessibleName().isEmpty() || !button->text().isEmpty(),
                     "a button without a name");
        else if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    // The secret is not shown.
    for (auto *edit : dialog.findChildren<QLineEdit *>())
        if (edit->accessibleName() == u"Client secret"_s)
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

void TestSignInDialog::signsInWithKeyboard()
{
    const ClientCredentials client = registerClient(u"http://localhost:%1/"_s.arg(freePort()));
    ui::SignInDialog dialog(m_store.get());
    dialog.setBuiltInSandbox(m_server->baseUrl());
    QUrl opened;
    dialog.setBrowserOpener([&](const QUrl &url) {
        opened = url;
        return true;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QSignalSpy signedIn(&dialog, &ui::SignInDialog::signedIn);

    // Keyboard only: choose the built-in sandbox, then tab through the fields.
    auto *env = dialog.findChild<QComboBox *>();
    env->setFocus();
    QTRY_VERIFY(env->hasFocus());
    QTest::keyClick(env, Qt::Key_End);
    QTest::keyClick(env, Qt::Key_Up); // the entry before "Other server…"
    QCOMPARE(dialog.environment().kind, Environment::Kind::BuiltInSandbox);

    auto typeInto = [&](const QString &accessibleName, const QString &text) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(edit);
        QCOMPARE(edit->accessibleName(), accessibleName);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    };
    typeInto(u"Client ID"_s, client.clientId);
    typeInto(u"Client secret"_s, client.clientSecret);
    typeInto(u"Redirect URI"_s, client.redirectUri);
    QCOMPARE(dialog.credentials().clientSecret, client.clientSecret);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the default button: sign in

    QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 10000);
    QCOMPARE(QUrlQuery(opened).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), client.redirectUri);

    // The browser: consent, then the redirect to Hoist's listener.
    const HttpResult page = fetch(m_browser, opened);
    QCOMPARE(page.status, 200);
    QUrl post = opened;
    post.setQuery(QString());
    const HttpResult consent =
        fetch(m_browser, post, consentForm(page.body).toString(QUrl::FullyEncoded).toUtf8());
    QCOMPARE(consent.status, 302);
    QCOMPARE(fetch(m_browser, consent.location).status, 200);

    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    std::unique_ptr<OAuthSession> session(dialog.takeSession());
    QVERIFY(session);
    QCOMPARE(session->state(), OAuthSession::State::SignedIn);
    QCOMPARE(session->userId(), m_server->defaultUserId());

    // Opening the dialog again for the same environment fills in the saved client.
    ui::SignInDialog again(m_store.get());
    again.setBuiltInSandbox(m_server->baseUrl());
    again.selectEnvironment(u"built-in-sandbox"_s);
    QTRY_COMPARE_WITH_TIMEOUT(again.credentials().clientId, client.clientId, 20000);
    QCOMPARE(again.credentials().clientSecret, client.clientSecret);

    // A custom server comes back with its address.
    const Environment custom = Environment::custom(QUrl(u"https://procore.example.com"_s));
    again.setEnvironment(custom);
    QCOMPARE(again.environment().id, custom.id);
    QCOMPARE(again.environment().apiBase, custom.apiBase);
}

void TestSignInDialog::pastedCode()
{
    const ClientCredentials client = registerClient(u"urn:ietf:wg:oauth:2.0:oob"_s);
    ui::SignInDialog dialog(m_store.get());
    dialog.setBuiltInSandbox(m_server->baseUrl());
    dialog.selectEnvironment(u"built-in-sandbox"_s);
    QUrl opened;
    dialog.setBrowserOpener([&](const QUrl &url) {
        opened = url;
        return true;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy signedIn(&dialog, &ui::SignInDialog::signedIn);
    QLineEdit *code = nullptr;
    for (auto *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == u"Client ID"_s)
            edit->setText(client.clientId);
        else if (edit->accessibleName() == u"Client secret"_s)
            edit->setText(client.clientSecret);
        else if (edit->accessibleName() == u"Redirect URI"_s)
            edit->setText(client.redirectUri);
        else if (edit->accessibleName() == u"Code from Procore"_s)
            code = edit;
    }
    QVERIFY(code);
    QPushButton *signIn = nullptr;
    for (auto *b : dialog.findChildren<QPushButton *>())
        if (b->accessibleName() == u"Sign in with browser"_s)
            signIn = b;
    QVERIFY(signIn && signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY(opened.isValid());
    QTRY_VERIFY(code->isVisible());
    QVERIFY(code->hasFocus());

    const HttpResult page = fetch(m_browser, opened);
    QUrl post = opened;
    post.setQuery(QString());
    const HttpResult shown =
        fetch(m_browser, post, consentForm(page.body).toString(QUrl::FullyEncoded).toUtf8());
    const auto match =
        QRegularExpression(u"<code id=\"code\">([^<]+)</code>"_s).match(QString::fromUtf8(shown.body));
    QVERIFY(match.hasMatch());
    QTest::keyClicks(code, match.captured(1));
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
    delete dialog.takeSession();
}

void TestSignInDialog::escapeStopsListening()
{
    const quint16 port = freePort();
    const ClientCredentials client = registerClient(u"http://localhost:%1/"_s.arg(port));
    ui::SignInDialog dialog(m_store.get());
    dialog.setBuiltInSandbox(m_server->baseUrl());
    dialog.selectEnvironment(u"built-in-sandbox"_s);
    dialog.setBrowserOpener([](const QUrl &) { return true; });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (auto *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == u"Client ID"_s)
            edit->setText(client.clientId);
        else if (edit->accessibleName() == u"Client secret"_s)
            edit->setText(client.clientSecret);
        else if (edit->accessibleName() == u"Redirect URI"_s)
            edit->setText(client.redirectUri);
    }
    for (auto *b : dialog.findChildren<QPushButton *>())
        if (b->accessibleName() == u"Sign in with browser"_s)
            QTest::mouseClick(b, Qt::LeftButton);
    QTcpServer probe;
    QVERIFY(!probe.listen(QHostAddress::LocalHost, port)); // Hoist is listening
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QTcpServer after;
    QVERIFY(after.listen(QHostAddress::LocalHost, port)); // and no longer is
}

// The browser: the consent page, "Authorize", then the redirect to Hoist's listener.
void TestSignInDialog::allowInBrowser(const QUrl &opened)
{
    const HttpResult page = fetch(m_browser, opened);
    QCOMPARE(page.status, 200);
    QUrl post = opened;
    post.setQuery(QString());
    const HttpResult consent =
        fetch(m_browser, post, consentForm(page.body).toString(QUrl::FullyEncoded).toUtf8());
    QCOMPARE(consent.status, 302);
    QCOMPARE(fetch(m_browser, consent.location).status, 200);
}

// Issue 26.1: the site deploys Hoist's application once (a system-wide settings file); the person
// clicks "Sign in with Procore", allows access in the browser, and is signed in. The application
// has no secret (a public client): none is sent, PKCE binds the code.
void TestSignInDialog::signsInWithTheSitesApplication()
{
    const ClientCredentials client = registerClient(u"http://localhost:%1/"_s.arg(freePort()), QString());
    QTemporaryDir site;
    {
        QSettings conf(site.filePath(u"HoistTests/Hoist.conf"_s), QSettings::IniFormat);
        conf.setValue(u"procore/environment"_s, u"built-in-sandbox"_s);
        conf.setValue(u"procore/client_id"_s, client.clientId);
        conf.setValue(u"procore/redirect_uri"_s, client.redirectUri);
    }
    qputenv("XDG_CONFIG_DIRS", site.path().toLocal8Bit());
    auto restore = qScopeGuard([] { qunsetenv("XDG_CONFIG_DIRS"); });

    ui::SignInDialog dialog(m_store.get());
    dialog.setBuiltInSandbox(m_server->baseUrl());
    QUrl opened;
    dialog.setBrowserOpener([&](const QUrl &url) {
        opened = url;
        return true;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy signedIn(&dialog, &ui::SignInDialog::signedIn);
    auto *withProcore = dialog.findChild<QPushButton *>(u"signInWithProcore"_s);
    QVERIFY(withProcore && withProcore->isVisible() && withProcore->isDefault());
    for (auto *edit : dialog.findChildren<QLineEdit *>()) // the developer-portal form waits under Advanced
        QVERIFY2(!edit->isVisible(), qPrintable(edit->accessibleName()));
    QTest::mouseClick(withProcore, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 10000);
    QCOMPARE(QUrlQuery(opened).queryItemValue(u"client_id"_s), client.clientId);
    allowInBrowser(opened);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
    std::unique_ptr<OAuthSession> session(dialog.takeSession());
    QCOMPARE(session->state(), OAuthSession::State::SignedIn);
    QCOMPARE(session->environment().id, u"built-in-sandbox"_s);
    QVERIFY(session->client().clientSecret.isEmpty());

    // What reached the token endpoint: the code and its verifier, no client_secret.
    int tokenRequests = 0;
    for (const QJsonValue &v : m_server->exchanges()) {
        const QJsonObject e = v.toObject();
        if (e.value(u"path"_s).toString() != u"/oauth/token"_s)
            continue;
        const QJsonObject body = e.value(u"body"_s).toObject();
        if (body.value(u"client_id"_s).toString() != client.clientId)
            continue;
        ++tokenRequests;
        QVERIFY2(!body.contains(u"client_secret"_s), QJsonDocument(body).toJson().constData());
        QVERIFY(!body.value(u"code_verifier"_s).toString().isEmpty());
        QCOMPARE(e.value(u"status"_s).toInt(), 200);
    }
    QCOMPARE(tokenRequests, 1);
}

// Issue 26.1: the built-in sandbox is a button on the sign-in page and in the dialog, not a flag.
void TestSignInDialog::sandboxButtons()
{
    ui::SignInDialog dialog(m_store.get());
    QSignalSpy asked(&dialog, &ui::SignInDialog::sandboxRequested);
    dialog.show();
    auto *inDialog = dialog.findChild<QPushButton *>(u"trySandbox"_s);
    QVERIFY(inDialog && inDialog->isVisible());
    QTest::mouseClick(inDialog, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // The window's first page, as main() builds it: the button connects the window to the sandbox.
    auto window = std::make_unique<ui::MainWindow>();
    auto session = std::make_unique<ui::SessionManager>(window.get());
    window->setSignedOut(u"Procore"_s);
    window->show();
    auto *stack = window->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), u"signInPage"_s);
    auto *onPage = window->findChild<QPushButton *>(u"trySandboxButton"_s);
    QVERIFY(onPage && onPage->isVisible());
    QTest::mouseClick(onPage, Qt::LeftButton);
    QVERIFY(session->sandbox());
    QCOMPARE(session->sandbox()->isRunning(), true);
    QVERIFY(stack->currentWidget()->objectName() != u"signInPage"_s);
    session.reset();
}

QTEST_MAIN(TestSignInDialog)
#include "tst_auth_signindialog.moc"

#include "SignInDialog.h"

#include "auth/AppClient.h"
#include "auth/LoopbackReplyHandler.h"
#include "auth/OAuthSession.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoist::ui {

using namespace Qt::StringLiterals;

SignInDialog::SignInDialog(TokenStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_openBrowser([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_environments = Environment::standard();
    m_environments.append(Environment::custom(QUrl(u"https://example.invalid"_s)));
    buildUi();
    if (store) {
        // No plaintext fallback: say plainly that the sign-in will not outlast this run.
        connect(store, &TokenStore::keychainUnavailable, this, [this](const QString &reason) {
            m_keychainNotice->setText(reason);
            m_keychainNotice->show();
        });
        if (store->availability() == TokenStore::Availability::Unavailable) {
            m_keychainNotice->setText(store->unavailableReason());
            m_keychainNotice->show();
        }
    }
    onEnvironmentChanged();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::buildUi()
{
    setWindowTitle(tr("Sign in to Procore"));
    auto *layout = new QVBoxLayout(this);

    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setOpenExternalLinks(true);
    m_explanation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_explanation->setAccessibleName(tr("How to connect Hoist to Procore"));
    layout->addWidget(m_explanation);
    layout->addWidget(createFirstButtons());

    // The developer-portal way: the person's own application.
    m_advancedBox = new QWidget(this);
    auto *advancedLayout = new QVBoxLayout(m_advancedBox);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->addLayout(createForm());
    m_signIn = new QPushButton(tr("Sign &in with browser"), m_advancedBox);
    m_signIn->setAccessibleName(tr("Sign in with browser"));
    advancedLayout->addWidget(m_signIn);
    layout->addWidget(m_advancedBox);

    m_link = new QLabel(this);
    m_link->setWordWrap(true);
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setAccessibleName(tr("Sign-in address"));
    m_link->hide();
    layout->addWidget(m_link);

    layout->addWidget(createCodeBox());

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Sign-in status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);

    m_keychainNotice = new QLabel(this);
    m_keychainNotice->setWordWrap(true);
    m_keychainNotice->setAccessibleName(tr("Keychain warning"));
    m_keychainNotice->hide();
    layout->addWidget(m_keychainNotice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    setTabOrders();

    connect(m_environment, &QComboBox::currentIndexChanged, this, &SignInDialog::onEnvironmentChanged);
    connect(m_redirectUri, &QLineEdit::textChanged, this, &SignInDialog::updateExplanation);
    connect(m_apiBase, &QLineEdit::editingFinished, this,
            &SignInDialog::onEnvironmentChanged); // its saved client
    for (QLineEdit *edit : {m_apiBase, m_clientId, m_clientSecret, m_redirectUri})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    connect(m_withProcore, &QPushButton::clicked, this, &SignInDialog::signInWithProcore);
    connect(m_advanced, &QPushButton::toggled, this, [this] {
        updateState();
        updateExplanation();
    });
    connect(m_sandbox, &QPushButton::clicked, this, [this] {
        Q_EMIT sandboxRequested();
        reject();
    });
    connect(m_useCode, &QPushButton::clicked, this, &SignInDialog::submitCode);
    connect(m_code, &QLineEdit::returnPressed, this, &SignInDialog::submitCode);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    for (const Environment &e : std::as_const(m_environments))
        m_environment->addItem(e.kind == Environment::Kind::Custom ? tr("Other server…") : e.name);
    updateExplanation();
}

void SignInDialog::setTabOrders()
{
    setTabOrder(m_withProcore, m_sandbox);
    setTabOrder(m_sandbox, m_advanced);
    setTabOrder(m_advanced, m_environment);
    setTabOrder(m_environment, m_apiBase);
    setTabOrder(m_apiBase, m_loginBase);
    setTabOrder(m_loginBase, m_clientId);
    setTabOrder(m_clientId, m_clientSecret);
    setTabOrder(m_clientSecret, m_redirectUri);
    setTabOrder(m_redirectUri, m_signIn);
    setTabOrder(m_signIn, m_code);
    setTabOrder(m_code, m_useCode);
}

// "Sign in with Procore" (the build's or the site's application), the sandbox, and "Advanced".
QWidget *SignInDialog::createFirstButtons()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_withProcore = new QPushButton(tr("Sign in with &Procore"), box);
    m_withProcore->setObjectName(QStringLiteral("signInWithProcore"));
    m_withProcore->setAccessibleName(tr("Sign in with Procore"));
    m_sandbox = new QPushButton(tr("Try the built-in sand&box"), box);
    m_sandbox->setObjectName(QStringLiteral("trySandbox"));
    m_sandbox->setAccessibleName(tr("Try the built-in sandbox"));
    m_sandbox->setToolTip(tr("A copy of Procore on this computer, with sample projects: no account needed"));
    m_advanced = new QPushButton(tr("Ad&vanced"), box);
    m_advanced->setObjectName(QStringLiteral("advancedSignIn"));
    m_advanced->setAccessibleName(tr("Advanced: your own Procore application"));
    m_advanced->setCheckable(true);
    row->addWidget(m_withProcore);
    row->addWidget(m_sandbox);
    row->addStretch(1);
    row->addWidget(m_advanced);
    return box;
}

// Environment, the other server's addresses, client id and secret, redirect URI.
QFormLayout *SignInDialog::createForm()
{
    auto *form = new QFormLayout;
    m_environment = new QComboBox(this);
    m_environment->setAccessibleName(tr("Procore environment"));
    form->addRow(tr("&Environment:"), m_environment);

    m_customBox = new QWidget(this);
    auto *customForm = new QFormLayout(m_customBox);
    customForm->setContentsMargins(0, 0, 0, 0);
    m_apiBase = new QLineEdit(m_customBox);
    m_apiBase->setPlaceholderText(tr("https://api.example.com"));
    m_apiBase->setAccessibleName(tr("API address"));
    customForm->addRow(tr("&API address:"), m_apiBase);
    m_loginBase = new QLineEdit(m_customBox);
    m_loginBase->setPlaceholderText(tr("Same as the API address"));
    m_loginBase->setAccessibleName(tr("Sign-in address"));
    customForm->addRow(tr("Si&gn-in address:"), m_loginBase);
    form->addRow(m_customBox);

    m_clientId = new QLineEdit(this);
    m_clientId->setAccessibleName(tr("Client ID"));
    form->addRow(tr("Client I&D:"), m_clientId);
    m_clientSecret = new QLineEdit(this);
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_clientSecret->setAccessibleDescription(tr("Kept in the system keychain"));
    form->addRow(tr("Client &secret:"), m_clientSecret);
    m_redirectUri = new QLineEdit(OAuthSession::defaultRedirectUri(), this);
    m_redirectUri->setAccessibleName(tr("Redirect URI"));
    m_redirectUri->setAccessibleDescription(tr("Must match the redirect URI registered for the app exactly"));
    form->addRow(tr("&Redirect URI:"), m_redirectUri);
    return form;
}

// Where a code from Procore is typed when the browser cannot reach Hoist.
QWidget *SignInDialog::createCodeBox()
{
    m_codeBox = new QWidget(this);
    auto *codeLayout = new QHBoxLayout(m_codeBox);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    auto *codeLabel = new QLabel(tr("&Code from Procore:"), m_codeBox);
    m_code = new QLineEdit(m_codeBox);
    m_code->setAccessibleName(tr("Code from Procore"));
    codeLabel->setBuddy(m_code);
    m_useCode = new QPushButton(tr("&Use code"), m_codeBox);
    m_useCode->setAccessibleName(tr("Use code"));
    codeLayout->addWidget(codeLabel);
    codeLayout->addWidget(m_code, 1);
    codeLayout->addWidget(m_useCode);
    m_codeBox->hide();
    return m_codeBox;
}

void SignInDialog::reject()
{
    // Escape, Cancel or the window's close button: stop listening for the browser.
    if (m_session)
        m_session->cancelSignIn();
    QDialog::reject();
}

void SignInDialog::setBuiltInSandbox(const QUrl &base)
{
    const Environment sandbox = Environment::builtInSandbox(base);
    for (qsizetype i = 0; i < m_environments.size(); ++i) {
        if (m_environments[i].kind == Environment::Kind::BuiltInSandbox) {
            m_environments[i] = sandbox;
            return;
        }
    }
    const int at = int(m_environments.size()) - 1; // before "Other server…"
    m_environments.insert(at, sandbox);
    m_environment->insertItem(at, sandbox.name);
    updateState(); // the site's application may be the sandbox's
    updateExplanation();
}

void SignInDialog::selectEnvironment(const QString &id)
{
    for (qsizetype i = 0; i < m_environments.size(); ++i)
        if (m_environments[i].id == id)
            m_environment->setCurrentIndex(int(i));
}

void SignInDialog::setEnvironment(const Environment &environment)
{
    if (environment.kind != Environment::Kind::Custom)
        return selectEnvironment(environment.id);
    m_apiBase->setText(environment.apiBase.toString());
    m_loginBase->setText(environment.loginBase == environment.apiBase ? QString()
                                                                      : environment.loginBase.toString());
    const int custom = int(m_environments.size()) - 1;
    if (m_environment->currentIndex() == custom)
        onEnvironmentChanged();
    else
        m_environment->setCurrentIndex(custom);
}

Environment SignInDialog::environment() const
{
    const Environment chosen = m_environments.value(m_environment->currentIndex());
    if (chosen.kind != Environment::Kind::Custom)
        return chosen;
    const QUrl api = QUrl::fromUserInput(m_apiBase->text().trimmed());
    const QUrl login =
        m_loginBase->text().trimmed().isEmpty() ? api : QUrl::fromUserInput(m_loginBase->text().trimmed());
    if (!api.isValid() || api.host().isEmpty())
        return {};
    return Environment::custom(api, login);
}

ClientCredentials SignInDialog::credentials() const
{
    return {m_clientId->text().trimmed(), m_clientSecret->text().trimmed(), m_redirectUri->text().trimmed()};
}

QString SignInDialog::statusText() const
{
    return m_status->text();
}

OAuthSession *SignInDialog::takeSession()
{
    OAuthSession *session = m_session;
    if (session) {
        disconnect(session, nullptr, this, nullptr);
        session->setParent(nullptr);
    }
    m_session = nullptr;
    return session;
}

void SignInDialog::onEnvironmentChanged()
{
    const Environment chosen = m_environments.value(m_environment->currentIndex());
    m_customBox->setVisible(chosen.kind == Environment::Kind::Custom);
    updateState();
    // Fill in what the keychain remembers for this environment.
    const Environment env = environment();
    if (!m_store || env.id.isEmpty())
        return;
    const int generation = ++m_loadGeneration;
    m_store->loadClient(env.id, this,
                        [this, generation](const std::optional<ClientCredentials> &client, const QString &) {
                            if (generation != m_loadGeneration)
                                return;
                            m_clientId->setText(client ? client->clientId : QString());
                            m_clientSecret->setText(client ? client->clientSecret : QString());
                            if (client && !client->redirectUri.isEmpty())
                                m_redirectUri->setText(client->redirectUri);
                        });
}

void SignInDialog::updateExplanation()
{
    if (hasAppClient() && !m_advanced->isChecked()) {
        m_explanation->setText(
            tr("<p>Choose <b>Sign in with Procore</b>: your browser opens Procore's sign-in "
               "page; sign in there and allow Hoist access. Hoist keeps your sign-in in "
               "the system keychain.</p>"));
        return;
    }
    const QString redirect = m_redirectUri->text().trimmed().isEmpty() ? OAuthSession::defaultRedirectUri()
                                                                       : m_redirectUri->text().trimmed();
    m_explanation->setText(
        tr("<p>Hoist needs an app registered with Procore before it can sign you in. You do this once:</p>"
           "<ol>"
           "<li>Sign in to the <a href=\"https://developers.procore.com\">Procore Developer Portal</a> "
           "and choose <b>Create New App</b>.</li>"
           "<li>In the app's OAuth settings, add this redirect URI exactly as shown, including the last "
           "slash: <b>%1</b></li>"
           "<li>Copy the app's <b>Client ID</b> and <b>Client Secret</b> into the fields below. The Procore "
           "sandboxes have their own ID and secret.</li>"
           "</ol>"
           "<p>Hoist keeps the secret and your sign-in in the system keychain, never in a file. If Procore "
           "shows a code instead of returning to Hoist, use the redirect URI "
           "<b>urn:ietf:wg:oauth:2.0:oob</b> and paste the code here.</p>")
            .arg(redirect.toHtmlEscaped()));
}

void SignInDialog::updateState()
{
    const bool busy = m_session
                      && (m_session->state() == OAuthSession::State::WaitingForBrowser
                          || m_session->state() == OAuthSession::State::CompletingSignIn);
    const bool complete = credentials().isComplete() && !environment().id.isEmpty();
    m_signIn->setEnabled(complete
                         && !(m_session && m_session->state() == OAuthSession::State::CompletingSignIn));
    m_signIn->setText(busy ? tr("Start &again") : tr("Sign &in with browser"));
    const bool app = hasAppClient();
    m_withProcore->setVisible(app);
    m_withProcore->setEnabled(!(m_session && m_session->state() == OAuthSession::State::CompletingSignIn));
    m_withProcore->setDefault(app && !m_advanced->isChecked());
    m_signIn->setDefault(!m_withProcore->isDefault());
    if (m_hadAppClient != int(app)) {
        m_hadAppClient = int(app);
        m_advanced->setChecked(!app); // without one, the form is the way in (toggled() calls back here)
    }
    m_advancedBox->setVisible(m_advanced->isChecked());
    const bool waitingForCode = m_session && m_session->state() == OAuthSession::State::WaitingForBrowser
                                && m_session->needsPastedCode();
    m_codeBox->setVisible(waitingForCode);
}

void SignInDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
}

void SignInDialog::startSignIn()
{
    const Environment env = environment();
    const ClientCredentials client = credentials();
    if (env.id.isEmpty()) {
        setStatus(tr("Enter the address of the Procore server."));
        m_apiBase->setFocus();
        return;
    }
    if (!client.isComplete()) {
        setStatus(
            tr("Enter the client ID and the redirect URI (and the client secret, if the app has one)."));
        return;
    }
    startSignInWith(client, true);
}

bool SignInDialog::hasAppClient() const
{
    const std::optional<AppClient> app = AppClient::configured();
    return app && std::any_of(m_environments.cbegin(), m_environments.cend(), [&](const Environment &e) {
               return e.id == app->environmentId;
           });
}

void SignInDialog::signInWithProcore()
{
    const std::optional<AppClient> app = AppClient::configured();
    if (!app || !hasAppClient())
        return;
    selectEnvironment(app->environmentId);
    // The build's or the site's application is not the person's: it is not saved in the keychain.
    startSignInWith(app->credentials, false);
}

void SignInDialog::startSignInWith(const ClientCredentials &client, bool save)
{
    const Environment env = environment();
    if (m_session) {
        m_session->cancelSignIn();
        m_session->deleteLater();
    }
    m_session = new OAuthSession(env, m_store, nullptr, this);
    m_session->setClient(client, save);
    connect(m_session, &OAuthSession::stateChanged, this, &SignInDialog::updateState);
    connect(m_session, &OAuthSession::authorizationUrlReady, this, [this](const QUrl &url) {
        const QString address = url.toString(QUrl::FullyEncoded);
        m_link->setText(tr("If no browser opened, open this address: <a href=\"%1\">%2</a>")
                            .arg(address.toHtmlEscaped(), tr("sign-in page")));
        m_link->show();
        const bool opened = m_openBrowser && m_openBrowser(url);
        if (m_session->needsPastedCode())
            setStatus(tr("Allow access in the browser, then paste the code Procore shows below."));
        else if (opened)
            setStatus(tr("Waiting for you to allow access in the browser…"));
        else
            setStatus(tr("No browser could be opened. Open the sign-in page with the link above."));
        updateState();
        if (m_session->needsPastedCode())
            m_code->setFocus();
    });
    connect(m_session, &OAuthSession::signInFailed, this, [this](const QString &reason) {
        setStatus(reason);
        updateState();
    });
    connect(m_session, &OAuthSession::warning, this, [this](const QString &message) { setStatus(message); });
    connect(m_session, &OAuthSession::signedIn, this, [this] {
        setStatus(tr("Signed in as %1.").arg(m_session->userName()));
        Q_EMIT signedIn(m_session);
        accept();
    });
    setStatus(tr("Starting…"));
    m_session->signIn();
}

void SignInDialog::submitCode()
{
    if (!m_session || m_code->text().trimmed().isEmpty())
        return;
    setStatus(tr("Checking the code…"));
    m_session->submitPastedCode(m_code->text());
    m_code->clear();
}

} // namespace hoist::ui

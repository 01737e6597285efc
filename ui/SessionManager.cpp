#include "SessionManager.h"

#include "AppSettings.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "SignInDialog.h"

#include "auth/OAuthSession.h"
#include "auth/TokenStore.h"
#include "history/HistoryRecorder.h"
#include "history/HistoryUpkeep.h"
#include "history/UploadHistory.h"
#include "procore/AuthProvider.h"
#include "procore/Environment.h"
#include "procore/ExtraCertificates.h"
#include "procore/ProcoreClient.h"
#include "procore/ProxySignIn.h"
#include "procore/RatePacer.h"
#include "sandbox/SandboxServer.h"
#include "upload/TransferJournal.h"
#include "upload/UploadController.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace hoist::ui {

namespace {
const char *const kLastEnvironmentKey = "session/lastEnvironment";
constexpr int kUpkeepDelayMs = 5000; // after start-up, when nothing else is waiting
} // namespace

SessionManager::SessionManager(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_proxySignIn(std::make_unique<ProxySignIn>())
    , m_store(std::make_unique<TokenStore>())
{
    m_proxySignIn->watch(&m_network);
    QString error;
    m_history = UploadHistory::open(UploadHistory::defaultPath(), &error);
    if (m_history && !m_history->setAsideMessage().isEmpty())
        QMessageBox::warning(window, tr("Upload history"), m_history->setAsideMessage());
    else if (!m_history)
        QMessageBox::warning(window, tr("Upload history"),
                             tr("The upload history cannot be kept: %1. Uploads still work.").arg(error));
    connect(window, &MainWindow::signInRequested, this, &SessionManager::showSignIn);
    connect(window, &MainWindow::historyRequested, this, &SessionManager::showHistory);
    connect(window, &MainWindow::sandboxRequested, this, &SessionManager::trySandbox);
    // The history stays within Settings' limits: pruned and checked once the window is up, off the
    // event loop (opening it read only its header).
    if (m_history) {
        m_upkeep = std::make_unique<HistoryUpkeep>(m_history->path());
        QTimer::singleShot(kUpkeepDelayMs, m_upkeep.get(),
                           [this] { m_upkeep->start(AppSettings::load().historyLimits); });
    }
}

SessionManager::~SessionManager()
{
    m_upkeep.reset(); // waits for a run under way
    // The window holds raw pointers to the client and the queue: let go of them first.
    m_recorder.reset();
    m_controller.reset();
    m_journal.reset();
    m_client.reset();
    // Close the window's kept-alive connections before the built-in sandbox stops: its server
    // would otherwise wait for each of them to time out (a second) before quitting.
    m_network.clearConnectionCache();
    m_sandbox.reset();
}

bool SessionManager::startSandbox(QString *error, const QString &dataDir, bool tls)
{
    sandbox::SandboxOptions options;
    options.dataDir = dataDir;
    options.tls = tls;
    m_sandboxDataDir = dataDir;
    m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
    if (!m_sandbox->start(error))
        return false;
    // Over HTTPS, the CA the sandbox made is trusted: asking for --tls is the telling.
    if (tls) {
        const QString problem = ExtraCertificates::trustFile(m_sandbox->caCertificatePath());
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    m_auth = std::make_unique<StaticTokenProvider>(m_sandbox->accessToken());
    const Environment env = Environment::builtInSandbox(m_sandbox->baseUrl());
    connectWith(m_auth.get(), env.apiBase, env.id, env.name);
    return true;
}

void SessionManager::connectWith(AuthProvider *auth, const QUrl &apiBase, const QString &environmentId,
                                 const QString &environmentName)
{
    m_recorder.reset();
    m_controller.reset();
    m_journal.reset();
    m_client.reset();
    m_pacer = std::make_unique<RatePacer>();
    m_client = std::make_unique<ProcoreClient>(&m_network, apiBase, auth, m_pacer.get());
    m_controller = std::make_unique<UploadController>(m_client.get());
    openJournal(environmentId);
    if (m_history) {
        m_recorder = std::make_unique<HistoryRecorder>(m_controller.get(), m_history.get(), environmentId);
        m_recorder->askWhoUploads(m_client.get()); // who uploaded, for receipts
    }
    m_window->setSession(m_client.get(), m_controller.get(), environmentName);
    Q_EMIT sessionChanged();
    if (!m_earlierUnfinished.isEmpty())
        QTimer::singleShot(0, this, &SessionManager::offerResume);
}

void SessionManager::openJournal(const QString &environmentId)
{
    m_earlierUnfinished.clear();
    QString path = TransferJournal::pathFor(QStringLiteral("hoist"), environmentId);
    if (environmentId == Environment::builtInSandbox({}).id) {
        // The built-in sandbox forgets everything when it stops, unless it keeps a data folder.
        if (m_sandboxDataDir.isEmpty())
            return;
        path = QDir(m_sandboxDataDir).filePath(QStringLiteral("journal.sqlite"));
    }
    // No creating call without its record: a journal that cannot be opened holds the queue (the
    // journal bar says why); Resume All tries again.
    UploadController *controller = m_controller.get();
    connect(controller, &UploadController::journalWanted, this, [this, controller, path] {
        if (controller == m_controller.get() && !m_journal && tryJournal(path))
            QTimer::singleShot(0, this, &SessionManager::offerResume);
    });
    if (!tryJournal(path))
        controller->holdForJournal(m_journalProblem);
}

bool SessionManager::tryJournal(const QString &path)
{
    m_journalProblem.clear();
    m_journal = TransferJournal::open(path, &m_journalProblem);
    if (!m_journal)
        return false;
    if (!m_journal->setAsideMessage().isEmpty())
        QMessageBox::warning(m_window, tr("Transfer journal"), m_journal->setAsideMessage());
    m_journal->removeFinished();
    m_earlierUnfinished.clear();
    // Interrupted files only: failed ones were said when they failed, and stay in the journal for
    // a retry (History › Retry failed, or dropping them again) without asking at every start.
    for (const TransferJournal::Entry &e : m_journal->unfinished())
        if (e.state != TransferState::Failed)
            m_earlierUnfinished.append(e.id);
    m_controller->setJournal(m_journal.get());
    return true;
}

void SessionManager::offerResume()
{
    const QList<quint64> earlier = std::exchange(m_earlierUnfinished, {});
    if (!m_journal || !m_controller || earlier.isEmpty())
        return;
    const int unfinished = int(earlier.size());
    QMessageBox box(QMessageBox::Question, tr("Resume uploads?"),
                    tr("%n file(s) were not finished when Hoist last stopped.", nullptr, unfinished),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("resumeOffer"));
    box.setInformativeText(tr("Hoist can go on where they stopped: parts already stored are not sent again "
                              "and nothing is uploaded twice."));
    QPushButton *resume = box.addButton(tr("&Resume"), QMessageBox::AcceptRole);
    QPushButton *later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    resume->setObjectName(QStringLiteral("resumeButton"));
    later->setObjectName(QStringLiteral("laterButton"));
    discard->setObjectName(QStringLiteral("discardButton"));
    box.setDefaultButton(resume);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == resume)
        m_controller->resumeFromJournal();
    else if (box.clickedButton() == discard)
        for (quint64 id : earlier)
            m_journal->remove(id);
}

void SessionManager::restoreSignedIn()
{
    const QString lastId = QSettings().value(QLatin1String(kLastEnvironmentKey)).toString();
    const Environment env = Environment::byId(lastId);
    if (env.id.isEmpty()) {
        m_window->setSignedOut(Environment::production().name);
        return;
    }
    auto *session = new OAuthSession(env, m_store.get(), &m_network);
    connect(session, &OAuthSession::restored, this, [this, session](bool signedIn) {
        if (signedIn) {
            adoptSession(session);
        } else {
            m_window->setSignedOut(session->environment().name);
            session->deleteLater();
        }
    });
    session->restore();
}

void SessionManager::adoptSession(OAuthSession *session)
{
    m_auth.reset(session);
    QSettings().setValue(QLatin1String(kLastEnvironmentKey), session->environment().id);
    connectWith(session, session->environment().apiBase, session->environment().id,
                session->environment().name);
    if (!session->userName().isEmpty())
        m_window->setUserName(session->userName());
    connect(session, &OAuthSession::userChanged, m_window,
            [this, session] { m_window->setUserName(session->userName()); });
    // The tokens cannot be renewed: the queue waits, intact, for a new sign-in.
    connect(session, &AuthProvider::refreshFailed, m_window, [this, session](const QString &reason) {
        QMessageBox box(
            QMessageBox::Warning, tr("Sign in again"),
            tr("Procore needs you to sign in again (%1). Waiting uploads stay in the queue.").arg(reason),
            QMessageBox::Cancel, m_window);
        QPushButton *signIn = box.addButton(tr("Sign In…"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == signIn)
            session->signIn();
    });
    connect(session, &OAuthSession::authorizationUrlReady, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
}

void SessionManager::showSignIn()
{
    auto *dialog = new SignInDialog(m_store.get(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Environment env = AppSettings::load().signInEnvironment(); !env.id.isEmpty())
        dialog->setEnvironment(env); // the one chosen in Settings
    connect(dialog, &SignInDialog::signedIn, this, [this, dialog](OAuthSession *) {
        if (OAuthSession *session = dialog->takeSession())
            adoptSession(session);
    });
    connect(dialog, &SignInDialog::sandboxRequested, this, &SessionManager::trySandbox);
    dialog->open();
    // The build or the site carries Hoist's application: one click was enough, the browser opens.
    if (dialog->hasAppClient())
        dialog->signInWithProcore();
}

void SessionManager::trySandbox()
{
    if (m_sandbox)
        return;
    QString error;
    if (!startSandbox(&error))
        QMessageBox::warning(m_window, tr("Built-in sandbox"),
                             tr("The built-in sandbox could not start: %1").arg(error));
}

void SessionManager::showHistory()
{
    if (!m_history) {
        QMessageBox::information(m_window, tr("Upload history"), tr("The upload history is not available."));
        return;
    }
    auto *dialog = new HistoryDialog(m_history.get(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryDialog::retryRequested, m_window, &MainWindow::retryFromHistory);
    dialog->open();
}

} // namespace hoist::ui

#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace hoist {
class AuthProvider;
class HistoryRecorder;
class HistoryUpkeep;
class OAuthSession;
class ProcoreClient;
class ProxySignIn;
class RatePacer;
class TokenStore;
class TransferJournal;
class UploadController;
class UploadHistory;
namespace sandbox {
class SandboxServer;
}
} // namespace hoist

namespace hoist::ui {

class MainWindow;

// What the window is connected to and everything that lives as long as that connection: the
// built-in sandbox or a signed-in Procore (OAuth session from the keychain), the API client, the
// upload queue, and the upload history that records it.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    explicit SessionManager(MainWindow *window, QObject *parent = nullptr);
    ~SessionManager() override;

    // Runs the built-in sandbox in-process and connects to it with its token. With a data
    // folder, the sandbox keeps its state there between runs, and so the window keeps a transfer
    // journal there too (an unfinished queue is offered for resuming at the next start). With
    // `tls`, it serves HTTPS and the CA it made is trusted (issue 28).
    bool startSandbox(QString *error, const QString &dataDir = {}, bool tls = false);
    // "Try the built-in sandbox" on the sign-in page or in the sign-in dialog.
    void trySandbox();
    sandbox::SandboxServer *sandbox() const { return m_sandbox.get(); }
    // Real Procore: restores the last signed-in environment from the keychain, or shows the
    // "Sign in" page.
    void restoreSignedIn();
    void showSignIn();
    void showHistory();
    UploadController *controller() const { return m_controller.get(); }
    TransferJournal *journal() const { return m_journal.get(); } // none for the plain built-in sandbox
    // The proxy's sign-in for every request of the window (issue 28).
    ProxySignIn *proxySignIn() const { return m_proxySignIn.get(); }

Q_SIGNALS:
    // A new client and queue (and journal): the watched folders follow it.
    void sessionChanged();

private:
    void connectWith(AuthProvider *auth, const QUrl &apiBase, const QString &environmentId,
                     const QString &environmentName);
    void adoptSession(OAuthSession *session);
    void openJournal(const QString &environmentId);
    bool tryJournal(const QString &path); // sets m_journalProblem when it cannot
    void offerResume();

    MainWindow *m_window;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProxySignIn> m_proxySignIn;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QString m_sandboxDataDir;
    QString m_journalProblem;
    QList<quint64> m_earlierUnfinished; // the journal's unfinished files when it was opened
    std::unique_ptr<AuthProvider> m_auth;
    std::unique_ptr<RatePacer> m_pacer;
    std::unique_ptr<ProcoreClient> m_client;
    std::unique_ptr<TransferJournal> m_journal; // outlives m_controller
    std::unique_ptr<UploadController> m_controller;
    std::unique_ptr<UploadHistory> m_history;
    std::unique_ptr<HistoryRecorder> m_recorder;
    std::unique_ptr<HistoryUpkeep> m_upkeep; // prunes and checks the history in the background
};

} // namespace hoist::ui

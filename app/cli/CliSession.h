#pragma once

#include "procore/ProcoreClient.h"
#include "procore/RatePacer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

namespace hoist {
class TokenStore;
struct Environment;
} // namespace hoist
namespace hoist::sandbox {
class SandboxServer;
}

namespace hoist::cli {

// What `upload` and `ls` share: where the API is (--sandbox, --env, --api-base), the token
// (HOIST_ACCESS_TOKEN), one QNetworkAccessManager, the pacer and the client, and blocking
// look-ups of a company, a project and a folder by id or name.
class CliSession
{
public:
    CliSession();
    ~CliSession();

    void addOptions(QCommandLineParser &parser);
    // Reads the options; returns an exit code other than ExitOk (and says why on stderr) when
    // the session cannot be set up.
    int open(const QCommandLineParser &parser, QTextStream &err);

    ProcoreClient *client() const { return m_client.get(); }
    // "built-in-sandbox", "production", "custom:host:port", … for the upload history.
    QString environmentId() const { return m_environmentId; }
    QNetworkAccessManager *network() const { return m_network.get(); }
    sandbox::SandboxServer *sandbox() const { return m_sandbox.get(); }

    // Waits for the call (the event loop runs meanwhile) and returns it; the caller deletes it.
    static ApiReply *wait(ApiReply *reply);
    // Signed in with hoist-cli login, and Procore no longer takes the tokens (e.g. a refresh whose
    // answer was lost spent them): only a new login goes on.
    bool signInRequired() const;
    // Exit code for a failed call: 3 auth, 4 network, 1 otherwise.
    static int exitCodeFor(const ProcoreError &error);

    // "ID" or a name (case-insensitive, unique). On failure: message on err, *exitCode set.
    qint64 findCompany(const QString &text, QTextStream &err, int *exitCode);
    qint64 findProject(qint64 companyId, const QString &text, QTextStream &err, int *exitCode);

    QCommandLineOption sandboxOption;
    QCommandLineOption envOption;
    QCommandLineOption apiBaseOption;
    QCommandLineOption retriesOption;

private:
    int startSandbox(QTextStream &err);
    int chooseEnvironment(const QCommandLineParser &parser, QTextStream &err, Environment *env);
    int restoreSignIn(const Environment &env, QTextStream &err);

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<RatePacer> m_pacer;
    std::unique_ptr<AuthProvider> m_auth;
    std::unique_ptr<ProcoreClient> m_client;
    QString m_environmentId;
};

} // namespace hoist::cli

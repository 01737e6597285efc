#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace hoist {

// The OAuth application Hoist signs in as, per environment: the build's or the site's (AppClient),
// or one a user registered in Procore's developer portal. A native application that cannot keep
// a secret has none (Procore's oauth_keys.md): then no client_secret is sent, and PKCE protects
// the code.
struct ClientCredentials
{
    QString clientId;
    QString clientSecret; // may be empty: a public client
    QString redirectUri;  // exactly as registered, e.g. "http://localhost:8765/"

    bool isComplete() const { return !clientId.isEmpty() && !redirectUri.isEmpty(); }
};

// One signed-in user's tokens in one environment.
struct StoredTokens
{
    qint64 userId = 0;
    QString userLogin;
    QString userName;
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // of the access token, UTC
};

// Hoist's secrets in the operating system's keychain (QtKeychain: Secret Service, macOS Keychain,
// Windows Credential Manager), under the service "Hoist":
//   "<environment id>/client"               {"client_id","client_secret","redirect_uri"}
//   "<environment id>/user/<user id>" {"user_id","login","name","access_token","refresh_token","expires_at"}
//   "<environment id>/current-user"         {"user_id"}: whose tokens the environment uses
// The window and hoist-cli read and write the same entries.
//
// There is no plaintext fallback. When the keychain cannot be used, keychainUnavailable() is
// emitted once, and from then on this object keeps everything in memory for this run only.
// All operations are asynchronous; callbacks run on the caller's thread, and not at all if
// `context` is destroyed first.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability { Unknown, Available, Unavailable };

    explicit TokenStore(QObject *parent = nullptr);
    explicit TokenStore(const QString &service, QObject *parent = nullptr);
    ~TokenStore() override;

    QString service() const { return m_service; }
    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_unavailableReason; }
    // Tests: behave as if the keychain were unavailable, without asking it.
    void setKeychainDisabled(const QString &reason);

    using Done = std::function<void(bool ok, const QString &error)>;
    using ClientLoaded = std::function<void(std::optional<ClientCredentials>, const QString &error)>;
    using TokensLoaded = std::function<void(std::optional<StoredTokens>, const QString &error)>;

    // Asks the keychain something harmless to learn whether it answers at all.
    void probe(QObject *context, const Done &done);

    void loadClient(const QString &environmentId, QObject *context, const ClientLoaded &done);
    void saveClient(const QString &environmentId, const ClientCredentials &client, QObject *context,
                    const Done &done);
    void removeClient(const QString &environmentId, QObject *context, const Done &done);

    // The current user's tokens of an environment (nullopt, no error: nobody is signed in).
    void loadTokens(const QString &environmentId, QObject *context, const TokensLoaded &done);
    // Writes the user's entry, then makes that user the environment's current one.
    void saveTokens(const QString &environmentId, const StoredTokens &tokens, QObject *context,
                    const Done &done);
    // Deletes the user's entry and, if that user is the current one, the current-user entry.
    void removeTokens(const QString &environmentId, qint64 userId, QObject *context, const Done &done);

    static QString clientKey(const QString &environmentId);
    static QString userKey(const QString &environmentId, qint64 userId);
    static QString currentUserKey(const QString &environmentId);

Q_SIGNALS:
    void keychainUnavailable(const QString &reason);

private:
    // Raw operations on one key; in memory once the keychain is unavailable.
    using ReadDone = std::function<void(std::optional<QByteArray>, const QString &error)>;
    void read(const QString &key, QObject *context, const ReadDone &done);
    void write(const QString &key, const QByteArray &data, QObject *context, const Done &done);
    void remove(const QString &key, QObject *context, const Done &done);
    // True when the job's error means the keychain cannot be used (and switches to memory).
    bool noteJobError(const QKeychain::Job *job);
    void markUnavailable(const QString &reason);
    void markAvailable();
    void later(QObject *context, std::function<void()> f);

    QString m_service;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
    QHash<QString, QByteArray> m_memory; // only used while Unavailable
};

} // namespace hoist

#pragma once

#include <QObject>
#include <QString>

namespace hoist {

// Where the upload engine gets its Bearer token. A 401 from the API makes the engine call
// refresh(); every caller that asks while a refresh is under way waits for the same one
// (single-flight), and all of them hear tokenRefreshed() or refreshFailed().
class AuthProvider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString accessToken() const = 0;
    // Starts a refresh unless one is already running. Never blocks.
    virtual void refresh() = 0;
    virtual bool isRefreshing() const = 0;
    // After refreshFailed(), can a person sign in again (and tokenRefreshed() follow)? Then API
    // calls wait for that instead of failing, so the queue stays intact.
    virtual bool canSignInAgain() const { return false; }

    // Call when the API answered 401 to a request that carried `rejectedToken`. Returns true when a
    // newer token is already there (retry at once with accessToken()); otherwise starts or joins the
    // one refresh and returns false: wait for tokenRefreshed() or refreshFailed(). Comparing tokens
    // keeps a late 401, answered after a refresh finished, from causing a second refresh.
    bool requestRefreshFor(const QString &rejectedToken)
    {
        const QString current = accessToken();
        if (!isRefreshing() && !current.isEmpty() && current != rejectedToken)
            return true;
        refresh();
        return false;
    }

Q_SIGNALS:
    void tokenRefreshed(const QString &accessToken);
    // The token cannot be renewed without the user (e.g. the refresh token was spent):
    // work that needs the API waits until a new sign-in succeeds.
    void refreshFailed(const QString &reason);
};

// A fixed token (a service account's, HOIST_ACCESS_TOKEN, or the sandbox's): refresh cannot help.
class StaticTokenProvider : public AuthProvider
{
    Q_OBJECT

public:
    explicit StaticTokenProvider(QString token, QObject *parent = nullptr)
        : AuthProvider(parent)
        , m_token(std::move(token))
    {}
    QString accessToken() const override { return m_token; }
    void refresh() override
    {
        Q_EMIT refreshFailed(tr("The access token was refused and cannot be renewed."));
    }
    bool isRefreshing() const override { return false; }

private:
    QString m_token;
};

} // namespace hoist

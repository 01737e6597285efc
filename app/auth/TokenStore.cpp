#include "TokenStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace hoist {

using namespace Qt::StringLiterals;

namespace {

QJsonObject parseObject(const QByteArray &data)
{
    return QJsonDocument::fromJson(data).object();
}

QByteArray serialize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

TokenStore::TokenStore(QObject *parent)
    : TokenStore(u"Hoist"_s, parent)
{}

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

TokenStore::~TokenStore() = default;

// Callbacks are always asynchronous, and dropped when either this store or the context is gone.
void TokenStore::later(QObject *context, std::function<void()> f)
{
    QMetaObject::invokeMethod(
        this,
        [guard = QPointer<QObject>(context), f = std::move(f)] {
            if (guard)
                f();
        },
        Qt::QueuedConnection);
}

void TokenStore::setKeychainDisabled(const QString &reason)
{
    markUnavailable(reason);
}

QString TokenStore::clientKey(const QString &environmentId)
{
    return environmentId + u"/client"_s;
}

QString TokenStore::userKey(const QString &environmentId, qint64 userId)
{
    return environmentId + u"/user/"_s + QString::number(userId);
}

QString TokenStore::currentUserKey(const QString &environmentId)
{
    return environmentId + u"/current-user"_s;
}

void TokenStore::markUnavailable(const QString &reason)
{
    if (m_availability == Availability::Unavailable)
        return;
    m_availability = Availability::Unavailable;
    m_unavailableReason = reason;
    Q_EMIT keychainUnavailable(reason);
}

void TokenStore::markAvailable()
{
    if (m_availability == Availability::Unknown)
        m_availability = Availability::Available;
}

bool TokenStore::noteJobError(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        markAvailable();
        return false;
    case QKeychain::CouldNotDeleteEntry:
        return false;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        markUnavailable(tr("Access to the system keychain was denied (%1). Hoist keeps your sign-in in "
                           "memory until it quits; you will have to sign in again next time.")
                            .arg(job->errorString()));
        return true;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    markUnavailable(tr("The system keychain is not available (%1). Hoist keeps your sign-in in memory "
                       "until it quits; you will have to sign in again next time.")
                        .arg(job->errorString()));
    return true;
}

void TokenStore::read(const QString &key, QObject *context, const ReadDone &done)
{
    if (m_availability == Availability::Unavailable) {
        const auto it = m_memory.constFind(key);
        const std::optional<QByteArray> value =
            it == m_memory.constEnd() ? std::nullopt : std::optional<QByteArray>(*it);
        later(context, [done, value] { done(value, {}); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [this, key, context, done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            markAvailable();
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData().toUtf8(), {});
        } else if (j->error() == QKeychain::EntryNotFound) {
            markAvailable();
            done(std::nullopt, {});
        } else if (noteJobError(j)) {
            read(key, context, done); // now from memory
        } else {
            done(std::nullopt, j->errorString());
        }
    });
    job->start();
}

void TokenStore::write(const QString &key, const QByteArray &data, QObject *context, const Done &done)
{
    if (m_availability == Availability::Unavailable) {
        m_memory.insert(key, data);
        later(context, [done] { done(true, {}); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(QString::fromUtf8(data));
    connect(job, &QKeychain::Job::finished, context, [this, key, data, context, done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            markAvailable();
            done(true, {});
        } else if (noteJobError(j)) {
            write(key, data, context, done);
        } else {
            done(false, j->errorString());
        }
    });
    job->start();
}

void TokenStore::remove(const QString &key, QObject *context, const Done &done)
{
    m_memory.remove(key);
    if (m_availability == Availability::Unavailable) {
        later(context, [done] { done(true, {}); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [this, done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            markAvailable();
            done(true, {});
        } else if (noteJobError(j)) {
            done(true, {}); // nothing can be left in a keychain nobody can reach
        } else {
            done(false, j->errorString());
        }
    });
    job->start();
}

void TokenStore::probe(QObject *context, const Done &done)
{
    read(u"probe"_s, context, [this, done](const std::optional<QByteArray> &, const QString &error) {
        done(m_availability == Availability::Available && error.isEmpty(),
             m_availability == Availability::Unavailable ? m_unavailableReason : error);
    });
}

void TokenStore::loadClient(const QString &environmentId, QObject *context, const ClientLoaded &done)
{
    read(clientKey(environmentId), context,
         [done](const std::optional<QByteArray> &data, const QString &error) {
             if (!data)
                 return done(std::nullopt, error);
             const QJsonObject o = parseObject(*data);
             ClientCredentials c{o.value(u"client_id"_s).toString(), o.value(u"client_secret"_s).toString(),
                                 o.value(u"redirect_uri"_s).toString()};
             done(c.clientId.isEmpty() ? std::nullopt : std::optional(c), error);
         });
}

void TokenStore::saveClient(const QString &environmentId, const ClientCredentials &client, QObject *context,
                            const Done &done)
{
    write(clientKey(environmentId),
          serialize({{u"client_id"_s, client.clientId},
                     {u"client_secret"_s, client.clientSecret},
                     {u"redirect_uri"_s, client.redirectUri}}),
          context, done);
}

void TokenStore::removeClient(const QString &environmentId, QObject *context, const Done &done)
{
    remove(clientKey(environmentId), context, done);
}

void TokenStore::loadTokens(const QString &environmentId, QObject *context, const TokensLoaded &done)
{
    read(
        currentUserKey(environmentId), context,
        [this, environmentId, context, done](const std::optional<QByteArray> &current, const QString &error) {
            const qint64 userId =
                current ? parseObject(*current).value(u"user_id"_s).toVariant().toLongLong() : 0;
            if (!userId)
                return done(std::nullopt, error);
            read(userKey(environmentId, userId), context,
                 [done](const std::optional<QByteArray> &data, const QString &error2) {
                     if (!data)
                         return done(std::nullopt, error2);
                     const QJsonObject o = parseObject(*data);
                     StoredTokens t;
                     t.userId = o.value(u"user_id"_s).toVariant().toLongLong();
                     t.userLogin = o.value(u"login"_s).toString();
                     t.userName = o.value(u"name"_s).toString();
                     t.accessToken = o.value(u"access_token"_s).toString();
                     t.refreshToken = o.value(u"refresh_token"_s).toString();
                     t.expiresAt = QDateTime::fromSecsSinceEpoch(
                         o.value(u"expires_at"_s).toVariant().toLongLong(), Qt::UTC);
                     done(t.refreshToken.isEmpty() ? std::nullopt : std::optional(t), {});
                 });
        });
}

void TokenStore::saveTokens(const QString &environmentId, const StoredTokens &tokens, QObject *context,
                            const Done &done)
{
    const QByteArray entry =
        serialize({{u"user_id"_s, QString::number(tokens.userId)},
                   {u"login"_s, tokens.userLogin},
                   {u"name"_s, tokens.userName},
                   {u"access_token"_s, tokens.accessToken},
                   {u"refresh_token"_s, tokens.refreshToken},
                   {u"expires_at"_s, QString::number(tokens.expiresAt.toSecsSinceEpoch())}});
    write(userKey(environmentId, tokens.userId), entry, context,
          [this, environmentId, userId = tokens.userId, context, done](bool ok, const QString &error) {
              if (!ok)
                  return done(false, error);
              write(currentUserKey(environmentId), serialize({{u"user_id"_s, QString::number(userId)}}),
                    context, done);
          });
}

void TokenStore::removeTokens(const QString &environmentId, qint64 userId, QObject *context, const Done &done)
{
    remove(userKey(environmentId, userId), context,
           [this, environmentId, userId, context, done](bool ok, const QString &error) {
               read(currentUserKey(environmentId), context,
                    [this, environmentId, userId, context, done, ok,
                     error](const std::optional<QByteArray> &current, const QString &) {
                        const qint64 currentId =
                            current ? parseObject(*current).value(u"user_id"_s).toVariant().toLongLong() : 0;
                        if (currentId != userId && currentId != 0)
                            return done(ok, error);
                        remove(currentUserKey(environmentId), context,
                               [done, ok, error](bool ok2, const QString &error2) {
                                   done(ok && ok2, ok ? error2 : error);
                               });
                    });
           });
}

} // namespace hoist

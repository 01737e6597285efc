// Without a reachable keychain, TokenStore says so once and keeps everything in memory for this
// run: nothing is written anywhere else, and an OAuthSession still works until the process ends.
#include "auth/OAuthSession.h"
#include "auth/TokenStore.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hoist;
using namespace Qt::StringLiterals;

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unreachableKeychainFallsBackToMemory();
    void disabledKeychainKeepsSessionForThisRun();

private:
    QTemporaryDir m_home;
};

void TestNoKeychain::initTestCase()
{
    QVERIFY(m_home.isValid());
    // No session bus and no Secret Service: whatever QtKeychain tries must fail. HOME and the XDG
    // folders point into a fresh directory so the test can see that nothing was written there.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_home.filePath(u"no-bus"_s).toUtf8());
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    qunsetenv("KDE_FULL_SESSION");
    qputenv("XDG_CURRENT_DESKTOP", "GNOME");
}

void TestNoKeychain::unreachableKeychainFallsBackToMemory()
{
    TokenStore store(u"Hoist-test"_s);
    QSignalSpy unavailable(&store, &TokenStore::keychainUnavailable);
    bool done = false, ok = true;
    store.saveClient(u"env"_s, {u"id"_s, u"very-secret"_s, u"http://localhost:8765/"_s}, this,
                     [&](bool success, const QString &) {
                         ok = success;
                         done = true;
                     });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY(ok); // kept, in memory
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(store.availability(), TokenStore::Availability::Unavailable);
    QVERIFY(!store.unavailableReason().isEmpty());
    qInfo("keychain unavailable: %s", qPrintable(store.unavailableReason()));

    std::optional<ClientCredentials> client;
    done = false;
    store.loadClient(u"env"_s, this, [&](const std::optional<ClientCredentials> &c, const QString &) {
        client = c;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(client);
    QCOMPARE(client->clientSecret, u"very-secret"_s);
    QCOMPARE(unavailable.count(), 1); // said once

    // No plaintext fallback: the secret is in no file under HOME.
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("very-secret"), qPrintable(f.fileName()));
    }

    // Another store (the next run) does not see it.
    TokenStore next(u"Hoist-test"_s);
    next.setKeychainDisabled(u"test"_s);
    done = false;
    client.reset();
    next.loadClient(u"env"_s, this, [&](const std::optional<ClientCredentials> &c, const QString &) {
        client = c;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!client);
}

void TestNoKeychain::disabledKeychainKeepsSessionForThisRun()
{
    TokenStore store(u"Hoist-test"_s);
    QSignalSpy unavailable(&store, &TokenStore::keychainUnavailable);
    store.setKeychainDisabled(u"no keychain in this test"_s);
    QCOMPARE(unavailable.count(), 1);
    StoredTokens tokens;
    tokens.userId = 7;
    tokens.refreshToken = u"r"_s;
    tokens.accessToken = u"a"_s;
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    bool done = false;
    store.saveTokens(u"env"_s, tokens, this, [&](bool, const QString &) { done = true; });
    QTRY_VERIFY(done);

    OAuthSession session(Environment::production(), &store);
    session.setClient({u"id"_s, u"secret"_s, {}}, false);
    QCOMPARE(session.client().redirectUri, OAuthSession::defaultRedirectUri());
    // The production environment's entries are empty; "env" has them.
    QSignalSpy restored(&session, &OAuthSession::restored);
    session.restore();
    QTRY_COMPARE(restored.count(), 1);
    QCOMPARE(restored.at(0).at(0).toBool(), false);

    Environment env = Environment::production();
    env.id = u"env"_s;
    OAuthSession other(env, &store);
    QSignalSpy restored2(&other, &OAuthSession::restored);
    other.restore();
    QTRY_COMPARE(restored2.count(), 1);
    QCOMPARE(restored2.at(0).at(0).toBool(), true);
    QCOMPARE(other.accessToken(), u"a"_s);
    QCOMPARE(other.userId(), 7);
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_auth_nokeychain.moc"

// LoopbackReplyHandler on its own: exact redirect URI, state checks, what the listener answers.
#include "auth/LoopbackReplyHandler.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace hoist;
using namespace Qt::StringLiterals;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

int get(QNetworkAccessManager &nam, const QUrl &url, QByteArray *body = nullptr)
{
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    if (body)
        *body = reply->readAll();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

class TestLoopback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopbackUris_data();
    void loopbackUris();
    void callbackIsTheRegisteredUri();
    void answersOnlyTheRedirectPath();
    void refusesWrongOrMissingState();
    void oneAnswerPerSignIn();
    void portInUse();
    void ipv6PortInUse();
    void pastedCodeAndPastedAddress();
    void oversizedRequestDropped();
};

void TestLoopback::loopbackUris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << u"http://localhost:8765/"_s << true;
    QTest::newRow("127.0.0.1 path") << u"http://127.0.0.1:8765/callback"_s << true;
    QTest::newRow("ipv6") << u"http://[::1]:8765/"_s << true;
    QTest::newRow("no port") << u"http://localhost/"_s << false;
    QTest::newRow("https") << u"https://localhost:8765/"_s << false;
    QTest::newRow("remote") << u"http://example.com:8765/"_s << false;
    QTest::newRow("oob") << u"urn:ietf:wg:oauth:2.0:oob"_s << false;
}

void TestLoopback::loopbackUris()
{
    QFETCH(QString, uri);
    QFETCH(bool, loopback);
    QCOMPARE(LoopbackReplyHandler::isLoopbackUri(QUrl(uri)), loopback);
}

void TestLoopback::callbackIsTheRegisteredUri()
{
    LoopbackReplyHandler handler;
    QCOMPARE(handler.callback(), u"http://localhost:8765/"_s); // not Qt 6.4's http://127.0.0.1:PORT/
    handler.setRedirectUri(u"http://localhost:9000/hoist/"_s);
    QCOMPARE(handler.callback(), u"http://localhost:9000/hoist/"_s);
    handler.setRedirectUri(LoopbackReplyHandler::oobUri());
    QCOMPARE(handler.callback(), u"urn:ietf:wg:oauth:2.0:oob"_s);
}

void TestLoopback::answersOnlyTheRedirectPath()
{
    const quint16 port = freePort();
    LoopbackReplyHandler handler;
    handler.setRedirectUri(u"http://localhost:%1/callback"_s.arg(port));
    handler.setExpectedState(u"s1"_s);
    QString error;
    QVERIFY2(handler.listen(&error), qPrintable(error));
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    QNetworkAccessManager nam;
    const QString base = u"http://127.0.0.1:%1"_s.arg(port);
    QCOMPARE(get(nam, QUrl(base + u"/favicon.ico"_s)), 404);
    QCOMPARE(get(nam, QUrl(base + u"/?code=c&state=s1"_s)), 404);
    QCOMPARE(get(nam, QUrl(base + u"/callback"_s)), 400); // no code, no error
    QCOMPARE(received.count(), 0);
    QByteArray body;
    QCOMPARE(get(nam, QUrl(base + u"/callback?code=abc%2B1&state=s1"_s), &body), 200);
    QVERIFY(body.contains("close this page"));
    QCOMPARE(received.count(), 1);
    const QVariantMap values = received.at(0).at(0).toMap();
    // As they appeared in the URL: Qt's flow decodes them once.
    QCOMPARE(QUrl::fromPercentEncoding(values.value(u"code"_s).toByteArray()), u"abc+1"_s);
    QCOMPARE(values.value(u"state"_s).toString(), u"s1"_s);
}

void TestLoopback::refusesWrongOrMissingState()
{
    const quint16 port = freePort();
    LoopbackReplyHandler handler;
    handler.setRedirectUri(u"http://localhost:%1/"_s.arg(port));
    handler.setExpectedState(u"expected"_s);
    QString error;
    QVERIFY(handler.listen(&error));
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    QSignalSpy refused(&handler, &LoopbackReplyHandler::callbackRefused);
    QNetworkAccessManager nam;
    const QString base = u"http://127.0.0.1:%1/"_s.arg(port);
    QCOMPARE(get(nam, QUrl(base + u"?code=c&state=other"_s)), 400);
    QCOMPARE(get(nam, QUrl(base + u"?code=c"_s)), 400);
    QCOMPARE(get(nam, QUrl(base + u"?error=access_denied"_s)), 400);
    QCOMPARE(refused.count(), 3);
    QCOMPARE(received.count(), 0);
}

void TestLoopback::oneAnswerPerSignIn()
{
    const quint16 port = freePort();
    LoopbackReplyHandler handler;
    handler.setRedirectUri(u"http://localhost:%1/"_s.arg(port));
    handler.setExpectedState(u"once"_s);
    QString error;
    QVERIFY(handler.listen(&error));
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    QNetworkAccessManager nam;
    const QUrl url(u"http://127.0.0.1:%1/?code=c&state=once"_s.arg(port));
    QCOMPARE(get(nam, url), 200);
    QCOMPARE(get(nam, url), 400); // a replay is refused
    QCOMPARE(received.count(), 1);
}

void TestLoopback::portInUse()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    LoopbackReplyHandler handler;
    handler.setRedirectUri(u"http://localhost:%1/"_s.arg(squatter.serverPort()));
    QString error;
    QVERIFY(!handler.listen(&error));
    QVERIFY(error.contains(QString::number(squatter.serverPort())));
    QVERIFY(!handler.isListening());

    handler.setRedirectUri(u"https://example.com/callback"_s);
    QVERIFY(!handler.listen(&error));
    QVERIFY(error.contains(u"paste"_s));
}

// "localhost" may resolve to [::1] in the browser: a local user holding [::1] on the port would get
// the code. The sign-in fails instead of going on with 127.0.0.1 alone.
void TestLoopback::ipv6PortInUse()
{
    QTcpServer squatter;
    if (!squatter.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("this machine has no IPv6 loopback: nobody can hold [::1]");
    LoopbackReplyHandler handler;
    handler.setRedirectUri(u"http://localhost:%1/"_s.arg(squatter.serverPort()));
    QString error;
    QVERIFY2(!handler.listen(&error), "listened on 127.0.0.1 alone while [::1] is someone else's");
    QVERIFY2(error.contains(u"::1"_s) && error.contains(QString::number(squatter.serverPort())),
             qPrintable(error));
    QVERIFY(!handler.isListening());
}

void TestLoopback::pastedCodeAndPastedAddress()
{
    LoopbackReplyHandler handler;
    handler.setRedirectUri(LoopbackReplyHandler::oobUri());
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    QSignalSpy refused(&handler, &LoopbackReplyHandler::callbackRefused);

    handler.submitPasted(u"code-without-sign-in"_s);
    QCOMPARE(refused.count(), 1); // nothing is waiting

    handler.setExpectedState(u"st"_s);
    handler.submitPasted(u"  the-code \n"_s);
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toMap().value(u"code"_s).toString(), u"the-code"_s);
    QCOMPARE(received.at(0).at(0).toMap().value(u"state"_s).toString(), u"st"_s);

    // A whole address is checked like the listener would.
    handler.setExpectedState(u"st2"_s);
    handler.submitPasted(u"http://localhost:8765/?code=x&state=wrong"_s);
    QCOMPARE(refused.count(), 2);
    handler.submitPasted(u"http://localhost:8765/?code=x&state=st2"_s);
    QCOMPARE(received.count(), 2);
}

void TestLoopback::oversizedRequestDropped()
{
    const quint16 port = freePort();
    LoopbackReplyHandler handler;
    handler.setRedirectUri(u"http://localhost:%1/"_s.arg(port));
    handler.setExpectedState(u"s"_s);
    QString error;
    QVERIFY(handler.listen(&error));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /?code=");
    socket.write(QByteArray(64 * 1024, 'a'));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QVERIFY(disconnected.wait(10000));
}

QTEST_GUILESS_MAIN(TestLoopback)
#include "tst_auth_loopback.moc"

// One running window: a second launch hands its paths over a local socket. Unit level (the
// server class with a client on another thread), then two real `hoist` processes offscreen.
#include "instance/SingleInstance.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <QLocalSocket>

#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace hoist;
using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    // handOver() blocks until the server answers, so it runs on its own thread here.
    static bool handOverFromThread(const SingleInstance &instance, const QStringList &paths)
    {
        bool ok = false;
        std::unique_ptr<QThread> t(QThread::create([&] { ok = instance.handOver(paths); }));
        t->start();
        if (!QTest::qWaitFor([&] { return t->isFinished(); }, 10000))
            return false;
        return ok;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void secondLaunchHandsItsPathsToTheFirst()
    {
        SingleInstance first(u"unit"_s);
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::pathsReceived);
        SingleInstance second(u"unit"_s);
        QCOMPARE(second.serverName(), first.serverName());
        QVERIFY(!second.listen()); // a live instance keeps its name
        QVERIFY(handOverFromThread(second, {u"relative/plan.pdf"_s, u"/abs/photo.jpg"_s}));
        QCOMPARE(received.size(), 1);
        const QStringList paths = received.at(0).at(0).toStringList();
        QCOMPARE(paths,
                 QStringList({QDir::cleanPath(QDir::current().absoluteFilePath(u"relative/plan.pdf"_s)),
                              u"/abs/photo.jpg"_s}));
        QVERIFY(handOverFromThread(second, {})); // a plain second launch: come to the front
        QCOMPARE(received.size(), 2);
        QVERIFY(received.at(1).at(0).toStringList().isEmpty());
    }

    void otherSetupsAndNoServer()
    {
        SingleInstance sandbox(u"sandbox"_s), procore(u"procore"_s);
        QVERIFY(sandbox.serverName() != procore.serverName());
        QVERIFY(!procore.handOver({u"/x"_s}, 500)); // nobody listens
        QVERIFY(sandbox.listen());
        QVERIFY(!handOverFromThread(procore, {u"/x"_s}));
    }

    void staleServerIsReplaced()
    {
        // A crashed instance leaves its socket file, bound but answered by nobody (what a
        // kill -9 leaves); the next one takes the name over.
        SingleInstance next(u"stale"_s);
        const QByteArray path = QFile::encodeName(QDir::temp().filePath(next.serverName()));
        ::unlink(path.constData());
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof(addr.sun_path));
        std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(QFile::decodeName(path)));
        QVERIFY(!next.handOver({u"/x"_s}, 500));
        QVERIFY(next.listen());
        QSignalSpy received(&next, &SingleInstance::pathsReceived);
        SingleInstance later(u"stale"_s);
        QVERIFY(handOverFromThread(later, {u"/y"_s}));
        QCOMPARE(received.size(), 1);
    }

    void realSecondProcessHandsOver()
    {
        const QString hoist = qEnvironmentVariable("HOIST_GUI");
        if (!QFileInfo::exists(hoist))
            QSKIP("HOIST_GUI not set");
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(hoist, {u"--sandbox"_s});
        QVERIFY(first.waitForStarted());
        // The name the first listens on, as it derives it (its data folder under this home).
        QStandardPaths::setTestModeEnabled(false);
        qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toLocal8Bit());
        QCoreApplication::setOrganizationName(u"Hoist"_s);
        QCoreApplication::setApplicationName(u"Hoist"_s);
        SingleInstance probe(u"sandbox"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                QLocalSocket s;
                s.connectToServer(probe.serverName());
                return s.waitForConnected(100);
            },
            30000));
        // A second launch with a file: the first takes it, the second ends with 0.
        const QString file = home.filePath(u"plan.pdf"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("%PDF-1.4") > 0);
        f.close();
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(hoist, {u"--sandbox"_s, file});
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running); // the first goes on, with the file
        ::kill(pid_t(first.processId()), SIGTERM);
        QVERIFY(first.waitForFinished(10000));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"

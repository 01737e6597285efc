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
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
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

    // Where a bare name resolves (Qt puts it in the temporary folder); a path stays itself.
    static QString socketPath(const SingleInstance &instance)
    {
        return QDir::temp().filePath(instance.serverName());
    }

    QTemporaryDir m_runtime; // this user's, 0700: the instances' folder in these tests

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_runtime.isValid());
        QVERIFY(
            QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    }

    // The socket sits in the user's runtime folder, not in the shared temporary folder where
    // another user could take its name first; a runtime folder others can open is not used.
    void socketInPrivateRuntimeFolder()
    {
        SingleInstance instance(u"private"_s);
        QCOMPARE(QFileInfo(instance.serverName()).absolutePath(),
                 QFileInfo(m_runtime.path()).absoluteFilePath());
        QTemporaryDir open;
        QVERIFY(QFile::setPermissions(open.path(), QFile::Permissions(0x7777)));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(open.path()));
        SingleInstance shared(u"private"_s);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        QVERIFY2(!shared.serverName().startsWith(open.path()), qPrintable(shared.serverName()));
    }

    // Another user holds the instance's name first (bound where the name resolves, listening as
    // user nobody): the hand-over does not go to it, and this launch becomes the window instead
    // of ending with 0 and nothing queued.
    void nameHeldByAnotherUserGetsNothing()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to listen as another user (the CI container runs as root)");
        SingleInstance victim(u"victim"_s);
        const QByteArray path = QFile::encodeName(socketPath(victim));
        ::unlink(path.constData());
        int pipeFds[2];
        QCOMPARE(::pipe(pipeFds), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The other user: bound while it may, then nobody, then listening (SO_PEERCRED
            // reports the user at listen()). Whatever a client sends goes to the pipe.
            ::close(pipeFds[0]);
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un addr{};
            addr.sun_family = AF_UNIX;
            std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
            if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0)
                ::_exit(2);
            ::chmod(path.constData(), 0777);
            if (::setgid(65534) != 0 || ::setuid(65534) != 0 || ::listen(fd, 4) != 0)
                ::_exit(3);
            if (::write(pipeFds[1], "L", 1) != 1)
                ::_exit(5);
            for (;;) {
                const int c = ::accept(fd, nullptr, nullptr);
                if (c < 0)
                    ::_exit(4);
                char buf[4096];
                const ssize_t n = ::read(c, buf, sizeof(buf));
                if (n > 0 && (::write(pipeFds[1], buf, size_t(n)) != n || ::write(c, "ok\n", 3) != 3))
                    ::_exit(6);
                ::close(c);
            }
        }
        ::close(pipeFds[1]);
        char ready = 0;
        QCOMPARE(::read(pipeFds[0], &ready, 1), ssize_t(1)); // listening
        QCOMPARE(ready, 'L');

        const bool handed = handOverFromThread(victim, {u"/home/victim/contract.pdf"_s});
        const bool listening = victim.listen();
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        QByteArray heard;
        char buf[4096];
        for (ssize_t n; (n = ::read(pipeFds[0], buf, sizeof(buf))) > 0;)
            heard.append(buf, n);
        ::close(pipeFds[0]);
        QVERIFY2(!heard.contains("contract.pdf"), heard.constData());
        QVERIFY(!handed);
        QVERIFY(listening); // this launch is the window now, with its files
    }

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
        const QByteArray path = QFile::encodeName(socketPath(next));
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

    // The Nautilus script, run in a folder on files named like options: `hoist` hands them over
    // as files (after "--"), neither printing its version nor letting Qt take -stylesheet.
    void optionLikeNamesAreHandedOverAsFiles()
    {
        const QString hoist = qEnvironmentVariable("HOIST_GUI");
        if (!QFileInfo::exists(hoist))
            QSKIP("HOIST_GUI not set");
        QTemporaryDir home;
        QDir(home.path()).mkpath(u"bin"_s);
        QVERIFY(QFile::link(hoist, home.filePath(u"bin/hoist"_s)));
        QDir(home.path()).mkpath(u"site"_s);
        for (const QString &name : {u"--version"_s, u"-stylesheet"_s}) {
            QFile f(home.filePath(u"site/"_s + name));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("x") == 1);
        }
        // This test listens where that `hoist` (setup "procore", this home's data folder) looks.
        QStandardPaths::setTestModeEnabled(false);
        qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toLocal8Bit());
        QCoreApplication::setOrganizationName(u"Hoist"_s);
        QCoreApplication::setApplicationName(u"Hoist"_s);
        SingleInstance window(u"procore"_s);
        QVERIFY(window.listen());
        QSignalSpy received(&window, &SingleInstance::pathsReceived);

        QProcess script;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"PATH"_s, home.filePath(u"bin"_s) + u':' + env.value(u"PATH"_s));
        script.setProcessEnvironment(env);
        script.setWorkingDirectory(home.filePath(u"site"_s));
        script.start(u"sh"_s, {qEnvironmentVariable("HOIST_SOURCE_DIR")
                                   + u"/installer/linux/upload-to-procore-with-hoist.sh"_s,
                               u"--version"_s, u"-stylesheet"_s});
        QVERIFY(script.waitForStarted());
        received.wait(20000);
        QVERIFY(script.waitForFinished(20000));
        QCOMPARE(script.exitCode(), 0);
        QVERIFY2(!script.readAllStandardOutput().contains(QByteArray(HOIST_VERSION)), "printed its version");
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(),
                 QStringList({home.filePath(u"site/--version"_s), home.filePath(u"site/-stylesheet"_s)}));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"

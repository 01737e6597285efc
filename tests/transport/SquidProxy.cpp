#include "SquidProxy.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

namespace {

const char *const kAuthHelper = "/usr/lib/squid/basic_ncsa_auth";

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

SquidProxy::SquidProxy(Options options)
    : m_options(std::move(options))
{}

SquidProxy::~SquidProxy()
{
    stop();
}

bool SquidProxy::writeFiles()
{
    // Squid run as root drops to the proxy user: its files must be readable and the folder writable.
    QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777));
    QProcess htpasswd;
    htpasswd.start(QStringLiteral("htpasswd"),
                   {QStringLiteral("-bc"), m_dir.filePath(QStringLiteral("passwd")), m_options.user,
                    m_options.password});
    if (!htpasswd.waitForFinished(10000) || htpasswd.exitCode() != 0) {
        m_why = QStringLiteral("htpasswd failed (install apache2-utils: installer/install-deps.sh)");
        return false;
    }
    QFile hosts(m_dir.filePath(QStringLiteral("hosts")));
    if (!hosts.open(QIODevice::WriteOnly))
        return false;
    for (const QString &h : m_options.hosts + m_options.refusedHosts)
        hosts.write("127.0.0.1 " + h.toLatin1() + '\n');
    hosts.close();
    const QByteArray d = m_dir.path().toLocal8Bit();
    QByteArray conf = "http_port 127.0.0.1:" + QByteArray::number(m_port)
                      + "\n"
                        "pid_filename "
                      + d
                      + "/squid.pid\n"
                        "cache_log "
                      + d
                      + "/cache.log\n"
                        "access_log stdio:"
                      + d
                      + "/access.log\n"
                        "hosts_file "
                      + d
                      + "/hosts\n"
                        "cache deny all\n"
                        "coredump_dir "
                      + d
                      + "\n"
                        "pinger_enable off\n"
                        "shutdown_lifetime 0 seconds\n"
                        "auth_param basic program "
                      + kAuthHelper + ' ' + d
                      + "/passwd\n"
                        "auth_param basic realm Site office proxy\n"
                        "acl authed proxy_auth REQUIRED\n";
    if (!m_options.refusedHosts.isEmpty())
        conf += "acl refused dstdomain " + m_options.refusedHosts.join(QLatin1Char(' ')).toLatin1()
                + "\n"
                  "http_access deny refused\n";
    conf += "http_access allow authed\nhttp_access deny all\n";
    if (::geteuid() == 0)
        conf += "cache_effective_user proxy\n";
    QFile out(m_dir.filePath(QStringLiteral("squid.conf")));
    if (!out.open(QIODevice::WriteOnly) || out.write(conf) != conf.size())
        return false;
    for (const char *name : {"passwd", "hosts", "squid.conf"})
        QFile::setPermissions(m_dir.filePath(QLatin1String(name)), QFileDevice::Permissions(0x4444));
    return true;
}

bool SquidProxy::launch()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    const QString name = QStringLiteral("hoisttest%1").arg(m_port); // its own IPC names
    m_process->start(QStandardPaths::findExecutable(QStringLiteral("squid"), {QStringLiteral("/usr/sbin")}),
                     {QStringLiteral("-N"), QStringLiteral("-n"), name, QStringLiteral("-f"),
                      m_dir.filePath(QStringLiteral("squid.conf"))});
    if (!m_process->waitForStarted(10000)) {
        m_why = QStringLiteral("squid did not start");
        return false;
    }
    const bool up = QTest::qWaitFor(
        [this] {
            if (m_process->state() != QProcess::Running)
                return true;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            return probe.waitForConnected(200);
        },
        20000);
    if (!up || m_process->state() != QProcess::Running) {
        m_why = QStringLiteral("squid did not accept connections: ")
                + QString::fromLocal8Bit(m_process->readAll());
        return false;
    }
    return true;
}

bool SquidProxy::start()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/sbin/squid"))
        || !QFileInfo::exists(QLatin1String(kAuthHelper))) {
        m_why = QStringLiteral("squid is not installed (Debian package squid: installer/install-deps.sh)");
        return false;
    }
    m_port = freePort();
    return m_dir.isValid() && m_port != 0 && writeFiles() && launch();
}

bool SquidProxy::restartHard()
{
    m_process->kill();
    m_process->waitForFinished(10000);
    QFile::remove(m_dir.filePath(QStringLiteral("squid.pid")));
    return launch();
}

void SquidProxy::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate(); // shutdown_lifetime 0: it ends at once
    if (!m_process->waitForFinished(10000))
        m_process->kill();
    m_process->waitForFinished(5000);
}

QStringList SquidProxy::accessLog() const
{
    QFile f(m_dir.filePath(QStringLiteral("access.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

int SquidProxy::countInLog(const QString &needle) const
{
    int n = 0;
    for (const QString &line : accessLog())
        n += line.contains(needle) ? 1 : 0;
    return n;
}

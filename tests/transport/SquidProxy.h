#pragma once

#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real Squid (Debian package `squid`) for the transport tests: its own config, passwd file,
// hosts file, logs and pid file in a temporary folder, on a free port of 127.0.0.1, in the
// foreground (-N) as a child of the test. Basic auth through basic_ncsa_auth; CONNECT to any port;
// hosts in `refusedHosts` denied by an ACL. Names map to 127.0.0.1 through Squid's own hosts file,
// so clients (which never proxy this computer's addresses) reach the sandbox through it by name.
class SquidProxy
{
public:
    struct Options
    {
        QString user = QStringLiteral("site");
        QString password = QStringLiteral("Hoist-proxy-pw");
        QStringList hosts;        // names that resolve to 127.0.0.1 at the proxy
        QStringList refusedHosts; // denied (403 to CONNECT)
    };
    explicit SquidProxy(Options options);
    ~SquidProxy();

    // Starts it and waits until it accepts connections; false with why() otherwise (squid missing
    // is a failure with the package to install, never a skip).
    bool start();
    // Kills it at once (every tunnel cut), then starts it again on the same port.
    bool restartHard();
    void stop();
    QString why() const { return m_why; }
    quint16 port() const { return m_port; }
    // The access log's lines so far (squid writes a CONNECT's line when its tunnel ends).
    QStringList accessLog() const;
    int countInLog(const QString &needle) const;

private:
    bool writeFiles();
    bool launch();

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_why;
};

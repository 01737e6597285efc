#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace hoist {

// One window per user and setup: `hoist FILES…` (the file manager's "Open with Hoist", "Upload to
// Procore with Hoist", Send To) hands its files to the window already running, which adds them as
// a drop would and comes to the front; with none running, this process becomes that window.
// QLocalServer/QLocalSocket (a Unix socket in the user's runtime folder, and only a peer running as
// the same user is answered or handed anything; a named pipe on Windows). One
// message per connection: a JSON array of absolute paths and a newline; the answer "ok\n" says
// the running window took them.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `setup` tells windows apart that must not share (e.g. "sandbox" and "procore"); the user's
    // data folder is part of the name too, so a test's temporary home has its own.
    explicit SingleInstance(const QString &setup, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's path in this user's runtime folder (a pipe name on Windows); empty when there
    // is no folder only this user can open, and problem() says why.
    QString serverName() const { return m_name; }
    QString problem() const { return m_problem; }
    // Hands `paths` (made absolute against the current folder) to a running instance; true when
    // it answered that it took them.
    bool handOver(const QStringList &paths, int timeoutMs = 3000) const;
    // Becomes the running instance. A server left by a crashed one is replaced; a live one is not
    // (false: handOver() to it instead).
    bool listen();
    bool isListening() const;

    static QStringList absolutePaths(const QStringList &paths);

Q_SIGNALS:
    // Paths from another launch (possibly none: it only asked the window to come to the front).
    void pathsReceived(const QStringList &paths);

private:
    void onConnection();

    QString m_name;
    QString m_problem;
    QLocalServer *m_server = nullptr;
};

} // namespace hoist

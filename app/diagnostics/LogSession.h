#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace hoist {

class LogFile;

// How much Hoist logs: Normal (info and up: what was done, every creating call, every failure)
// or Detailed (debug too: every request, retry, step). QT_LOGGING_RULES still wins over both.
enum class LogLevel { Normal, Detailed };

// The process's log, from main() to its end: installs the message handler (qInstallMessageHandler)
// that writes every enabled message, stripped of secrets (SecretFilter), to a rotating LogFile in
// the data folder, and passes warnings (or, with echo, everything enabled) on to the handler
// before it (stderr). One per process; the window and hoist-cli each have theirs.
class LogSession
{
public:
    struct Options
    {
        QString folder;   // empty: folderFor(baseName)
        QString baseName; // "hoist", "hoist-cli"
        LogLevel level = LogLevel::Normal;
        enum class Echo { Warnings, Info, Everything } echo = Echo::Warnings; // what reaches stderr
    };

    explicit LogSession(const Options &options);
    ~LogSession(); // writes what is queued and puts the previous handler back

    LogSession(const LogSession &) = delete;
    LogSession &operator=(const LogSession &) = delete;

    static void setLevel(LogLevel level);
    static LogLevel level();
    static QString levelName(LogLevel level); // "normal", "detailed"
    static LogLevel levelFromName(const QString &name);

    // The running session's file and folder (empty without one), all its kept files; flush()
    // waits until what was logged so far is on disk (before an archive is made of it).
    static QString currentFile();
    static QString currentFolder();
    static QStringList files();
    static void flush();

    // <data folder>/logs, or $HOIST_LOG_DIR when set.
    static QString defaultFolder();
    // "Hoist 1.0.0, Qt 6.4.2 (built with 6.4.2), Debian GNU/Linux 12 (bookworm), linux 6.1, x86_64"
    static QString versions();

private:
    std::unique_ptr<LogFile> m_file;
};

} // namespace hoist

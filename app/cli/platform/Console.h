#pragma once

#include <QByteArray>
#include <QObject>

#include <memory>

// What hoist-cli asks of the console, one small interface per question, implemented in
// Console_posix.cpp (Linux, macOS) and Console_win.cpp (Windows); CMake compiles one of them.
namespace hoist::cli::console {

enum class Stream { Input, Output, Error };

// True when the stream is a terminal (not a file or a pipe): hoist-cli then asks and draws progress.
bool isTerminal(Stream stream);

// Ctrl+C and termination (SIGINT/SIGTERM; on Windows Ctrl+C, Ctrl+Break, closing the console
// window, logoff and shutdown) call `onStop` instead of ending the process. `onStop` runs in a
// signal handler or another thread: it may only set an atomic flag.
void onStopRequest(void (*onStop)());

// For a command that does nothing but wait (hoist-cli sandbox): call blockStopRequests() before
// starting any thread (the threads it starts then never take the signal), then waitForStopRequest(),
// which returns once Ctrl+C or termination came.
void blockStopRequests();
void waitForStopRequest();

// Standard input read without blocking the event loop: received(chunk) for what was typed,
// received({}) once at the end of input. Reads only while enabled.
class StdinReader : public QObject
{
    Q_OBJECT

public:
    explicit StdinReader(QObject *parent = nullptr);
    ~StdinReader() override;
    void setEnabled(bool enabled);

Q_SIGNALS:
    void received(const QByteArray &chunk);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hoist::cli::console

#include "Console.h"

#include <QMetaObject>
#include <QPointer>

#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

#include <io.h>
#include <windows.h>

namespace hoist::cli::console {

namespace {

void (*g_onStop)() = nullptr;
std::mutex g_stopMutex;
std::condition_variable g_stopped;
bool g_stopCame = false;

BOOL WINAPI handleConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT: {
        if (g_onStop)
            g_onStop();
        const std::lock_guard lock(g_stopMutex);
        g_stopCame = true;
        g_stopped.notify_all();
        return TRUE; // handled: the process is not ended here
    }
    default:
        return FALSE;
    }
}

} // namespace

bool isTerminal(Stream stream)
{
    std::FILE *file = stream == Stream::Input ? stdin : stream == Stream::Output ? stdout : stderr;
    return ::_isatty(::_fileno(file)) != 0;
}

void onStopRequest(void (*onStop)())
{
    g_onStop = onStop;
    ::SetConsoleCtrlHandler(handleConsoleEvent, TRUE);
}

void blockStopRequests()
{
    // Console events come on a thread of their own, never on the server's: nothing to block.
    ::SetConsoleCtrlHandler(handleConsoleEvent, TRUE);
}

void waitForStopRequest()
{
    std::unique_lock lock(g_stopMutex);
    g_stopped.wait(lock, [] { return g_stopCame; });
}

// A console's standard input cannot be waited on by the event loop: a thread reads it (blocking)
// and posts each chunk to the reader's thread. What comes while disabled waits for enabling.
struct StdinReader::Impl
{
    struct Shared
    {
        std::mutex mutex;
        StdinReader *reader = nullptr; // null once the reader is gone
        bool enabled = false;
        QByteArray pending;
        bool ended = false;
    };
    std::shared_ptr<Shared> shared = std::make_shared<Shared>();
    bool started = false;

    // In the reader's thread: hands over what was read, then the end of input once.
    static void deliver(StdinReader *reader, Shared &s)
    {
        QByteArray chunk;
        bool end = false;
        {
            const std::lock_guard lock(s.mutex);
            if (!s.enabled)
                return;
            chunk = std::exchange(s.pending, {});
            end = s.ended;
            if (end)
                s.enabled = false;
        }
        if (!chunk.isEmpty())
            Q_EMIT reader->received(chunk);
        if (end)
            Q_EMIT reader->received({});
    }

    static void post(Shared &s) // with s.mutex held and s.reader set
    {
        StdinReader *reader = s.reader;
        QMetaObject::invokeMethod(
            reader, [reader] { deliver(reader, *reader->d->shared); }, Qt::QueuedConnection);
    }

    static void readUntilEnd(std::shared_ptr<Shared> s)
    {
        const HANDLE input = ::GetStdHandle(STD_INPUT_HANDLE);
        for (;;) {
            char chunk[256];
            DWORD n = 0;
            const BOOL ok = ::ReadFile(input, chunk, sizeof chunk, &n, nullptr);
            const std::lock_guard lock(s->mutex);
            if (!s->reader)
                return;
            if (ok && n > 0)
                s->pending.append(chunk, qsizetype(n));
            else
                s->ended = true;
            post(*s);
            if (s->ended)
                return;
        }
    }
};

StdinReader::StdinReader(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
    d->shared->reader = this;
}

StdinReader::~StdinReader()
{
    const std::lock_guard lock(d->shared->mutex);
    d->shared->reader = nullptr; // the thread, blocked in ReadFile, ends at its next chunk
}

void StdinReader::setEnabled(bool enabled)
{
    const std::lock_guard lock(d->shared->mutex);
    d->shared->enabled = enabled;
    if (enabled && !d->started) {
        d->started = true;
        std::thread(Impl::readUntilEnd, d->shared).detach();
    } else if (enabled) {
        Impl::post(*d->shared); // what came while disabled
    }
}

} // namespace hoist::cli::console

#include "Console.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>

#include <pthread.h>
#include <unistd.h>

namespace hoist::cli::console {

namespace {

void (*g_onStop)() = nullptr;

void handleSignal(int)
{
    if (g_onStop)
        g_onStop();
}

sigset_t stopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}

} // namespace

bool isTerminal(Stream stream)
{
    const int fd = stream == Stream::Input    ? STDIN_FILENO
                   : stream == Stream::Output ? STDOUT_FILENO
                                              : STDERR_FILENO;
    return ::isatty(fd) != 0;
}

void onStopRequest(void (*onStop)())
{
    g_onStop = onStop;
    std::signal(SIGINT, handleSignal);
    std::signal(SIGTERM, handleSignal);
}

void blockStopRequests()
{
    const sigset_t set = stopSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

void waitForStopRequest()
{
    const sigset_t set = stopSignals();
    int received = 0;
    sigwait(&set, &received);
}

struct StdinReader::Impl
{
    QSocketNotifier *notifier = nullptr;
};

StdinReader::StdinReader(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{}

StdinReader::~StdinReader() = default;

void StdinReader::setEnabled(bool enabled)
{
    if (!d->notifier) {
        if (!enabled)
            return;
        d->notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(d->notifier, &QSocketNotifier::activated, this, [this] {
            char chunk[256];
            ssize_t n = 0;
            do {
                n = ::read(STDIN_FILENO, chunk, sizeof chunk);
            } while (n < 0 && errno == EINTR);
            if (n <= 0)
                d->notifier->setEnabled(false); // end of input (or an error): nothing more comes
            Q_EMIT received(n > 0 ? QByteArray(chunk, n) : QByteArray());
        });
    }
    d->notifier->setEnabled(enabled);
}

} // namespace hoist::cli::console

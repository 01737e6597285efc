// Watch folders benchmark (tests/bench/run.sh row "watch"):
//  1. latency: a file written (complete, closed) into a watched folder, to its upload starting
//     (the job leaves the queue), with the default settings (2 s unchanged, polled every 250 ms);
//     the in-process sandbox over loopback, the real engine. Goal < 3 s.
//  2. at rest: a tree of N files in N/100 folders, every file already seen: CPU time over a quiet
//     window (which includes the periodic rescans), the time of one full rescan, RSS, and how
//     many folders carry an inotify watch.
// Usage: bench_watch [FILES=10000] [REST_SECONDS=60]
#include "tst_upload_harness.h"

#include "watch/FolderWatcher.h"
#include "watch/WatchService.h"
#include "watch/WatchStore.h"

#include "upload/TransferJournal.h"

#include <QFile>

#include <sys/resource.h>

using namespace hoist;
using namespace harness;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

void latency(int files)
{
    Env env(false);
    QTemporaryDir journals;
    auto journal = TransferJournal::open(journals.filePath(QStringLiteral("j.sqlite")));
    env.controller->setJournal(journal.get());
    WatchStore store(journal.get());
    WatchService service(env.controller.get(), &store);
    const QString folder = env.path(QStringLiteral("watched"));
    QDir().mkpath(folder);
    service.addWatch(folder, env.destination());
    QHash<QString, qint64> written, started;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&service, &WatchService::event, &service, [&](const WatchEvent &e) {
        if (e.kind == WatchEvent::Kind::Uploading && !started.contains(e.path))
            started.insert(e.path, clock.elapsed());
    });
    for (int i = 0; i < files; ++i) {
        const QString name = QStringLiteral("scan-%1.pdf").arg(i);
        testfiles::write(folder + QLatin1Char('/') + name, 200'000, quint32(i + 1));
        written[name] = clock.elapsed(); // complete and closed here
        QTest::qWait(700);               // one scanner page after another
    }
    if (!QTest::qWaitFor([&] { return started.size() == files; }, 60000) || !env.waitIdle())
        std::printf("watch latency: not every file started within a minute\n");
    QList<qint64> ms;
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        ms.append(started.value(it.key(), -1) - it.value());
    std::sort(ms.begin(), ms.end());
    std::printf("watch latency complete->upload start p50 / max (ms): %lld / %lld over %d files\n",
                static_cast<long long>(ms.value(ms.size() / 2)), static_cast<long long>(ms.last()), files);
    env.controller->setJournal(nullptr);
}

void atRest(int files, int restSeconds)
{
    QTemporaryDir dir;
    for (int i = 0; i < files; ++i) {
        const QString sub =
            dir.filePath(QStringLiteral("area-%1/level-%2").arg(i / 1000).arg((i / 100) % 10));
        if (i % 100 == 0)
            QDir().mkpath(sub);
        QFile f(sub + QStringLiteral("/sheet-%1.pdf").arg(i));
        f.open(QIODevice::WriteOnly);
        f.write("x");
    }
    const qint64 rssBefore = rssKiB();
    FolderWatcher::Options o; // the defaults: 2 s, 250 ms polls, 30 s rescans, 256 watched folders
    FolderWatcher watcher(dir.path(), o);
    int ready = 0;
    QObject::connect(&watcher, &FolderWatcher::fileReady, &watcher, [&] { ++ready; });
    QElapsedTimer scan;
    scan.start();
    watcher.start(); // the first scan
    const qint64 firstScanMs = scan.elapsed();
    if (!QTest::qWaitFor([&] { return ready == files; }, 120000))
        std::printf("watch at rest: only %d of %d files settled\n", ready, files);
    const double cpu0 = cpuSeconds();
    QElapsedTimer rest;
    rest.start();
    QTest::qWait(restSeconds * 1000);
    const double cpu = cpuSeconds() - cpu0;
    std::printf("watch at rest, %d files: cpu %.3f s over %d s (%.3f %%), first scan %lld ms, rss +%lld KiB, "
                "inotify watches %d\n",
                files, cpu, restSeconds, 100.0 * cpu / double(rest.elapsed() / 1000.0),
                static_cast<long long>(firstScanMs), static_cast<long long>(rssKiB() - rssBefore),
                watcher.watchedDirCount());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int files = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int rest = argc > 2 ? std::atoi(argv[2]) : 60;
    latency(10);
    atRest(files, rest);
    return 0;
}

// The watcher's "still open for writing" probe (FolderWatcher::isOpenForWriting, issue 24.5)
// under writers: two processes re-open two watched files for append in a loop while this process
// probes them as fast as it can. A read lease broken by a writer used to send SIGIO, whose default
// action ended the process (hoist-cli watch run exited with status 157). Bounded by counts: the
// writers stop after their appends, the probing after the writers or a number of rounds.

#include "watch/FolderWatcher.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace hoist;
using namespace Qt::StringLiterals;

class TestWatchProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writersReopeningForAppendDoNotEndTheProcess()
    {
        QTemporaryDir dir;
        const QStringList files{dir.filePath(u"a.pdf"_s), dir.filePath(u"b.pdf"_s)};
        for (const QString &f : files) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write("start\n") > 0);
        }
        // Each writer: 30,000 opens for append ("echo x >> file" re-opens the file every time).
        const QString loop = u"i=0; while [ $i -lt 30000 ]; do echo x >> \"$1\"; i=$((i+1)); done"_s;
        QProcess writers[2];
        for (int i = 0; i < 2; ++i) {
            writers[i].start(u"/bin/sh"_s, {u"-c"_s, loop, u"sh"_s, files[i]});
            QVERIFY(writers[i].waitForStarted(10000));
        }
        qint64 probes = 0, busy = 0;
        auto running = [&] {
            return writers[0].state() != QProcess::NotRunning || writers[1].state() != QProcess::NotRunning;
        };
        for (int round = 0; round < 5'000'000 && running(); ++round) {
            for (const QString &f : files) {
                busy += FolderWatcher::isOpenForWriting(f) ? 1 : 0;
                ++probes;
            }
            if (round % 200 == 0)
                QCoreApplication::processEvents(); // lets QProcess see the writers end
        }
        for (QProcess &w : writers) {
            QVERIFY(w.state() == QProcess::NotRunning || w.waitForFinished(120000));
            QCOMPARE(w.exitStatus(), QProcess::NormalExit);
            QCOMPARE(w.exitCode(), 0);
        }
        // Still here: no lease break ended this process. The probe did run (and saw writers).
        QVERIFY(probes > 1000);
        qInfo("%lld probes, %lld saw a writer", probes, busy);
        QVERIFY(FolderWatcher::leaseSignal() > 0);
        QCOMPARE(QFile(files[0]).size(), qint64(6 + 2 * 30000));
        // The lease's notice is ignored, not SIGIO's default (which ends the process).
        struct sigaction current = {};
        QCOMPARE(::sigaction(FolderWatcher::leaseSignal(), nullptr, &current), 0);
        QVERIFY(current.sa_handler == SIG_IGN);
    }
};

QTEST_GUILESS_MAIN(TestWatchProbe)
#include "tst_watch_probe.moc"

// A full disk under the transfer journal (issue 24, point 6), on a real 2 MiB tmpfs filled to the
// last byte: no creating call goes without its journal record, a write that fails stops new work
// and says why, nothing healthy is set aside, and once space returns --resume finishes every
// file exactly once. Needs root for the mount (CI and the developers' machines run as root);
// without it the test says so and skips.

#include "tst_upload_harness.h"

#include "history/HistoryRecorder.h"
#include "history/UploadHistory.h"
#include "upload/TransferJournal.h"

#include <QDirIterator>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>
#include <unistd.h>

using namespace harness;
using namespace Qt::StringLiterals;

namespace {

// A small tmpfs of its own, filled and freed on demand.
class SmallDisk
{
public:
    explicit SmallDisk(const QString &sizeArg = u"2m"_s)
    {
        m_path = m_dir.filePath(u"disk"_s);
        QDir().mkpath(m_path);
        if (::geteuid() != 0)
            return;
        m_mounted = QProcess::execute(
                        u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size="_s + sizeArg, u"tmpfs"_s, m_path})
                    == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(u"umount"_s, {u"-l"_s, m_path});
    }
    bool mounted() const { return m_mounted; }
    QString path(const QString &relative = {}) const
    {
        return relative.isEmpty() ? m_path : QDir(m_path).filePath(relative);
    }
    // Writes a filler file until the disk refuses a byte more; then frees `leave` bytes (a lock
    // file fits, a database's growth does not).
    qint64 fill(qint64 leave = 0)
    {
        const QString reserve = path(u"filler-reserve"_s);
        if (leave > 0) {
            QFile r(reserve);
            if (!r.open(QIODevice::WriteOnly) || r.write(QByteArray(int(leave), 'r')) != leave)
                return 0;
        }
        const qint64 filled = fillUp();
        QFile::remove(reserve);
        return filled;
    }
    qint64 fillUp()
    {
        QFile f(path(u"filler-%1"_s.arg(m_fillers++)));
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        const QByteArray chunk(4096, 'x');
        qint64 total = 0;
        for (int i = 0; i < 100000; ++i) { // bounded: 400 MB at most
            const qint64 n = f.write(chunk);
            if (n <= 0 || !f.flush())
                break;
            total += n;
        }
        for (int size : {512, 64, 1}) { // the last bytes of a partial page
            const QByteArray small(size, 'x');
            for (int i = 0; i < 4096 && f.write(small) > 0 && f.flush(); ++i)
                total += size;
        }
        return total;
    }
    void free()
    {
        for (const QString &name : QDir(m_path).entryList({u"filler-*"_s}, QDir::Files))
            QFile::remove(path(name));
    }
    QStringList setAside() const
    {
        QStringList out;
        QDirIterator it(m_path, {u"*.set-aside-*"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(it.next());
        return out;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    bool m_mounted = false;
    int m_fillers = 0;
};

struct Outcome
{
    int exitCode = -1;
    QByteArray out, err;
};

// Runs hoist-cli with its data folder (history) on the small disk; with interruptAfterDone > 0,
// sends SIGINT (Ctrl+C) once that many files are done.
Outcome runCli(const QStringList &args, const QString &token, const QString &dataHome,
               int interruptAfterDone = 0)
{
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOIST_ACCESS_TOKEN"_s, token);
    env.insert(u"XDG_DATA_HOME"_s, dataHome);
    proc.setProcessEnvironment(env);
    Outcome o;
    int done = 0;
    bool interrupted = false;
    QObject::connect(&proc, &QProcess::readyReadStandardOutput, &proc, [&] {
        while (proc.canReadLine()) {
            const QByteArray line = proc.readLine();
            o.out += line;
            if (interruptAfterDone > 0 && !interrupted && line.contains("\"state\":\"done\"")
                && ++done >= interruptAfterDone) {
                interrupted = true;
                ::kill(pid_t(proc.processId()), SIGINT);
            }
        }
    });
    proc.start(qEnvironmentVariable("HOIST_CLI"), args);
    if (!proc.waitForStarted(10000)
        || !QTest::qWaitFor([&] { return proc.state() == QProcess::NotRunning; }, 180000))
        return o;
    o.out += proc.readAllStandardOutput();
    o.err = proc.readAllStandardError();
    o.exitCode = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -2;
    return o;
}

int associations(Env &env)
{
    return env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.0/files"_s);
}

} // namespace

class TestJournalDiskFull : public QObject
{
    Q_OBJECT

    static constexpr int kFiles = 8;

    // kFiles files of the environment's local folder, and their sha256 by name.
    static QStringList makeFiles(Env &env, QHash<QString, QByteArray> *expected)
    {
        QStringList paths;
        for (int i = 1; i <= kFiles; ++i) {
            const QString name = u"s%1.pdf"_s.arg(i);
            expected->insert(name, env.makeFile(u"local/"_s + name, 200'000, quint32(i)));
            paths.append(env.path(u"local/"_s + name));
        }
        return paths;
    }

    // Each expected file once in Procore, with its bytes (no "s1 (1).pdf", no second version).
    static void verifyEachOnce(Env &env, const QHash<QString, QByteArray> &expected)
    {
        QStringList names;
        for (const StoredFile &f : env.storedFiles()) {
            names.append(f.name);
            QCOMPARE(f.versions, 1);
            QCOMPARE(f.sha256.toLatin1(), expected.value(f.name));
        }
        names.sort();
        QStringList wanted = expected.keys();
        wanted.sort();
        QCOMPARE(names, wanted);
        QCOMPARE(associations(env), int(expected.size()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("HOIST_CLI")), "HOIST_CLI not set");
        SmallDisk probe;
        if (!probe.mounted())
            QSKIP("mounting a 2 MiB tmpfs needs root: this test is not run here (CI runs it as root)");
    }

    // The case with hoist-cli: 8 files, Ctrl+C after 3, the disk filled, --resume.
    void cliResumeOnFullDiskKeepsJournalThenFinishesOnce()
    {
        SmallDisk disk;
        Env env;
        QHash<QString, QByteArray> expected;
        const QStringList paths = makeFiles(env, &expected);
        const QString journal = disk.path(u"journals/hoist-cli.sqlite"_s);
        const QString data = disk.path(u"data"_s);
        const QStringList common{u"upload"_s, u"--api-base"_s, env.server.baseUrl().toString(),
                                 u"--json"_s, u"--journal"_s,  journal};
        const QStringList command = common + QStringList{u"--company"_s, QString::number(env.companyId),
                                                         u"--project"_s, QString::number(env.projectId),
                                                         u"--jobs"_s,    u"1"_s}
                                    + paths;
        const QString token = env.server.accessToken();

        env.server.faults().setStorageBytesPerSecond(1'000'000); // slow enough to stop mid-queue
        const Outcome first = runCli(command, token, data, 3);
        QCOMPARE(first.exitCode, 130);
        env.server.faults().setStorageBytesPerSecond(0);
        const int storedAfterFirst = int(env.storedFiles().size());
        QVERIFY2(storedAfterFirst >= 3 && storedAfterFirst < kFiles, first.out.constData());

        // Full but for a few KiB: the lock file fits, the journal's WAL and shared memory do not.
        QVERIFY(disk.fill(8192) > 0);
        const Outcome full = runCli(common + QStringList{u"--resume"_s}, token, data);
        QVERIFY2(full.exitCode != 0, full.err.constData());
        QVERIFY2(full.err.contains("disk is full"), full.err.constData());
        QVERIFY2(disk.setAside().isEmpty(), qPrintable(disk.setAside().join(u' ')));
        QCOMPARE(int(env.storedFiles().size()), storedAfterFirst); // nothing sent without its record

        disk.free();
        const Outcome resumed = runCli(common + QStringList{u"--resume"_s}, token, data);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY2(disk.setAside().isEmpty(), qPrintable(disk.setAside().join(u' ')));
        verifyEachOnce(env, expected);
    }

    // A new run on a full disk does not go on without a journal: nothing is uploaded.
    void cliNewRunOnFullDiskUploadsNothing()
    {
        SmallDisk disk;
        Env env;
        QHash<QString, QByteArray> expected;
        const QStringList paths = makeFiles(env, &expected);
        QVERIFY(disk.fill() > 0);
        const QStringList command = QStringList{u"upload"_s,
                                                u"--api-base"_s,
                                                env.server.baseUrl().toString(),
                                                u"--json"_s,
                                                u"--journal"_s,
                                                disk.path(u"journals/new.sqlite"_s),
                                                u"--company"_s,
                                                QString::number(env.companyId),
                                                u"--project"_s,
                                                QString::number(env.projectId)}
                                    + paths;
        const Outcome o = runCli(command, env.server.accessToken(), disk.path(u"data"_s));
        QVERIFY2(o.exitCode != 0, o.err.constData());
        QVERIFY2(o.err.contains("Nothing was uploaded"), o.err.constData());
        QCOMPARE(associations(env), 0);
        QCOMPARE(env.countLog(u"storage"_s, u"POST"_s, {}), 0);
    }

    // The disk fills under a running queue: the write that fails stops new work, every
    // association that went out has its record, and a new queue on the journal finishes the rest.
    void queueStopsWhenAWriteFailsThenResumesOnce()
    {
        SmallDisk disk;
        Env env;
        QHash<QString, QByteArray> expected;
        const QStringList paths = makeFiles(env, &expected);
        const QString path = disk.path(u"j.sqlite"_s);
        QString error;
        auto journal = TransferJournal::open(path, &error);
        QVERIFY2(journal, qPrintable(error));
        env.controller->setMaxParallel(1);
        env.controller->setJournal(journal.get());
        QSignalSpy failed(env.controller.get(), &UploadController::journalFailed);
        int done = 0;
        connect(env.controller.get(), &UploadController::jobStateChanged, this,
                [&](quint64, TransferState s) {
                    if (s == TransferState::Done && ++done == 3)
                        disk.fill(); // the disk fills while the queue runs
                });
        env.controller->enqueue(FileScanner::scanNow(paths), env.destination());
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 60000));
        QVERIFY(env.waitIdle());
        QVERIFY(env.controller->isHalted());
        QVERIFY2(failed.first().first().toString().contains(u"disk is full"_s),
                 qPrintable(failed.first().first().toString()));
        QVERIFY2(failed.first().first().toString().contains(disk.path()),
                 qPrintable(failed.first().first().toString()));
        // Every file Procore has had its association's target in the journal before the call.
        const QList<TransferJournal::Entry> entries = journal->entries();
        QCOMPARE(int(entries.size()), kFiles);
        const QList<StoredFile> before = env.storedFiles();
        QVERIFY(before.size() >= 3 && before.size() < kFiles);
        for (const StoredFile &f : before) {
            bool recorded = false;
            for (const TransferJournal::Entry &e : entries)
                recorded = recorded || e.targetName == f.name;
            QVERIFY2(recorded, qPrintable(f.name));
        }

        // A crash now; then space returns and a new queue goes on from the journal.
        env.controller->setJournal(nullptr);
        env.controller.reset();
        journal.reset();
        disk.free();
        journal = TransferJournal::open(path, &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY(journal->setAsideMessage().isEmpty());
        env.controller = std::make_unique<UploadController>(env.client.get());
        env.controller->setJournal(journal.get());
        QVERIFY(env.controller->resumeFromJournal() > 0);
        QVERIFY(env.waitIdle());
        QVERIFY2(!env.controller->isHalted(), qPrintable(env.controller->journalError()));
        verifyEachOnce(env, expected);
        env.controller->setJournal(nullptr);
    }

    // An upgrade that fails for want of space leaves the journal as it was: not set aside, not
    // half-migrated; with space it upgrades and every row is there.
    void migrationOnFullDiskSetsNothingAside()
    {
        SmallDisk disk;
        const QString path = disk.path(u"old.sqlite"_s);
        {
            QString error;
            auto journal = TransferJournal::open(path, &error);
            QVERIFY2(journal, qPrintable(error));
            QList<TransferJournal::Entry> rows;
            for (int i = 1; i <= kFiles; ++i) {
                TransferJournal::Entry e;
                e.id = quint64(i);
                e.item.localPath = u"/tmp/s%1.pdf"_s.arg(i);
                e.item.size = 1000 + i;
                rows.append(e);
            }
            QVERIFY(journal->add(rows));
        }
        {
            // As an older Hoist left it: schema 2, without the watch tables and the drawing upload id.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DROP TABLE watch_files"_s));
            QVERIFY(q.exec(u"DROP TABLE watches"_s));
            QVERIFY(q.exec(u"ALTER TABLE queue DROP COLUMN drawing_upload_id"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = 2"_s));
            QVERIFY(q.exec(u"VACUUM"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"older"_s);
        QVERIFY(disk.fill() > 0);
        QString error;
        QVERIFY(!TransferJournal::open(path, &error));
        QVERIFY2(error.contains(u"disk is full"_s) || error.contains(u"cannot"_s), qPrintable(error));
        QVERIFY2(disk.setAside().isEmpty(), qPrintable(disk.setAside().join(u' ')));
        disk.free();
        auto journal = TransferJournal::open(path, &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY(journal->setAsideMessage().isEmpty());
        QCOMPARE(int(journal->unfinished().size()), kFiles);
        QCOMPARE(journal->database()->schemaVersion(), TransferJournal::schema().last().version);
    }
    // The same for the upload history: a history row that cannot be written stops new work
    // (and says where); once space returns, Resume All finishes every file once, and the history
    // has every file's row, the one that could not be written at the time included.
    void historyWriteFailureStopsThenEveryRowIsKept()
    {
        SmallDisk disk;
        Env env;
        QHash<QString, QByteArray> expected;
        const QStringList paths = makeFiles(env, &expected);
        QString error;
        auto history = UploadHistory::open(disk.path(u"history.sqlite"_s), &error);
        QVERIFY2(history, qPrintable(error));
        HistoryRecorder recorder(env.controller.get(), history.get(), u"sandbox"_s);
        env.controller->setMaxParallel(1);
        QSignalSpy failed(env.controller.get(), &UploadController::journalFailed);
        int done = 0;
        connect(env.controller.get(), &UploadController::jobStateChanged, this,
                [&](quint64, TransferState s) {
                    if (s == TransferState::Done && ++done == 3)
                        disk.fill(); // before the third file's row is written
                });
        env.controller->enqueue(FileScanner::scanNow(paths), env.destination());
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 60000));
        QVERIFY(env.waitIdle());
        QVERIFY(env.controller->isHalted());
        const QString said = failed.first().first().toString();
        QVERIFY2(said.contains(u"disk is full"_s) && said.contains(disk.path()), qPrintable(said));
        QVERIFY(env.storedFiles().size() < kFiles);

        disk.free();
        env.controller->resumeAll();
        QVERIFY(env.waitIdle());
        QVERIFY2(!env.controller->isHalted(), qPrintable(env.controller->journalError()));
        verifyEachOnce(env, expected);
        HistoryFilter all;
        QCOMPARE(int(history->find(all).size()), kFiles);
    }
};

QTEST_GUILESS_MAIN(TestJournalDiskFull)
#include "tst_journal_disk_full.moc"

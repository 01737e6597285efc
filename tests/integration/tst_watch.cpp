// Watch folders against the sandbox: files written into a watched folder (at once, slowly in
// pieces, still open for writing, in a subfolder) arrive once and complete; a restart in the
// middle sends nothing twice; a changed file becomes a new version; a deleted file stays in
// Procore; a file moved away and back is not sent again.
#include "tst_upload_harness.h"

#include "upload/TransferJournal.h"
#include "watch/WatchService.h"
#include "watch/WatchStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace hoist;
using namespace harness;
using namespace Qt::StringLiterals;

namespace {

// A journal, the store over it and a service on the Env's controller: what one run of the
// program holds. Destroying it is a restart (or a crash: nothing is finished on the way out).
struct Run
{
    Run(Env &env, const QString &journalPath)
    {
        journal = TransferJournal::open(journalPath);
        env.controller = std::make_unique<UploadController>(env.client.get());
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 50;
        env.controller->setRetryPolicy(fast);
        env.controller->setJournal(journal.get());
        store = std::make_unique<WatchStore>(journal.get());
        service = std::make_unique<WatchService>(env.controller.get(), store.get());
        FolderWatcher::Options o;
        o.stableMs = 300;
        o.pollMs = 50;
        o.rescanMs = 60000; // the inotify signal, not the rescan, finds the files here
        service->setOptions(o);
        QObject::connect(service.get(), &WatchService::event, service.get(),
                         [this](const WatchEvent &e) { events.append(e); });
    }
    void stop(Env &env)
    {
        service.reset();
        env.controller->setJournal(nullptr);
        env.controller.reset();
        store.reset();
        journal.reset();
    }
    int count(WatchEvent::Kind kind, const QString &path = {}) const
    {
        return int(std::count_if(events.begin(), events.end(), [&](const WatchEvent &e) {
            return e.kind == kind && (path.isEmpty() || e.path == path);
        }));
    }
    std::unique_ptr<TransferJournal> journal;
    std::unique_ptr<WatchStore> store;
    std::unique_ptr<WatchService> service;
    QList<WatchEvent> events;
};

QByteArray shaOfBytes(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray bytesOf(int size, char seed)
{
    QByteArray b(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        b[i] = char(seed + i * 31 + (i >> 7));
    return b;
}

StoredFile stored(Env &env, const QString &path)
{
    for (const StoredFile &f : env.storedFiles())
        if (f.path == path)
            return f;
    return {};
}

} // namespace

class TestWatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_journals;

private Q_SLOTS:
    void filesArriveOnceAndComplete()
    {
        Env env;
        const QString folder = env.path(u"watched"_s);
        QVERIFY(QDir().mkpath(folder));
        Run run(env, m_journals.filePath(u"a.sqlite"_s));
        QVERIFY(run.service->addWatch(folder, env.destination()));

        // At once; in a subfolder; slowly in pieces (a timer opens the file, appends 64 KiB and
        // closes it every 100 ms: longer in all than the 300 ms the file must stay unchanged,
        // shorter between pieces, and closed between them, so only the stability rule holds it).
        const QByteArray whole = bytesOf(200'000, 1);
        QFile::remove(folder + u"/plan.pdf"_s);
        QFile plan(folder + u"/plan.pdf"_s);
        QVERIFY(plan.open(QIODevice::WriteOnly) && plan.write(whole) == whole.size());
        plan.close();
        QVERIFY(QDir().mkpath(folder + u"/site photos"_s));
        const QByteArray photo = bytesOf(50'000, 2);
        QFile sub(folder + u"/site photos/north.jpg"_s);
        QVERIFY(sub.open(QIODevice::WriteOnly) && sub.write(photo) == photo.size());
        sub.close();

        const QByteArray slowBytes = bytesOf(10 * 65536, 3);
        QFile slow(folder + u"/scan.tif"_s);
        int piece = 0;
        QTimer writer;
        writer.setInterval(100);
        QObject::connect(&writer, &QTimer::timeout, &writer, [&] {
            if (slow.open(QIODevice::WriteOnly | QIODevice::Append)) {
                slow.write(slowBytes.mid(piece * 65536, 65536));
                slow.close();
            }
            if (++piece == 10)
                writer.stop();
        });
        writer.start();

        // Still open for writing: complete-looking (unchanged) but held by a writer.
        const QByteArray growing = bytesOf(120'000, 4);
        QFile open(folder + u"/video.mov"_s);
        QVERIFY(open.open(QIODevice::WriteOnly) && open.write(growing.left(60'000)) == 60'000);
        QVERIFY(open.flush());
        QTRY_VERIFY_WITH_TIMEOUT(run.count(WatchEvent::Kind::Problem, u"video.mov"_s) == 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(run.count(WatchEvent::Kind::Uploaded), 3, 30000);
        QCOMPARE(run.count(WatchEvent::Kind::Uploaded, u"video.mov"_s), 0);
        QCOMPARE(stored(env, u"video.mov"_s).size, 0);
        QVERIFY(open.write(growing.mid(60'000)) == 60'000);
        open.close();
        QTRY_COMPARE_WITH_TIMEOUT(run.count(WatchEvent::Kind::Uploaded), 4, 30000);
        QVERIFY(env.waitIdle());

        QCOMPARE(env.storedFiles().size(), 4);
        QCOMPARE(stored(env, u"plan.pdf"_s).sha256.toLatin1(), shaOfBytes(whole));
        QCOMPARE(stored(env, u"scan.tif"_s).sha256.toLatin1(), shaOfBytes(slowBytes));
        QCOMPARE(stored(env, u"video.mov"_s).sha256.toLatin1(), shaOfBytes(growing));
        QCOMPARE(stored(env, u"site photos/north.jpg"_s).sha256.toLatin1(), shaOfBytes(photo));
        QCOMPARE(env.folderCount(u"site photos"_s), 1);
        for (const StoredFile &f : env.storedFiles())
            QCOMPARE(f.versions, 1);
        run.stop(env);
    }

    void restartInTheMiddleSendsNothingTwice()
    {
        Env env;
        const QString folder = env.path(u"watched"_s);
        QHash<QString, QByteArray> expected;
        for (int i = 1; i <= 8; ++i) {
            const QString name = u"form-%1.pdf"_s.arg(i);
            expected.insert(name, env.makeFile(u"watched/"_s + name, 400'000, quint32(i)));
        }
        const QString journal = m_journals.filePath(u"b.sqlite"_s);
        {
            Run first(env, journal);
            QVERIFY(first.service->addWatch(folder, env.destination(u"Submittals"_s)));
            QTRY_VERIFY_WITH_TIMEOUT(first.count(WatchEvent::Kind::Uploaded) >= 2, 30000);
            first.stop(env); // with files queued and under way
        }
        Run second(env, journal);
        second.service->start();
        QTRY_VERIFY_WITH_TIMEOUT(env.storedFiles().size() == 8 && env.controller->isIdle(), 30000);
        QCOMPARE(env.storedFiles().size(), 8);
        for (const StoredFile &f : env.storedFiles()) {
            QCOMPARE(f.folder, u"Submittals"_s);
            QCOMPARE(f.versions, 1);
            QCOMPARE(f.sha256.toLatin1(), expected.value(f.name));
        }
        // Every record says uploaded, with Procore's id.
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::all_of(second.store->files(1),
                                                     [](const WatchedFile &f) {
                                                         return f.state == WatchedFile::State::Uploaded
                                                                && f.fileId > 0;
                                                     }),
                                 10000);
        second.stop(env);

        // A third run over the same database finds everything done: nothing is queued.
        Run third(env, journal);
        third.service->start();
        QCOMPARE(third.count(WatchEvent::Kind::Waiting), 0);
        QVERIFY(env.controller->isIdle());
        QCOMPARE(env.controller->model()->rowCount(), 0);
        third.stop(env);
    }

    void changedDeletedAndMovedBack()
    {
        Env env;
        const QString folder = env.path(u"watched"_s);
        env.makeFile(u"watched/a.pdf"_s, 100'000, 1);
        env.makeFile(u"watched/b.pdf"_s, 100'000, 2);
        env.makeFile(u"watched/c.pdf"_s, 100'000, 3);
        Run run(env, m_journals.filePath(u"c.sqlite"_s));
        // inotify says nothing about a file rewritten in place (only its folder is watched): the
        // rescan finds it.
        FolderWatcher::Options o;
        o.stableMs = 300;
        o.pollMs = 50;
        o.rescanMs = 500;
        run.service->setOptions(o);
        QVERIFY(run.service->addWatch(folder, env.destination()));
        QTRY_COMPARE_WITH_TIMEOUT(run.count(WatchEvent::Kind::Uploaded), 3, 30000);
        const qint64 apiBefore = env.log(u"api"_s).size();

        // Deleted: stays in Procore. Moved away and back (same bytes, same mtime): not sent.
        QVERIFY(QFile::remove(folder + u"/b.pdf"_s));
        QVERIFY(QFile::rename(folder + u"/c.pdf"_s, env.path(u"c.pdf"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(run.count(WatchEvent::Kind::Removed, u"c.pdf"_s), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(run.count(WatchEvent::Kind::Removed, u"b.pdf"_s), 1, 5000);
        QVERIFY(QFile::rename(env.path(u"c.pdf"_s), folder + u"/c.pdf"_s));
        QTRY_COMPARE_WITH_TIMEOUT(run.count(WatchEvent::Kind::Unchanged, u"c.pdf"_s), 1, 10000);

        // Changed: a new version of the same Procore file.
        const QByteArray sha = env.makeFile(u"watched/a.pdf"_s, 150'000, 9);
        QTRY_COMPARE_WITH_TIMEOUT(run.count(WatchEvent::Kind::Uploaded, u"a.pdf"_s), 2, 30000);
        QVERIFY(env.waitIdle());
        QCOMPARE(env.storedFiles().size(), 3);
        QCOMPARE(stored(env, u"a.pdf"_s).versions, 2);
        QCOMPARE(stored(env, u"a.pdf"_s).sha256.toLatin1(), sha);
        QCOMPARE(stored(env, u"b.pdf"_s).versions, 1);
        QCOMPARE(stored(env, u"c.pdf"_s).versions, 1);
        QCOMPARE(env.countLog(u"api"_s, u"DELETE"_s, u"/"_s), 0);
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.0/files"_s) - 3,
                 0); // the version is no new file
        QVERIFY(env.log(u"api"_s).size() > apiBefore);
        run.stop(env);
    }

    // Issue 24.4: a file edited while it uploads is sent again as it then is, and the watch
    // records that: the recheck finds it unchanged, so Procore has one version with the new bytes
    // (not a second version of the same content).
    void editedWhileUploadingIsOneVersion()
    {
        Env env;
        const QString folder = env.path(u"watched"_s);
        QVERIFY(QDir().mkpath(folder));
        env.server.faults().setStorageBytesPerSecond(500'000); // 1 MB: about 2 s in storage
        const QByteArray first = bytesOf(1'000'000, 4);
        {
            QFile f(folder + u"/edited.pdf"_s);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(first) == first.size());
        }
        Run run(env, m_journals.filePath(u"e.sqlite"_s));
        FolderWatcher::Options o;
        o.stableMs = 300;
        o.pollMs = 50;
        o.rescanMs = 300; // finds the rewrite (inotify watches only the folder)
        run.service->setOptions(o);
        QVERIFY(run.service->addWatch(folder, env.destination()));
        QVERIFY(QTest::qWaitFor(
            [&] {
                UploadJob *job =
                    env.controller->model()->rowCount() ? env.controller->model()->jobAt(0) : nullptr;
                return job && job->state() == TransferState::Uploading && job->bytesSent() > 0;
            },
            20000));
        const QByteArray tail = bytesOf(1000, 5);
        {
            QFile f(folder + u"/edited.pdf"_s);
            QVERIFY(f.open(QIODevice::Append) && f.write(tail) == tail.size());
        }
        QTRY_COMPARE_WITH_TIMEOUT(run.count(WatchEvent::Kind::Uploaded, u"edited.pdf"_s), 1, 30000);
        env.server.faults().setStorageBytesPerSecond(0);
        // The look after the job: unchanged (right), or a second upload (the bug).
        QTRY_VERIFY_WITH_TIMEOUT(run.count(WatchEvent::Kind::Unchanged, u"edited.pdf"_s) >= 1
                                     || run.count(WatchEvent::Kind::Queued, u"edited.pdf"_s) >= 2,
                                 30000);
        QVERIFY(env.waitIdle());
        const StoredFile f = stored(env, u"edited.pdf"_s);
        QCOMPARE(f.sha256.toLatin1(), shaOfBytes(first + tail));
        QCOMPARE(f.versions, 1);
        QCOMPARE(run.count(WatchEvent::Kind::Queued, u"edited.pdf"_s), 1);
        run.stop(env);
    }

    void emptyFileWaitsAndIsSaid()
    {
        Env env;
        const QString folder = env.path(u"watched"_s);
        QVERIFY(QDir().mkpath(folder));
        Run run(env, m_journals.filePath(u"d.sqlite"_s));
        FolderWatcher::Options o;
        o.stableMs = 100;
        o.pollMs = 20;
        o.emptyNoticeMs = 200;
        run.service->setOptions(o);
        QVERIFY(run.service->addWatch(folder, env.destination()));
        QFile empty(folder + u"/empty.pdf"_s);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QTRY_COMPARE_WITH_TIMEOUT(run.count(WatchEvent::Kind::Problem, u"empty.pdf"_s), 1, 5000);
        QCOMPARE(run.count(WatchEvent::Kind::Queued), 0);
        QVERIFY(empty.open(QIODevice::WriteOnly) && empty.write("now with content") > 0);
        empty.close();
        QTRY_COMPARE_WITH_TIMEOUT(run.count(WatchEvent::Kind::Uploaded, u"empty.pdf"_s), 1, 30000);
        QCOMPARE(stored(env, u"empty.pdf"_s).size, 16);
        run.stop(env);
    }

    // A watch record that cannot be written stops new work, as a journal write does (issue 24.6:
    // "the same for history and the watch store"): the queue halts and says so; once the write
    // succeeds again, Resume All writes every record kept in memory, each file lands once and a
    // later run over the same database queues nothing.
    void storeWriteFailureStopsThenEveryRecordIsKept()
    {
        Env env;
        const QString folder = env.path(u"watched"_s);
        QHash<QString, QByteArray> expected;
        for (int i = 1; i <= 3; ++i)
            expected.insert(u"sheet-%1.pdf"_s.arg(i),
                            env.makeFile(u"watched/sheet-%1.pdf"_s.arg(i), 20'000, quint32(i)));
        const QString path = m_journals.filePath(u"e.sqlite"_s);
        Run run(env, path);
        QVERIFY(run.service->addWatch(folder, env.destination(u"Submittals"_s)));
        {
            // SQLite refuses the watch's file records the way a full disk makes it refuse them;
            // the queue's own rows are still written.
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inject"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"CREATE TRIGGER full_disk BEFORE INSERT ON watch_files "
                            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"inject"_s);
        QTRY_VERIFY_WITH_TIMEOUT(env.controller->isHalted(), 30000);
        QVERIFY(env.controller->isPaused());
        QVERIFY(run.store->files(1).isEmpty());

        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inject"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DROP TRIGGER full_disk"_s));
        }
        QSqlDatabase::removeDatabase(u"inject"_s);
        env.controller->resumeAll();
        QTRY_VERIFY_WITH_TIMEOUT(env.storedFiles().size() == 3 && env.controller->isIdle(), 30000);
        for (const StoredFile &f : env.storedFiles()) {
            QCOMPARE(f.versions, 1);
            QCOMPARE(f.sha256.toLatin1(), expected.value(f.name));
        }
        QTRY_VERIFY_WITH_TIMEOUT(run.store->files(1).size() == 3
                                     && std::ranges::all_of(run.store->files(1),
                                                            [](const WatchedFile &f) {
                                                                return f.state == WatchedFile::State::Uploaded
                                                                       && f.fileId > 0;
                                                            }),
                                 10000);
        QVERIFY(!env.controller->isHalted());
        run.stop(env);

        Run again(env, path);
        again.service->start();
        QCOMPARE(env.controller->model()->rowCount(), 0);
        QCOMPARE(env.storedFiles().size(), 3);
        again.stop(env);
    }
};

QTEST_MAIN(TestWatch)
#include "tst_watch.moc"

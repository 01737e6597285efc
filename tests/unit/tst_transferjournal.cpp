// The transfer journal: what a restart needs to resume without losing or duplicating anything.
#include "history/UploadHistory.h"
#include "upload/TransferJournal.h"
#include "watch/WatchStore.h"

#include <QDir>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace hoist;

class TestTransferJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static TransferJournal::Entry entry(quint64 id, const QString &name, qint64 size)
    {
        TransferJournal::Entry e;
        e.id = id;
        e.item.localPath = QStringLiteral("/site/photos/") + name;
        e.item.relativeDir = QStringLiteral("Level 2");
        e.item.size = size;
        e.item.modified = QDateTime(QDate(2026, 11, 1), QTime(8, 30), Qt::UTC);
        e.destination.companyId = 562949953421313;
        e.destination.projectId = 281474976710657;
        e.destination.folderId = 8000000000040;
        e.destination.folderPath = QStringLiteral("Photos/Site Progress");
        e.destination.projectName = QStringLiteral("Riverside Medical Center");
        e.policy = ConflictPolicy::NewVersion;
        return e;
    }

    static unsigned modeOf(const QString &path)
    {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? unsigned(st.st_mode & 0777) : 0u;
    }

private Q_SLOTS:
    void recordsEveryStepAndReadsItBackAfterReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("journal.sqlite"));
        const QDateTime created(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        {
            auto j = TransferJournal::open(path);
            QVERIFY(j);
            QVERIFY(j->add({entry(1, QStringLiteral("a.jpg"), 10), entry(2, QStringLiteral("b.jpg"), 20),
                            entry(3, QStringLiteral("model.ifc"), 12'000'000)}));
            QVERIFY(j->setState(1, TransferState::Uploading));
            QVERIFY(j->setUpload(1, QStringLiteral("01AAAAAAAAAAAAAAAAAAAAAAAA"), created));
            QVERIFY(j->setStored(1));
            QVERIFY(j->setTarget(1, 8000000000099, QStringLiteral("a.jpg")));
            QVERIFY(j->setAssociated(2, 9000000000123));
            QVERIFY(j->setUpload(3, QStringLiteral("01BBBBBBBBBBBBBBBBBBBBBBBB"), created,
                                 {{0, 6'000'000, QStringLiteral("aa"), QStringLiteral("11"), {}},
                                  {1, 6'000'000, QStringLiteral("bb"), QStringLiteral("22"), {}}}));
            QVERIFY(j->setSegmentStored(3, 0, QStringLiteral("etag-0")));
        }
        auto j = TransferJournal::open(path);
        QVERIFY(j->setAsideMessage().isEmpty());
        const QList<TransferJournal::Entry> all = j->entries();
        QCOMPARE(all.size(), 3);
        QCOMPARE(j->maxId(), quint64(3));
        const TransferJournal::Entry &a = all[0];
        QCOMPARE(a.state, TransferState::Uploading);
        QCOMPARE(a.uploadUuid, QStringLiteral("01AAAAAAAAAAAAAAAAAAAAAAAA"));
        QCOMPARE(a.uploadCreatedAt, created);
        QVERIFY(a.stored);
        QCOMPARE(a.targetFolderId, 8000000000099);
        QCOMPARE(a.targetName, QStringLiteral("a.jpg"));
        QCOMPARE(a.policy, ConflictPolicy::NewVersion);
        QCOMPARE(a.item.relativeDir, QStringLiteral("Level 2"));
        QCOMPARE(a.item.modified, QDateTime(QDate(2026, 11, 1), QTime(8, 30), Qt::UTC));
        QCOMPARE(a.destination.projectId, 281474976710657);
        QCOMPARE(all[1].state, TransferState::Done);
        QCOMPARE(all[1].fileId, 9000000000123);
        QCOMPARE(all[2].segments.size(), 2);
        QCOMPARE(all[2].segments[0].etag, QStringLiteral("etag-0"));
        QVERIFY(all[2].segments[1].etag.isEmpty());
        QVERIFY(!all[2].stored);

        const QList<TransferJournal::Entry> open = j->unfinished();
        QCOMPARE(open.size(), 2); // the done one is not offered again
        QCOMPARE(open[0].id, quint64(1));
        QCOMPARE(open[1].id, quint64(3));
    }

    void aNewUploadForgetsTheOldOne()
    {
        auto j = TransferJournal::open(m_dir.filePath(QStringLiteral("j2.sqlite")));
        QVERIFY(j->add({entry(7, QStringLiteral("c.jpg"), 5)}));
        QVERIFY(j->setUpload(7, QStringLiteral("OLD"), QDateTime::currentDateTimeUtc(),
                             {{0, 5, QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("e")}}));
        QVERIFY(j->setStored(7));
        QVERIFY(j->setDrawingUpload({7}, 4242));
        QCOMPARE(j->entries().first().drawingUploadId, 4242);
        QVERIFY(j->setUpload(7, QStringLiteral("NEW"), QDateTime::currentDateTimeUtc()));
        const auto e = j->entries().first();
        QCOMPARE(e.uploadUuid, QStringLiteral("NEW"));
        QVERIFY(!e.stored);
        QVERIFY(e.segments.isEmpty());
        // The new upload is in no drawing upload yet: a resumed batch must not only check the
        // old one's status (a sheet sent again after its drawing upload failed).
        QCOMPARE(e.drawingUploadId, 0);
    }

    void finishedRowsCanBeCleared()
    {
        auto j = TransferJournal::open(m_dir.filePath(QStringLiteral("j3.sqlite")));
        QVERIFY(j->add({entry(1, QStringLiteral("1"), 1), entry(2, QStringLiteral("2"), 1),
                        entry(3, QStringLiteral("3"), 1), entry(4, QStringLiteral("4"), 1)}));
        j->setState(1, TransferState::Done);
        j->setState(2, TransferState::Skipped);
        j->setState(3, TransferState::Failed, QStringLiteral("Storage refused it"));
        QCOMPARE(j->removeFinished(), 2);
        const auto left = j->entries();
        QCOMPARE(left.size(), 2);
        QCOMPARE(left[0].error, QStringLiteral("Storage refused it"));
        QVERIFY(j->remove(4));
        QCOMPARE(j->entries().size(), 1);
    }

    void corruptJournalIsSetAside()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3") + QByteArray(4000, '\x7f'));
        f.close();
        auto j = TransferJournal::open(path);
        QVERIFY(j);
        QVERIFY(!j->setAsideMessage().isEmpty());
        QVERIFY(j->entries().isEmpty());
        QVERIFY(j->add({entry(1, QStringLiteral("x"), 1)}));
    }

    void newerJournalIsSetAsideNotMisread()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto j = TransferJournal::open(path);
            QVERIFY(j);
            QVERIFY(j->add({entry(1, QStringLiteral("a.pdf"), 10)}));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        auto j = TransferJournal::open(path);
        QVERIFY(j);
        QVERIFY2(j->setAsideMessage().contains(QLatin1String("newer")), qPrintable(j->setAsideMessage()));
        QVERIFY(j->entries().isEmpty()); // a fresh journal; the newer one is kept aside, untouched
        QVERIFY(j->add({entry(2, QStringLiteral("b.pdf"), 10)}));
        QCOMPARE(j->entries().size(), 1);
    }

    // Local paths, project ids and storage addresses are nobody else's business on a shared PC:
    // the data folder is 0700 and the journal, its WAL and the history are 0600, whatever the
    // umask, and a journal left readable by an older Hoist is closed again.
    void dataFilesArePrivate()
    {
        const mode_t previous = ::umask(022);
        const QString folder = m_dir.filePath(QStringLiteral("data/journals"));
        const QString path = folder + QStringLiteral("/hoist-production.sqlite");
        {
            auto j = TransferJournal::open(path);
            QVERIFY(j);
            QVERIFY(j->add({entry(1, QStringLiteral("/home/pat/site/plan.pdf"), 10)}));
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
            QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600u);
        }
        const QString history = m_dir.filePath(QStringLiteral("data/history.sqlite"));
        QVERIFY(UploadHistory::open(history));
        const QString old = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            QFile f(old);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY(QFile::setPermissions(old, QFile::Permissions(0x6644)));
        QVERIFY(TransferJournal::open(old));
        ::umask(previous);
        QCOMPARE(modeOf(folder), 0700u);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("data"))), 0700u);
        QCOMPARE(modeOf(path), 0600u);
        QCOMPARE(modeOf(history), 0600u);
        QCOMPARE(modeOf(old), 0600u);
    }

    // hoist-cli watch add/list/remove open the journal's file without its lock, next to a
    // running watch: what they cannot use they refuse; they never set the live file aside.
    void watchStoreNeverSetsAsideALiveJournal()
    {
        const QString path = m_dir.filePath(QStringLiteral("live.sqlite"));
        auto j = TransferJournal::open(path);
        QVERIFY(j);
        QVERIFY(j->add({entry(1, QStringLiteral("a.pdf"), 10)}));
        {
            // What a newer Hoist holding the journal would have written.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("live"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("live"));
        QString error;
        QVERIFY(!WatchStore::open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY(QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("live.sqlite.set-aside-*")}).size(), 0);
        QCOMPARE(j->entries().size(), 1); // the live journal goes on
        QVERIFY(j->add({entry(2, QStringLiteral("b.pdf"), 10)}));
    }
};

QTEST_GUILESS_MAIN(TestTransferJournal)
#include "tst_transferjournal.moc"

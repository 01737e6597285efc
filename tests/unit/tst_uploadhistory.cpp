// The upload history: records, filters, CSV export read back, migration from schema 1, and a
// damaged or newer database set aside instead of crashing.
#include "history/HistoryRetry.h"
#include "history/HistoryUpkeep.h"
#include "history/UploadHistory.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace hoist;

class TestUploadHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static HistoryFilter filter(const QString &text, qint64 project = 0, const QString &outcome = {})
    {
        HistoryFilter f;
        f.text = text;
        f.projectId = project;
        f.outcome = outcome;
        return f;
    }

    static HistoryRecord sample(const QString &name, const QString &outcome, qint64 project,
                                const QDateTime &at)
    {
        HistoryRecord r;
        r.at = at;
        r.environment = QStringLiteral("built-in-sandbox");
        r.localPath = QStringLiteral("/home/pat/Drawings/") + name;
        r.destination = QStringLiteral("Riverside Medical Center / Drawings/") + name;
        r.companyId = 562949953421313;
        r.projectId = project;
        r.projectName = QStringLiteral("Riverside Medical Center");
        r.size = 1234;
        r.outcome = outcome;
        r.sha256 = outcome == QLatin1String("done") ? QString(64, QLatin1Char('a')) : QString();
        r.fileId = outcome == QLatin1String("done") ? 9000000000001 : 0;
        r.reason = outcome == QLatin1String("failed") ? QStringLiteral("Storage refused it, \"403\"; retry")
                                                      : QString();
        return r;
    }

    // Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF rows) independently of the writer.
    static QList<QStringList> parseCsv(const QString &text)
    {
        QList<QStringList> rows;
        QStringList row;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                row << field;
                field.clear();
            } else if (c == QLatin1Char('\n')) {
                row << field;
                rows << row;
                row.clear();
                field.clear();
            } else if (c != QLatin1Char('\r')) {
                field += c;
            }
        }
        return rows;
    }

private Q_SLOTS:
    // Issue 27: kept for a stated time and number of rows; cleared on request; checked in the
    // background, and a damaged page found by that check, not by opening.
    void pruneKeepsTheNewestWithinBothLimits()
    {
        auto history = UploadHistory::open(m_dir.filePath(QStringLiteral("prune.sqlite")));
        QVERIFY(history);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 30; ++i) {
            HistoryRecord r = sample(QStringLiteral("f%1.pdf").arg(i), QStringLiteral("done"), 1,
                                     now.addDays(-(30 - i) * 10)); // 300 days ago … 10 days ago
            QVERIFY(history->record(r));
        }
        QCOMPARE(history->prune({0, 0}), 0);         // no limits: nothing goes
        QCOMPARE(history->prune({180, 0}, now), 12); // older than 180 days: 300 … 190 days ago
        QCOMPARE(history->rowCount(), 18);
        QCOMPARE(history->prune({0, 5}, now), 13);
        const QList<HistoryRecord> left = history->find();
        QCOMPARE(left.size(), 5);
        QCOMPARE(left.first().localPath, QStringLiteral("/home/pat/Drawings/f29.pdf"));
        QCOMPARE(left.last().localPath, QStringLiteral("/home/pat/Drawings/f25.pdf"));
        QCOMPARE(history->prune({0, 5}, now), 0);
    }
    void clearEmptiesAndShrinks()
    {
        const QString path = m_dir.filePath(QStringLiteral("clear.sqlite"));
        auto history = UploadHistory::open(path);
        QVERIFY(history);
        for (int i = 0; i < 2000; ++i) {
            HistoryRecord r = sample(QStringLiteral("file-with-a-long-name-%1.pdf").arg(i),
                                     QStringLiteral("done"), 1, QDateTime::currentDateTimeUtc());
            QVERIFY(history->record(r));
        }
        const qint64 full = history->sizeOnDisk();
        QVERIFY(history->clear());
        QCOMPARE(history->rowCount(), 0);
        QVERIFY2(history->sizeOnDisk() < full / 4, qPrintable(QString::number(history->sizeOnDisk())));
    }
    void upkeepRunsOffTheEventLoopAndFindsDamage()
    {
        const QString path = m_dir.filePath(QStringLiteral("upkeep.sqlite"));
        {
            auto history = UploadHistory::open(path);
            for (int i = 0; i < 400; ++i) {
                HistoryRecord r = sample(QStringLiteral("u%1.pdf").arg(i), QStringLiteral("done"), 1,
                                         QDateTime::currentDateTimeUtc());
                QVERIFY(history->record(r));
            }
        }
        HistoryUpkeep upkeep(path);
        std::optional<HistoryUpkeep::Result> got;
        connect(&upkeep, &HistoryUpkeep::done, this, [&](const HistoryUpkeep::Result &r) { got = r; });
        QVERIFY(upkeep.start({0, 100}));
        QVERIFY(!upkeep.start({0, 100})); // one run at a time
        QVERIFY(QTest::qWaitFor([&] { return got.has_value(); }, 30000));
        const HistoryUpkeep::Result result = *got;
        QCOMPARE(result.removed, 300);
        QCOMPARE(result.rows, 100);
        QVERIFY(result.problem.isEmpty());
        // A damaged index page: opening (header and schema only) does not notice, the check does.
        int damagedPage = 0;
        int pageSize = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
            QVERIFY(
                q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'uploads_outcome'"))
                && q.next());
            damagedPage = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toInt();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("pages"));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(damagedPage > 1 && pageSize > 0);
            QVERIFY(f.seek(qint64(damagedPage - 1) * pageSize + 8));
            f.write(QByteArray(64, '\x5a'));
        }
        auto history = UploadHistory::open(path);
        QVERIFY(history);
        QVERIFY(history->setAsideMessage().isEmpty());
        QVERIFY(!history->integrityProblem().isEmpty());
    }
    // Issue 26.3: the latest row per file and destination decides; a retry plan keeps each
    // file's own destination and names the files that are gone.
    void latestOutcomePerFileAndDestination()
    {
        auto history = UploadHistory::open(m_dir.filePath(QStringLiteral("latest.sqlite")));
        QVERIFY(history);
        const QString present = m_dir.filePath(QStringLiteral("present.pdf"));
        {
            QFile f(present);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4");
        }
        Destination rfis;
        rfis.companyId = 5;
        rfis.projectId = 1;
        rfis.folderId = 11;
        rfis.folderPath = QStringLiteral("RFIs");
        Destination photos = rfis;
        photos.folderId = 0;
        photos.folderPath.clear();
        photos.kind = DestinationKind::Photos;
        photos.photo.albumId = 7;
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-1);
        auto add = [&](const QString &path, const Destination &d, const QString &outcome, int minutes) {
            HistoryRecord r;
            r.at = t0.addSecs(60 * minutes);
            r.environment = QStringLiteral("production");
            r.localPath = path;
            r.companyId = d.companyId;
            r.projectId = d.projectId;
            r.target = d;
            r.outcome = outcome;
            QVERIFY(history->record(r));
        };
        add(present, rfis, QStringLiteral("failed"), 0);
        add(present, rfis, QStringLiteral("done"), 1);     // retried: done
        add(present, photos, QStringLiteral("failed"), 2); // the same file elsewhere: still failed
        add(m_dir.filePath(QStringLiteral("gone.pdf")), rfis, QStringLiteral("failed"), 3);
        HistoryFilter failed;
        failed.outcome = QStringLiteral("failed");
        QCOMPARE(history->find(failed).size(), 3);
        failed.latestOnly = true;
        const QList<HistoryRecord> still = history->find(failed);
        QCOMPARE(still.size(), 2);
        for (const HistoryRecord &r : still)
            QVERIFY(!r.superseded);
        int superseded = 0;
        for (const HistoryRecord &r : history->find())
            superseded += r.superseded ? 1 : 0;
        QCOMPARE(superseded, 1);

        const RetryPlan plan = RetryPlan::make(still);
        QCOMPARE(plan.missing.size(), 1);
        QCOMPARE(plan.missing.first().localPath, m_dir.filePath(QStringLiteral("gone.pdf")));
        QCOMPARE(plan.groups.size(), 1);
        QCOMPARE(plan.groups.first().destination, photos); // its own destination, album and all
        QCOMPARE(plan.groups.first().items.size(), 1);
        QCOMPARE(plan.groups.first().items.first().localPath, present);
    }

    void recordsAndFilters()
    {
        auto history = UploadHistory::open(m_dir.filePath(QStringLiteral("h1.sqlite")));
        QVERIFY(history);
        QVERIFY(history->setAsideMessage().isEmpty());
        QCOMPARE(history->schemaVersion(), 3);
        const QDateTime t0(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        QList<HistoryRecord> records = {
            sample(QStringLiteral("A-101.pdf"), QStringLiteral("done"), 1, t0),
            sample(QStringLiteral("A-102.pdf"), QStringLiteral("failed"), 1, t0.addSecs(60)),
            sample(QStringLiteral("100%_done.pdf"), QStringLiteral("skipped"), 2, t0.addDays(2))};
        for (HistoryRecord &r : records) {
            QVERIFY(history->record(r));
            QVERIFY(r.id > 0);
        }
        QCOMPARE(history->find().size(), 3);
        QCOMPARE(history->find().first().localPath, records[2].localPath); // newest first
        QCOMPARE(history->find(filter({}, 1)).size(), 2);
        QCOMPARE(history->find(filter({}, 0, QStringLiteral("failed"))).first().reason, records[1].reason);
        QCOMPARE(history->find(filter(QStringLiteral("A-10"))).size(), 2);
        QCOMPARE(history->find(filter(QStringLiteral("100%_"))).size(), 1); // LIKE wildcards are literal
        QCOMPARE(history->find(filter(QStringLiteral("0%_d"))).size(), 1);
        HistoryFilter range;
        range.from = t0.addSecs(30);
        range.to = t0.addDays(1);
        QCOMPARE(history->find(range).size(), 1);
        const HistoryRecord back = history->find(filter({}, 0, QStringLiteral("done"))).first();
        QCOMPARE(back.fileId, 9000000000001);
        QCOMPARE(back.companyId, 562949953421313);
        QCOMPARE(back.at, t0);
        QCOMPARE(back.sha256, records[0].sha256);
    }

    void survivesReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("h2.sqlite"));
        {
            auto h = UploadHistory::open(path);
            HistoryRecord r =
                sample(QStringLiteral("S-1.pdf"), QStringLiteral("done"), 3, QDateTime::currentDateTimeUtc());
            QVERIFY(h->record(r));
        }
        auto h = UploadHistory::open(path);
        QCOMPARE(h->find().size(), 1);
    }

    void csvExportReadsBack()
    {
        auto history = UploadHistory::open(m_dir.filePath(QStringLiteral("h3.sqlite")));
        HistoryRecord tricky = sample(QStringLiteral("Plan, \"rev B\"\nfinal.pdf"), QStringLiteral("failed"),
                                      5, QDateTime::currentDateTimeUtc());
        QVERIFY(history->record(tricky));
        HistoryRecord plain = sample(QStringLiteral("Détail ü.pdf"), QStringLiteral("done"), 5,
                                     QDateTime::currentDateTimeUtc().addSecs(-5));
        QVERIFY(history->record(plain));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(history->exportCsv({}, &buffer));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(buffer.data()));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].value(0), QStringLiteral("when"));
        QCOMPARE(rows[1].value(2), tricky.localPath);
        QCOMPARE(rows[1].value(9), tricky.reason);
        QCOMPARE(rows[2].value(2), plain.localPath);
        QCOMPARE(rows[2].value(6), plain.sha256);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 11);
    }

    void csvNeutralisesFormulas()
    {
        // A file named like a formula must reach a spreadsheet as text.
        auto history = UploadHistory::open(m_dir.filePath(QStringLiteral("h4.sqlite")));
        const QString evil = QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"Click\").pdf");
        HistoryRecord r = sample(evil, QStringLiteral("failed"), 5, QDateTime::currentDateTimeUtc());
        r.localPath = evil;
        r.reason = QStringLiteral("@SUM(1+1)");
        QVERIFY(history->record(r));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(history->exportCsv({}, &buffer));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(buffer.data()));
        QCOMPARE(rows.size(), 2);
        for (const QString &cell : rows[1])
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell));
        QCOMPARE(rows[1].value(2), QString(QLatin1Char('\'') + evil));
        QCOMPARE(rows[1].value(9), QStringLiteral("'@SUM(1+1)"));
    }

    void migratesFromSchemaOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            // A database as the first release wrote it.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE uploads (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
                "local_path TEXT NOT NULL, destination TEXT NOT NULL, project_id INTEGER, "
                "size INTEGER, outcome TEXT NOT NULL, reason TEXT)")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX uploads_at ON uploads(at)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO uploads (at, local_path, destination, project_id, size, outcome, reason) "
                "VALUES ('2025-01-02T03:04:05.000Z', '/old/file.pdf', 'Old / file.pdf', 7, 99, 'done', "
                "'')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        auto history = UploadHistory::open(path);
        QVERIFY(history);
        QVERIFY(history->setAsideMessage().isEmpty());
        QCOMPARE(history->schemaVersion(), 3);
        const QList<HistoryRecord> rows = history->find();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].localPath, QStringLiteral("/old/file.pdf"));
        QCOMPARE(rows[0].size, 99);
        QCOMPARE(rows[0].sha256, QString());
        HistoryRecord fresh =
            sample(QStringLiteral("new.pdf"), QStringLiteral("done"), 7, QDateTime::currentDateTimeUtc());
        QVERIFY(history->record(fresh));
        QCOMPARE(history->find(filter({}, 7)).size(), 2);
    }

    void damagedOrNewerDatabaseIsSetAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("why");
        QTest::newRow("garbage") << QByteArray(8192, 'x') << QStringLiteral("not a database");
        QTest::newRow("newer") << QByteArray() << QStringLiteral("newer version");
    }
    void damagedOrNewerDatabaseIsSetAside()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, why);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(QTest::currentDataTag()));
        if (content.isEmpty()) {
            auto h = UploadHistory::open(path);
            QVERIFY(h);
            h.reset();
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        auto history = UploadHistory::open(path);
        QVERIFY(history);
        QVERIFY2(history->setAsideMessage().contains(why), qPrintable(history->setAsideMessage()));
        QVERIFY(history->setAsideMessage().contains(QStringLiteral(".set-aside-")));
        QCOMPARE(history->schemaVersion(), 3);
        QCOMPARE(history->find().size(), 0);
        HistoryRecord r =
            sample(QStringLiteral("after.pdf"), QStringLiteral("done"), 1, QDateTime::currentDateTimeUtc());
        QVERIFY(history->record(r));
        // the old file is kept beside, untouched
        QStringList kept =
            QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + QStringLiteral(".set-aside-*")});
        QCOMPARE(kept.size(), 1);
    }

    // A row that cannot be written (a full disk) is tried again with each later file; the log says
    // so once for as long as the error stays the same, and again once it changes (it said it for
    // every attempt: nine lines in one run).
    void aLastingWriteErrorIsLoggedOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
        auto history = UploadHistory::open(path);
        QVERIFY(history);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("full"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral("CREATE TRIGGER full BEFORE INSERT ON uploads "
                               "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("full"));
        static int warnings = 0;
        warnings = 0;
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
                if (type == QtWarningMsg && text.contains(QStringLiteral("cannot record upload history")))
                    ++warnings;
            });
        HistoryRecord r =
            sample(QStringLiteral("a.pdf"), QStringLiteral("done"), 1, QDateTime::currentDateTimeUtc());
        for (int i = 0; i < 5; ++i)
            QVERIFY(!history->record(r));
        qInstallMessageHandler(previous);
        QCOMPARE(warnings, 1);
        QVERIFY(history->lastError().contains(QStringLiteral("disk is full")));
    }
};

QTEST_GUILESS_MAIN(TestUploadHistory)
#include "tst_uploadhistory.moc"

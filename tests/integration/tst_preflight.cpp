// The pre-flight review against the sandbox: the exact flags, stored names and skips for a
// prepared tree, the folders it would create, and not a single write call made.
#include "tst_upload_harness.h"

#include "preflight/PreflightCheck.h"

#include <QSignalSpy>

using namespace hoist;
using namespace harness;

class TestPreflight : public QObject
{
    Q_OBJECT

    static UploadItem itemAt(Env &env, const QString &relative)
    {
        UploadItem i = item(env.path(relative));
        i.relativeDir =
            QFileInfo(relative).path() == QLatin1String(".") ? QString() : QFileInfo(relative).path();
        return i;
    }

private Q_SLOTS:
    void reviewsAPreparedTreeWithoutWriting()
    {
        Env env;
        // Already in Procore: Submittals/Steel/shop-1.pdf (done by a first upload).
        env.makeFile(QStringLiteral("first/Steel/shop-1.pdf"), 40'000, 1);
        env.makeFile(QStringLiteral("first/Steel/shop-2.pdf"), 40'000, 2);
        UploadItem a = item(env.path(QStringLiteral("first/Steel/shop-1.pdf")));
        a.relativeDir = QStringLiteral("Steel");
        UploadItem b = item(env.path(QStringLiteral("first/Steel/shop-2.pdf")));
        b.relativeDir = QStringLiteral("Steel");
        QVERIFY(env.runToIdle({a, b}, env.destination(QStringLiteral("Submittals"))));

        // The new batch, as a person would drop it.
        env.makeFile(QStringLiteral("Steel/shop-1.pdf"), 40'000, 1);    // same name and size: already there
        env.makeFile(QStringLiteral("Steel/shop-2.pdf"), 41'000, 3);    // same name, other size: clash
        env.makeFile(QStringLiteral("Steel/.DS_Store"), 6'148, 4);      // skipped
        env.makeFile(QStringLiteral("Steel/Spec 05:12.pdf"), 1'000, 5); // renamed
        env.makeFile(QStringLiteral("New Block/Level 1/plan.pdf"), 2'000, 6);
        env.makeFile(QStringLiteral("New Block/Thumbs.db"), 100, 7);
        env.makeFile(QStringLiteral("New Block/empty.txt"), 0, 8);
        env.makeFile(QStringLiteral("tools/setup.exe"), 500, 9);
        const QStringList batch = {QStringLiteral("Steel/shop-1.pdf"),
                                   QStringLiteral("Steel/shop-2.pdf"),
                                   QStringLiteral("Steel/.DS_Store"),
                                   QStringLiteral("Steel/Spec 05:12.pdf"),
                                   QStringLiteral("New Block/Level 1/plan.pdf"),
                                   QStringLiteral("New Block/Thumbs.db"),
                                   QStringLiteral("New Block/empty.txt"),
                                   QStringLiteral("tools/setup.exe")};
        QList<UploadItem> items;
        for (const QString &r : batch)
            items << itemAt(env, r);

        const qint64 filesBefore = env.storedFiles().size();
        const int writesBefore =
            env.countLog(QStringLiteral("api"), QStringLiteral("POST"), QStringLiteral("/"))
            + env.countLog(QStringLiteral("api"), QStringLiteral("PATCH"), QStringLiteral("/"));
        const int storageBefore = int(env.log(QStringLiteral("storage")).size());

        PreflightCheck check(env.client.get());
        QSignalSpy done(&check, &PreflightCheck::finished);
        check.start(items, env.destination(QStringLiteral("Submittals")));
        QVERIFY(done.wait(10000));
        const PreflightReport &r = check.report();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));

        QHash<QString, QStringList> flags;
        QHash<QString, bool> skip;
        QHash<QString, QString> remote;
        for (const PreflightFile &f : r.files) {
            const QString key = QDir(env.path(QString())).relativeFilePath(f.item.localPath);
            for (const PreflightFlag &fl : f.flags)
                flags[key] << preflight::kindName(fl.kind);
            skip[key] = f.skip;
            remote[key] = f.remotePath;
        }
        QCOMPARE(flags.value(QStringLiteral("Steel/shop-1.pdf")),
                 QStringList{QStringLiteral("already-there")});
        QCOMPARE(skip.value(QStringLiteral("Steel/shop-1.pdf")), true);
        QCOMPARE(flags.value(QStringLiteral("Steel/shop-2.pdf")), QStringList{QStringLiteral("name-clash")});
        QCOMPARE(skip.value(QStringLiteral("Steel/shop-2.pdf")), false);
        QCOMPARE(flags.value(QStringLiteral("Steel/.DS_Store")),
                 QStringList{QStringLiteral("hidden-or-system")});
        QCOMPARE(skip.value(QStringLiteral("Steel/.DS_Store")), true);
        QCOMPARE(flags.value(QStringLiteral("Steel/Spec 05:12.pdf")), QStringList{QStringLiteral("renamed")});
        QCOMPARE(remote.value(QStringLiteral("Steel/Spec 05:12.pdf")), QStringLiteral("Steel/Spec 0512.pdf"));
        QCOMPARE(flags.value(QStringLiteral("New Block/Level 1/plan.pdf")), QStringList{});
        QCOMPARE(flags.value(QStringLiteral("New Block/Thumbs.db")),
                 QStringList{QStringLiteral("hidden-or-system")});
        QCOMPARE(flags.value(QStringLiteral("New Block/empty.txt")),
                 QStringList{QStringLiteral("zero-bytes")});
        QCOMPARE(flags.value(QStringLiteral("tools/setup.exe")),
                 QStringList{QStringLiteral("strict-extension")});

        QCOMPARE(r.foldersToCreate,
                 (QStringList{QStringLiteral("New Block"), QStringLiteral("New Block/Level 1"),
                              QStringLiteral("tools")}));
        QCOMPARE(r.uploadCount, 5); // 8 minus already-there and two system files
        QCOMPARE(r.totalBytes, 40'000 + 41'000 + 6'148 + 1'000 + 2'000 + 100 + 0 + 500);
        QCOMPARE(r.uploadBytes, 41'000 + 1'000 + 2'000 + 0 + 500);
        QCOMPARE(r.estimatedApiCalls, 5 * 2 + 3);
        QVERIFY(r.estimatedSeconds > 0);
        QCOMPARE(r.listingsMade, 2); // Submittals and Submittals/Steel: one per existing folder

        // Nothing was written: no POST/PATCH, no storage request, no new file.
        const int writesAfter =
            env.countLog(QStringLiteral("api"), QStringLiteral("POST"), QStringLiteral("/"))
            + env.countLog(QStringLiteral("api"), QStringLiteral("PATCH"), QStringLiteral("/"));
        QCOMPARE(writesAfter, writesBefore);
        QCOMPARE(int(env.log(QStringLiteral("storage")).size()), storageBefore);
        QCOMPARE(env.storedFiles().size(), filesBefore);
    }

    void strictCompaniesSkipBlockedExtensions()
    {
        Env env;
        env.makeFile(QStringLiteral("install.msi"), 10, 1);
        PreflightCheck check(env.client.get());
        PreflightOptions o;
        o.strictFileUploads = true;
        check.setOptions(o);
        QSignalSpy done(&check, &PreflightCheck::finished);
        check.start({itemAt(env, QStringLiteral("install.msi"))}, env.destination());
        QVERIFY(done.wait(10000));
        QCOMPARE(check.report().files.size(), 1);
        QVERIFY(check.report().files[0].skip);
        QCOMPARE(check.report().uploadCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"

// Happy paths of the upload engine against the sandbox: every stored byte and every folder checked.
#include "tst_upload_harness.h"

using namespace hoist;
using namespace harness;

class TestUploadBasic : public QObject
{
    Q_OBJECT

private:
    // Every storage request of the run went without credentials.
    static void verifyStorageClean(Env &env)
    {
        const auto storage = env.log(QStringLiteral("storage"));
        QVERIFY(!storage.isEmpty());
        for (const auto &e : storage) {
            QVERIFY2(!e.hadAuthorization, qPrintable(e.path));
            QVERIFY2(!e.hadCookie, qPrintable(e.path));
        }
    }

private Q_SLOTS:
    void oneFile()
    {
        Env env;
        const QByteArray sha = env.makeFile(QStringLiteral("Site plan.pdf"), 150'000);
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("Site plan.pdf")))},
                              env.destination(QStringLiteral("Drawings"))));
        QCOMPARE(env.stateOf(0), TransferState::Done);
        const auto files = env.storedFiles();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].path, QStringLiteral("Drawings/Site plan.pdf"));
        QCOMPARE(files[0].sha256.toLatin1(), sha);
        QCOMPARE(files[0].size, 150'000);
        QCOMPARE(files[0].versions, 1);
        // The model's row tells the same story.
        TransferModel *m = env.controller->model();
        QCOMPARE(m->data(m->index(0, 0), TransferModel::ProgressRole).toDouble(), 1.0);
        QCOMPARE(m->data(m->index(0, 0), TransferModel::BytesSentRole).toLongLong(), 150'000);
        QCOMPARE(m->data(m->index(0, 0), TransferModel::RemotePathRole).toString(),
                 QStringLiteral("Drawings/Site plan.pdf"));
        QVERIFY(m->data(m->index(0, 0), TransferModel::RemoteUrlRole).toUrl().isValid());
        QCOMPARE(m->sentBytes(), 150'000);
        verifyStorageClean(env);
        // Two API calls for the file (create upload, associate) plus the folder listing.
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.1/projects/")),
                 1);
        QCOMPARE(
            env.countLog(QStringLiteral("api"), QStringLiteral("POST"), QStringLiteral("/rest/v1.0/files")),
            1);
    }

    void zeroByteFile()
    {
        Env env;
        const QByteArray sha = env.makeFile(QStringLiteral("empty.txt"), 0);
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("empty.txt")))}, env.destination()));
        QCOMPARE(env.stateOf(0), TransferState::Done);
        const auto files = env.storedFiles();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].path, QStringLiteral("empty.txt"));
        QCOMPARE(files[0].size, 0);
        QCOMPARE(files[0].sha256.toLatin1(), sha);
    }

    void folderTree()
    {
        Env env;
        QHash<QString, QByteArray> expected; // remote path → sha256
        const QStringList rel = {
            QStringLiteral("Tower/Level 1/plan-a.pdf"), QStringLiteral("Tower/Level 1/plan-b.pdf"),
            QStringLiteral("Tower/Level 2/plan-c.pdf"), QStringLiteral("Tower/notes.txt"),
            QStringLiteral("Tower/Level 2/Details/d1.dwg")};
        quint32 seed = 10;
        for (const QString &r : rel) {
            expected.insert(QStringLiteral("Specifications/") + r,
                            env.makeFile(r, 20'000 + seed * 100, seed));
            ++seed;
        }
        QList<QPair<QString, QString>> problems;
        const QList<UploadItem> items = FileScanner::scanNow({env.path(QStringLiteral("Tower"))}, &problems);
        QCOMPARE(problems.size(), 0);
        QCOMPARE(items.size(), rel.size());
        QVERIFY(env.runToIdle(items, env.destination(QStringLiteral("Specifications"))));
        const auto files = env.storedFiles();
        QCOMPARE(files.size(), rel.size());
        for (const auto &f : files) {
            QVERIFY2(expected.contains(f.path), qPrintable(f.path));
            QCOMPARE(f.sha256.toLatin1(), expected.value(f.path));
        }
        for (const QString &folder :
             {QStringLiteral("Specifications/Tower"), QStringLiteral("Specifications/Tower/Level 1"),
              QStringLiteral("Specifications/Tower/Level 2"),
              QStringLiteral("Specifications/Tower/Level 2/Details")})
            QCOMPARE(env.folderCount(folder), 1);
        verifyStorageClean(env);
    }

    void twoHundredFiles()
    {
        Env env;
        QHash<QString, QByteArray> expected;
        for (int i = 0; i < 200; ++i) {
            const QString r =
                QStringLiteral("Bulk/batch-%1/file-%2.bin").arg(i % 10).arg(i, 3, 10, QLatin1Char('0'));
            expected.insert(QStringLiteral("Photos/") + r, env.makeFile(r, 512 + i * 37, quint32(i + 1)));
        }
        const QList<UploadItem> items = FileScanner::scanNow({env.path(QStringLiteral("Bulk"))});
        QCOMPARE(items.size(), 200);
        env.controller->setMaxParallel(4);
        QVERIFY(env.runToIdle(items, env.destination(QStringLiteral("Photos")), 120000));
        QCOMPARE(env.controller->model()->countInState(TransferState::Done), 200);
        const auto files = env.storedFiles();
        QCOMPARE(files.size(), 200);
        QSet<QString> seen;
        for (const auto &f : files) {
            QVERIFY2(expected.contains(f.path), qPrintable(f.path));
            QVERIFY2(!seen.contains(f.path), qPrintable(f.path));
            seen.insert(f.path);
            QCOMPARE(f.sha256.toLatin1(), expected.value(f.path));
            QCOMPARE(f.versions, 1);
        }
        QCOMPARE(env.folderCount(QStringLiteral("Photos/Bulk")), 1);
        for (int b = 0; b < 10; ++b)
            QCOMPARE(env.folderCount(QStringLiteral("Photos/Bulk/batch-%1").arg(b)), 1);
        verifyStorageClean(env);
        // API calls per file: create upload + associate, plus amortised folder work.
        const int api = env.countLog(QStringLiteral("api"), {}, QStringLiteral("/rest/"));
        QVERIFY2(api <= 200 * 2 + 30, qPrintable(QString::number(api)));
    }

    void companyDocuments()
    {
        Env env;
        const QByteArray sha = env.makeFile(QStringLiteral("policy.pdf"), 4000);
        Destination d;
        d.companyId = env.companyId;
        d.projectId = 0;
        QVERIFY(env.runToIdle(
            {item(env.path(QStringLiteral("policy.pdf")), QStringLiteral("Safety Program/2026"))}, d));
        QCOMPARE(env.stateOf(0), TransferState::Done);
        auto lock = env.server.state().lock();
        bool found = false;
        for (const auto &[id, f] : env.server.state().files) {
            if (f.projectId == 0 && f.name == QLatin1String("policy.pdf")) {
                QCOMPARE(env.server.state().folderPath(f.folderId), QStringLiteral("Safety Program/2026"));
                QCOMPARE(env.server.objectSha256(f.versions.back().objectKey).toLatin1(), sha);
                found = true;
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestUploadBasic)
#include "tst_upload_basic.moc"

// hoist-cli upload --to documents|company-documents|photos|drawings against a sandbox: exit
// codes, messages, and what the sandbox stored where.
#include "ContractAssert.h"
#include "TestFiles.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxState.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hoist::sandbox;

class TestUploadCliDestinations : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(QStringList args)
    {
        QProcess proc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOIST_ACCESS_TOKEN"), m_server->accessToken());
        env.insert(QStringLiteral("HOIST_DRAWING_POLL_MS"), QStringLiteral("10"));
        proc.setProcessEnvironment(env);
        args.prepend(m_server->baseUrl().toString());
        args.prepend(QStringLiteral("--api-base"));
        args.prepend(QStringLiteral("upload"));
        args << QStringLiteral("--company") << QStringLiteral("Summit Ridge Builders");
        proc.start(qEnvironmentVariable("HOIST_CLI"), args);
        Run r;
        if (!proc.waitForFinished(120000))
            return r;
        r.exitCode = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -2;
        r.out = proc.readAllStandardOutput();
        r.err = proc.readAllStandardError();
        return r;
    }

    QByteArray write(const QString &name, const QByteArray &header, qint64 size, quint32 seed = 1)
    {
        const QString path = m_dir->filePath(name);
        testfiles::write(path, size - header.size(), seed);
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            return {};
        const QByteArray bytes = header + f.readAll();
        f.resize(0);
        f.seek(0);
        f.write(bytes);
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }
    static QByteArray png() { return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"); }
    static QByteArray pdf() { return QByteArrayLiteral("%PDF-1.7\n"); }
    QString project() const { return QString::number(m_projectId); }
    int apiCount(const QString &method, const QString &pathPart)
    {
        auto lock = m_server->state().lock();
        int n = 0;
        for (const auto &e : m_server->state().log)
            n += e.kind == QLatin1String("api") && e.method == method && e.path.contains(pathPart) ? 1 : 0;
        return n;
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_projectId = 0;
    qint64 m_companyId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("HOIST_CLI")), "HOIST_CLI not set");
    }

    void init()
    {
        SandboxOptions o;
        o.spikeLimit = 0;
        o.hourlyLimit = 0;
        m_server = std::make_unique<SandboxServer>(o);
        QVERIFY(m_server->start());
        m_dir = std::make_unique<QTemporaryDir>();
        auto lock = m_server->state().lock();
        m_companyId = m_server->state().companies.begin()->first;
        for (const auto &[id, p] : m_server->state().projects)
            if (p.companyId == m_companyId && p.active) {
                m_projectId = id;
                break;
            }
    }
    void cleanup()
    {
        HOIST_VERIFY_CONTRACT(m_server->exchanges()); // what hoist-cli sent, against Procore's reference
        m_server->stop();
        m_server.reset();
    }

    void photosIntoNewAlbum()
    {
        const QByteArray sha = write(QStringLiteral("pour.png"), png(), 20'000);
        const Run r =
            cli({QStringLiteral("--project"), project(), QStringLiteral("--to"), QStringLiteral("photos"),
                 QStringLiteral("--album"), QStringLiteral("Level 3 deck"), QStringLiteral("--description"),
                 QStringLiteral("Deck pour"), QStringLiteral("--private"),
                 m_dir->filePath(QStringLiteral("pour.png"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto lock = m_server->state().lock();
        auto &s = m_server->state();
        qint64 album = 0;
        for (const auto &[id, c] : s.imageCategories)
            if (c.projectId == m_projectId && c.name == QLatin1String("Level 3 deck"))
                album = id;
        QVERIFY(album);
        QCOMPARE(s.images.size(), size_t(1));
        const auto &img = s.images.begin()->second;
        QCOMPARE(img.categoryId, album);
        QCOMPARE(img.description, QStringLiteral("Deck pour"));
        QVERIFY(img.isPrivate);
        QCOMPARE(s.objects.at(img.objectKey).sha256.toLatin1(), sha);
    }

    // Issue 26, point 7: the same photos into the same album again are left out, as Documents'
    // files of the same name and size are; --include-skipped uploads them anyway.
    void photosAlreadyInTheAlbumAreLeftOut()
    {
        write(QStringLiteral("slab.png"), png(), 9'000, 1);
        write(QStringLiteral("rebar.png"), png(), 8'000, 2);
        const QStringList args{QStringLiteral("--project"),
                               project(),
                               QStringLiteral("--to"),
                               QStringLiteral("photos"),
                               QStringLiteral("--album"),
                               QStringLiteral("Safety"),
                               m_dir->filePath(QStringLiteral("slab.png")),
                               m_dir->filePath(QStringLiteral("rebar.png"))};
        Run r = cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto imageCount = [this] {
            auto lock = m_server->state().lock();
            return m_server->state().images.size();
        };
        QCOMPARE(imageCount(), size_t(2));
        r = cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("Already in Procore with the same name and size"), r.err.constData());
        QCOMPARE(imageCount(), size_t(2)); // no copies
        QCOMPARE(apiCount(QStringLiteral("GET"), QStringLiteral("/rest/v1.0/images")),
                 2); // a listing per run
        r = cli(QStringList(args) << QStringLiteral("--include-skipped"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(imageCount(), size_t(4));
    }

    void photosRefuseNonImages()
    {
        write(QStringLiteral("ok.png"), png(), 9'000);
        write(QStringLiteral("spec.pdf"), pdf(), 9'000);
        const Run r =
            cli({QStringLiteral("--project"), project(), QStringLiteral("--to"), QStringLiteral("photos"),
                 m_dir->filePath(QStringLiteral("spec.pdf")), m_dir->filePath(QStringLiteral("ok.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("spec.pdf") && r.err.contains("Photos take only images"), r.err.constData());
        auto lock = m_server->state().lock();
        QCOMPARE(m_server->state().images.size(), size_t(1));
        QCOMPARE(m_server->state().images.begin()->second.name, QStringLiteral("ok.png"));
        QCOMPARE(m_server->state().uploads.size(), size_t(1)); // the PDF never got an upload
    }

    void drawingsWithNewSet()
    {
        const QByteArray sha1 = write(QStringLiteral("A-1.pdf"), pdf(), 15'000, 2);
        const QByteArray sha2 = write(QStringLiteral("A-2.pdf"), pdf(), 16'000, 3);
        const Run r =
            cli({QStringLiteral("--project"), project(), QStringLiteral("--to"), QStringLiteral("drawings"),
                 QStringLiteral("--drawing-area"), QStringLiteral("Parking Structure"),
                 QStringLiteral("--drawing-set"), QStringLiteral("Bid Set"), QStringLiteral("--create-set"),
                 QStringLiteral("--drawing-date"), QStringLiteral("2026-07-01"),
                 QStringLiteral("--received-date"), QStringLiteral("2026-07-02"),
                 QStringLiteral("--revision"), QStringLiteral("C"), QStringLiteral("--json"),
                 m_dir->filePath(QStringLiteral("A-1.pdf")), m_dir->filePath(QStringLiteral("A-2.pdf"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("\"state\":\"processing\""));
        auto lock = m_server->state().lock();
        auto &s = m_server->state();
        qint64 set = 0;
        for (const auto &[id, d] : s.drawingSets)
            if (d.projectId == m_projectId && d.name == QLatin1String("Bid Set"))
                set = id;
        QVERIFY(set);
        QCOMPARE(s.drawingUploads.size(), size_t(1));
        const auto &du = s.drawingUploads.begin()->second;
        QCOMPARE(du.setId, set);
        QCOMPARE(s.drawingAreas.at(du.areaId).name, QStringLiteral("Parking Structure"));
        QCOMPARE(du.uploadUuids.size(), 2);
        QVERIFY(!du.idempotencyToken.isEmpty());
        QList<QByteArray> shas;
        for (const QString &uuid : du.uploadUuids)
            shas << s.objects.at(s.uploads.at(uuid).key).sha256.toLatin1();
        QVERIFY(shas.contains(sha1) && shas.contains(sha2));
        QVERIFY(du.polls >= 3); // polled until completed
    }

    void drawingsMissingSet()
    {
        write(QStringLiteral("A-1.pdf"), pdf(), 15'000);
        const Run r = cli({QStringLiteral("--project"), project(), QStringLiteral("--to"),
                           QStringLiteral("drawings"), QStringLiteral("--drawing-area"),
                           QStringLiteral("Building A"), QStringLiteral("--drawing-set"),
                           QStringLiteral("No Such Set"), m_dir->filePath(QStringLiteral("A-1.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("No drawing set No Such Set") && r.err.contains("Addendum 1"),
                 r.err.constData());
        QCOMPARE(apiCount(QStringLiteral("POST"), QStringLiteral("/uploads")), 0);
    }

    void companyDocuments()
    {
        const QByteArray sha = write(QStringLiteral("policy.pdf"), pdf(), 7'000);
        const Run r =
            cli({QStringLiteral("--to"), QStringLiteral("company-documents"), QStringLiteral("--folder"),
                 QStringLiteral("Templates"), m_dir->filePath(QStringLiteral("policy.pdf"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto lock = m_server->state().lock();
        auto &s = m_server->state();
        int found = 0;
        for (const auto &[id, f] : s.files)
            if (f.projectId == 0 && f.name == QLatin1String("policy.pdf")) {
                ++found;
                QCOMPARE(s.folderPath(f.folderId), QStringLiteral("Templates"));
                QCOMPARE(s.objects.at(f.versions.back().objectKey).sha256.toLatin1(), sha);
            }
        QCOMPARE(found, 1);
    }

    void newVersionWithNotes()
    {
        qint64 fileId = 0;
        {
            auto lock = m_server->state().lock();
            for (const auto &[id, f] : m_server->state().files)
                if (f.projectId == m_projectId && f.name.startsWith(QLatin1String("RFI-014")))
                    fileId = id;
        }
        QVERIFY(fileId);
        const QByteArray sha = write(QStringLiteral("RFI-014 answered.pdf"), pdf(), 11'000);
        const Run r =
            cli({QStringLiteral("--project"), project(), QStringLiteral("--to"), QStringLiteral("documents"),
                 QStringLiteral("--new-version-of"), QString::number(fileId), QStringLiteral("--notes"),
                 QStringLiteral("Answered by the engineer"),
                 m_dir->filePath(QStringLiteral("RFI-014 answered.pdf"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto lock = m_server->state().lock();
        const auto &f = m_server->state().files.at(fileId);
        QCOMPARE(int(f.versions.size()), 2);
        QCOMPARE(f.versions.back().notes, QStringLiteral("Answered by the engineer"));
        QCOMPARE(m_server->state().objects.at(f.versions.back().objectKey).sha256.toLatin1(), sha);
    }

    void nameClashNewVersionWithNotes()
    {
        // A file of the seeded name in RFIs: --on-conflict new-version adds a version with the notes.
        const QString name = QStringLiteral("RFI-014 Footing Depth at Grid C4.pdf");
        const QByteArray sha = write(name, pdf(), 13'000, 9);
        const Run r =
            cli({QStringLiteral("--project"), project(), QStringLiteral("--folder"), QStringLiteral("RFIs"),
                 QStringLiteral("--on-conflict"), QStringLiteral("new-version"), QStringLiteral("--notes"),
                 QStringLiteral("Revised footing"), m_dir->filePath(name)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto lock = m_server->state().lock();
        int found = 0;
        for (const auto &[id, f] : m_server->state().files) {
            if (f.projectId != m_projectId || f.name != name)
                continue;
            ++found;
            QCOMPARE(int(f.versions.size()), 2);
            QCOMPARE(f.versions.back().notes, QStringLiteral("Revised footing"));
            QCOMPARE(m_server->state().objects.at(f.versions.back().objectKey).sha256.toLatin1(), sha);
        }
        QCOMPARE(found, 1);
    }

    void badCombinations()
    {
        write(QStringLiteral("x.png"), png(), 1'000);
        const QString file = m_dir->filePath(QStringLiteral("x.png"));
        QCOMPARE(cli({QStringLiteral("--to"), QStringLiteral("photos"), file}).exitCode, 2); // no project
        QCOMPARE(cli({QStringLiteral("--to"), QStringLiteral("pictures"), file}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--project"), project(), QStringLiteral("--to"),
                      QStringLiteral("photos"), QStringLiteral("--folder"), QStringLiteral("A"), file})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("--project"), project(), QStringLiteral("--to"),
                      QStringLiteral("drawings"), file})
                     .exitCode,
                 2); // no set
    }
};

QTEST_GUILESS_MAIN(TestUploadCliDestinations)
#include "tst_upload_cli_destinations.moc"

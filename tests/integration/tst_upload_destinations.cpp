// Every destination Procore offers for direct uploads, end to end against the sandbox: company
// Documents, Photos (album, description, privacy, both body shapes), Drawings (one batch call
// with an Idempotency-Token, processing states) and new versions; plus each one's own errors.
#include "tst_upload_harness.h"
#include "upload/DrawingBatch.h"
#include "upload/TransferJournal.h"

#include <QCryptographicHash>
#include <QFile>

using namespace hoist;
using namespace harness;
using sandbox::FaultRule;

class TestUploadDestinations : public QObject
{
    Q_OBJECT

private:
    // A file that starts with `header` (PNG or PDF magic) followed by pseudo-random bytes.
    static QByteArray makeTyped(Env &env, const QString &relative, const QByteArray &header, qint64 size,
                                quint32 seed = 1)
    {
        env.makeFile(relative, size - header.size(), seed);
        QFile f(env.path(relative));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = header + f.readAll();
        f.close();
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }
    static QByteArray png() { return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"); }
    static QByteArray pdf() { return QByteArrayLiteral("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); }

    static QString shaOfObject(Env &env, const QString &key) { return env.server.objectSha256(key); }
    static QString keyOfUpload(Env &env, const QString &uuid)
    {
        auto lock = env.server.state().lock();
        const auto u = env.server.state().uploads.find(uuid);
        return u == env.server.state().uploads.end() ? QString() : u->second.key;
    }
    static qint64 albumId(Env &env, const QString &name)
    {
        auto lock = env.server.state().lock();
        for (const auto &[id, c] : env.server.state().imageCategories)
            if (c.projectId == env.projectId && c.name == name)
                return id;
        return 0;
    }
    static Destination drawings(Env &env)
    {
        Destination d = env.destination();
        d.kind = DestinationKind::Drawings;
        auto lock = env.server.state().lock();
        for (const auto &[id, a] : env.server.state().drawingAreas)
            if (a.projectId == env.projectId && a.name == QLatin1String("Building A"))
                d.drawing.areaId = id;
        for (const auto &[id, s] : env.server.state().drawingSets)
            if (s.projectId == env.projectId && s.name == QLatin1String("Addendum 1")) {
                d.drawing.setId = id;
                d.drawing.setName = s.name;
            }
        d.drawing.drawingDate = QDate(2026, 6, 1);
        d.drawing.receivedDate = QDate(2026, 6, 3);
        d.drawing.defaultRevision = QStringLiteral("B");
        return d;
    }

private Q_SLOTS:
    void companyDocuments()
    {
        Env env;
        const QByteArray sha = env.makeFile(QStringLiteral("Safety manual.pdf"), 90'000, 3);
        Destination d;
        d.companyId = env.companyId;
        d.kind = DestinationKind::CompanyDocuments;
        d.folderPath = QStringLiteral("Safety Program/2026");
        {
            auto lock = env.server.state().lock();
            for (const auto &[id, f] : env.server.state().folders)
                if (f.projectId == 0 && f.companyId == env.companyId
                    && f.name == QLatin1String("Safety Program"))
                    d.folderId = id;
        }
        QVERIFY(d.folderId > 0);
        QVERIFY(
            env.runToIdle({item(env.path(QStringLiteral("Safety manual.pdf")), QStringLiteral("2026"))}, d));
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        auto lock = env.server.state().lock();
        auto &s = env.server.state();
        int found = 0;
        for (const auto &[id, f] : s.files) {
            if (f.projectId != 0 || f.name != QLatin1String("Safety manual.pdf"))
                continue;
            ++found;
            QCOMPARE(f.companyId, env.companyId);
            QCOMPARE(s.folderPath(f.folderId), QStringLiteral("Safety Program/2026"));
            QCOMPARE(s.objects.at(f.versions.back().objectKey).sha256.toLatin1(), sha);
        }
        QCOMPARE(found, 1);
        lock.unlock();
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.1/companies/%1/uploads").arg(env.companyId)),
                 1);
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.0/companies/%1/files").arg(env.companyId), 201),
                 1);
    }

    void photos()
    {
        Env env;
        const QByteArray sha1 = makeTyped(env, QStringLiteral("slab-pour.png"), png(), 40'000, 5);
        const QByteArray sha2 = makeTyped(env, QStringLiteral("rebar.png"), png(), 55'000, 6);
        Destination d = env.destination();
        d.kind = DestinationKind::Photos;
        d.photo.albumId = albumId(env, QStringLiteral("Site Progress"));
        d.photo.albumName = QStringLiteral("Site Progress");
        d.photo.description = QStringLiteral("Level 2 slab");
        d.photo.isPrivate = true;
        QVERIFY(d.photo.albumId > 0);
        QVERIFY(env.runToIdle(
            {item(env.path(QStringLiteral("slab-pour.png"))), item(env.path(QStringLiteral("rebar.png")))},
            d));
        QVERIFY2(env.stateOf(0) == TransferState::Done && env.stateOf(1) == TransferState::Done,
                 qPrintable(env.describeRows()));
        QHash<QString, QByteArray> expected{{QStringLiteral("slab-pour.png"), sha1},
                                            {QStringLiteral("rebar.png"), sha2}};
        auto lock = env.server.state().lock();
        auto &s = env.server.state();
        int found = 0;
        for (const auto &[id, img] : s.images) {
            if (img.projectId != env.projectId)
                continue;
            ++found;
            QVERIFY2(expected.contains(img.name), qPrintable(img.name));
            QCOMPARE(img.categoryId, d.photo.albumId);
            QCOMPARE(img.description, QStringLiteral("Level 2 slab"));
            QVERIFY(img.isPrivate);
            QCOMPARE(s.objects.at(img.objectKey).sha256.toLatin1(), expected.value(img.name));
        }
        QCOMPARE(found, 2);
        lock.unlock();
        QVERIFY(env.controller->model()->jobAt(0)->remoteImageId() > 0);
        // The reference body went first and was taken: no fallback needed.
        QCOMPARE(
            env.countLog(QStringLiteral("api"), QStringLiteral("POST"), QStringLiteral("/rest/v1.0/images")),
            2);
        QCOMPARE(env.controller->model()
                     ->data(env.controller->model()->index(0, 0), TransferModel::RemotePathRole)
                     .toString(),
                 QStringLiteral("Photos/Site Progress/slab-pour.png"));
        // Photos have no folders: no Documents listing was made.
        QCOMPARE(
            env.countLog(QStringLiteral("api"), QStringLiteral("GET"), QStringLiteral("/rest/v1.0/folders")),
            0);
    }

    void photosBodyShapeFallback_data()
    {
        QTest::addColumn<int>("refusal"); // 0: the sandbox's own 400 naming the missing field
        QTest::newRow("400 naming the missing field") << 0;
        QTest::newRow("400, other words") << 400;
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
        QTest::newRow("422, other words") << 422;
    }
    void photosBodyShapeFallback()
    {
        // The first shape is refused, whatever the refusal says: the other documented shape goes.
        QFETCH(int, refusal);
        auto options = Env::fastOptions();
        options.imageBodyShape = QStringLiteral("upload"); // this server takes the tutorial's shape only
        Env env(true, options);
        env.checkContract = false; // the fallback shape is not in Procore's reference, on purpose
        if (refusal) {
            sandbox::FaultRule rule;
            rule.kind = QStringLiteral("api");
            rule.method = QStringLiteral("POST");
            rule.path = QRegularExpression(QStringLiteral("^/rest/v1\\.0/images$"));
            rule.status = refusal; // "Injected failure (sandbox fault plan)": no field named
            env.server.faults().addRule(rule);
        }
        const QByteArray sha = makeTyped(env, QStringLiteral("crane.png"), png(), 30'000, 7);
        Destination d = env.destination();
        d.kind = DestinationKind::Photos;
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("crane.png")))}, d));
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.0/images"), refusal ? refusal : 400),
                 1);
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.0/images"), 201),
                 1);
        auto lock = env.server.state().lock();
        QCOMPARE(env.server.state().images.size(), size_t(1));
        const auto &img = env.server.state().images.begin()->second;
        QCOMPARE(img.name, QStringLiteral("crane.png"));
        QCOMPARE(img.categoryId, 0);
        QCOMPARE(env.server.state().objects.at(img.objectKey).sha256.toLatin1(), sha);
    }

    void photosAmbiguousKeepsTheShape()
    {
        // The answer to the first create is lost after the work: that is no refusal, so the same
        // shape goes again (answered "already used": made once), never the other shape blindly.
        auto options = Env::fastOptions();
        options.imageBodyShape = QStringLiteral("upload_uuid"); // the reference's shape only
        Env env(true, options);
        sandbox::FaultRule rule;
        rule.kind = QStringLiteral("api");
        rule.method = QStringLiteral("POST");
        rule.path = QRegularExpression(QStringLiteral("^/rest/v1\\.0/images$"));
        rule.status = 504;
        rule.afterSuccess = true;
        env.server.faults().addRule(rule);
        makeTyped(env, QStringLiteral("crane.png"), png(), 30'000, 7);
        Destination d = env.destination();
        d.kind = DestinationKind::Photos;
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("crane.png")))}, d));
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.0/images"), 400),
                 0); // the other shape was never sent
        auto lock = env.server.state().lock();
        QCOMPARE(env.server.state().images.size(), size_t(1));
    }

    void photosRefuseNonImageBeforeUpload()
    {
        Env env;
        makeTyped(env, QStringLiteral("specs.pdf"), pdf(), 10'000);
        Destination d = env.destination();
        d.kind = DestinationKind::Photos;
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("specs.pdf")))}, d));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        const UploadJob *job = env.controller->model()->jobAt(0);
        QCOMPARE(job->error().kind, ProcoreError::Kind::LocalFile);
        QVERIFY2(job->errorText().contains(QStringLiteral("image")), qPrintable(job->errorText()));
        // Nothing went out: no create-upload, no storage request.
        QCOMPARE(env.log(QStringLiteral("api")).size(), 0);
        QCOMPARE(env.log(QStringLiteral("storage")).size(), 0);
    }

    void photos422FromProcore()
    {
        // Refused in the reference's shape, then in the other documented one (which strict mode
        // refuses, and which is not in the reference, on purpose): the file fails with the first
        // answer, the second beside it.
        Env env;
        env.checkContract = false;
        makeTyped(env, QStringLiteral("façade.png"), png(), 20'000);
        FaultRule r;
        r.kind = QStringLiteral("api");
        r.method = QStringLiteral("POST");
        r.path = QRegularExpression(QStringLiteral("^/rest/v1\\.0/images$"));
        r.status = 422;
        env.server.faults().addRule(r);
        Destination d = env.destination();
        d.kind = DestinationKind::Photos;
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("façade.png")))}, d));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        const UploadJob *job = env.controller->model()->jobAt(0);
        QCOMPARE(job->error().httpStatus, 422);
        QVERIFY2(job->errorText().contains(QStringLiteral("photo")), qPrintable(job->errorText()));
        QVERIFY2(job->errorText().contains(QStringLiteral("other documented form")),
                 qPrintable(job->errorText()));
        auto lock = env.server.state().lock();
        QCOMPARE(env.server.state().images.size(), size_t(0));
    }

    void drawingUploadAnswerLost()
    {
        // The batch's one drawing_uploads call is done and its answer lost: it goes again with
        // the same Idempotency-Token, and Procore keeps one drawing upload.
        Env env;
        env.controller->setDrawingPollInterval(10, 40);
        QList<UploadItem> items;
        for (const QString &n : {QStringLiteral("S-201.pdf"), QStringLiteral("S-202.pdf")}) {
            makeTyped(env, n, pdf(), 20'000, 31);
            items.append(item(env.path(n)));
        }
        sandbox::FaultRule lost;
        lost.kind = QStringLiteral("api");
        lost.method = QStringLiteral("POST");
        lost.path = QRegularExpression(QStringLiteral("/drawing_uploads$"));
        lost.afterSuccess = true;
        lost.dropConnection = true;
        env.server.faults().addRule(lost);
        env.controller->enqueue(items, drawings(env));
        QVERIFY(env.waitIdle());
        for (int r = 0; r < items.size(); ++r)
            QVERIFY2(env.stateOf(r) == TransferState::Done, qPrintable(env.describeRows()));
        auto lock = env.server.state().lock();
        QCOMPARE(env.server.state().drawingUploads.size(), size_t(1));
        QCOMPARE(env.server.state().drawingUploads.begin()->second.uploadUuids.size(), items.size());
    }

    void drawingsBatch()
    {
        Env env;
        env.controller->setDrawingPollInterval(10, 40);
        QHash<QString, QByteArray> expected;
        const QStringList names{QStringLiteral("A-101.pdf"), QStringLiteral("A-102.pdf"),
                                QStringLiteral("A-103.pdf"), QStringLiteral("A-104.pdf")};
        QList<UploadItem> items;
        quint32 seed = 20;
        for (const QString &n : names) {
            expected.insert(n, makeTyped(env, n, pdf(), 30'000 + seed, seed));
            items.append(item(env.path(n)));
            ++seed;
        }
        env.controller->setMaxParallel(2); // fewer slots than files: stored drawings must not hold them
        const Destination d = drawings(env);
        const QList<quint64> ids = env.controller->enqueue(items, d);
        DrawingBatch *batch = env.controller->drawingBatchOf(ids.first());
        QVERIFY(batch);
        QStringList statuses;
        connect(batch, &DrawingBatch::statusChanged, this, [&](const QString &s) { statuses.append(s); });
        QStringList details;
        connect(env.controller->job(ids.first()), &UploadJob::detailChanged, this,
                [&] { details.append(env.controller->job(ids.first())->statusDetail()); });
        QVERIFY(env.waitIdle());
        for (int r = 0; r < names.size(); ++r)
            QVERIFY2(env.stateOf(r) == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(statuses, (QStringList{QStringLiteral("in_queue"), QStringLiteral("in_progress"),
                                        QStringLiteral("ready_for_review")}));
        QVERIFY2(details.contains(DrawingBatch::statusText(QStringLiteral("in_progress"))),
                 qPrintable(details.join(QLatin1Char('|'))));
        // One call for the whole batch, with every uuid, the set, the area and a token.
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"),
                              QStringLiteral("/rest/v1.1/projects/%1/drawing_uploads").arg(env.projectId)),
                 1);
        auto lock = env.server.state().lock();
        auto &s = env.server.state();
        QCOMPARE(s.drawingUploads.size(), size_t(1));
        const auto &du = s.drawingUploads.begin()->second;
        QCOMPARE(du.setId, d.drawing.setId);
        QCOMPARE(du.areaId, d.drawing.areaId);
        QCOMPARE(du.idempotencyToken, batch->idempotencyToken());
        QCOMPARE(du.uploadUuids.size(), names.size());
        for (int r = 0; r < names.size(); ++r) {
            const UploadJob *job = env.controller->model()->jobAt(r);
            QVERIFY(du.uploadUuids.contains(job->uploadUuid()));
            const auto &up = s.uploads.at(job->uploadUuid());
            QVERIFY(up.consumed);
            QCOMPARE(s.objects.at(up.key).sha256.toLatin1(), expected.value(job->fileName()));
        }
    }

    void drawingsIdempotentRetry()
    {
        Env env;
        env.controller->setDrawingPollInterval(10, 40);
        makeTyped(env, QStringLiteral("S-201.pdf"), pdf(), 25'000, 31);
        makeTyped(env, QStringLiteral("S-202.pdf"), pdf(), 26'000, 32);
        // Procore creates the drawing upload but the answer is lost: the client tries again with
        // the same Idempotency-Token and gets the first result (200), not a second upload.
        FaultRule r;
        r.kind = QStringLiteral("api");
        r.method = QStringLiteral("POST");
        r.path = QRegularExpression(QStringLiteral("/drawing_uploads$"));
        r.status = 502;
        r.afterSuccess = true;
        env.server.faults().addRule(r);
        QVERIFY(env.runToIdle(
            {item(env.path(QStringLiteral("S-201.pdf"))), item(env.path(QStringLiteral("S-202.pdf")))},
            drawings(env)));
        QVERIFY2(env.stateOf(0) == TransferState::Done && env.stateOf(1) == TransferState::Done,
                 qPrintable(env.describeRows()));
        const QString path = QStringLiteral("/rest/v1.1/projects/%1/drawing_uploads").arg(env.projectId);
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"), path, 502), 1);
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"), path, 200), 1);
        auto lock = env.server.state().lock();
        QCOMPARE(env.server.state().drawingUploads.size(), size_t(1));
        QCOMPARE(env.server.state().drawingUploads.begin()->second.uploadUuids.size(), 2);
    }

    void drawingsMissingSet()
    {
        Env env;
        makeTyped(env, QStringLiteral("M-101.pdf"), pdf(), 20'000);
        Destination d = drawings(env);
        d.drawing.setId = 4242; // no such set in this project
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("M-101.pdf")))}, d));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        const UploadJob *job = env.controller->model()->jobAt(0);
        QCOMPARE(job->error().httpStatus, 422);
        QVERIFY2(job->errorText().contains(QStringLiteral("drawing set")), qPrintable(job->errorText()));
        {
            auto lock = env.server.state().lock();
            QCOMPARE(env.server.state().drawingUploads.size(), size_t(0));
        }
        // The bytes stay stored: after the person picks a real set... a retry sends them again.
        QCOMPARE(env.countLog(QStringLiteral("storage"), QStringLiteral("POST"), QStringLiteral("/")), 1);
    }

    void drawings422ThenRetry()
    {
        Env env;
        env.controller->setDrawingPollInterval(10, 40);
        const QByteArray sha = makeTyped(env, QStringLiteral("E-501.pdf"), pdf(), 22'000, 41);
        makeTyped(env, QStringLiteral("E-502.pdf"), pdf(), 23'000, 42);
        FaultRule r;
        r.kind = QStringLiteral("api");
        r.method = QStringLiteral("POST");
        r.path = QRegularExpression(QStringLiteral("/drawing_uploads$"));
        r.status = 422;
        env.server.faults().addRule(r);
        QVERIFY(env.runToIdle(
            {item(env.path(QStringLiteral("E-501.pdf"))), item(env.path(QStringLiteral("E-502.pdf")))},
            drawings(env)));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        QCOMPARE(env.stateOf(1), TransferState::Failed);
        QCOMPARE(env.controller->model()->jobAt(0)->error().httpStatus, 422);
        QVERIFY(env.controller->model()->jobAt(0)->errorText().contains(QStringLiteral("drawing upload")));
        const int storagePosts =
            env.countLog(QStringLiteral("storage"), QStringLiteral("POST"), QStringLiteral("/"));
        // Retry: the stored bytes go again in one call (no new storage POST), and this time it works.
        env.controller->retryFailed();
        QVERIFY(env.waitIdle());
        QVERIFY2(env.stateOf(0) == TransferState::Done && env.stateOf(1) == TransferState::Done,
                 qPrintable(env.describeRows()));
        QCOMPARE(env.countLog(QStringLiteral("storage"), QStringLiteral("POST"), QStringLiteral("/")),
                 storagePosts);
        const QString path = QStringLiteral("/rest/v1.1/projects/%1/drawing_uploads").arg(env.projectId);
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"), path, 422), 1);
        QCOMPARE(env.countLog(QStringLiteral("api"), QStringLiteral("POST"), path, 201), 1);
        auto lock = env.server.state().lock();
        QCOMPARE(env.server.state().drawingUploads.size(), size_t(1));
        const auto &du = env.server.state().drawingUploads.begin()->second;
        QCOMPARE(du.uploadUuids.size(), 2);
        QCOMPARE(
            shaOfObject(env, keyOfUpload(env, env.controller->model()->jobAt(0)->uploadUuid())).toLatin1(),
            sha);
    }

    void drawingsProcessingFails()
    {
        Env env;
        env.controller->setDrawingPollInterval(10, 40);
        env.makeFile(QStringLiteral("not-really.pdf"), 12'000, 9); // .pdf name, no PDF inside
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("not-really.pdf")))}, drawings(env)));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        const QString text = env.controller->model()->jobAt(0)->errorText();
        QVERIFY2(text.contains(QStringLiteral("could not be read as a PDF")), qPrintable(text));
    }

    // A new queue on `journal`, as after a crash; resumes it to idle.
    static bool resumeAfterCrash(Env &env, TransferJournal *journal, int expectedFiles)
    {
        env.controller->setJournal(nullptr);
        env.controller = std::make_unique<UploadController>(env.client.get());
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 50;
        env.controller->setRetryPolicy(fast);
        env.controller->setDrawingPollInterval(10, 40);
        env.controller->setJournal(journal);
        if (env.controller->resumeFromJournal() != expectedFiles)
            return false;
        return env.waitIdle();
    }

    // Photos: the album, description and privacy come back from the journal; a photo whose
    // bytes were stored is added once, and one already added is not added again.
    void journalResumesPhotos()
    {
        Env env;
        QTemporaryDir journalDir;
        auto journal = TransferJournal::open(journalDir.filePath(QStringLiteral("j.db")));
        QVERIFY(journal);
        const QByteArray sha1 = makeTyped(env, QStringLiteral("deck.png"), png(), 9'000, 3);
        const QByteArray sha2 = makeTyped(env, QStringLiteral("crane.png"), png(), 12'000, 4);
        Destination d = env.destination();
        d.kind = DestinationKind::Photos;
        d.photo.albumId = albumId(env, QStringLiteral("Site Progress"));
        d.photo.albumName = QStringLiteral("Site Progress");
        d.photo.description = QStringLiteral("Roof deck");
        d.photo.isPrivate = true;
        // deck.png: stored, but Procore refused to add it (500s); crane.png: added, answer lost.
        FaultRule refuse;
        refuse.kind = QStringLiteral("api");
        refuse.method = QStringLiteral("POST");
        refuse.path = QRegularExpression(QStringLiteral("^/rest/v1\\.0/images"));
        refuse.status = 500;
        refuse.count = 1000;
        env.server.faults().addRule(refuse);
        RetryPolicy once;
        once.maxAttempts = 1;
        env.controller->setRetryPolicy(once);
        env.controller->setJournal(journal.get());
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("deck.png")))}, d));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        env.server.faults().clear();
        env.controller->setRetryPolicy({});
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("crane.png")))}, d));
        QCOMPARE(env.stateOf(1), TransferState::Done);
        const quint64 craneId = journal->entries().value(1).id;
        journal->setAssociated(craneId, 0);
        journal->setState(craneId, TransferState::Associating);
        const int posts =
            env.countLog(QStringLiteral("storage"), QStringLiteral("POST"), QStringLiteral("/s3/"));

        QVERIFY(resumeAfterCrash(env, journal.get(), 2));
        QVERIFY2(env.stateOf(0) == TransferState::Done && env.stateOf(1) == TransferState::Done,
                 qPrintable(env.describeRows()));
        QCOMPARE(env.countLog(QStringLiteral("storage"), QStringLiteral("POST"), QStringLiteral("/s3/")),
                 posts);
        QHash<QString, QByteArray> expected{{QStringLiteral("deck.png"), sha1},
                                            {QStringLiteral("crane.png"), sha2}};
        auto lock = env.server.state().lock();
        auto &s = env.server.state();
        int found = 0;
        for (const auto &[id, img] : s.images) {
            if (img.projectId != env.projectId || !expected.contains(img.name))
                continue;
            ++found;
            QCOMPARE(img.categoryId, d.photo.albumId);
            QCOMPARE(img.description, QStringLiteral("Roof deck"));
            QVERIFY(img.isPrivate);
            QCOMPARE(s.objects.at(img.objectKey).sha256.toLatin1(), expected.value(img.name));
        }
        QCOMPARE(found, 2); // each photo once
    }

    // Drawings: a batch whose call went through before the crash is asked again with the same
    // Idempotency-Token: Procore answers with the drawing upload it made, not a second one.
    void journalResumesDrawingsWithTheSameToken()
    {
        Env env;
        env.controller->setDrawingPollInterval(10, 40);
        QTemporaryDir journalDir;
        auto journal = TransferJournal::open(journalDir.filePath(QStringLiteral("j.db")));
        QVERIFY(journal);
        makeTyped(env, QStringLiteral("A-201.pdf"), pdf(), 21'000, 41);
        makeTyped(env, QStringLiteral("A-202.pdf"), pdf(), 22'000, 42);
        const Destination d = drawings(env);
        env.controller->setJournal(journal.get());
        QVERIFY(env.runToIdle(
            {item(env.path(QStringLiteral("A-201.pdf"))), item(env.path(QStringLiteral("A-202.pdf")))}, d));
        QVERIFY2(env.stateOf(0) == TransferState::Done && env.stateOf(1) == TransferState::Done,
                 qPrintable(env.describeRows()));
        const auto entries = journal->entries();
        QCOMPARE(entries.size(), 2);
        QVERIFY(!entries[0].batchKey.isEmpty() && entries[0].batchKey == entries[1].batchKey);
        QVERIFY(!entries[0].batchToken.isEmpty());
        QCOMPARE(entries[0].destination.drawing.setId, d.drawing.setId);
        for (const auto &e : entries) { // the crash came while Procore was processing
            journal->setAssociated(e.id, 0);
            journal->setState(e.id, TransferState::Processing);
        }
        const int posts =
            env.countLog(QStringLiteral("storage"), QStringLiteral("POST"), QStringLiteral("/s3/"));

        QVERIFY(resumeAfterCrash(env, journal.get(), 2));
        QVERIFY2(env.stateOf(0) == TransferState::Done && env.stateOf(1) == TransferState::Done,
                 qPrintable(env.describeRows()));
        QCOMPARE(env.countLog(QStringLiteral("storage"), QStringLiteral("POST"), QStringLiteral("/s3/")),
                 posts);
        auto lock = env.server.state().lock();
        QCOMPARE(env.server.state().drawingUploads.size(), size_t(1)); // not a second drawing upload
    }

    void newVersion()
    {
        Env env;
        env.makeFile(QStringLiteral("v1/Schedule.xlsx"), 8'000, 1);
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("v1/Schedule.xlsx")))},
                              env.destination(QStringLiteral("Submittals"))));
        QCOMPARE(env.stateOf(0), TransferState::Done);
        const qint64 fileId = env.controller->model()->jobAt(0)->remoteFile().id;
        QVERIFY(fileId > 0);
        // A differently named local file dropped onto the remote one: a new version of it.
        const QByteArray sha = env.makeFile(QStringLiteral("Schedule rev B.xlsx"), 9'500, 2);
        Destination d = env.destination(QStringLiteral("Submittals"));
        d.newVersionOf = fileId;
        d.versionNotes = QStringLiteral("Rev B: phase 2 dates");
        QVERIFY(env.runToIdle({item(env.path(QStringLiteral("Schedule rev B.xlsx")))}, d));
        QVERIFY2(env.stateOf(1) == TransferState::Done, qPrintable(env.describeRows()));
        auto lock = env.server.state().lock();
        const auto &f = env.server.state().files.at(fileId);
        QCOMPARE(f.name, QStringLiteral("Schedule.xlsx"));
        QCOMPARE(int(f.versions.size()), 2);
        QCOMPARE(f.versions.back().notes, QStringLiteral("Rev B: phase 2 dates"));
        QCOMPARE(f.versions.back().size, 9'500);
        QCOMPARE(env.server.state().objects.at(f.versions.back().objectKey).sha256.toLatin1(), sha);
        lock.unlock();
        QCOMPARE(env.storedFiles().size(), 1); // no second file
    }
};

QTEST_GUILESS_MAIN(TestUploadDestinations)
#include "tst_upload_destinations.moc"

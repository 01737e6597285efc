// Exactly once: a call that creates something is never sent twice blindly, by Qt or by Hoist.
// The sandbox does the work and then ends the connection without a byte of answer (the fault an
// independent emulator showed on a reused keep-alive connection); each case asserts that the
// server saw the creating call once and holds one object.

#include "tst_upload_harness.h"
#include "upload/FileAssociator.h"
#include "upload/FolderResolver.h"

#include <QFile>
#include <QJsonObject>

#include <memory>

using namespace harness;
using namespace Qt::StringLiterals;

class TestExactlyOnce : public QObject
{
    Q_OBJECT

private:
    static sandbox::FaultRule lostAnswer(const QString &pathRegex, bool afterWork = true)
    {
        sandbox::FaultRule rule;
        rule.kind = u"api"_s;
        rule.method = u"POST"_s;
        rule.path = QRegularExpression(pathRegex);
        rule.afterSuccess = afterWork;
        rule.dropConnection = true;
        return rule;
    }
    // Files of the sandbox with this name (any project or company), and their versions.
    static QList<int> filesNamed(Env &env, const QString &name)
    {
        QList<int> versions;
        auto lock = env.server.state().lock();
        for (const auto &[id, f] : env.server.state().files)
            if (f.name == name)
                versions.append(int(f.versions.size()));
        return versions;
    }
    static QString writePng(Env &env, const QString &name)
    {
        env.makeFile(name, 20'000, 3);
        QFile f(env.path(name));
        if (!f.open(QIODevice::ReadWrite))
            return {};
        f.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
        return env.path(name);
    }

private Q_SLOTS:
    void projectFileAnswerLost_data()
    {
        QTest::addColumn<bool>("afterWork");
        QTest::addColumn<int>("posts"); // association POSTs the server saw
        QTest::newRow("work done, answer lost") << true << 1;
        QTest::newRow("connection lost before the work") << false << 2;
    }
    void projectFileAnswerLost()
    {
        QFETCH(bool, afterWork);
        QFETCH(int, posts);
        Env env;
        env.makeFile(u"warm.txt"_s, 1'000, 1);
        env.makeFile(u"A-101 Plan.pdf"_s, 30'000, 2);
        // A first file warms the connections, so the association goes out on a reused one.
        QVERIFY(env.runToIdle({item(env.path(u"warm.txt"_s))}, env.destination(u"Submittals"_s)));
        env.server.faults().addRule(lostAnswer(u"^/rest/v1\\.0/files$"_s, afterWork));
        QVERIFY(env.runToIdle({item(env.path(u"A-101 Plan.pdf"_s))}, env.destination(u"Submittals"_s)));
        QVERIFY2(env.stateOf(1) == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(filesNamed(env, u"A-101 Plan.pdf"_s), QList<int>{1});
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.0/files"_s), 1 + posts); // warm.txt's too
        QVERIFY(env.controller->model()->jobAt(1)->remoteFile().id > 0);
    }

    void companyFileAnswerLost()
    {
        Env env;
        env.makeFile(u"Template.docx"_s, 12'000, 4);
        env.server.faults().addRule(lostAnswer(u"^/rest/v1\\.0/companies/\\d+/files$"_s));
        Destination d = env.destination();
        d.projectId = 0;
        d.kind = DestinationKind::CompanyDocuments;
        QVERIFY(env.runToIdle({item(env.path(u"Template.docx"_s))}, d));
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(filesNamed(env, u"Template.docx"_s), QList<int>{1});
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s,
                              u"/rest/v1.0/companies/"_s + QString::number(env.companyId) + u"/files"_s),
                 1);
    }

    void newVersionAnswerLost()
    {
        Env env;
        env.makeFile(u"v1/Schedule.xlsx"_s, 8'000, 1);
        QVERIFY(env.runToIdle({item(env.path(u"v1/Schedule.xlsx"_s))}, env.destination(u"Submittals"_s)));
        const qint64 fileId = env.controller->model()->jobAt(0)->remoteFile().id;
        env.makeFile(u"Schedule.xlsx"_s, 9'500, 2);
        env.server.faults().addRule(lostAnswer(u"^/rest/v1\\.0/file_versions$"_s));
        Destination d = env.destination(u"Submittals"_s);
        d.newVersionOf = fileId;
        QVERIFY(env.runToIdle({item(env.path(u"Schedule.xlsx"_s))}, d));
        QVERIFY2(env.stateOf(1) == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(filesNamed(env, u"Schedule.xlsx"_s), QList<int>{2}); // the first and one new version
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.0/file_versions"_s), 1);
    }

    void keepBothNameClashAnswerLost()
    {
        // The name is taken, so the association asks for a unique name: a blind repeat would make
        // "Report (1).pdf" and "Report (2).pdf".
        Env env;
        env.makeFile(u"a/Report.pdf"_s, 5'000, 1);
        env.makeFile(u"b/Report.pdf"_s, 6'000, 2);
        QVERIFY(env.runToIdle({item(env.path(u"a/Report.pdf"_s))}, env.destination(u"Submittals"_s)));
        env.server.faults().addRule(lostAnswer(u"^/rest/v1\\.0/files$"_s));
        QVERIFY(env.runToIdle({item(env.path(u"b/Report.pdf"_s))}, env.destination(u"Submittals"_s)));
        QVERIFY2(env.stateOf(1) == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(env.storedFiles().size(), 2);
    }

    void folderCreateAnswerLost()
    {
        Env env;
        env.makeFile(u"scan/Daily Log.pdf"_s, 4'000, 1);
        env.server.faults().addRule(lostAnswer(u"^/rest/v1\\.0/folders$"_s));
        QVERIFY(env.runToIdle({item(env.path(u"scan/Daily Log.pdf"_s), u"Field Reports"_s)},
                              env.destination(u"Submittals"_s)));
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(env.folderCount(u"Submittals/Field Reports"_s), 1);
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.0/folders"_s), 1);
        QCOMPARE(env.storedFiles().size(), 1);
    }

    void photoAnswerLost()
    {
        Env env;
        const QString photo = writePng(env, u"slab.png"_s);
        env.server.faults().addRule(lostAnswer(u"^/rest/v1\\.0/images$"_s));
        Destination d = env.destination();
        d.kind = DestinationKind::Photos;
        QVERIFY(env.runToIdle({item(photo)}, d));
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        auto lock = env.server.state().lock();
        QCOMPARE(env.server.state().images.size(), size_t(1));
    }

    void albumAndDrawingSetAnswersLost_data()
    {
        QTest::addColumn<bool>("album");
        QTest::newRow("photo album") << true;
        QTest::newRow("drawing set") << false;
    }
    void albumAndDrawingSetAnswersLost()
    {
        // Made, and the answer lost: the client lists them, takes the one of that name, and
        // does not create a second.
        QFETCH(bool, album);
        Env env;
        env.server.faults().addRule(
            lostAnswer(album ? u"^/rest/v1\\.0/image_categories$"_s : u"/drawing_sets$"_s));
        const QString name = album ? u"Level 3 Pour"_s : u"Bid Set"_s;
        std::unique_ptr<ApiReply> reply(
            album ? env.client->createImageCategory(env.companyId, env.projectId, name, false)
                  : env.client->createDrawingSet(env.companyId, env.projectId, name));
        QSignalSpy done(reply.get(), &ApiReply::finished);
        QVERIFY(done.wait(10000));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().describe()));
        const qint64 id = reply->json().toObject().value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        int named = 0;
        {
            auto lock = env.server.state().lock();
            if (album) {
                for (const auto &[i, c] : env.server.state().imageCategories)
                    named += c.name == name && c.projectId == env.projectId ? 1 : 0;
            } else {
                for (const auto &[i, s] : env.server.state().drawingSets)
                    named += s.name == name && s.projectId == env.projectId ? 1 : 0;
            }
        }
        QCOMPARE(named, 1);
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s,
                              album ? u"/rest/v1.0/image_categories"_s : u"/rest/v1.0/projects/"_s),
                 1);
    }

    void lateAnswer_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("new file") << u"file"_s;
        QTest::newRow("new version") << u"version"_s;
        QTest::newRow("folder") << u"folder"_s;
        QTest::newRow("album") << u"album"_s;
    }
    void lateAnswer()
    {
        // The server commits, then answers after the client's API timeout (Qt ends the reply with
        // OperationCanceledError): the call may have been applied, so the client looks before it
        // sends again, and the server sees the creating call once and holds one object.
        QFETCH(QString, what);
        Env env;
        env.client->setApiTimeoutMs(700);
        env.makeFile(u"v1/Spec.pdf"_s, 8'000, 1);
        env.makeFile(u"Spec.pdf"_s, 9'000, 2);
        env.makeFile(u"scan/Pour Log.pdf"_s, 4'000, 3);
        qint64 fileId = 0;
        if (what == u"version"_s) {
            QVERIFY(env.runToIdle({item(env.path(u"v1/Spec.pdf"_s))}, env.destination(u"Submittals"_s)));
            fileId = env.controller->model()->jobAt(0)->remoteFile().id;
        }
        const QString path = what == u"file"_s      ? u"^/rest/v1\\.0/files$"_s
                             : what == u"version"_s ? u"^/rest/v1\\.0/file_versions$"_s
                             : what == u"folder"_s  ? u"^/rest/v1\\.0/folders$"_s
                                                    : u"^/rest/v1\\.0/image_categories$"_s;
        sandbox::FaultRule late;
        late.method = u"POST"_s;
        late.path = QRegularExpression(path);
        late.lateAnswerMs = 2'500;
        env.server.faults().addRule(late);
        const QString postPath = what == u"file"_s      ? u"/rest/v1.0/files"_s
                                 : what == u"version"_s ? u"/rest/v1.0/file_versions"_s
                                 : what == u"folder"_s  ? u"/rest/v1.0/folders"_s
                                                        : u"/rest/v1.0/image_categories"_s;
        const int postsBefore = env.countLog(u"api"_s, u"POST"_s, postPath);
        const QDateTime lateFrom = QDateTime::currentDateTimeUtc().addMSecs(late.lateAnswerMs - 100);
        if (what == u"album"_s) {
            std::unique_ptr<ApiReply> reply(
                env.client->createImageCategory(env.companyId, env.projectId, u"Level 4 Deck"_s, false));
            QSignalSpy done(reply.get(), &ApiReply::finished);
            QVERIFY(done.wait(20000));
            QVERIFY2(reply->isOk(), qPrintable(reply->error().describe()));
            int named = 0;
            auto lock = env.server.state().lock();
            for (const auto &[i, c] : env.server.state().imageCategories)
                named += c.name == u"Level 4 Deck"_s && c.projectId == env.projectId ? 1 : 0;
            QCOMPARE(named, 1);
        } else {
            Destination d = env.destination(u"Submittals"_s);
            d.newVersionOf = fileId;
            const UploadItem it = what == u"folder"_s ? item(env.path(u"scan/Pour Log.pdf"_s), u"Pours"_s)
                                                      : item(env.path(u"Spec.pdf"_s));
            QVERIFY(env.runToIdle({it}, d));
            const int row = env.controller->model()->rowCount() - 1;
            QVERIFY2(env.stateOf(row) == TransferState::Done, qPrintable(env.describeRows()));
            if (what == u"folder"_s) {
                QCOMPARE(env.folderCount(u"Submittals/Pours"_s), 1);
                QCOMPARE(filesNamed(env, u"Pour Log.pdf"_s), QList<int>{1});
            } else {
                QCOMPARE(filesNamed(env, u"Spec.pdf"_s), QList<int>{what == u"version"_s ? 2 : 1});
            }
        }
        // The late call is logged once it is answered; then count every creating call.
        const auto lateLogged = [&] {
            for (const auto &e : env.log(u"api"_s))
                if (e.method == u"POST"_s && e.path == postPath && e.at >= lateFrom)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(lateLogged(), 10000);
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s, postPath) - postsBefore, 1);
    }

    void lookUsesAListingAskedForAfterTheOutcome()
    {
        // A listing of the folder is on its way (asked for before the association went out, its
        // answer late). The association's answer is lost: the look must not take that listing,
        // which cannot hold the file, but one asked for after the outcome.
        Env env;
        env.makeFile(u"Pier Detail.pdf"_s, 6'000, 4);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        sandbox::FaultRule refuse; // the bytes are stored, the association refused: nothing made
        refuse.method = u"POST"_s;
        refuse.path = QRegularExpression(u"^/rest/v1\\.0/files$"_s);
        refuse.status = 400;
        env.server.faults().addRule(refuse);
        QVERIFY(env.runToIdle({item(env.path(u"Pier Detail.pdf"_s))}, env.destination(u"Submittals"_s)));
        QCOMPARE(env.stateOf(0), TransferState::Failed);
        const QString uuid = env.controller->model()->jobAt(0)->uploadUuid();
        QVERIFY(!uuid.isEmpty());

        const qint64 folderId = env.folderId(u"Submittals"_s);
        FolderResolver resolver(env.client.get(), env.companyId, env.projectId, folderId);
        QObject context;
        bool based = false;
        resolver.ensure({}, &context, [&](qint64, const ProcoreError &) { based = true; });
        QTRY_VERIFY(based);
        sandbox::FaultRule slowListing;
        slowListing.method = u"GET"_s;
        slowListing.path =
            QRegularExpression(u"^/rest/v1\\.0/folders/"_s + QString::number(folderId) + u"$"_s);
        slowListing.lateAnswerMs = 3'000;
        env.server.faults().addRule(slowListing);
        env.server.faults().addRule(lostAnswer(u"^/rest/v1\\.0/files$"_s));
        bool earlyListed = false;
        resolver.refreshFolder(folderId, &context,
                               [&](const Folder &, const ProcoreError &) { earlyListed = true; });
        QTRY_COMPARE(env.server.faults().lateAnswersWaiting(), 1); // listed, answer still to come

        const int postsBefore = env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.0/files"_s);
        FileAssociator associator(env.client.get(), &resolver, env.destination(u"Submittals"_s), folderId,
                                  {uuid, before, u"Pier Detail.pdf"_s, 6'000}, false);
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 50;
        associator.setRetryPolicy(fast);
        QSignalSpy finished(&associator, &Associator::finished);
        associator.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(earlyListed);
        QVERIFY2(associator.result() == Associator::Result::Done, qPrintable(associator.error().describe()));
        QCOMPARE(associator.sends(), 1);
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.0/files"_s) - postsBefore, 1);
        QCOMPARE(filesNamed(env, u"Pier Detail.pdf"_s), QList<int>{1});
    }

    void fileShrinksDuringPost()
    {
        // Qt 6.4 crashed when the live QFile behind a QHttpMultiPart got shorter mid-POST; the
        // attempt now fails cleanly and the file goes up again as it is now.
        Env env;
        env.makeFile(u"scan.tif"_s, 24 * 1024 * 1024, 9);
        env.server.faults().setStorageBytesPerSecond(4 * 1024 * 1024);
        env.controller->enqueue({item(env.path(u"scan.tif"_s))}, env.destination(u"Submittals"_s));
        UploadJob *job = env.controller->model()->jobAt(0);
        QVERIFY(QTest::qWaitFor([job] { return job->bytesSent() > 0; }, 30000));
        QVERIFY(QFile::resize(env.path(u"scan.tif"_s), 1024 * 1024)); // the scanner rewrote it
        env.server.faults().setStorageBytesPerSecond(0);
        QVERIFY(env.waitIdle());
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        const QList<StoredFile> stored = env.storedFiles();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().size, 1024 * 1024);
        QCOMPARE(stored.first().sha256.toLatin1(), testfiles::sha256Of(env.path(u"scan.tif"_s)));
    }

    void rateLimitWaitIsSaidOnTheRow()
    {
        // A 429 whose Retry-After (4 s) is much shorter than its Reset (an hour): the row says
        // when it goes on, and the upload goes on after the Retry-After, not the Reset.
        sandbox::SandboxOptions limits = Env::fastOptions();
        limits.hourlyLimit = 3600; // every answer reports a budget
        limits.spikeLimit = 150;
        Env env(true, limits);
        RetryPolicy policy;
        policy.baseDelayMs = 5;
        policy.maxDelayMs = 50;
        env.controller->setRetryPolicy(policy); // Retry-After as the server says, not scaled down
        env.client->setRetryPolicy(policy);
        env.makeFile(u"Daily Report.pdf"_s, 5'000, 3);
        sandbox::FaultRule tooMany;
        tooMany.kind = u"api"_s;
        tooMany.method = u"POST"_s;
        tooMany.path = QRegularExpression(u"/uploads$"_s);
        tooMany.status = 429;
        tooMany.retryAfterSecs = 4;
        tooMany.rateRemaining = 0;
        tooMany.rateResetInSecs = 3600;
        env.server.faults().addRule(tooMany);
        QElapsedTimer clock;
        clock.start();
        env.controller->enqueue({item(env.path(u"Daily Report.pdf"_s))}, env.destination(u"Submittals"_s));
        UploadJob *job = env.controller->model()->jobAt(0);
        QVERIFY(QTest::qWaitFor([job] { return job->statusDetail().contains(u"rate limit"_s); }, 10000));
        QVERIFY2(job->statusDetail().contains(u"going on at"_s), qPrintable(job->statusDetail()));
        QVERIFY(env.waitIdle(30000));
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        QVERIFY(!job->statusDetail().contains(u"rate limit"_s)); // said while it lasted
        QVERIFY2(clock.elapsed() < 60'000, "waited for the Reset, not the Retry-After");
        QCOMPARE(env.storedFiles().size(), 1);
    }

    void serverErrorAfterWork()
    {
        // A 500 after the work: also ambiguous, also looked at first.
        Env env;
        env.makeFile(u"RFI-12.pdf"_s, 7'000, 5);
        sandbox::FaultRule rule = lostAnswer(u"^/rest/v1\\.0/files$"_s);
        rule.dropConnection = false;
        rule.status = 500;
        env.server.faults().addRule(rule);
        QVERIFY(env.runToIdle({item(env.path(u"RFI-12.pdf"_s))}, env.destination(u"Submittals"_s)));
        QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
        QCOMPARE(filesNamed(env, u"RFI-12.pdf"_s), QList<int>{1});
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.0/files"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestExactlyOnce)
#include "tst_exactly_once.moc"

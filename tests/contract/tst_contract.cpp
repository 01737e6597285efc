// Hoist's requests and the sandbox's answers against Procore's published API structure
// (procore-endpoints.json): the checker itself first, then every endpoint Hoist uses, driven by the
// real client and upload engine against the strict sandbox, each exchange recorded and checked.
#include "ContractAssert.h"
#include "RecordedShapes.h"
#include "tst_upload_harness.h"

#include "procore/ApiReply.h"
#include "procore/MediaListing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace harness;
using contract::ContractChecker;

namespace {

QJsonObject imageCreate()
{
    return QJsonObject{{"method", "POST"},
                       {"path", "/rest/v1.0/images"},
                       {"query", QJsonObject{{"project_id", "281474976710657"}}},
                       {"body_typed", true},
                       {"body", QJsonObject{{"upload_uuid", "01JAAAAAAAAAAAAAAAAAAAAAAA"},
                                            {"image_name", "slab.png"},
                                            {"image", QJsonObject{{"private", false}}}}},
                       {"status", 422}};
}

QJsonObject meAnswer()
{
    return QJsonObject{{"method", "GET"},
                       {"path", "/rest/v1.0/me"},
                       {"query", QJsonObject{}},
                       {"body", QJsonObject{}},
                       {"status", 200},
                       {"response", QJsonObject{{"id", 42}, {"login", "pat@example.com"}, {"name", "Pat"}}}};
}

QJsonObject withBody(QJsonObject x, const QJsonObject &body)
{
    x.insert("body", body);
    return x;
}

bool mentions(const QList<contract::Violation> &vs, const QString &text)
{
    for (const contract::Violation &v : vs)
        if (v.where.contains(text) || v.what.contains(text))
            return true;
    return false;
}

QByteArray typed(const QByteArray &magic, qint64 size, quint32 seed)
{
    QByteArray bytes = magic;
    quint32 x = seed * 2654435761u + 1;
    while (bytes.size() < size) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes.append(char(x & 0xff));
    }
    return bytes;
}

template <typename Call> QJsonValue wait(Call &&call)
{
    ApiReply *reply = call();
    if (!reply->isFinished()) {
        QSignalSpy done(reply, &ApiReply::finished);
        done.wait(20000);
    }
    const QJsonValue json = reply->json();
    reply->deleteLater();
    return reply->isOk() ? json : QJsonValue();
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceHoldsEveryEndpointHoistUses();
    void checkerAcceptsAConformingExchange();
    void checkerFailsWhenARequiredRequestFieldGoes();
    void checkerFailsOnMisplacedOrUnknownFields();
    void checkerFailsOnQueryParameters();
    void checkerFailsWhenAnAnswerFieldGoes();
    void checkerHoldsFilesToTheRecordedShape();
    void everyEndpointEndToEnd();

private:
    struct Ids
    {
        qint64 album = 0;
        qint64 set = 0;
        qint64 companyFolder = 0;
    };
    void pickers(Env &env, Ids &ids);
    void files(Env &env, const Ids &ids);
    void photosAndDrawings(Env &env, const Ids &ids);
    void coverage(const QJsonArray &exchanges);
};

void TestContract::referenceHoldsEveryEndpointHoistUses()
{
    const ContractChecker &c = contract::reference();
    const QList<QPair<QString, QString>> used{
        {"GET", "/rest/v1.0/me"},
        {"GET", "/rest/v1.0/companies"},
        {"GET", "/rest/v1.1/projects"},
        {"GET", "/rest/v1.0/folders"},
        {"GET", "/rest/v1.0/folders/8000000000001"},
        {"POST", "/rest/v1.0/folders"},
        {"GET", "/rest/v1.0/companies/5/folders"},
        {"POST", "/rest/v1.0/companies/5/folders"},
        {"POST", "/rest/v1.1/projects/5/uploads"},
        {"PATCH", "/rest/v1.1/projects/5/uploads/01JAAAAAAAAAAAAAAAAAAAAAAA"},
        {"POST", "/rest/v1.1/companies/5/uploads"},
        {"POST", "/rest/v1.0/files"},
        {"POST", "/rest/v1.0/companies/5/files"},
        {"POST", "/rest/v1.0/file_versions"},
        {"GET", "/rest/v1.0/image_categories"},
        {"POST", "/rest/v1.0/image_categories"},
        {"POST", "/rest/v1.0/images"},
        {"GET", "/rest/v1.0/images"},
        {"GET", "/rest/v1.1/projects/5/drawing_areas"},
        {"GET", "/rest/v1.1/drawing_areas/9/drawings"},
        {"GET", "/rest/v1.0/projects/5/drawing_sets"},
        {"POST", "/rest/v1.0/projects/5/drawing_sets"},
        {"POST", "/rest/v1.1/projects/5/drawing_uploads"},
        {"GET", "/rest/v1.1/projects/5/drawing_uploads/7"},
        {"POST", "/oauth/token"},
    };
    for (const auto &[method, path] : used)
        QVERIFY2(!c.operationFor(method, path).isEmpty(), qPrintable(method + ' ' + path));
    QVERIFY(c.operationFor("POST", "/rest/v1.0/nothing").isEmpty());
}

void TestContract::checkerAcceptsAConformingExchange()
{
    const ContractChecker &c = contract::reference();
    QCOMPARE(ContractChecker::describe(c.check(imageCreate())), QString());
    QCOMPARE(ContractChecker::describe(c.check(meAnswer())), QString());
    // A form body: the same fields as strings.
    QJsonObject form =
        withBody(imageCreate(), QJsonObject{{"upload_uuid", "01JAAAAAAAAAAAAAAAAAAAAAAA"},
                                            {"image_name", "slab.png"},
                                            {"image", QJsonObject{{"image_category_id", "12"}}}});
    form.insert("body_typed", false);
    QCOMPARE(ContractChecker::describe(c.check(form)), QString());
}

void TestContract::checkerFailsWhenARequiredRequestFieldGoes()
{
    const ContractChecker &c = contract::reference();
    QJsonObject body = imageCreate().value("body").toObject();
    body.remove("image_name");
    const auto v = c.checkRequest(withBody(imageCreate(), body));
    QVERIFY2(mentions(v, "image_name") && mentions(v, "required"), qPrintable(ContractChecker::describe(v)));

    body = imageCreate().value("body").toObject();
    body.remove("image");
    QVERIFY(mentions(c.checkRequest(withBody(imageCreate(), body)), "image"));

    // A nested required field: an upload segment without its sha256.
    const QJsonObject upload{{"method", "POST"},
                             {"path", "/rest/v1.1/projects/5/uploads"},
                             {"body", QJsonObject{{"response_filename", "a.bin"},
                                                  {"segments", QJsonArray{QJsonObject{{"size", 5}}}}}}};
    QVERIFY(mentions(c.checkRequest(upload), "segments[0].sha256"));
}

void TestContract::checkerFailsOnMisplacedOrUnknownFields()
{
    const ContractChecker &c = contract::reference();
    // upload_uuid inside "image" (where neither source puts it) and the tutorial's "upload" object.
    QJsonObject body = imageCreate().value("body").toObject();
    body.remove("upload_uuid");
    body.insert("image", QJsonObject{{"private", false}, {"upload_uuid", "01JAAAAAAAAAAAAAAAAAAAAAAA"}});
    QVERIFY(mentions(c.checkRequest(withBody(imageCreate(), body)), "image.upload_uuid"));
    body = imageCreate().value("body").toObject();
    body.insert("upload", QJsonObject{{"uuid", "x"}});
    QVERIFY(mentions(c.checkRequest(withBody(imageCreate(), body)), "upload"));
    // A wrong type.
    body = imageCreate().value("body").toObject();
    body.insert("image", QJsonObject{{"private", "yes"}});
    QVERIFY(mentions(c.checkRequest(withBody(imageCreate(), body)), "must be boolean"));
    // A drawing set wrapped the way the reference does not.
    const QJsonObject set{{"method", "POST"},
                          {"path", "/rest/v1.0/projects/5/drawing_sets"},
                          {"body", QJsonObject{{"drawing_set", QJsonObject{{"name", "IFC"}}}}}};
    const auto v = c.checkRequest(set);
    QVERIFY(mentions(v, "drawing_set") && mentions(v, "name"));
}

void TestContract::checkerFailsOnQueryParameters()
{
    const ContractChecker &c = contract::reference();
    // file_id is a query parameter of file_versions; in the body it is misplaced.
    const QJsonObject inBody{
        {"method", "POST"},
        {"path", "/rest/v1.0/file_versions"},
        {"query", QJsonObject{{"project_id", "5"}}},
        {"body", QJsonObject{{"file_id", 9}, {"file_version", QJsonObject{{"upload_uuid", "u"}}}}}};
    const auto v = c.checkRequest(inBody);
    QVERIFY(mentions(v, "query file_id") && mentions(v, "body file_id"));
    QJsonObject wrong = imageCreate();
    wrong.insert("query", QJsonObject{{"project_id", "abc"}, {"color", "red"}});
    const auto w = c.checkRequest(wrong);
    QVERIFY(mentions(w, "project_id") && mentions(w, "color"));
}

void TestContract::checkerFailsWhenAnAnswerFieldGoes()
{
    const ContractChecker &c = contract::reference();
    QJsonObject x = meAnswer();
    QJsonObject me = x.value("response").toObject();
    me.remove("login");
    x.insert("response", me);
    QVERIFY(mentions(c.checkResponse(x), "login"));
    me.insert("login", 7);
    x.insert("response", me);
    QVERIFY(mentions(c.checkResponse(x), "must be string"));
    // A status the endpoint does not document (a create answered 200).
    QJsonObject created{{"method", "POST"}, {"path", "/rest/v1.0/folders"}, {"status", 200}};
    QVERIFY(mentions(c.checkResponse(created), "documented status"));
    // Errors are not checked against the 2xx shapes.
    x.insert("status", 404);
    QCOMPARE(c.checkResponse(x).size(), 0);
}

void TestContract::checkerHoldsFilesToTheRecordedShape()
{
    // procore-api-notes.md §9: a file and its versions have exactly the recorded fields, and no
    // upload_uuid anywhere (the sandbox once added one; a client that relied on it failed at Procore).
    const QJsonObject version{
        {"id", 1},
        {"notes", ""},
        {"url", "https://s/x?sig=1"},
        {"size", 10},
        {"created_at", "2022-01-01T00:00:00Z"},
        {"number", 1},
        {"file_id", 2},
        {"created_by", QJsonObject{{"id", 3}, {"login", "a@b.c"}, {"name", "A"}}},
        {"prostore_file",
         QJsonObject{{"id", 4}, {"name", "a.pdf"}, {"url", "https://s/x?sig=1"}, {"filename", "a.pdf"}}}};
    const QStringList fileFields{"id",
                                 "custom_fields",
                                 "name",
                                 "parent_id",
                                 "size",
                                 "description",
                                 "updated_at",
                                 "created_at",
                                 "name_with_path",
                                 "file_type",
                                 "is_deleted",
                                 "checked_out_by",
                                 "checked_out_until",
                                 "is_tracked",
                                 "tracked_folder",
                                 "private",
                                 "legacy_id"};
    QJsonObject file{{"file_versions", QJsonArray{version}}};
    for (const QString &f : fileFields)
        file.insert(f, QJsonValue::Null);
    QCOMPARE(contract::checkRecordedShape("GET", "/rest/v1.0/files/2", file, "x").size(), 0);
    QJsonObject withUuid = version;
    QJsonObject prostore = version.value("prostore_file").toObject();
    prostore.insert("upload_uuid", "01JAAAAAAAAAAAAAAAAAAAAAAA");
    withUuid.insert("prostore_file", prostore);
    file.insert("file_versions", QJsonArray{withUuid});
    QVERIFY(mentions(contract::checkRecordedShape("GET", "/rest/v1.0/files/2", file, "x"), "upload_uuid"));
    QVERIFY(mentions(contract::checkRecordedShape("POST", "/rest/v1.0/file_versions", withUuid, "x"),
                     "upload_uuid"));
    const QJsonObject folder{{"files", QJsonArray{file}}};
    QVERIFY(
        mentions(contract::checkRecordedShape("GET", "/rest/v1.0/folders/5", folder, "x"), "upload_uuid"));
}

void TestContract::everyEndpointEndToEnd()
{
    sandbox::SandboxOptions options = Env::fastOptions();
    options.strict = true;
    options.record = true;
    Env env(true, options);
    env.controller->setDrawingPollInterval(10, 40);
    Ids ids;
    pickers(env, ids);
    if (QTest::currentTestFailed())
        return;
    files(env, ids);
    if (QTest::currentTestFailed())
        return;
    photosAndDrawings(env, ids);
    if (QTest::currentTestFailed())
        return;
    coverage(env.server.exchanges());
}

void TestContract::pickers(Env &env, Ids &ids)
{
    ProcoreClient &client = *env.client;
    const qint64 company = env.companyId;
    const qint64 project = env.projectId;

    // Pickers.
    QVERIFY(wait([&] { return client.me(); }).isObject());
    QVERIFY(wait([&] { return client.companies(); }).isArray());
    QVERIFY(wait([&] { return client.projects(company); }).isArray());
    const QJsonObject root = wait([&] { return client.folder(company, project); }).toObject();
    QVERIFY(!root.isEmpty());
    const qint64 sub = root.value("folders").toArray().first().toObject().value("id").toInteger();
    QVERIFY(wait([&] { return client.folder(company, project, sub); }).isObject());
    QVERIFY(wait([&] { return client.createFolder(company, project, sub, "Contract check"); }).isObject());
    const QJsonObject companyRoot = wait([&] { return client.folder(company, 0); }).toObject();
    ids.companyFolder = companyRoot.value("folders").toArray().first().toObject().value("id").toInteger();
    QVERIFY(wait([&] { return client.createFolder(company, 0, 0, "Contract check"); }).isObject());
    QVERIFY(wait([&] { return client.imageCategories(company, project); }).isArray());
    ids.album = wait([&] { return client.createImageCategory(company, project, "Contract album", false); })
                    .toObject()
                    .value("id")
                    .toInteger();
    QVERIFY(ids.album > 0);
    const QJsonArray areas = wait([&] { return client.drawingAreas(company, project); }).toArray();
    QVERIFY(!areas.isEmpty());
    // What the review reads before Photos and Drawings uploads (issue 26, point 7).
    QVERIFY(wait([&] { return listing::albumImages(&client, company, project, ids.album); }).isArray());
    const qint64 area = areas.first().toObject().value("id").toInteger();
    {
        auto lock = env.server.state().lock();
        env.server.state().drawings[1] = {1, project, area, "A-101", "Floor Plan", "3", 4'000, false};
    }
    const QJsonValue drawings = wait([&] { return listing::areaDrawings(&client, company, project, area); });
    QCOMPARE(listing::sheetsOf(drawings).size(), 1);
    QVERIFY(wait([&] { return client.drawingSets(company, project); }).isArray());
    ids.set = wait([&] { return client.createDrawingSet(company, project, "Contract set"); })
                  .toObject()
                  .value("id")
                  .toInteger();
    QVERIFY(ids.set > 0);
}

void TestContract::files(Env &env, const Ids &ids)
{
    const qint64 company = env.companyId;
    // Uploads: a project file, a new version of it, a company file, a segmented file.
    env.makeFile("Spec.pdf", 20'000, 1);
    QVERIFY(env.runToIdle({item(env.path("Spec.pdf"))}, env.destination("Submittals")));
    QVERIFY2(env.stateOf(0) == TransferState::Done, qPrintable(env.describeRows()));
    Destination version = env.destination("Submittals");
    version.newVersionOf = env.controller->model()->jobAt(0)->remoteFile().id;
    version.versionNotes = "Rev B";
    env.makeFile("Spec rev B.pdf", 21'000, 2);
    QVERIFY(env.runToIdle({item(env.path("Spec rev B.pdf"))}, version));
    Destination companyDocs;
    companyDocs.companyId = company;
    companyDocs.kind = DestinationKind::CompanyDocuments;
    companyDocs.folderId = ids.companyFolder;
    env.makeFile("Policy.pdf", 9'000, 3);
    QVERIFY(env.runToIdle({item(env.path("Policy.pdf"))}, companyDocs));
    env.controller->setSegmentThreshold(10'000'000, 5 * 1024 * 1024);
    env.makeFile("Model.ifc", 11'000'000, 4);
    QVERIFY(env.runToIdle({item(env.path("Model.ifc"))}, env.destination("Submittals"), 120000));
}

void TestContract::photosAndDrawings(Env &env, const Ids &ids)
{
    // A photo into the album, then drawings into the new set.
    QFile png(env.path("slab.png"));
    QVERIFY(png.open(QIODevice::WriteOnly));
    png.write(typed(QByteArray("\x89PNG\r\n\x1a\n", 8), 30'000, 5));
    png.close();
    Destination photos = env.destination();
    photos.kind = DestinationKind::Photos;
    photos.photo.albumId = ids.album;
    photos.photo.albumName = "Contract album";
    photos.photo.description = "Level 2";
    QVERIFY(env.runToIdle({item(env.path("slab.png"))}, photos));
    QFile pdf(env.path("A-101.pdf"));
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    pdf.write(typed("%PDF-1.7\n", 25'000, 6));
    pdf.close();
    Destination drawings = env.destination();
    drawings.kind = DestinationKind::Drawings;
    drawings.drawing.setId = ids.set;
    drawings.drawing.setName = "Contract set";
    drawings.drawing.drawingDate = QDate(2026, 6, 1);
    drawings.drawing.defaultRevision = "A";
    QVERIFY(env.runToIdle({item(env.path("A-101.pdf"))}, drawings));
    for (int r = 0; r < env.controller->model()->rowCount(); ++r)
        QVERIFY2(env.stateOf(r) == TransferState::Done, qPrintable(env.describeRows()));
}

void TestContract::coverage(const QJsonArray &exchanges)
{
    // Every exchange conforms, and every endpoint Hoist uses was exercised.
    QCOMPARE(contract::violations(exchanges), QString());
    QSet<QString> seen;
    for (const QJsonValue &v : exchanges) {
        const QJsonObject x = v.toObject();
        if (x.value("status").toInt() / 100 == 2)
            seen.insert(
                contract::reference().operationFor(x.value("method").toString(), x.value("path").toString()));
    }
    const QStringList expected{"RestV10MeGet",
                               "RestV10CompaniesGet",
                               "RestV11ProjectsGet",
                               "RestV10FoldersGet",
                               "RestV10FoldersIdGet",
                               "RestV10FoldersPost",
                               "RestV10CompaniesCompanyIdFoldersGet",
                               "RestV10CompaniesCompanyIdFoldersPost",
                               "RestV11ProjectsProjectIdUploadsPost",
                               "RestV11ProjectsProjectIdUploadsUuidPatch",
                               "RestV11CompaniesCompanyIdUploadsPost",
                               "RestV10FilesPost",
                               "RestV10CompaniesCompanyIdFilesPost",
                               "RestV10FileVersionsPost",
                               "RestV10ImageCategoriesGet",
                               "RestV10ImageCategoriesPost",
                               "RestV10ImagesPost",
                               "RestV10ImagesGet",
                               "RestV11ProjectsProjectIdDrawingAreasGet",
                               "RestV11DrawingAreasDrawingAreaIdDrawingsGet",
                               "RestV10ProjectsProjectIdDrawingSetsGet",
                               "RestV10ProjectsProjectIdDrawingSetsPost",
                               "RestV11ProjectsProjectIdDrawingUploadsPost",
                               "RestV11ProjectsProjectIdDrawingUploadsIdGet"};
    for (const QString &op : expected)
        QVERIFY2(seen.contains(op), qPrintable(op + " was not exercised"));
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"

// DestinationCatalog: albums, drawing areas and sets are listed, found by id or name, and found or
// created at most once, also when the create's answer is lost (against the sandbox over loopback).

#include "tst_upload_harness.h"

#include "procore/DestinationCatalog.h"

#include <optional>

using namespace harness;
using namespace Qt::StringLiterals;

class TestDestinationCatalog : public QObject
{
    Q_OBJECT

private:
    using Kind = DestinationCatalog::Kind;

    static std::optional<DestinationCatalog::Outcome> findOrCreate(const DestinationCatalog &catalog,
                                                                   Kind kind, const QString &idOrName)
    {
        std::optional<DestinationCatalog::Outcome> outcome;
        QObject context;
        catalog.findOrCreate(kind, idOrName, false, &context,
                             [&outcome](const DestinationCatalog::Outcome &o) { outcome = o; });
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000);
        return outcome;
    }
    static int posts(Env &env, Kind kind)
    {
        return int(env.countLog(u"api"_s, u"POST"_s,
                                kind == Kind::Albums ? u"/rest/v1.0/image_categories"_s
                                                     : u"/rest/v1.0/projects/"_s));
    }

private Q_SLOTS:
    void findsByIdOrName()
    {
        const QList<NamedItem> items{{7, u"Site Progress"_s}, {42, u"Level 3 Pour"_s}};
        QCOMPARE(DestinationCatalog::find(items, u"42"_s)->name, u"Level 3 Pour"_s);
        QCOMPARE(DestinationCatalog::find(items, u"  site progress "_s)->id, 7);
        QVERIFY(!DestinationCatalog::find(items, u"8"_s).has_value());
        QVERIFY(!DestinationCatalog::find(items, u"Roof"_s).has_value());
    }

    void findOrCreateMakesOne_data()
    {
        QTest::addColumn<bool>("album");
        QTest::addColumn<bool>("loseAnswer");
        QTest::newRow("album") << true << false;
        QTest::newRow("drawing set") << false << false;
        QTest::newRow("album, answer lost") << true << true;
        QTest::newRow("drawing set, answer lost") << false << true;
    }
    void findOrCreateMakesOne()
    {
        QFETCH(bool, album);
        QFETCH(bool, loseAnswer);
        const Kind kind = album ? Kind::Albums : Kind::DrawingSets;
        Env env;
        if (loseAnswer) {
            sandbox::FaultRule rule;
            rule.kind = u"api"_s;
            rule.method = u"POST"_s;
            rule.path =
                QRegularExpression(album ? u"^/rest/v1\\.0/image_categories$"_s : u"/drawing_sets$"_s);
            rule.afterSuccess = true;
            rule.dropConnection = true;
            env.server.faults().addRule(rule);
        }
        const DestinationCatalog catalog(env.client.get(), env.companyId, env.projectId);
        const auto first = findOrCreate(catalog, kind, u"Bid Set 7"_s);
        QVERIFY(first.has_value());
        QVERIFY2(!first->error.isError(), qPrintable(first->error.describe()));
        QVERIFY(first->created);
        QVERIFY(first->item.id > 0);
        QCOMPARE(first->item.name, u"Bid Set 7"_s);
        QCOMPARE(posts(env, kind), 1);

        // Asked again (by another name case, then by id): found, nothing created.
        const auto again = findOrCreate(catalog, kind, u"bid set 7"_s);
        QVERIFY(again.has_value());
        QVERIFY(!again->created);
        QCOMPARE(again->item.id, first->item.id);
        const auto byId = findOrCreate(catalog, kind, QString::number(first->item.id));
        QVERIFY(byId.has_value());
        QCOMPARE(byId->item.id, first->item.id);
        QCOMPARE(posts(env, kind), 1);

        std::unique_ptr<ApiReply> listing(catalog.list(kind));
        QSignalSpy listed(listing.get(), &ApiReply::finished);
        QVERIFY(listed.wait(10000));
        int named = 0;
        for (const NamedItem &i : DestinationCatalog::items(listing.get()))
            named += i.name == u"Bid Set 7"_s ? 1 : 0;
        QCOMPARE(named, 1);
    }

    void manySetsAreReadToTheEnd_data()
    {
        QTest::addColumn<bool>("loseAnswer");
        QTest::newRow("existing set on a later page") << false;
        QTest::newRow("create's answer lost, set on a later page") << true;
    }
    void manySetsAreReadToTheEnd()
    {
        // Procore pages drawing sets and areas (page, per_page): with 250 sets the one asked for
        // is on the third page. It is found there, and no second one of its name is made; after a
        // lost create the look also reads every page.
        QFETCH(bool, loseAnswer);
        Env env;
        {
            auto lock = env.server.state().lock();
            auto &s = env.server.state();
            for (int i = 0; i < 250; ++i) {
                const qint64 id = s.nextId(7'000'000'000'000LL);
                s.drawingSets[id] = sandbox::DrawingSet{id, env.projectId, u"Set %1"_s.arg(i), {}};
                const qint64 area = s.nextId(7'000'000'000'000LL);
                s.drawingAreas[area] = sandbox::DrawingArea{area, env.projectId, u"Area %1"_s.arg(i)};
            }
        }
        if (loseAnswer) {
            sandbox::FaultRule rule;
            rule.kind = u"api"_s;
            rule.method = u"POST"_s;
            rule.path = QRegularExpression(u"/drawing_sets$"_s);
            rule.afterSuccess = true;
            rule.dropConnection = true;
            env.server.faults().addRule(rule);
        }
        const DestinationCatalog catalog(env.client.get(), env.companyId, env.projectId);
        const QString name = loseAnswer ? u"Bid Set 300"_s : u"Set 249"_s;
        const auto outcome = findOrCreate(catalog, Kind::DrawingSets, name);
        QVERIFY(outcome.has_value());
        QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.describe()));
        QCOMPARE(outcome->created, loseAnswer);
        QCOMPARE(posts(env, Kind::DrawingSets), loseAnswer ? 1 : 0);
        const auto area = findOrCreate(catalog, Kind::DrawingAreas, u"Area 249"_s);
        QVERIFY(area.has_value() && area->item.id > 0);
        int named = 0;
        auto lock = env.server.state().lock();
        for (const auto &[id, set] : env.server.state().drawingSets)
            named += set.name == name && set.projectId == env.projectId ? 1 : 0;
        QCOMPARE(named, 1);
        QVERIFY(env.countLog(u"api"_s, u"GET"_s, u"/rest/v1.0/projects/"_s) >= 3); // three pages at least
    }

    void drawingAreasAreNotCreated()
    {
        Env env;
        const DestinationCatalog catalog(env.client.get(), env.companyId, env.projectId);
        const auto outcome = findOrCreate(catalog, Kind::DrawingAreas, u"Nowhere Wing"_s);
        QVERIFY(outcome.has_value());
        QVERIFY(!outcome->error.isError());
        QCOMPARE(outcome->item.id, 0);
        QVERIFY(!outcome->created);
        QCOMPARE(env.countLog(u"api"_s, u"POST"_s, u"/rest/v1.1/projects/"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestDestinationCatalog)
#include "tst_destination_catalog.moc"

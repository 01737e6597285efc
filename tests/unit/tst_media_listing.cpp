// What the review reads from Procore's image and drawing listings (issue 26, point 7), for every
// plausible answer where the reference is silent: a size as a number, a string, null or absent;
// an album id as a number, a string or absent (the server's filter taken at its word); obsolete
// drawings; a revision number as text or as a number, or no current revision.
#include "procore/MediaListing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hoist;

namespace {

QJsonValue parse(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

} // namespace

class TestMediaListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imagesKeepNameAndWhatSizeIsGiven()
    {
        const QList<RemoteImage> images =
            listing::imagesOf(parse(R"([{"filename":"a.jpg","size":1200,"image_category_id":7},
                      {"filename":"b.jpg","size":"900","image_category_id":"7"},
                      {"filename":"c.jpg","size":null,"image_category_id":7},
                      {"filename":"d.jpg"},
                      {"filename":"elsewhere.jpg","size":5,"image_category_id":8},
                      {"filename":"","size":5,"image_category_id":7},
                      {"filename":"e.jpg","size":"big","image_category_id":7}])"),
                              7);
        QCOMPARE(images.size(), 5);
        QCOMPARE(images[0].name, QStringLiteral("a.jpg"));
        QCOMPARE(images[0].size, qint64(1200));
        QCOMPARE(images[1].size, qint64(900));
        QCOMPARE(images[2].size, qint64(-1)); // null: unknown, compared by name
        QCOMPARE(images[3].name, QStringLiteral("d.jpg"));
        QCOMPARE(images[3].size, qint64(-1)); // absent
        QCOMPARE(images[4].size, qint64(-1)); // unreadable
    }

    void imagesInNoAlbum()
    {
        const QList<RemoteImage> images =
            listing::imagesOf(parse(R"([{"filename":"loose.jpg","size":1,"image_category_id":null},
                      {"filename":"filed.jpg","size":1,"image_category_id":3}])"),
                              0);
        QCOMPARE(images.size(), 1);
        QCOMPARE(images[0].name, QStringLiteral("loose.jpg"));
    }

    void sheetsWithTheirCurrentRevision()
    {
        const QList<RemoteSheet> sheets = listing::sheetsOf(
            parse(R"([{"number":"A-101","obsolete":false,"current_revision":{"revision_number":"3"}},
                      {"number":"A-102","current_revision":{"revision_number":2}},
                      {"number":"A-103","current_revision":null},
                      {"number":"A-100","obsolete":true,"current_revision":{"revision_number":"1"}},
                      {"number":"","current_revision":{"revision_number":"1"}}])"));
        QCOMPARE(sheets.size(), 3);
        QCOMPARE(sheets[0].number, QStringLiteral("A-101"));
        QCOMPARE(sheets[0].revision, QStringLiteral("3"));
        QCOMPARE(sheets[1].revision, QStringLiteral("2"));
        QCOMPARE(sheets[2].revision, QString());
    }
};

QTEST_GUILESS_MAIN(TestMediaListing)
#include "tst_media_listing.moc"

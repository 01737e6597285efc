// Issue 26, point 7: photos and drawings already in Procore are said before upload, as Documents'
// files of the same name and size are, and left out unless the person ticks them: the same photos
// dropped on the same album again make no copies; a sheet whose number is in the drawing area at
// the same revision is left out, a new revision of it goes up.
#include "GuiSession.h"
#include "TestFiles.h"

#include "DestinationBar.h"
#include "DropArea.h"
#include "PreflightDialog.h"
#include "ProjectPicker.h"

#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using hoist::DestinationKind;
using hoist::TransferState;
using namespace gui;

namespace {

// A small file that starts with `magic` (what tells an image or a PDF by its content).
void writeTyped(const QString &path, const QByteArray &magic, qint64 size, quint32 seed,
                const QByteArray &tail = {})
{
    testfiles::write(path, size, seed);
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return;
    f.write(magic);
    if (!tail.isEmpty()) {
        f.seek(f.size() - tail.size());
        f.write(tail);
    }
}

bool chooseKind(hoist::ui::DestinationBar *bar, DestinationKind kind)
{
    if (!chooseProject(bar))
        return false;
    bar->kindCombo()->setCurrentIndex(bar->kindCombo()->findData(QVariant::fromValue(int(kind))));
    return true;
}

// Picks the entry named `name` of a combo box once it is listed.
bool pick(QComboBox *box, const QString &name)
{
    if (!QTest::qWaitFor([&] { return box->findText(name) >= 0; }, 15000))
        return false;
    box->setCurrentIndex(box->findText(name));
    return true;
}

// The review's row of `fileName` (nullptr when it is not listed).
QTreeWidgetItem *rowOf(hoist::ui::PreflightDialog *review, const QString &fileName)
{
    auto *list = review->findChild<QTreeWidget *>();
    for (int i = 0; list && i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0) == fileName)
            return list->topLevelItem(i);
    return nullptr;
}

} // namespace

class TestMediaDupes : public QObject
{
    Q_OBJECT

    bool open(Session &s, DestinationKind kind)
    {
        if (!s.start())
            return false;
        s.controller->setDrawingPollInterval(20, 20);
        s.window->setReviewBeforeUpload(true);
        s.window->show();
        return QTest::qWaitForWindowExposed(s.window.get()) && chooseKind(s.window->destinationBar(), kind);
    }

    // Drops `paths`, presses Upload and returns the review (nullptr when none opens: the files
    // are queued at once).
    hoist::ui::PreflightDialog *dropAndReview(Session &s, const QStringList &paths)
    {
        if (!dropPaths(*s.window, paths) || !QTest::qWaitFor([&] {
                return !s.window->isScanning() && s.window->pendingItems().size() == paths.size();
            }))
            return nullptr;
        s.window->action(QStringLiteral("upload"))->trigger();
        hoist::ui::PreflightDialog *review = nullptr;
        const bool settled = QTest::qWaitFor(
            [&] {
                review = s.window->findChild<hoist::ui::PreflightDialog *>();
                return review || s.model()->rowCount() > 0;
            },
            15000);
        return settled ? review : nullptr;
    }

    static int imagesIn(Session &s, qint64 album)
    {
        auto lock = s.sandbox.state().lock();
        int n = 0;
        for (const auto &[id, img] : s.sandbox.state().images)
            n += img.categoryId == album ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init() { isolateSettings(); }

    void photosDroppedAgainOnTheAlbumAreNotCopied()
    {
        Session s;
        QVERIFY(open(s, DestinationKind::Photos));
        hoist::ui::DestinationBar *bar = s.window->destinationBar();
        QVERIFY(pick(bar->albumCombo(), QStringLiteral("Safety")));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isComplete(), 15000);
        const qint64 album = bar->destination().photo.albumId;
        QVERIFY(album > 0);
        QTemporaryDir dir;
        QStringList photos;
        for (int i = 1; i <= 3; ++i) {
            photos << dir.filePath(QStringLiteral("IMG_000%1.jpg").arg(i));
            writeTyped(photos.last(), QByteArray::fromHex("ffd8ffe000104a464946000101"), 3'000 + i,
                       quint32(i));
        }
        QVERIFY(!dropAndReview(s, photos)); // nothing in the album yet: nothing to say
        QTRY_COMPARE_WITH_TIMEOUT(s.model()->rowCount(), 3, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 20000);
        QCOMPARE(imagesIn(s, album), 3);
        s.window->action(QStringLiteral("clearFinished"))->trigger();
        QTRY_COMPARE(s.model()->rowCount(), 0);

        // The same three again: the review says each is there, and leaves it out.
        hoist::ui::PreflightDialog *review = dropAndReview(s, photos);
        QVERIFY(review);
        for (const QString &path : photos) {
            QTreeWidgetItem *row = rowOf(review, QFileInfo(path).fileName());
            QVERIFY2(row, qPrintable(path));
            QCOMPARE(row->checkState(0), Qt::Unchecked);
            QVERIFY2(row->text(2).contains(QStringLiteral("Already in Procore with the same name and size")),
                     qPrintable(row->text(2)));
        }
        // The person's choice per file: this one goes up anyway.
        rowOf(review, QStringLiteral("IMG_0002.jpg"))->setCheckState(0, Qt::Checked);
        review->accept();
        QTRY_COMPARE_WITH_TIMEOUT(s.model()->rowCount(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 20000);
        QCOMPARE(imagesIn(s, album), 4);
    }

    void sheetsAtTheSameRevisionInTheAreaAreLeftOut()
    {
        Session s;
        QVERIFY(open(s, DestinationKind::Drawings));
        hoist::ui::DestinationBar *bar = s.window->destinationBar();
        QVERIFY(pick(bar->drawingAreaCombo(), QStringLiteral("Parking Structure")));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isComplete(), 15000);
        const qint64 area = bar->destination().drawing.areaId;
        QVERIFY(area > 0);
        {
            // Published in Procore's drawing log: A-101 at revision 3, A-102 at revision 2.
            auto lock = s.sandbox.state().lock();
            auto &state = s.sandbox.state();
            state.drawings[1] = {1,
                                 kProject,
                                 area,
                                 QStringLiteral("A-101"),
                                 QStringLiteral("Floor Plan"),
                                 QStringLiteral("3"),
                                 4'000,
                                 false};
            state.drawings[2] = {2,
                                 kProject,
                                 area,
                                 QStringLiteral("A-102"),
                                 QStringLiteral("Sections"),
                                 QStringLiteral("2"),
                                 4'000,
                                 false};
        }
        QTemporaryDir dir;
        const QString same = dir.filePath(QStringLiteral("A-101 Floor Plan Rev 3.pdf"));
        const QString newer = dir.filePath(QStringLiteral("A-102 Sections Rev 3.pdf"));
        writeTyped(same, "%PDF-1.7\n", 4'000, 1, "%%EOF\n");
        writeTyped(newer, "%PDF-1.7\n", 4'000, 2, "%%EOF\n");
        hoist::ui::PreflightDialog *review = dropAndReview(s, {same, newer});
        QVERIFY(review);
        QTreeWidgetItem *there = rowOf(review, QStringLiteral("A-101 Floor Plan Rev 3.pdf"));
        QTreeWidgetItem *revision = rowOf(review, QStringLiteral("A-102 Sections Rev 3.pdf"));
        QVERIFY(there && revision);
        QCOMPARE(there->checkState(0), Qt::Unchecked);
        QVERIFY2(there->text(2).contains(
                     QStringLiteral("Sheet A-101, revision 3, is already in this drawing area")),
                 qPrintable(there->text(2)));
        QCOMPARE(revision->checkState(0), Qt::Checked); // a new revision of A-102 is not a copy
        QVERIFY2(!revision->text(2).contains(QStringLiteral("already")), qPrintable(revision->text(2)));
        review->accept();
        QTRY_COMPARE_WITH_TIMEOUT(s.model()->rowCount(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 20000);
        auto lock = s.sandbox.state().lock();
        const auto &state = s.sandbox.state();
        QCOMPARE(state.drawingUploads.size(), size_t(1));
        const auto &upload = state.drawingUploads.begin()->second;
        QCOMPARE(upload.uploadUuids.size(), 1);
        QCOMPARE(state.uploads.at(upload.uploadUuids.first()).fileName,
                 QStringLiteral("A-102 Sections Rev 3.pdf"));
    }
};

QTEST_MAIN(TestMediaDupes)
#include "tst_media_dupes.moc"

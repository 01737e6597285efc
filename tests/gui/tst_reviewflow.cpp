// What the window does between a drop and the queue (issue 26, points 2, 8 and 10): changed files
// dropped again are listed with both sizes and dates and become new versions by default (the
// name-clash setting is "Ask" out of the box); each file can keep both or be skipped instead; a
// review with nothing to say does not open; a new drop after a cancelled review sees the files as
// they are now and counts an unreadable one once.
#include "GuiSession.h"
#include "TestFiles.h"

#include "AppSettings.h"
#include "DestinationBar.h"
#include "DropArea.h"
#include "PreflightDialog.h"
#include "ProjectPicker.h"
#include "upload/TransferModel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using hoist::ConflictPolicy;
using hoist::TransferState;
using namespace gui;

namespace {

const QString kFolder = QStringLiteral("Submittals");

// The per-file choice of a listed name clash (nullptr when the file has none).
QComboBox *choiceFor(hoist::ui::PreflightDialog *dialog, const QString &fileName)
{
    for (QComboBox *box : dialog->findChildren<QComboBox *>(QStringLiteral("clashChoice")))
        if (box->property("fileName").toString() == fileName)
            return box;
    return nullptr;
}

bool choose(QComboBox *box, ConflictPolicy policy)
{
    const int index = box ? box->findData(int(policy)) : -1;
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    return true;
}

int countNamed(Session &s, const QString &folder, const QString &prefix)
{
    auto lock = s.sandbox.state().lock();
    int n = 0;
    for (const auto &[id, f] : s.sandbox.state().files)
        n += f.projectId == kProject && s.sandbox.state().folderPath(f.folderId) == folder
                     && f.name.startsWith(prefix)
                 ? 1
                 : 0;
    return n;
}

// A small PDF as a PDF writer leaves it: the header, some bytes, the end marker. `lead` goes first.
void writePdf(const QString &path, quint32 seed, const QByteArray &lead = {})
{
    testfiles::write(path, 4'000, seed);
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return;
    f.write(lead + "%PDF-1.7\n");
    f.seek(f.size() - 6);
    f.write("%%EOF\n");
}

// Drawings of the first project, its first set, from the window's destination bar.
bool chooseDrawings(hoist::ui::DestinationBar *bar)
{
    if (!chooseProject(bar))
        return false;
    bar->kindCombo()->setCurrentIndex(
        bar->kindCombo()->findData(QVariant::fromValue(int(hoist::DestinationKind::Drawings))));
    return QTest::qWaitFor([&] { return bar->isComplete(); }, 15000);
}

QString statusOf(Session &s, const QString &fileName)
{
    for (int row = 0; row < s.model()->rowCount(); ++row) {
        const QModelIndex name = s.model()->index(row, 0);
        if (name.data().toString() == fileName)
            return s.model()->index(row, hoist::TransferModel::StatusColumn).data().toString();
    }
    return {};
}

hoist::TransferState stateOf(Session &s, const QString &fileName)
{
    for (int row = 0; row < s.model()->rowCount(); ++row)
        if (s.model()->index(row, 0).data().toString() == fileName)
            return s.stateOf(row);
    return hoist::TransferState::Queued;
}

} // namespace

class TestReviewFlow : public QObject
{
    Q_OBJECT

    // The window as `hoist` builds it (the settings' defaults applied), review on, on kFolder.
    bool open(Session &s)
    {
        if (!s.start())
            return false;
        hoist::ui::AppSettings::load().applyTo(s.controller.get());
        s.window->setReviewBeforeUpload(true);
        s.window->show();
        if (!QTest::qWaitForWindowExposed(s.window.get()))
            return false;
        s.window->destinationBar()->selectDestination(kCompany, kProject, kFolder);
        return QTest::qWaitFor([&] { return s.window->destinationBar()->isComplete(); }, 15000);
    }

    // Three files in "Batch", uploaded: with Upload and review on (nothing to say, so no review
    // opens: point 10), or queued at once.
    void uploadBatch(Session &s, const QString &dir, bool viaUploadAction)
    {
        QVERIFY(QDir(dir).mkpath(QStringLiteral("Batch")));
        testfiles::write(dir + QStringLiteral("/Batch/Submittal Log.xlsx"), 20'000, 1);
        testfiles::write(dir + QStringLiteral("/Batch/A-101 Floor Plan.pdf"), 30'000, 2);
        testfiles::write(dir + QStringLiteral("/Batch/Specs.docx"), 10'000, 3);
        QVERIFY(dropPaths(*s.window, {dir + QStringLiteral("/Batch")}));
        QTRY_VERIFY(!s.window->isScanning() && s.window->pendingItems().size() == 3);
        if (viaUploadAction)
            s.window->action(QStringLiteral("upload"))->trigger();
        else
            QVERIFY(s.window->startUpload());
        QTRY_COMPARE_WITH_TIMEOUT(s.model()->rowCount(), 3, 15000);
        QVERIFY(!s.window->findChild<hoist::ui::PreflightDialog *>()); // point 10: no review shown
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 20000);
        s.window->action(QStringLiteral("clearFinished"))->trigger();
        QTRY_COMPARE(s.model()->rowCount(), 0);
    }

    // Two of the three edited (other sizes), the folder dropped again, Upload: the review.
    hoist::ui::PreflightDialog *dropChanged(Session &s, const QString &dir, QByteArray *logSha,
                                            QByteArray *planSha)
    {
        *logSha = testfiles::write(dir + QStringLiteral("/Batch/Submittal Log.xlsx"), 21'000, 11);
        *planSha = testfiles::write(dir + QStringLiteral("/Batch/A-101 Floor Plan.pdf"), 32'000, 12);
        if (!dropPaths(*s.window, {dir + QStringLiteral("/Batch")}))
            return nullptr;
        if (!QTest::qWaitFor([&] { return !s.window->isScanning() && s.window->pendingItems().size() == 3; }))
            return nullptr;
        s.window->action(QStringLiteral("upload"))->trigger();
        hoist::ui::PreflightDialog *review = nullptr;
        if (!QTest::qWaitFor([&] { return (review = s.window->findChild<hoist::ui::PreflightDialog *>()); },
                             15000))
            return nullptr;
        return review;
    }

private Q_SLOTS:
    void init() { isolateSettings(); }

    void changedFilesBecomeNewVersionsByDefault()
    {
        Session s;
        QVERIFY(open(s));
        QCOMPARE(s.controller->conflictPolicy(), ConflictPolicy::Ask); // the window's default
        QTemporaryDir dir;
        uploadBatch(s, dir.path(), true);
        if (QTest::currentTestFailed())
            return;
        const QString batch = kFolder + QStringLiteral("/Batch");
        const QByteArray specsSha = s.stored(batch, QStringLiteral("Specs.docx")).sha256.toLatin1();

        QByteArray logSha, planSha;
        hoist::ui::PreflightDialog *review = dropChanged(s, dir.path(), &logSha, &planSha);
        QVERIFY(review);
        QTRY_VERIFY(review->isVisible());
        // Each changed file: both sizes and both dates, and a choice that starts at New version.
        QComboBox *log = choiceFor(review, QStringLiteral("Submittal Log.xlsx"));
        QComboBox *plan = choiceFor(review, QStringLiteral("A-101 Floor Plan.pdf"));
        QVERIFY(log && plan);
        QVERIFY(!choiceFor(review, QStringLiteral("Specs.docx"))); // unchanged: no decision
        QCOMPARE(ConflictPolicy(log->currentData().toInt()), ConflictPolicy::NewVersion);
        QCOMPARE(ConflictPolicy(plan->currentData().toInt()), ConflictPolicy::NewVersion);
        auto *list = review->findChild<QTreeWidget *>();
        QString logRow;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(0) == QLatin1String("Submittal Log.xlsx"))
                logRow = list->topLevelItem(i)->text(2);
        QVERIFY2(logRow.contains(QStringLiteral("19.5 KiB")), qPrintable(logRow)); // in Procore
        QVERIFY2(logRow.contains(QStringLiteral("20.5 KiB")), qPrintable(logRow)); // here
        QVERIFY2(logRow.contains(QString::number(QDate::currentDate().year())), qPrintable(logRow));
        review->accept();

        QTRY_COMPARE_WITH_TIMEOUT(s.model()->rowCount(), 2, 15000); // Specs.docx left out
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 20000);
        const auto logStored = s.stored(batch, QStringLiteral("Submittal Log.xlsx"));
        const auto planStored = s.stored(batch, QStringLiteral("A-101 Floor Plan.pdf"));
        QCOMPARE(logStored.versions, 2);
        QCOMPARE(planStored.versions, 2);
        QCOMPARE(logStored.sha256.toLatin1(), logSha);
        QCOMPARE(planStored.sha256.toLatin1(), planSha);
        QCOMPARE(s.stored(batch, QStringLiteral("Specs.docx")).versions, 1);
        QCOMPARE(s.stored(batch, QStringLiteral("Specs.docx")).sha256.toLatin1(), specsSha);
        QCOMPARE(countNamed(s, batch, QStringLiteral("Submittal Log")), 1); // no "(1)" copies
        QCOMPARE(countNamed(s, batch, QStringLiteral("A-101")), 1);
    }

    void eachChangedFileKeepsBothOrIsSkipped()
    {
        Session s;
        QVERIFY(open(s));
        QTemporaryDir dir;
        uploadBatch(s, dir.path(), false);
        if (QTest::currentTestFailed())
            return;
        const QString batch = kFolder + QStringLiteral("/Batch");
        const QByteArray oldPlan = s.stored(batch, QStringLiteral("A-101 Floor Plan.pdf")).sha256.toLatin1();

        QByteArray logSha, planSha;
        hoist::ui::PreflightDialog *review = dropChanged(s, dir.path(), &logSha, &planSha);
        QVERIFY(review);
        // "For all" sets every clash; one file then changes its own choice.
        auto *all = review->findChild<QComboBox *>(QStringLiteral("clashChoiceForAll"));
        QVERIFY(all);
        QVERIFY(choose(all, ConflictPolicy::KeepBoth));
        QComboBox *log = choiceFor(review, QStringLiteral("Submittal Log.xlsx"));
        QComboBox *plan = choiceFor(review, QStringLiteral("A-101 Floor Plan.pdf"));
        QVERIFY(log && plan);
        QCOMPARE(ConflictPolicy(plan->currentData().toInt()), ConflictPolicy::KeepBoth);
        QVERIFY(choose(plan, ConflictPolicy::Skip));
        review->accept();

        QTRY_COMPARE_WITH_TIMEOUT(s.model()->rowCount(), 1, 15000); // the skipped one is not queued
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 20000);
        QCOMPARE(s.stored(batch, QStringLiteral("Submittal Log.xlsx")).versions, 1);
        QCOMPARE(s.stored(batch, QStringLiteral("Submittal Log (1).xlsx")).sha256.toLatin1(), logSha);
        QCOMPARE(s.stored(batch, QStringLiteral("A-101 Floor Plan.pdf")).versions, 1);
        QCOMPARE(s.stored(batch, QStringLiteral("A-101 Floor Plan.pdf")).sha256.toLatin1(), oldPlan);
        QCOMPARE(countNamed(s, batch, QStringLiteral("A-101")), 1);
    }

    // Point 6: a file that is not a PDF is left out before anything goes up, with its reason; the
    // review repeats the drawing settings; each sheet's revision is read from its name, editable,
    // and reaches Procore as that import's default_revision.
    void drawingsAreCheckedAndEachSheetHasItsRevision()
    {
        Session s;
        QVERIFY(s.start());
        s.controller->setDrawingPollInterval(50, 50);
        s.window->setReviewBeforeUpload(true);
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        hoist::ui::DestinationBar *bar = s.window->destinationBar();
        QVERIFY(chooseDrawings(bar));
        const hoist::DrawingOptions options = bar->destination().drawing;
        QTemporaryDir dir;
        writePdf(dir.filePath(QStringLiteral("A-101 Floor Plan Rev 3.pdf")), 1);
        writePdf(dir.filePath(QStringLiteral("A-102 Sections.pdf")), 2);
        QFile bogus(dir.filePath(QStringLiteral("A-900 Bogus Sheet.pdf")));
        QVERIFY(bogus.open(QIODevice::WriteOnly) && bogus.write("xx") == 2);
        bogus.close();
        QVERIFY(dropPaths(*s.window, {dir.path()}));
        QTRY_VERIFY(!s.window->isScanning() && s.window->pendingItems().size() == 3);
        s.window->action(QStringLiteral("upload"))->trigger();
        hoist::ui::PreflightDialog *review = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((review = s.window->findChild<hoist::ui::PreflightDialog *>()), 15000);

        auto *details = review->findChild<QLabel *>(QStringLiteral("reviewDetails"));
        QVERIFY(details && details->isVisibleTo(review));
        QVERIFY2(details->text().contains(options.setName), qPrintable(details->text()));
        QVERIFY(details->text().contains(QLocale().toString(options.drawingDate, QLocale::LongFormat)));
        QVERIFY(details->text().contains(QStringLiteral("Default revision: ") + options.defaultRevision));
        auto *list = review->findChild<QTreeWidget *>();
        QCOMPARE(list->topLevelItemCount(), 3); // every sheet, for its revision
        QHash<QString, QLineEdit *> revisions;
        for (QLineEdit *edit : review->findChildren<QLineEdit *>(QStringLiteral("sheetRevision")))
            revisions.insert(edit->property("fileName").toString(), edit);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *row = list->topLevelItem(i);
            if (row->text(0) == QLatin1String("A-900 Bogus Sheet.pdf")) {
                QCOMPARE(row->checkState(0), Qt::Unchecked); // left out, and why
                QVERIFY2(row->text(2).contains(QStringLiteral("no PDF inside")), qPrintable(row->text(2)));
            } else if (row->text(0) == QLatin1String("A-101 Floor Plan Rev 3.pdf")) {
                QCOMPARE(row->text(1), QStringLiteral("A-101"));
            }
        }
        QVERIFY(revisions.value(QStringLiteral("A-101 Floor Plan Rev 3.pdf")));
        QCOMPARE(revisions.value(QStringLiteral("A-101 Floor Plan Rev 3.pdf"))->text(), QStringLiteral("3"));
        QCOMPARE(revisions.value(QStringLiteral("A-102 Sections.pdf"))->text(), options.defaultRevision);
        revisions.value(QStringLiteral("A-102 Sections.pdf"))->setText(QStringLiteral("B")); // corrected
        review->accept();

        QTRY_COMPARE_WITH_TIMEOUT(s.model()->rowCount(), 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 20000);
        auto lock = s.sandbox.state().lock();
        const auto &state = s.sandbox.state();
        QCOMPARE(state.drawingUploads.size(), size_t(1));
        const auto &upload = state.drawingUploads.begin()->second;
        QCOMPARE(upload.uploadUuids.size(), 2);
        QCOMPARE(upload.revisions.size(), 2);
        QHash<QString, QString> sent;
        for (qsizetype i = 0; i < upload.uploadUuids.size(); ++i)
            sent.insert(state.uploads.at(upload.uploadUuids[i]).fileName, upload.revisions[i]);
        QCOMPARE(sent.value(QStringLiteral("A-101 Floor Plan Rev 3.pdf")), QStringLiteral("3"));
        QCOMPARE(sent.value(QStringLiteral("A-102 Sections.pdf")), QStringLiteral("B"));
    }

    // Point 6: when Procore refuses the drawing upload because of one sheet, that sheet's row says
    // so; the other's says it went down with it, and why.
    void refusedSheetsMessageSitsOnItsRow()
    {
        Session s;
        QVERIFY(s.start());
        s.controller->setDrawingPollInterval(50, 50);
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        QVERIFY(chooseDrawings(s.window->destinationBar()));
        QTemporaryDir dir;
        writePdf(dir.filePath(QStringLiteral("S-101 Foundations.pdf")), 3);
        writePdf(dir.filePath(QStringLiteral("S-102 Framing.pdf")), 4, "garbage before the header\n");
        s.window->addPaths({dir.filePath(QStringLiteral("S-101 Foundations.pdf")),
                            dir.filePath(QStringLiteral("S-102 Framing.pdf"))});
        QTRY_VERIFY(!s.window->isScanning() && s.window->pendingItems().size() == 2);
        QVERIFY(s.window->startUpload());
        // The refused sheet fails with its own reason; the other goes again, in a new drawing upload
        // without it, and is processed (point 6: one bad sheet does not take the set down).
        QTRY_VERIFY_WITH_TIMEOUT(s.controller->isIdle()
                                     && stateOf(s, QStringLiteral("S-101 Foundations.pdf"))
                                            == TransferState::Done,
                                 20000);
        QCOMPARE(stateOf(s, QStringLiteral("S-102 Framing.pdf")), TransferState::Failed);
        const QString refused = statusOf(s, QStringLiteral("S-102 Framing.pdf"));
        QVERIFY2(refused.contains(QStringLiteral("S-102 Framing.pdf could not be read")),
                 qPrintable(refused));
        auto lock = s.sandbox.state().lock();
        const auto &uploads = s.sandbox.state().drawingUploads;
        QCOMPARE(uploads.size(), size_t(2)); // the refused one, then the rest once
        int processed = 0;
        for (const auto &[id, d] : uploads)
            if (d.failure.isEmpty()) {
                ++processed;
                QCOMPARE(d.uploadUuids.size(), 1);
            }
        QCOMPARE(processed, 1);
    }

    // Point 8: a cancelled review, the file edited, the same folder dropped again.
    void newDropAfterCancelledReviewSeesTheFilesAsTheyAreNow()
    {
        Session s;
        QVERIFY(open(s));
        QTemporaryDir dir;
        uploadBatch(s, dir.path(), false);
        if (QTest::currentTestFailed())
            return;
        // A file that cannot be read (a broken link stands for a locked file).
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.pdf")),
                            dir.filePath(QStringLiteral("Batch/Locked.pdf"))));
        QVERIFY(dropPaths(*s.window, {dir.filePath(QStringLiteral("Batch"))}));
        QTRY_VERIFY(!s.window->isScanning() && s.window->pendingItems().size() == 3);
        s.window->action(QStringLiteral("upload"))->trigger();
        hoist::ui::PreflightDialog *review = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((review = s.window->findChild<hoist::ui::PreflightDialog *>()), 15000);
        QVERIFY(!choiceFor(review, QStringLiteral("Submittal Log.xlsx"))); // same size: already there
        review->reject();
        QTRY_VERIFY(!s.window->findChild<hoist::ui::PreflightDialog *>());

        QByteArray logSha, planSha;
        review = dropChanged(s, dir.path(), &logSha, &planSha);
        QVERIFY(review);
        // The files as they are now, each once; the unreadable one counted once.
        qint64 pendingBytes = 0;
        for (const hoist::UploadItem &item : s.window->pendingItems())
            pendingBytes += item.size;
        QCOMPARE(pendingBytes, qint64(21'000 + 32'000 + 10'000));
        auto *detail = s.window->findChild<QLabel *>(QStringLiteral("dropDetail"));
        QVERIFY(detail);
        QVERIFY2(detail->text().contains(QStringLiteral("1 item(s) cannot be uploaded")),
                 qPrintable(detail->text()));
        QVERIFY(choiceFor(review, QStringLiteral("Submittal Log.xlsx"))); // changed, not "already there"
        QVERIFY(choiceFor(review, QStringLiteral("A-101 Floor Plan.pdf")));
        review->reject();
    }
};

QTEST_MAIN(TestReviewFlow)
#include "tst_reviewflow.moc"

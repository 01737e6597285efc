// The queue a document controller works in (issue 26): sorted by any column by value, narrowed by
// state and text (Ctrl+F), the failure bar leading to the failed rows, row actions acting on the
// row seen; every column of a failed row in sight at 1024×700 and with a doubled font; F5 and an
// upload that made folders list them again; and the words: a server's trouble, a refusal, the
// overall bar and the speed before it is known.
#include "GuiSession.h"
#include "TestFiles.h"

#include "DestinationBar.h"
#include "FolderTreeModel.h"
#include "ProjectPicker.h"
#include "TransferView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using hoist::TransferModel;
using hoist::TransferState;
using namespace gui;

namespace {

hoist::Destination rootOfProject()
{
    hoist::Destination d;
    d.companyId = kCompany;
    d.projectId = kProject;
    return d;
}

hoist::UploadItem writeFile(const QTemporaryDir &dir, const QString &name, qint64 size, quint32 seed)
{
    hoist::UploadItem item;
    item.localPath = dir.filePath(name);
    testfiles::write(item.localPath, size, seed);
    item.size = size;
    return item;
}

// The names the view shows, top to bottom.
QStringList shownNames(const QTableView *view)
{
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names << view->model()->index(row, TransferModel::NameColumn).data().toString();
    return names;
}

void clickHeader(QTableView *view, int column)
{
    QHeaderView *header = view->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

// The view's row of the file named `name`, or -1.
int rowNamed(const QTableView *view, const QString &name)
{
    return int(shownNames(view).indexOf(name));
}

bool chooseProjectRoot(hoist::ui::DestinationBar *bar)
{
    return chooseProject(bar) && QTest::qWaitFor([&] { return bar->isComplete(); }, 15000);
}

void failStorage(Session &s, int count)
{
    hoist::sandbox::FaultRule storage;
    storage.kind = QStringLiteral("storage");
    storage.status = 403;
    storage.count = count;
    s.sandbox.faults().addRule(storage);
}

} // namespace

class TestQueueView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }

    // Issue 26 point 4: sort by value, the state filters, Ctrl+F, the failure bar leading to the
    // failed rows, and Retry acting on the row selected in a sorted list.
    void sortFilterAndFindTheFailures()
    {
        Session s;
        QVERIFY(s.start(/*maxAttempts=*/1));
        s.window->resize(1180, 760);
        s.window->show();
        QApplication::setActiveWindow(s.window.get());
        QVERIFY(QTest::qWaitForWindowActive(s.window.get()));
        QTemporaryDir dir;
        // As text "10.0 KiB" < "9.8 KiB" < "900 bytes"; by value the other way round.
        s.controller->enqueue({writeFile(dir, QStringLiteral("b-small.pdf"), 900, 1)}, rootOfProject());
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(0), TransferState::Done, 15000);
        failStorage(s, 1);
        s.controller->enqueue({writeFile(dir, QStringLiteral("c-large.pdf"), 10'240, 2)}, rootOfProject());
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(1), TransferState::Failed, 15000);
        s.controller->enqueue({writeFile(dir, QStringLiteral("a-middle.pdf"), 10'000, 3)}, rootOfProject());
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(2), TransferState::Done, 15000);
        failStorage(s, 1);
        s.controller->enqueue({writeFile(dir, QStringLiteral("d-other.pdf"), 2'000, 4)}, rootOfProject());
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(3), TransferState::Failed, 15000);

        QTableView *view = s.window->transferView();
        QCOMPARE(shownNames(view),
                 QStringList({"b-small.pdf", "c-large.pdf", "a-middle.pdf", "d-other.pdf"}));
        clickHeader(view, TransferModel::SizeColumn);
        QCOMPARE(shownNames(view),
                 QStringList({"b-small.pdf", "d-other.pdf", "a-middle.pdf", "c-large.pdf"}));
        clickHeader(view, TransferModel::NameColumn);
        QCOMPARE(shownNames(view),
                 QStringList({"a-middle.pdf", "b-small.pdf", "c-large.pdf", "d-other.pdf"}));
        clickHeader(view, TransferModel::NameColumn); // descending
        QCOMPARE(shownNames(view),
                 QStringList({"d-other.pdf", "c-large.pdf", "b-small.pdf", "a-middle.pdf"}));

        // Ctrl+F: the filter box, and what it narrows to.
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        auto *filterText = s.window->findChild<QLineEdit *>(QStringLiteral("transferFilterText"));
        QVERIFY(filterText);
        QTRY_VERIFY(filterText->hasFocus());
        QTest::keyClicks(filterText, QStringLiteral("LARGE"));
        QCOMPARE(shownNames(view), QStringList({"c-large.pdf"}));
        filterText->clear();
        QCOMPARE(view->model()->rowCount(), 4);

        // The state filters, with their counts.
        auto *failedOnly = s.window->findChild<QAbstractButton *>(QStringLiteral("showFailed"));
        auto *doneOnly = s.window->findChild<QAbstractButton *>(QStringLiteral("showDone"));
        auto *all = s.window->findChild<QAbstractButton *>(QStringLiteral("showAll"));
        QVERIFY(failedOnly && doneOnly && all);
        QTRY_VERIFY2(failedOnly->text().contains(QStringLiteral("2")), qPrintable(failedOnly->text()));
        doneOnly->click();
        QCOMPARE(shownNames(view), QStringList({"b-small.pdf", "a-middle.pdf"}));
        all->click();
        QCOMPARE(view->model()->rowCount(), 4);

        // The failure bar leads to the failed rows: only they are shown, all selected.
        auto *failureBar = s.window->findChild<QWidget *>(QStringLiteral("failureBar"));
        QTRY_VERIFY(failureBar && failureBar->isVisible());
        QTest::mouseClick(failureBar, Qt::LeftButton, {}, QPoint(4, 4));
        QCOMPARE(shownNames(view), QStringList({"d-other.pdf", "c-large.pdf"}));
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
        QVERIFY(failedOnly->isChecked());
        QTRY_VERIFY(view->hasFocus());
        all->click();

        // Retry on the selected row retries that file, not the one at its row of the queue.
        view->clearSelection();
        const int shown = rowNamed(view, QStringLiteral("d-other.pdf"));
        QCOMPARE(shown, 0);
        view->selectRow(shown);
        QAction *retry = s.window->action(QStringLiteral("retry"));
        QTRY_VERIFY(retry->isEnabled());
        retry->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(3), TransferState::Done, 15000);
        QCOMPARE(s.stateOf(1), TransferState::Failed); // c-large.pdf was not touched
        QCOMPARE(s.stored(QString(), QStringLiteral("d-other.pdf")).versions, 1);
        QCOMPARE(s.stored(QString(), QStringLiteral("c-large.pdf")).versions, 0);
    }

    // Point 4 at scale: 2,000 rows sorted by progress and filtered stay quick to change.
    void twoThousandRowsSortedAndFiltered()
    {
        Session s;
        QVERIFY(s.start());
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        QTemporaryDir dir;
        QList<hoist::UploadItem> items;
        for (int i = 0; i < 2000; ++i)
            items << writeFile(dir, QStringLiteral("sheet-%1.pdf").arg(i, 4, 10, QLatin1Char('0')), 10,
                               quint32(i));
        s.controller->pauseAll();
        s.controller->enqueue(items, rootOfProject());
        QTableView *view = s.window->transferView();
        QCOMPARE(view->model()->rowCount(), 2000);
        clickHeader(view, TransferModel::StatusColumn);
        auto *filterText = s.window->findChild<QLineEdit *>(QStringLiteral("transferFilterText"));
        QVERIFY(filterText);
        filterText->setText(QStringLiteral("sheet-19"));
        QCOMPARE(view->model()->rowCount(), 100); // sheet-1900 … sheet-1999
        filterText->clear();
        view->selectAll();
        QCOMPARE(s.window->transferView()->selectedCount(), 2000);
        s.controller->resumeAll();
        QTRY_VERIFY_WITH_TIMEOUT(s.model()->countInState(TransferState::Done) >= 50, 30000);
        // A tick, with the window's and the filter's slots, stays far below a frame.
        qInfo("last tick with 2,000 sorted rows: %lld µs", s.model()->lastTickNs() / 1000);
        QVERIFY2(s.model()->lastTickNs() < 250'000'000, qPrintable(QString::number(s.model()->lastTickNs())));
        s.controller->pauseAll();
    }

    // Point 5: the state is an icon by the name; at 1024×700 and with a doubled font every column
    // of a failed row is in sight, with no horizontal scroll.
    void everyColumnOfAFailedRowIsInSight()
    {
        Session s;
        QVERIFY(s.start(/*maxAttempts=*/1));
        s.window->show();
        s.window->resize(1024, 700);
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        QTemporaryDir dir;
        failStorage(s, 1);
        s.controller->enqueue(
            {writeFile(dir, QStringLiteral("A-101 Floor Plan Rev 3 with a long name.pdf"), 3000, 1)},
            rootOfProject());
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(0), TransferState::Failed, 15000);
        QTableView *view = s.window->transferView();
        const QModelIndex name = view->model()->index(0, TransferModel::NameColumn);
        QVERIFY2(!name.data(Qt::DecorationRole).value<QIcon>().isNull(), "no state icon by the name");
        const QFont normal = QApplication::font();
        for (const int scale : {1, 2}) {
            QFont font = normal;
            font.setPointSizeF(normal.pointSizeF() * scale);
            QApplication::setFont(font);
            s.window->resize(1024, 700);
            QCoreApplication::processEvents();
            QTest::qWait(0);
            const QRect viewport = view->viewport()->rect();
            QVERIFY2(view->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("scale %1: %2 pixels to scroll")
                                    .arg(scale)
                                    .arg(view->horizontalScrollBar()->maximum())));
            for (int column = 0; column < TransferModel::ColumnCount; ++column) {
                const QRect cell = view->visualRect(view->model()->index(0, column));
                QVERIFY2(viewport.contains(cell.topLeft()) && cell.right() <= viewport.right() + 1
                             && cell.width() > 0,
                         qPrintable(QStringLiteral("scale %1, column %2 at %3..%4 of %5")
                                        .arg(scale)
                                        .arg(column)
                                        .arg(cell.left())
                                        .arg(cell.right())
                                        .arg(viewport.width())));
            }
            // The name takes the room.
            QVERIFY2(view->columnWidth(TransferModel::NameColumn)
                         >= view->columnWidth(TransferModel::DestinationColumn),
                     qPrintable(QStringLiteral("name %1, destination %2")
                                    .arg(view->columnWidth(TransferModel::NameColumn))
                                    .arg(view->columnWidth(TransferModel::DestinationColumn))));
            // The drop area's texts are whole: it grows when they wrap.
            for (const char *label : {"dropTitle", "dropDetail"}) {
                const auto *text = s.window->findChild<QLabel *>(QLatin1String(label));
                QVERIFY(text);
                const QWidget *area = text->parentWidget();
                const int bottom = text->mapTo(area, QPoint(0, text->heightForWidth(text->width()))).y();
                QVERIFY2(text->height() >= text->heightForWidth(text->width())
                             && bottom <= area->contentsRect().bottom() + 1,
                         qPrintable(QStringLiteral("scale %1: %2 ends at %3 of %4, needs %5 of %6")
                                        .arg(scale)
                                        .arg(QLatin1String(label))
                                        .arg(bottom)
                                        .arg(area->contentsRect().bottom())
                                        .arg(text->heightForWidth(text->width()))
                                        .arg(text->height())));
            }
            // The status says what happened before it is cut: the fixed columns give way first.
            if (scale == 1) {
                const int readable =
                    view->fontMetrics().horizontalAdvance(QStringLiteral("Failed: Procore's file"));
                QVERIFY2(view->columnWidth(TransferModel::StatusColumn) >= readable,
                         qPrintable(QStringLiteral("status %1 of %2 wanted")
                                        .arg(view->columnWidth(TransferModel::StatusColumn))
                                        .arg(readable)));
            }
        }
        QApplication::setFont(normal);
    }

    // Point 9: a server's trouble in words, the details one step away; a refused file says so;
    // the overall bar follows the files done; no "0 bytes/s" before the speed is known.
    void wordsOfTheJob()
    {
        Session s;
        QVERIFY(s.start(/*maxAttempts=*/1));
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        QTemporaryDir dir;
        auto *rate = s.window->findChild<QLabel *>(QStringLiteral("overallRate"));
        auto *counts = s.window->findChild<QLabel *>(QStringLiteral("overallCounts"));
        auto *overall = s.window->findChild<QProgressBar *>(QStringLiteral("overallProgress"));
        QVERIFY(rate && counts && overall);

        // Before any byte is measured: starting, not "0 bytes/s · — left".
        s.sandbox.faults().setApiDelayMs(800);
        s.controller->enqueue({writeFile(dir, QStringLiteral("first.pdf"), 5000, 1)}, rootOfProject());
        QTRY_VERIFY(!rate->text().isEmpty());
        QVERIFY2(!rate->text().contains(QStringLiteral("0 bytes/s")), qPrintable(rate->text()));
        QCOMPARE(rate->text(), QStringLiteral("Starting…"));
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(0), TransferState::Done, 15000);
        s.sandbox.faults().setApiDelayMs(0);

        // Procore's 500: what happened and what to do; "HTTP 500" only in the details.
        hoist::sandbox::FaultRule server;
        server.kind = QStringLiteral("api");
        server.method = QStringLiteral("POST");
        server.path = QRegularExpression(QStringLiteral("^/rest/v1\\.0/files"));
        server.status = 500;
        server.count = 3;
        s.sandbox.faults().addRule(server);
        s.controller->enqueue({writeFile(dir, QStringLiteral("trouble.pdf"), 5000, 2)}, rootOfProject());
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(1), TransferState::Failed, 15000);
        const QModelIndex status = s.model()->index(1, TransferModel::StatusColumn);
        const QString reason = status.data(TransferModel::ErrorRole).toString();
        QVERIFY2(reason.startsWith(QStringLiteral("Procore had a problem on its side.")), qPrintable(reason));
        QVERIFY2(!reason.contains(QStringLiteral("HTTP")), qPrintable(reason));
        QVERIFY2(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("HTTP 500")),
                 qPrintable(status.data(Qt::ToolTipRole).toString()));
        auto *failureText = s.window->findChild<QLabel *>(QStringLiteral("failureText"));
        QTRY_VERIFY(failureText && failureText->text().contains(QStringLiteral("Procore had a problem")));

        // A file storage refused is "Refused", not "Stopped at 99 %".
        failStorage(s, 1);
        s.controller->enqueue({writeFile(dir, QStringLiteral("refused.pdf"), 30'000, 3)}, rootOfProject());
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(2), TransferState::Failed, 15000);
        const QString progress = s.model()->index(2, TransferModel::ProgressColumn).data().toString();
        QCOMPARE(progress, QStringLiteral("Refused"));
        // first.pdf went into the same folder: this is no permission of the folder, no admin.
        const QString refusal = s.model()->index(2, 0).data(TransferModel::ErrorRole).toString();
        QVERIFY2(!refusal.contains(QStringLiteral("admin")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("Other files went into the same folder")),
                 qPrintable(refusal));

        // The overall bar: with nothing uploaded and everything failed, it is empty, not full.
        s.controller->clearFinished();
        QTRY_COMPARE(s.model()->countInState(TransferState::Done), 0);
        QTRY_VERIFY2(counts->text().startsWith(QStringLiteral("0 of 2 file"))
                         && counts->text().endsWith(QStringLiteral(" · 2 failed")),
                     qPrintable(counts->text()));
        QCOMPARE(overall->value(), 0);
    }

    // The reason for a file that cannot be uploaded is written whole: "name — reason", no
    // broken character after the name (a Latin-1 literal holding UTF-8).
    void problemsAreWrittenWhole()
    {
        Session s;
        QVERIFY(s.start());
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        QTemporaryDir dir;
        s.window->addPaths({dir.filePath(QStringLiteral("ghost.pdf"))});
        QTRY_VERIFY(!s.window->isScanning());
        auto *detail = s.window->findChild<QLabel *>(QStringLiteral("dropDetail"));
        QVERIFY(detail);
        QTRY_VERIFY2(detail->text().contains(QStringLiteral("ghost.pdf — ")), qPrintable(detail->text()));
    }

    // Point 8: F5 lists the folders again, and an upload that made folders shows them after.
    void refreshShowsNewFolders()
    {
        Session s;
        QVERIFY(s.start());
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        hoist::ui::DestinationBar *bar = s.window->destinationBar();
        QVERIFY(chooseProjectRoot(bar));
        const auto *folders = bar->folderModel();
        QTRY_VERIFY(folders->rowCount() > 0);
        QTRY_VERIFY(folders->rowCount(folders->index(0, 0)) > 0);

        // Made in Procore by someone else: seen after F5.
        hoist::ApiReply *made =
            s.client->createFolder(kCompany, kProject, 0, QStringLiteral("Made Elsewhere"));
        QTRY_VERIFY_WITH_TIMEOUT(made->isFinished(), 10000);
        QVERIFY(made->isOk());
        QVERIFY(!childNamed(folders, folders->index(0, 0), QStringLiteral("Made Elsewhere")).isValid());
        QAction *refresh = s.window->action(QStringLiteral("refresh"));
        QVERIFY2(refresh, "no Refresh action");
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            childNamed(folders, folders->index(0, 0), QStringLiteral("Made Elsewhere")).isValid(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isComplete(), 15000);

        // Made by an upload of a folder: seen when the upload ends.
        QTemporaryDir dir;
        hoist::UploadItem item = writeFile(dir, QStringLiteral("log.pdf"), 500, 1);
        item.relativeDir = QStringLiteral("Site Diary");
        QVERIFY(s.window->enqueueItems({item}));
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(0), TransferState::Done, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            childNamed(folders, folders->index(0, 0), QStringLiteral("Site Diary")).isValid(), 15000);
    }

    // Point 10: a long project name keeps its start (cut at the end, whole in a tooltip); the
    // keyboard's place is visible from the start, in the tree and in the list.
    void namesAndFocusCanBeSeen()
    {
        Session s;
        QVERIFY(s.start());
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        QApplication::setActiveWindow(s.window.get());
        QVERIFY(QTest::qWaitForWindowActive(s.window.get()));
        hoist::ui::DestinationBar *bar = s.window->destinationBar();
        // The keyboard starts in the destination's first choice that can take it.
        QTRY_VERIFY(s.window->focusWidget() != nullptr);
        QVERIFY2(bar->isAncestorOf(s.window->focusWidget()),
                 qPrintable(s.window->focusWidget()->objectName()));
        QVERIFY(chooseProjectRoot(bar));
        hoist::ui::ProjectPicker *picker = bar->projectPicker();
        QCOMPARE(picker->view()->textElideMode(), Qt::ElideRight);
        QCOMPARE(picker->lineEdit()->cursorPosition(), 0);
        QCOMPARE(picker->lineEdit()->toolTip(), picker->currentText());

        // The folder tree shows where the keyboard is; so does the list once it has rows.
        QTreeView *tree = bar->folderTree();
        tree->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(tree->hasFocus());
        QVERIFY(tree->currentIndex().isValid());
        QTemporaryDir dir;
        s.controller->enqueue({writeFile(dir, QStringLiteral("one.pdf"), 500, 1)}, rootOfProject());
        QTableView *view = s.window->transferView();
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus());
        QVERIFY(view->currentIndex().isValid());
    }
};

QTEST_MAIN(TestQueueView)
#include "tst_queueview.moc"

// The whole way through the window's real widgets: files and a folder dropped from a file manager,
// company, project and folder chosen from the sandbox's data, Upload pressed, every row done with
// the right bytes in the right sandbox folder; a storage failure shown on its row and retried.
#include "GuiSession.h"
#include "TestFiles.h"

#include "DestinationBar.h"
#include "DropArea.h"
#include "FolderTreeModel.h"
#include "PreflightDialog.h"
#include "ProjectPicker.h"
#include "TransferView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDropEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using hoist::TransferModel;
using hoist::TransferState;
using namespace gui;

class TestUploadFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }

    void dropChooseUploadVerify()
    {
        Session s;
        QVERIFY(s.start());
        hoist::ui::MainWindow &window = *s.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Two loose files and a folder with a subfolder, as a file manager drags them.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QMap<QString, QByteArray> sha; // remote path below the destination → sha256
        sha[QStringLiteral("Level 1 plan.pdf")] =
            testfiles::write(dir.filePath(QStringLiteral("Level 1 plan.pdf")), 300'000, 1);
        sha[QStringLiteral("Door schedule.xlsx")] =
            testfiles::write(dir.filePath(QStringLiteral("Door schedule.xlsx")), 1'200'000, 2);
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("Site Photos/Day 2")));
        sha[QStringLiteral("Site Photos/IMG_0001.jpg")] =
            testfiles::write(dir.filePath(QStringLiteral("Site Photos/IMG_0001.jpg")), 700'000, 3);
        sha[QStringLiteral("Site Photos/Day 2/IMG_0002.jpg")] =
            testfiles::write(dir.filePath(QStringLiteral("Site Photos/Day 2/IMG_0002.jpg")), 2'500'000, 4);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("Level 1 plan.pdf"))),
                      QUrl::fromLocalFile(dir.filePath(QStringLiteral("Door schedule.xlsx"))),
                      QUrl::fromLocalFile(dir.filePath(QStringLiteral("Site Photos")))});
        hoist::ui::DropArea *dropArea = window.dropArea();
        const QPoint at = dropArea->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(dropArea, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(dropArea, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY(!window.isScanning());
        QCOMPARE(window.pendingItems().size(), 4);
        for (const hoist::UploadItem &item : window.pendingItems()) {
            if (item.localPath.endsWith(QStringLiteral("IMG_0002.jpg")))
                QCOMPARE(item.relativeDir, QStringLiteral("Site Photos/Day 2"));
        }
        QVERIFY(!window.dropArea()->uploadButton()->isEnabled()); // no destination yet

        // Company.
        hoist::ui::DestinationBar *bar = window.destinationBar();
        QComboBox *company = bar->companyCombo();
        QTRY_VERIFY(company->isEnabled() && company->count() > 0);
        const int companyIndex = company->findData(QVariant::fromValue(kCompany));
        QVERIFY(companyIndex >= 0);
        QCOMPARE(company->itemText(companyIndex), QStringLiteral("Summit Ridge Builders"));
        company->setFocus();
        company->setCurrentIndex(companyIndex);

        // Project: 140 of them arrive in two pages; typing filters the list.
        hoist::ui::ProjectPicker *picker = bar->projectPicker();
        int activeProjects = 0;
        {
            auto lock = s.sandbox.state().lock();
            for (const auto &[id, project] : s.sandbox.state().projects)
                activeProjects += project.companyId == kCompany && project.active ? 1 : 0;
        }
        QVERIFY(activeProjects > 100); // more than one page
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading() && picker->count() == activeProjects, 15000);
        QCOMPARE(picker->currentIndex(), -1); // nothing chosen for the person
        const int projectIndex = picker->findData(QVariant::fromValue(kProject));
        QVERIFY(projectIndex >= 0);
        const QString projectText = picker->itemText(projectIndex);
        const QString fragment = projectText.section(QStringLiteral(" - "), 1).left(8);
        QVERIFY(!fragment.isEmpty());
        picker->setFocus();
        QTest::keyClicks(picker->lineEdit(), fragment);
        QTRY_VERIFY(picker->completer()->completionCount() > 0);
        QVERIFY(picker->completer()->completionCount() < picker->count());
        for (int i = 0; i < picker->completer()->completionCount(); ++i) {
            picker->completer()->setCurrentRow(i);
            QVERIFY2(picker->completer()->currentCompletion().contains(fragment, Qt::CaseInsensitive),
                     qPrintable(picker->completer()->currentCompletion()));
        }
        picker->setCurrentIndex(projectIndex);
        QCOMPARE(picker->currentProject().id, kProject);

        // Folder: the tree loads level by level; the recycle bin is hidden, read-only folders
        // cannot be chosen.
        QTreeView *tree = bar->folderTree();
        const QAbstractItemModel *folders = tree->model();
        QTRY_VERIFY(folders->rowCount() == 1 && folders->rowCount(folders->index(0, 0)) > 0);
        const QModelIndex root = folders->index(0, 0);
        QVERIFY(!childNamed(folders, root, QStringLiteral("Recycle Bin")).isValid());
        const QModelIndex readOnly = childNamed(folders, root, QStringLiteral("Owner Issued (read-only)"));
        QVERIFY(readOnly.isValid());
        QVERIFY(!(readOnly.flags() & Qt::ItemIsSelectable));
        const QModelIndex drawings = childNamed(folders, root, QStringLiteral("Drawings"));
        QVERIFY(drawings.isValid());
        QCOMPARE(folders->rowCount(drawings), 0); // not loaded until opened
        tree->expand(drawings);
        QTRY_VERIFY(childNamed(folders, drawings, QStringLiteral("Architectural")).isValid());
        const QModelIndex architectural = childNamed(folders, drawings, QStringLiteral("Architectural"));
        tree->scrollTo(readOnly);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(readOnly).center());
        QTRY_VERIFY(tree->currentIndex() != readOnly);    // back to the folder chosen before
        QVERIFY(bar->destination().folderPath.isEmpty()); // still the Documents root
        auto *status = bar->findChild<QLabel *>(QStringLiteral("destinationStatus"));
        QVERIFY(status && status->isVisibleTo(bar) && status->text().contains(QStringLiteral("read-only")));
        tree->scrollTo(architectural);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(architectural).center());
        QCOMPARE(tree->currentIndex(), architectural);
        QVERIFY(bar->isComplete());
        QCOMPARE(bar->destination().folderPath, QStringLiteral("Drawings/Architectural"));
        QCOMPARE(bar->destination().projectId, kProject);

        // Upload, and watch every row's progress only grow.
        QPushButton *upload = window.dropArea()->uploadButton();
        QVERIFY(upload->isEnabled());
        TransferModel *model = s.model();
        QHash<quint64, double> lastProgress;
        QStringList regressions;
        auto check = [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, TransferModel::ProgressColumn);
                const quint64 id = index.data(TransferModel::JobIdRole).toULongLong();
                const double progress = index.data(TransferModel::ProgressRole).toDouble();
                if (progress < lastProgress.value(id, 0.0))
                    regressions
                        << QStringLiteral("row %1: %2 after %3").arg(row).arg(progress).arg(lastProgress[id]);
                lastProgress[id] = progress;
            }
        };
        connect(model, &QAbstractItemModel::dataChanged, this, check);
        double lastOverall = 0;
        connect(model, &TransferModel::totalsChanged, this, [&] {
            if (model->progress() < lastOverall)
                regressions << QStringLiteral("overall: %1 after %2").arg(model->progress()).arg(lastOverall);
            lastOverall = model->progress();
        });
        QTest::mouseClick(upload, Qt::LeftButton);
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(window.pendingItems().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 30000);
        check();
        QVERIFY2(regressions.isEmpty(), qPrintable(regressions.join(QStringLiteral("; "))));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(TransferModel::ProgressRole).toDouble(), 1.0);

        // The bytes, in the right folders.
        for (auto it = sha.cbegin(); it != sha.cend(); ++it) {
            const QString relative = it.key();
            const QString folder =
                QStringLiteral("Drawings/Architectural")
                + (relative.contains(QLatin1Char('/'))
                       ? QString(QLatin1Char('/') + relative.section(QLatin1Char('/'), 0, -2))
                       : QString());
            const auto stored = s.stored(folder, relative.section(QLatin1Char('/'), -1));
            QVERIFY2(stored.versions == 1, qPrintable(folder + QLatin1Char('/') + relative));
            QCOMPARE(stored.sha256.toLatin1(), it.value());
        }

        // The status bar sums it up; the destination is remembered for next time.
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("overallCounts"))
                        ->text()
                        .contains(QStringLiteral("4")));
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("destination/folder/%1").arg(kProject)).toString(),
                 QStringLiteral("Drawings/Architectural"));
    }

    void pasteAndNewFolder()
    {
        Session s;
        QVERIFY(s.start());
        hoist::ui::MainWindow &window = *s.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        hoist::ui::DestinationBar *bar = window.destinationBar();
        bar->selectDestination(kCompany, kProject, QStringLiteral("Drawings"));
        QTRY_VERIFY_WITH_TIMEOUT(
            bar->isComplete() && bar->destination().folderPath == QStringLiteral("Drawings"), 15000);

        // "New Folder…" creates the folder in Procore under the chosen one and chooses it.
        auto *newFolder = bar->findChild<QPushButton *>(QStringLiteral("newFolderButton"));
        QVERIFY(newFolder && newFolder->isEnabled());
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [timer] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("newFolderDialog"))
                return;
            dialog->setTextValue(QStringLiteral("Landscape"));
            dialog->accept();
            timer->deleteLater();
        });
        timer->start();
        QTest::mouseClick(newFolder, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(bar->destination().folderPath, QStringLiteral("Drawings/Landscape"), 15000);
        const qint64 created = bar->destination().folderId;
        {
            auto lock = s.sandbox.state().lock();
            QCOMPARE(s.sandbox.state().folderPath(created), QStringLiteral("Drawings/Landscape"));
        }

        // Ctrl+V with file URLs from a file manager adds them like a drop.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("planting plan.pdf"));
        const QByteArray sha = testfiles::write(path, 50'000, 11);
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(path)});
        QApplication::clipboard()->setMimeData(mime);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window)); // window shortcuts need the active window
        window.transferView()->setFocus();
        QTest::keyClick(window.transferView(), Qt::Key_V, Qt::ControlModifier);
        QTRY_VERIFY(!window.isScanning() && window.pendingItems().size() == 1);
        QTest::keyClick(window.transferView(), Qt::Key_Return, Qt::ControlModifier); // Upload
        QCOMPARE(s.model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(0), TransferState::Done, 15000);
        QCOMPARE(s.stored(QStringLiteral("Drawings/Landscape"), QStringLiteral("planting plan.pdf"))
                     .sha256.toLatin1(),
                 sha);
    }

    void nameClashIsAskedAndAnswered()
    {
        Session s;
        QVERIFY(s.start());
        s.controller->setConflictPolicy(hoist::ConflictPolicy::Ask);
        hoist::ui::MainWindow &window = *s.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.destinationBar()->selectDestination(kCompany, kProject,
                                                   QStringLiteral("Drawings/Architectural"));
        QTRY_VERIFY_WITH_TIMEOUT(window.destinationBar()->isComplete(), 15000);
        QCOMPARE(window.destinationBar()->destination().folderPath, QStringLiteral("Drawings/Architectural"));
        const QString name = QStringLiteral("A-101 Ground Floor Plan.pdf"); // seeded there
        QCOMPARE(s.stored(QStringLiteral("Drawings/Architectural"), name).versions, 1);

        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        const QByteArray sha = testfiles::write(path, 120'000, 12);
        window.addPaths({path});
        QTRY_VERIFY(!window.isScanning() && window.pendingItems().size() == 1);
        QVERIFY(window.startUpload());

        // The question comes without blocking the engine; "New Version" adds a version.
        QMessageBox *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (question = window.findChild<QMessageBox *>(QStringLiteral("conflictQuestion"))), 15000);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(question->text().contains(name));
        QCOMPARE(s.stateOf(0), TransferState::NeedsAnswer);
        // Enter takes the usual answer for a changed file: a new version (issue 26.2).
        QCOMPARE(question->defaultButton(),
                 question->findChild<QPushButton *>(QStringLiteral("newVersionButton")));
        QTest::keyClick(question, Qt::Key_Return);
        // Then optional notes for the version.
        QInputDialog *notes = nullptr;
        QTRY_VERIFY((notes = window.findChild<QInputDialog *>(QStringLiteral("versionNotesDialog")))
                    && notes->isVisible());
        notes->setTextValue(QStringLiteral("Issued for permit"));
        notes->accept();
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(0), TransferState::Done, 15000);
        const auto stored = s.stored(QStringLiteral("Drawings/Architectural"), name);
        QCOMPARE(stored.versions, 2);
        QCOMPARE(stored.sha256.toLatin1(), sha);
        auto lock = s.sandbox.state().lock();
        bool noted = false;
        for (const auto &[id, f] : s.sandbox.state().files)
            noted =
                noted || (f.name == name && f.versions.back().notes == QLatin1String("Issued for permit"));
        QVERIFY(noted);
    }

    // With review on, Upload first shows what will happen; the person's choices decide what goes.
    void reviewBeforeUploadSkipsWhatThePersonLeavesOut()
    {
        Session s;
        QVERIFY(s.start());
        hoist::ui::MainWindow &window = *s.window;
        window.setReviewBeforeUpload(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.destinationBar()->selectDestination(kCompany, kProject, QStringLiteral("RFIs"));
        QTRY_VERIFY_WITH_TIMEOUT(window.destinationBar()->isComplete(), 15000);
        QTemporaryDir dir;
        const QByteArray sha = testfiles::write(dir.filePath(QStringLiteral("RFI-020.pdf")), 30'000, 20);
        testfiles::write(dir.filePath(QStringLiteral(".DS_Store")), 6'148, 21);
        testfiles::write(dir.filePath(QStringLiteral("RFI-014 Footing Depth at Grid C4.pdf")), 400000,
                         22); // seeded name, other size
        window.addPaths({dir.filePath(QStringLiteral("RFI-020.pdf")),
                         dir.filePath(QStringLiteral(".DS_Store")),
                         dir.filePath(QStringLiteral("RFI-014 Footing Depth at Grid C4.pdf"))});
        QTRY_VERIFY(!window.isScanning() && window.pendingItems().size() == 3);
        const int writes = [&] {
            auto lock = s.sandbox.state().lock();
            int n = 0;
            for (const auto &e : s.sandbox.state().log)
                n += e.method == QLatin1String("POST") ? 1 : 0;
            return n;
        }();
        window.action(QStringLiteral("upload"))->trigger();
        hoist::ui::PreflightDialog *review = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((review = window.findChild<hoist::ui::PreflightDialog *>()), 15000);
        QTRY_VERIFY(review->isVisible());
        QCOMPARE(s.model()->rowCount(), 0); // nothing queued while the person reviews
        {
            auto lock = s.sandbox.state().lock();
            int n = 0;
            for (const auto &e : s.sandbox.state().log)
                n += e.method == QLatin1String("POST") ? 1 : 0;
            QCOMPARE(n, writes); // and nothing written
        }
        QCOMPARE(review->flaggedCount(), 2); // .DS_Store (skipped), the clash (name-clash)
        review->accept();
        QTRY_COMPARE(s.model()->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 20000);
        QCOMPARE(s.stored(QStringLiteral("RFIs"), QStringLiteral("RFI-020.pdf")).sha256.toLatin1(), sha);
        QCOMPARE(s.stored(QStringLiteral("RFIs"), QStringLiteral(".DS_Store")).versions, 0);
        QVERIFY(window.pendingItems().isEmpty());
    }

    void rememberedDestinationIsRestored()
    {
        QSettings().setValue(QStringLiteral("destination/company"), kCompany);
        QSettings().setValue(QStringLiteral("destination/project/%1").arg(kCompany), kProject);
        QSettings().setValue(QStringLiteral("destination/folder/%1").arg(kProject),
                             QStringLiteral("Drawings/Structural"));
        Session s;
        QVERIFY(s.start());
        s.window->show();
        hoist::ui::DestinationBar *bar = s.window->destinationBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isComplete(), 15000);
        QCOMPARE(bar->destination().projectId, kProject);
        QCOMPARE(bar->destination().folderPath, QStringLiteral("Drawings/Structural"));
    }

    void failedRowIsExplainedAndRetried()
    {
        Session s;
        QVERIFY(s.start(/*maxAttempts=*/1)); // a storage failure is final at once
        hoist::ui::MainWindow &window = *s.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.destinationBar()->selectDestination(kCompany, kProject, QStringLiteral("Photos"));
        QTRY_VERIFY_WITH_TIMEOUT(window.destinationBar()->isComplete(), 15000);
        QCOMPARE(window.destinationBar()->destination().folderPath, QStringLiteral("Photos"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crane.jpg"));
        const QByteArray expected = testfiles::write(path, 400'000, 9);
        hoist::sandbox::FaultRule rule;
        rule.kind = QStringLiteral("storage");
        rule.status = 500;
        rule.count = 1;
        s.sandbox.faults().addRule(rule);

        window.addPaths({path});
        QTRY_VERIFY(!window.isScanning() && window.pendingItems().size() == 1);
        QVERIFY(window.startUpload());
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(0), TransferState::Failed, 15000);
        const QModelIndex status = s.model()->index(0, TransferModel::StatusColumn);
        QVERIFY(!status.data(TransferModel::ErrorRole).toString().isEmpty());
        QVERIFY(status.data(Qt::DisplayRole).toString().size() > 0);
        QCOMPARE(s.stored(QStringLiteral("Photos"), QStringLiteral("crane.jpg")).versions, 0);
        // Above the list, in words: what failed, why, and what to do next.
        auto *failureBar = window.findChild<QWidget *>(QStringLiteral("failureBar"));
        auto *failureText = window.findChild<QLabel *>(QStringLiteral("failureText"));
        QVERIFY(failureBar && failureText);
        QTRY_VERIFY(failureBar->isVisible());
        QVERIFY(failureText->text().contains(QStringLiteral("crane.jpg")));
        QVERIFY(failureText->text().contains(status.data(TransferModel::ErrorRole).toString()));
        QVERIFY(window.action(QStringLiteral("retryFailed"))->isEnabled());

        // The row's actions: retry is offered for the failed row, from the toolbar action.
        hoist::ui::TransferView *view = window.transferView();
        QAction *retry = window.action(QStringLiteral("retry"));
        QVERIFY(retry);
        view->setFocus();
        view->selectRow(0);
        QTRY_VERIFY(retry->isEnabled());
        QVERIFY(!window.action(QStringLiteral("openInProcore"))->isEnabled());
        retry->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(0), TransferState::Done, 15000);
        const auto stored = s.stored(QStringLiteral("Photos"), QStringLiteral("crane.jpg"));
        QCOMPARE(stored.versions, 1);
        QCOMPARE(stored.sha256.toLatin1(), expected);
        QVERIFY(!retry->isEnabled());
        QTRY_VERIFY(!failureBar->isVisible());

        // Finished rows go with "Clear finished".
        QAction *clear = window.action(QStringLiteral("clearFinished"));
        QTRY_VERIFY(clear->isEnabled());
        clear->trigger();
        QTRY_COMPARE(s.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestUploadFlow)
#include "tst_uploadflow.moc"

// The destination bar's types through the real widgets: the picker changes with the type
// (folder tree, company folder tree, album, drawing area and set), the choice is remembered per
// project, and a file dropped onto a file row of the tree goes up as a new version of it.
#include "GuiSession.h"
#include "TestFiles.h"

#include "DestinationBar.h"
#include "FolderTreeModel.h"
#include "ProjectPicker.h"

#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using hoist::DestinationKind;
using hoist::TransferState;
using namespace gui;

class TestDestinationBar : public QObject
{
    Q_OBJECT

private:
    static void setKind(hoist::ui::DestinationBar *bar, DestinationKind kind)
    {
        bar->kindCombo()->setCurrentIndex(bar->kindCombo()->findData(QVariant::fromValue(int(kind))));
    }
    // Answers the next QInputDialog named `name` with `text` (from the event loop, since it is modal).
    static void answerInputDialog(const QString &name, const QString &text)
    {
        auto attempt = std::make_shared<std::function<void()>>();
        *attempt = [name, text, attempt] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QInputDialog *>(w);
                if (dialog && dialog->objectName() == name && dialog->isVisible()) {
                    dialog->setTextValue(text);
                    dialog->accept();
                    *attempt = nullptr;
                    return;
                }
            }
            QTimer::singleShot(20, *attempt);
        };
        QTimer::singleShot(0, *attempt);
    }

private Q_SLOTS:
    void init() { isolateSettings(); }

    void pickerFollowsTheType()
    {
        Session s;
        QVERIFY(s.start());
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        hoist::ui::DestinationBar *bar = s.window->destinationBar();
        QVERIFY(chooseProject(bar, kProject));
        QCOMPARE(bar->kind(), DestinationKind::ProjectDocuments);
        QTRY_VERIFY(bar->isComplete()); // the Documents root
        QCOMPARE(bar->pages()->currentIndex(), 0);
        QVERIFY(bar->folderTree()->isVisibleTo(bar));

        // Photos: albums of the project, plus "No album" and "New album…".
        bar->kindCombo()->setFocus();
        setKind(bar, DestinationKind::Photos);
        QCOMPARE(bar->pages()->currentIndex(), 1);
        QVERIFY(!bar->folderTree()->isVisibleTo(bar));
        QComboBox *album = bar->albumCombo();
        QTRY_VERIFY(album->findText(QStringLiteral("Safety")) >= 0);
        QTRY_VERIFY(bar->isComplete());
        album->setCurrentIndex(album->findText(QStringLiteral("Safety")));
        hoist::Destination d = bar->destination();
        QCOMPARE(d.kind, DestinationKind::Photos);
        QCOMPARE(d.projectId, kProject);
        QVERIFY(d.photo.albumId > 0);
        QCOMPARE(d.photo.albumName, QStringLiteral("Safety"));
        QVERIFY(bar->destinationText().contains(QStringLiteral("Photos › Safety")));

        // "New album…" creates one in Procore and selects it.
        answerInputDialog(QStringLiteral("newAlbumDialog"), QStringLiteral("Roof"));
        const int newIndex = album->count() - 1;
        album->setCurrentIndex(newIndex);
        Q_EMIT album->activated(newIndex);
        QTRY_COMPARE(album->currentText(), QStringLiteral("Roof"));
        QTRY_VERIFY(bar->isComplete());
        {
            auto lock = s.sandbox.state().lock();
            bool found = false;
            for (const auto &[id, c] : s.sandbox.state().imageCategories)
                found = found
                        || (c.projectId == kProject && c.name == QLatin1String("Roof")
                            && id == bar->destination().photo.albumId);
            QVERIFY(found);
        }

        // Drawings: areas and sets of the project, dates and a revision.
        setKind(bar, DestinationKind::Drawings);
        QCOMPARE(bar->pages()->currentIndex(), 2);
        QTRY_VERIFY(bar->drawingSetCombo()->findText(QStringLiteral("Addendum 1")) >= 0);
        QTRY_VERIFY(bar->drawingAreaCombo()->findText(QStringLiteral("Parking Structure")) >= 0);
        bar->drawingSetCombo()->setCurrentIndex(
            bar->drawingSetCombo()->findText(QStringLiteral("Addendum 1")));
        bar->drawingAreaCombo()->setCurrentIndex(
            bar->drawingAreaCombo()->findText(QStringLiteral("Parking Structure")));
        bar->revisionEdit()->clear();
        QVERIFY(!bar->isComplete()); // a revision is needed
        QTest::keyClicks(bar->revisionEdit(), QStringLiteral("C"));
        QTRY_VERIFY(bar->isComplete());
        d = bar->destination();
        QCOMPARE(d.kind, DestinationKind::Drawings);
        QCOMPARE(d.drawing.setName, QStringLiteral("Addendum 1"));
        QVERIFY(d.drawing.setId > 0 && d.drawing.areaId > 0);
        QCOMPARE(d.drawing.defaultRevision, QStringLiteral("C"));
        QVERIFY(d.drawing.drawingDate.isValid());

        // Company Documents: no project; the company's own folder tree.
        setKind(bar, DestinationKind::CompanyDocuments);
        QCOMPARE(bar->pages()->currentIndex(), 0);
        QVERIFY(!bar->projectPicker()->isVisibleTo(bar));
        QTRY_VERIFY(bar->isComplete());
        const QModelIndex root = bar->folderModel()->index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("Company Documents"));
        QTRY_VERIFY(childNamed(bar->folderModel(), root, QStringLiteral("Safety Program")).isValid());
        d = bar->destination();
        QCOMPARE(d.kind, DestinationKind::CompanyDocuments);
        QCOMPARE(d.projectId, 0);
        QCOMPARE(d.companyId, kCompany);

        // Back to Drawings: the project's choices are still there.
        setKind(bar, DestinationKind::Drawings);
        QTRY_VERIFY(bar->isComplete());
        QCOMPARE(bar->drawingSetCombo()->currentText(), QStringLiteral("Addendum 1"));
        QCOMPARE(bar->drawingAreaCombo()->currentText(), QStringLiteral("Parking Structure"));
        QCOMPARE(bar->revisionEdit()->text(), QStringLiteral("C"));
    }

    void typeIsRememberedPerProject()
    {
        qint64 otherProject = 0;
        {
            Session s;
            QVERIFY(s.start());
            hoist::ui::DestinationBar *bar = s.window->destinationBar();
            QVERIFY(chooseProject(bar, kProject));
            setKind(bar, DestinationKind::Drawings);
            QTRY_VERIFY(bar->isComplete());
            // Another project gets Photos (the type chosen last overall).
            auto lock = s.sandbox.state().lock();
            for (const auto &[id, p] : s.sandbox.state().projects)
                if (p.companyId == kCompany && p.active && id != kProject) {
                    otherProject = id;
                    break;
                }
            lock.unlock();
            QVERIFY(chooseProject(bar, otherProject));
            QTRY_COMPARE(bar->kind(), DestinationKind::Drawings); // nothing remembered for it: stays
            setKind(bar, DestinationKind::Photos);
            QTRY_VERIFY(bar->isComplete());
        }
        Session s;
        QVERIFY(s.start());
        hoist::ui::DestinationBar *bar = s.window->destinationBar();
        QVERIFY(chooseProject(bar, otherProject));
        QTRY_COMPARE(bar->kind(), DestinationKind::Photos);
        QVERIFY(chooseProject(bar, kProject));
        QTRY_COMPARE(bar->kind(), DestinationKind::Drawings);
        QCOMPARE(bar->pages()->currentIndex(), 2);
    }

    void photosLeaveOutNonImagesBeforeUpload()
    {
        Session s;
        QVERIFY(s.start());
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        hoist::ui::DestinationBar *bar = s.window->destinationBar();
        QVERIFY(chooseProject(bar, kProject));
        setKind(bar, DestinationKind::Photos);
        QTRY_VERIFY(bar->isComplete());
        bar->albumCombo()->setCurrentIndex(bar->albumCombo()->findText(QStringLiteral("Inspections")));
        const qint64 album = bar->destination().photo.albumId;

        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("column.png"));
        const QString pdf = dir.filePath(QStringLiteral("spec.pdf"));
        testfiles::write(image, 20'000, 3);
        testfiles::write(pdf, 20'000, 4);
        for (const auto &[path, header] : {std::pair{image, QByteArray::fromHex("89504e470d0a1a0a")},
                                           std::pair{pdf, QByteArrayLiteral("%PDF-1.7\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(header);
        }
        s.window->addPaths({image, pdf});
        QTRY_VERIFY(!s.window->isScanning() && s.window->pendingItems().size() == 2);
        QVERIFY(s.window->startUpload());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = s.window->findChild<QMessageBox *>(QStringLiteral("wrongFileTypeMessage")))
                    && box->isVisible());
        QVERIFY2(box->informativeText().contains(QStringLiteral("spec.pdf")),
                 qPrintable(box->informativeText()));
        QCOMPARE(s.model()->rowCount(), 1); // only the image was queued
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(0), TransferState::Done, 15000);
        box->accept();
        auto lock = s.sandbox.state().lock();
        QCOMPARE(s.sandbox.state().uploads.size(), size_t(1));
        QCOMPARE(s.sandbox.state().images.size(), size_t(1));
        QCOMPARE(s.sandbox.state().images.begin()->second.categoryId, album);
        QCOMPARE(s.sandbox.state().images.begin()->second.name, QStringLiteral("column.png"));
    }

    void drawingRowsShowProcessingUntilDone()
    {
        Session s;
        QVERIFY(s.start());
        s.controller->setDrawingPollInterval(250, 250);
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        hoist::ui::DestinationBar *bar = s.window->destinationBar();
        QVERIFY(chooseProject(bar, kProject));
        setKind(bar, DestinationKind::Drawings);
        QTRY_VERIFY(bar->isComplete());

        QTemporaryDir dir;
        QStringList paths;
        for (const QString &name : {QStringLiteral("S-101.pdf"), QStringLiteral("S-102.pdf")}) {
            paths << dir.filePath(name);
            testfiles::write(paths.last(), 30'000, quint32(paths.size()));
            QFile f(paths.last());
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write("%PDF-1.7\n");
        }
        s.window->addPaths(paths);
        QTRY_VERIFY(!s.window->isScanning() && s.window->pendingItems().size() == 2);
        QVERIFY(s.window->startUpload());
        // Every row of the batch shows Procore's processing in its status cell, then Done.
        const auto statusText = [&](int row) {
            return s.model()->index(row, hoist::TransferModel::StatusColumn).data().toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(statusText(0).contains(QStringLiteral("Processing drawing…"))
                                     && statusText(1).contains(QStringLiteral("Processing drawing…")),
                                 15000);
        QCOMPARE(s.stateOf(0), TransferState::Processing);
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 15000);
        auto lock = s.sandbox.state().lock();
        QCOMPARE(s.sandbox.state().drawingUploads.size(), size_t(1));
        QCOMPARE(s.sandbox.state().drawingUploads.begin()->second.uploadUuids.size(), 2);
        QCOMPARE(s.sandbox.state().drawingUploads.begin()->second.setId, bar->destination().drawing.setId);
    }

    void dropOnFileRowUploadsNewVersion()
    {
        Session s;
        QVERIFY(s.start());
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        hoist::ui::DestinationBar *bar = s.window->destinationBar();
        QVERIFY(chooseProject(bar, kProject));
        bar->selectDestination(kCompany, kProject, QStringLiteral("RFIs"));
        QTRY_VERIFY(bar->isComplete() && bar->destination().folderPath == QStringLiteral("RFIs"));
        QTreeView *tree = bar->folderTree();
        hoist::ui::FolderTreeModel *model = bar->folderModel();
        const QModelIndex rfis = tree->currentIndex();
        tree->expand(rfis);
        QModelIndex file;
        QTRY_VERIFY((file = childNamed(model, rfis, QStringLiteral("RFI-014 Footing Depth at Grid C4.pdf")))
                        .isValid());
        QVERIFY(file.data(hoist::ui::FolderTreeModel::IsFileRole).toBool());
        QVERIFY(!(file.flags() & Qt::ItemIsSelectable)); // not a destination
        QVERIFY(file.flags() & Qt::ItemIsDropEnabled);
        const qint64 fileId = file.data(hoist::ui::FolderTreeModel::FileIdRole).toLongLong();

        QTemporaryDir dir;
        const QString local = dir.filePath(QStringLiteral("RFI-014 answered.pdf"));
        const QByteArray sha = testfiles::write(local, 64'000, 7);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(local)});
        tree->scrollTo(file);
        const QPoint at = tree->visualRect(file).center();
        QVERIFY(!at.isNull());
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tree->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tree->viewport(), &move);
        QVERIFY(move.isAccepted());
        answerInputDialog(QStringLiteral("versionNotesDialog"), QStringLiteral("Answered by the engineer"));
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tree->viewport(), &drop);

        QTRY_COMPARE(s.model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(0), TransferState::Done, 15000);
        {
            auto lock = s.sandbox.state().lock();
            const auto &f = s.sandbox.state().files.at(fileId);
            QCOMPARE(int(f.versions.size()), 2);
            QCOMPARE(f.versions.back().notes, QStringLiteral("Answered by the engineer"));
            QCOMPARE(s.sandbox.objectSha256(f.versions.back().objectKey).toLatin1(), sha);
        }

        // The same from the keyboard: the file row current, Ctrl+Shift+N, a file dialog.
        const QString second = dir.filePath(QStringLiteral("RFI-014 rev 2.pdf"));
        const QByteArray sha2 = testfiles::write(second, 33'000, 8);
        QApplication::setActiveWindow(s.window.get());
        QVERIFY(QTest::qWaitForWindowActive(s.window.get()));
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        tree->setCurrentIndex(file);
        QVERIFY(bar->newVersionAction()->isEnabled());
        QVERIFY(bar->isComplete()
                && bar->destination().folderPath == QStringLiteral("RFIs")); // still the folder
        QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QFileDialog *chooser = nullptr;
        QTRY_VERIFY((chooser = bar->findChild<QFileDialog *>(QStringLiteral("newVersionFileDialog")))
                    && chooser->isVisible());
        answerInputDialog(QStringLiteral("versionNotesDialog"), QString());
        chooser->selectFile(second);
        static_cast<QDialog *>(chooser)->accept(); // QFileDialog::accept() takes the selection
        QTRY_COMPARE(s.model()->rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(1), TransferState::Done, 15000);
        auto lock = s.sandbox.state().lock();
        const auto &f = s.sandbox.state().files.at(fileId);
        QCOMPARE(int(f.versions.size()), 3);
        QCOMPARE(s.sandbox.objectSha256(f.versions.back().objectKey).toLatin1(), sha2);
    }
};

QTEST_MAIN(TestDestinationBar)
#include "tst_destinationbar.moc"

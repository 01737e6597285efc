// Transfers › Watched Folders…: the panel lists a watch of the session's journal, a file written
// into the folder is uploaded (the row says when), Pause/Resume and Remove work, and the menu
// action sits beside History….
#include "DestinationBar.h"
#include "GuiSession.h"
#include "ProjectPicker.h"
#include "SessionManager.h"
#include "WatchPanel.h"

#include "sandbox/SandboxState.h"
#include "watch/WatchService.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include "TestFiles.h"

using namespace gui;
using namespace Qt::StringLiterals;

class TestWatchPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void watchUploadPauseRemove()
    {
        QTemporaryDir data, local;
        hoist::ui::MainWindow window;
        hoist::ui::SessionManager session(&window);
        QString error;
        QVERIFY2(session.startSandbox(&error, data.path()), qPrintable(error));
        hoist::ui::WatchPanel panel(&window, &session, nullptr);
        QAction *action = panel.installMenuAction();
        QMenu *transfers = nullptr;
        for (QObject *o : window.action(u"history"_s)->associatedObjects())
            if (auto *m = qobject_cast<QMenu *>(o))
                transfers = m;
        QVERIFY(transfers && transfers->actions().contains(action));
        action->trigger();
        QVERIFY(panel.isVisible());
        QVERIFY(panel.service());

        hoist::Destination d;
        d.companyId = kCompany;
        d.projectId = kProject;
        d.projectName = u"2024-100 - Riverside Medical Center"_s;
        QVERIFY(panel.service()->addWatch(local.path(), d));
        auto *list = panel.findChild<QTreeWidget *>(u"watchList"_s);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QDir::toNativeSeparators(local.path()));

        const QByteArray sha = testfiles::write(local.filePath(u"signed-form.pdf"_s), 120'000, 5);
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItem(0)->text(2) != tr("Not yet")
                                     && !list->topLevelItem(0)->text(2).isEmpty()
                                     && list->topLevelItem(0)->text(3) == u"0"_s,
                                 30000);
        {
            auto &state = session.sandbox()->state();
            auto lock = state.lock();
            int found = 0;
            for (const auto &[id, f] : state.files)
                if (f.name == u"signed-form.pdf"_s) {
                    ++found;
                    QCOMPARE(session.sandbox()->objectSha256(f.versions.back().objectKey).toLatin1(), sha);
                }
            QCOMPARE(found, 1);
        }
        if (const QString shot = qEnvironmentVariable("HOIST_WATCHPANEL_SHOT"); !shot.isEmpty())
            panel.grab().save(shot);

        list->topLevelItem(0)->setSelected(true);
        auto *pause = panel.findChild<QPushButton *>(u"watchPause"_s);
        QVERIFY(pause->isEnabled());
        pause->click();
        QVERIFY(panel.service()->watches().constFirst().paused);
        list->topLevelItem(0)->setSelected(true);
        pause->click(); // Resume
        QVERIFY(!panel.service()->watches().constFirst().paused);

        list->topLevelItem(0)->setSelected(true);
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                    box->button(QMessageBox::Yes)->click();
        });
        panel.findChild<QPushButton *>(u"watchRemove"_s)->click();
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(panel.service()->watches().isEmpty());
    }

    // Issue 26 point 10: Add watch shows the destination it will use, to be confirmed; a file the
    // destination cannot take (a JPG into Drawings) is the watch's last error, not left silently.
    void addConfirmsTheDestinationAndRefusalsAreSeen()
    {
        QTemporaryDir data, local;
        hoist::ui::MainWindow window;
        hoist::ui::SessionManager session(&window);
        QString error;
        QVERIFY2(session.startSandbox(&error, data.path()), qPrintable(error));
        hoist::ui::WatchPanel panel(&window, &session, nullptr);
        panel.installMenuAction()->trigger();
        QVERIFY(panel.service());

        hoist::ui::DestinationBar *bar = window.destinationBar();
        QComboBox *company = bar->companyCombo();
        QTRY_VERIFY_WITH_TIMEOUT(company->isEnabled() && company->count() > 0, 10000);
        company->setCurrentIndex(company->findData(QVariant::fromValue(kCompany)));
        hoist::ui::ProjectPicker *picker = bar->projectPicker();
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading() && picker->findData(QVariant::fromValue(kProject)) >= 0,
                                 15000);
        picker->setCurrentIndex(picker->findData(QVariant::fromValue(kProject)));
        bar->kindCombo()->setCurrentIndex(
            bar->kindCombo()->findData(QVariant::fromValue(int(hoist::DestinationKind::Drawings))));
        QTRY_VERIFY_WITH_TIMEOUT(bar->drawingSetCombo()->count() > 0 && bar->drawingAreaCombo()->count() > 0,
                                 15000);
        if (bar->revisionEdit()->text().isEmpty())
            QTest::keyClicks(bar->revisionEdit(), u"A"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isComplete(), 15000);
        const QString where = bar->destinationText();
        QVERIFY(where.contains(u"Drawings"_s));

        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w);
                    box && box->isVisible() && box->objectName() == u"watchConfirmation"_s) {
                    asked = box->text() + u"\n"_s + box->informativeText();
                    box->findChild<QPushButton *>(u"watchConfirmButton"_s)->click();
                }
        });
        QVERIFY(panel.addWatch(local.path()));
        QVERIFY2(asked.contains(where), qPrintable(asked));
        auto *list = panel.findChild<QTreeWidget *>(u"watchList"_s);
        QTRY_COMPARE(list->topLevelItemCount(), 1);

        testfiles::write(local.filePath(u"site-photo.jpg"_s), 2'000, 3);
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() == 1
                                     && list->topLevelItem(0)->text(4).contains(u"site-photo.jpg"_s),
                                 30000);
        QVERIFY2(list->topLevelItem(0)->text(4).contains(u"PDF"_s),
                 qPrintable(list->topLevelItem(0)->text(4)));
    }
};

QTEST_MAIN(TestWatchPanel)
#include "tst_watchpanel.moc"

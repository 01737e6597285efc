// The review dialog: flagged files listed with reasons, skip-by-default ones unticked, the
// person's choices deciding what goes up, and the summary following them.
#include "PreflightDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace hoist;

class TestPreflightDialog : public QObject
{
    Q_OBJECT

    static PreflightFile file(const QString &name, qint64 size, const QList<PreflightFlag> &flags = {})
    {
        PreflightFile f;
        f.item.localPath = QStringLiteral("/jobs/tower/") + name;
        f.item.size = size;
        f.storedName = preflight::documentsName(name);
        f.remotePath = f.storedName;
        f.flags = flags;
        for (const PreflightFlag &fl : flags)
            f.skip = f.skip || fl.skipByDefault;
        return f;
    }

private Q_SLOTS:
    void choicesDecideWhatGoesUp()
    {
        PreflightReport r;
        r.files = {
            file(QStringLiteral("A-101.pdf"), 1000),
            file(QStringLiteral("Spec 05:12.pdf"), 2000,
                 preflight::checkLocal(QStringLiteral("Spec 05:12.pdf"), 2000)),
            file(QStringLiteral(".DS_Store"), 6148, preflight::checkLocal(QStringLiteral(".DS_Store"), 6148)),
            file(QStringLiteral("plan.pdf"), 3000,
                 {{PreflightFlag::Kind::AlreadyThere,
                   QStringLiteral("Already in Procore with the same name and size."), true}})};
        r.foldersToCreate = {QStringLiteral("Level 2")};
        r.estimatedApiCalls = 2 * 2 + 1;
        r.estimatedSeconds = 2;
        ui::PreflightDialog dialog(r, QStringLiteral("Riverside Medical Center / Drawings"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.flaggedCount(), 3);
        if (qEnvironmentVariableIsSet("HOIST_SCREENSHOT_DIR")) // tests/screenshot scripts look at it
            dialog.grab().save(qEnvironmentVariable("HOIST_SCREENSHOT_DIR")
                               + QStringLiteral("/preflight.png"));

        QList<UploadItem> chosen = dialog.chosenItems();
        QCOMPARE(chosen.size(), 2); // A-101 and the renamed one; .DS_Store and plan.pdf left out
        QCOMPARE(chosen[1].localPath, QStringLiteral("/jobs/tower/Spec 05:12.pdf"));

        auto *list = dialog.findChild<QTreeWidget *>();
        QTreeWidgetItem *renamed = list->topLevelItem(0);
        QVERIFY(renamed->text(1) == QStringLiteral("Spec 0512.pdf"));
        QVERIFY(renamed->text(2).contains(QStringLiteral("Spec 0512.pdf")));
        // Upload the already-there file anyway; leave the renamed one out.
        list->topLevelItem(2)->setCheckState(0, Qt::Checked);
        renamed->setCheckState(0, Qt::Unchecked);
        chosen = dialog.chosenItems();
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen[0].localPath, QStringLiteral("/jobs/tower/A-101.pdf"));
        QCOMPARE(chosen[1].localPath, QStringLiteral("/jobs/tower/plan.pdf"));

        QLabel *summary = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->accessibleName() == QLatin1String("Summary"))
                summary = l;
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("2 file(s)")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("Level 2")));
        QPushButton *upload = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().startsWith(QStringLiteral("Upload")))
                upload = b;
        QVERIFY(upload);
        QCOMPARE(upload->text(), QStringLiteral("Upload 2 file(s)"));

        // Nothing chosen: nothing to upload.
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            list->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
        QCOMPARE(dialog.chosenItems().size(), 1); // A-101 was never flagged
    }
};

QTEST_MAIN(TestPreflightDialog)
#include "tst_preflightdialog.moc"

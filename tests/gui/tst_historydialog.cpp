// The History view: search, outcome and project filters through the real widgets, "Retry
// failed" handing back exactly the still-failed files that are there (each to its own
// destination, issue 26), and CSV export of what is shown.
#include "GuiSession.h"
#include "HistoryDialog.h"
#include "TestFiles.h"

#include "history/HistoryModel.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hoist;

class TestHistoryDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<UploadHistory> m_history;

    void add(const QString &name, const QString &outcome, qint64 project, const QString &projectName,
             int daysAgo)
    {
        HistoryRecord r;
        r.at = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        r.localPath = m_dir.filePath(name);
        r.destination = projectName + QStringLiteral(" / Drawings/") + name;
        r.projectId = project;
        r.projectName = projectName;
        r.size = 1000;
        r.outcome = outcome;
        r.reason = outcome == QLatin1String("failed") ? QStringLiteral("Storage refused it") : QString();
        QVERIFY(m_history->record(r));
        if (outcome == QLatin1String("failed")) { // still on disk: Retry failed queues it
            QFile f(r.localPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4");
        }
    }
    template <typename T> static T *named(QWidget *root, const QString &accessibleName)
    {
        for (T *w : root->findChildren<T *>())
            if (w->accessibleName() == accessibleName)
                return w;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_history = UploadHistory::open(m_dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(m_history);
        add(QStringLiteral("A-101.pdf"), QStringLiteral("done"), 1,
            QStringLiteral("Riverside Medical Center"), 0);
        add(QStringLiteral("A-102.pdf"), QStringLiteral("failed"), 1,
            QStringLiteral("Riverside Medical Center"), 0);
        add(QStringLiteral("S-201.pdf"), QStringLiteral("failed"), 2,
            QStringLiteral("Northgate Elementary School"), 3);
        add(QStringLiteral(".DS_Store"), QStringLiteral("skipped"), 2,
            QStringLiteral("Northgate Elementary School"), 40);
    }

    void filtersThroughTheWidgets()
    {
        ui::HistoryDialog dialog(m_history.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.model()->rowCount(), 4);
        if (qEnvironmentVariableIsSet("HOIST_SCREENSHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("HOIST_SCREENSHOT_DIR") + QStringLiteral("/history.png"));

        auto *search = named<QLineEdit>(&dialog, QStringLiteral("Search"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("A-10"));
        QCOMPARE(dialog.model()->rowCount(), 2);
        search->clear();

        auto *outcome = named<QComboBox>(&dialog, QStringLiteral("Outcome"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed")));
        QCOMPARE(dialog.model()->rowCount(), 2);

        auto *project = named<QComboBox>(&dialog, QStringLiteral("Project"));
        QCOMPARE(project->count(), 3); // all + two projects
        project->setCurrentIndex(project->findText(QStringLiteral("Northgate Elementary School")));
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->recordAt(0).localPath, m_dir.filePath(QStringLiteral("S-201.pdf")));

        outcome->setCurrentIndex(0);
        auto *period = named<QComboBox>(&dialog, QStringLiteral("Period"));
        period->setCurrentIndex(period->findData(7));
        QCOMPARE(dialog.model()->rowCount(), 1); // the 40-day-old skip is out of the period
    }

    void retryFailedHandsBackTheFailedFiles()
    {
        ui::HistoryDialog dialog(m_history.get());
        QSignalSpy retry(&dialog, &ui::HistoryDialog::retryRequested);
        QPushButton *button = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Retry failed"))
                button = b;
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(retry.count(), 1);
        const auto failed = retry.first().first().value<QList<HistoryRecord>>();
        QCOMPARE(failed.size(), 2);
        for (const HistoryRecord &r : failed)
            QCOMPARE(r.outcome, QStringLiteral("failed"));
    }

    // Issue 26.3: a file that failed and later went up is no longer "failed"; a file that is gone
    // is said, not handed back for the queue.
    void retryCountsTheLatestOutcomeAndSaysWhatIsGone()
    {
        QTemporaryDir dir;
        auto history = UploadHistory::open(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(history);
        auto write = [&](const QString &name, bool exists) {
            if (!exists)
                return;
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4 retry");
        };
        auto add = [&](const QString &name, const QString &outcome, int hoursAgo, const QString &folder) {
            HistoryRecord r;
            r.at = QDateTime::currentDateTimeUtc().addSecs(-3600 * hoursAgo);
            r.environment = QStringLiteral("built-in-sandbox");
            r.localPath = dir.filePath(name);
            r.destination = QStringLiteral("Riverside / ") + folder + QLatin1Char('/') + name;
            r.companyId = 5;
            r.projectId = 1;
            r.projectName = QStringLiteral("Riverside");
            r.size = 14;
            r.outcome = outcome;
            QVERIFY(history->record(r));
        };
        write(QStringLiteral("RFI-12.pdf"), true);
        write(QStringLiteral("RFI-13.pdf"), true);
        add(QStringLiteral("RFI-12.pdf"), QStringLiteral("failed"), 5, QStringLiteral("RFIs"));
        add(QStringLiteral("RFI-12.pdf"), QStringLiteral("done"), 4, QStringLiteral("RFIs")); // retried, done
        add(QStringLiteral("RFI-13.pdf"), QStringLiteral("failed"), 3, QStringLiteral("RFIs"));
        add(QStringLiteral("Removed.pdf"), QStringLiteral("failed"), 2, QStringLiteral("RFIs"));

        ui::HistoryDialog dialog(history.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *summary = named<QLabel>(&dialog, QStringLiteral("Summary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("2 failed")), qPrintable(summary->text()));
        int replaced = 0; // the row of RFI-12's failure says that it was sent again
        for (int row = 0; row < dialog.model()->rowCount(); ++row)
            replaced += dialog.model()->index(row, HistoryModel::OutcomeColumn).data().toString()
                                == QStringLiteral("Failed, sent again later")
                            ? 1
                            : 0;
        QCOMPARE(replaced, 1);
        auto *outcome = named<QComboBox>(&dialog, QStringLiteral("Outcome"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed")));
        QCOMPARE(dialog.model()->rowCount(), 2); // RFI-12 went up later: not failed any more

        QSignalSpy retry(&dialog, &ui::HistoryDialog::retryRequested);
        QPushButton *button = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Retry failed"))
                button = b;
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(retry.count(), 1);
        const auto again = retry.first().first().value<QList<HistoryRecord>>();
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().localPath, dir.filePath(QStringLiteral("RFI-13.pdf")));
        QMessageBox *gone = dialog.findChild<QMessageBox *>(QStringLiteral("missingFilesMessage"));
        QVERIFY(gone);
        QVERIFY2(gone->text().contains(QStringLiteral("1"))
                     && gone->informativeText().contains(QStringLiteral("Removed.pdf")),
                 qPrintable(gone->text() + gone->informativeText()));
        gone->close();
    }

    // Issue 26.3: Retry failed sends each file where it was going, not to the window's destination.
    void retryGoesToEachItemsOwnDestination()
    {
        gui::isolateSettings();
        gui::Session s;
        QVERIFY(s.start());
        QTemporaryDir dir;
        auto history = UploadHistory::open(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(history);
        auto fail = [&](const QString &name, const QString &below) {
            testfiles::write(dir.filePath(name), 3000, quint32(name.size()));
            HistoryRecord r;
            r.environment = QStringLiteral("built-in-sandbox");
            r.localPath = dir.filePath(name);
            r.destination = QStringLiteral("Project / ") + below + QLatin1Char('/') + name;
            r.companyId = gui::kCompany;
            r.projectId = gui::kProject;
            r.target.companyId = gui::kCompany;
            r.target.projectId = gui::kProject;
            r.relativeDir = below;
            r.size = 3000;
            r.outcome = QStringLiteral("failed");
            QVERIFY(history->record(r));
        };
        fail(QStringLiteral("RFI-7.pdf"), QStringLiteral("RFIs"));
        fail(QStringLiteral("A-101.pdf"), QStringLiteral("Issued for Construction"));

        ui::HistoryDialog dialog(history.get());
        connect(&dialog, &ui::HistoryDialog::retryRequested, s.window.get(),
                &ui::MainWindow::retryFromHistory);
        QPushButton *button = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Retry failed"))
                button = b;
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(s.model()->rowCount(), 2);
        QVERIFY(s.window->pendingItems().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 20000);
        QCOMPARE(s.stored(QStringLiteral("RFIs"), QStringLiteral("RFI-7.pdf")).versions, 1);
        QCOMPARE(s.stored(QStringLiteral("Issued for Construction"), QStringLiteral("A-101.pdf")).versions,
                 1);
        QCOMPARE(s.stored(QStringLiteral("RFIs"), QStringLiteral("A-101.pdf")).versions, 0);
    }

    // Issue 26: Save receipt… writes the selected uploads (or all shown): link, who, when, sha256.
    void receiptOfTheSelectedUploads()
    {
        QTemporaryDir dir;
        auto history = UploadHistory::open(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(history);
        for (const QString &name : {QStringLiteral("A-201.pdf"), QStringLiteral("A-202.pdf")}) {
            HistoryRecord r;
            r.environment = QStringLiteral("production");
            r.localPath = dir.filePath(name);
            r.destination = QStringLiteral("Riverside / Drawings/") + name;
            r.companyId = 5;
            r.projectId = 1;
            r.fileId = name.endsWith(QStringLiteral("1.pdf")) ? 101 : 102;
            r.size = 1000;
            r.sha256 =
                QString(64, name.endsWith(QStringLiteral("1.pdf")) ? QLatin1Char('a') : QLatin1Char('b'));
            r.outcome = QStringLiteral("done");
            r.uploadedBy = QStringLiteral("Pat Morgan");
            r.webUrl =
                QUrl(QStringLiteral("https://app.procore.com/1/project/documents?file_id=%1").arg(r.fileId));
            QVERIFY(history->record(r));
        }
        ui::HistoryDialog dialog(history.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableView *>();
        QVERIFY(table);
        table->selectRow(0); // newest first: A-202
        const QString csv = dir.filePath(QStringLiteral("receipt.csv"));
        QVERIFY(dialog.saveReceiptTo(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[1].contains("\"A-202.pdf\""));
        QVERIFY(lines[1].contains(QByteArray(64, 'b')));
        QVERIFY(lines[1].contains("https://app.procore.com/1/project/documents?file_id=102"));
        QVERIFY(lines[1].contains("\"Pat Morgan\""));
        table->clearSelection();
        const QString page = dir.filePath(QStringLiteral("receipt.html"));
        QVERIFY(dialog.saveReceiptTo(page));
        QFile p(page);
        QVERIFY(p.open(QIODevice::ReadOnly));
        const QByteArray html = p.readAll();
        QVERIFY(html.contains(QByteArray(64, 'a')) && html.contains(QByteArray(64, 'b')));
    }

    void exportsWhatIsShown()
    {
        ui::HistoryDialog dialog(m_history.get());
        auto *outcome = named<QComboBox>(&dialog, QStringLiteral("Outcome"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("done")));
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(dialog.exportTo(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2); // header + the one upload that was done
        QVERIFY(lines[1].contains("A-101.pdf"));
    }
};

QTEST_MAIN(TestHistoryDialog)
#include "tst_historydialog.moc"

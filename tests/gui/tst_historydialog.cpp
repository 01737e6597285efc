// The History view: search, outcome and project filters through the real widgets, "Retry
// failed" handing back exactly the failed files, and CSV export of what is shown.
#include "HistoryDialog.h"

#include "history/HistoryModel.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
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

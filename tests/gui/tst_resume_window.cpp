// The window after a crash: `hoist --sandbox --sandbox-data DIR` keeps a transfer journal with the
// sandbox's state; a queue cut off mid-way is offered for resuming at the next start, and
// "Resume" finishes it with every file stored once.
#include "GuiSession.h"
#include "TestFiles.h"

#include "MainWindow.h"
#include "SessionManager.h"

#include "upload/UploadJob.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using hoist::TransferState;
using namespace gui;

namespace {

// Clicks the button named `buttonName` of the resume question as soon as it shows; `asked` counts
// the questions.
QTimer *answerResumeOffer(const QString &buttonName, int *asked, QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [buttonName, asked, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("resumeOffer"))
            return;
        ++*asked;
        *text = box->text();
        if (auto *button = box->findChild<QPushButton *>(buttonName))
            button->click();
    });
    timer->start();
    return timer;
}

int countIn(hoist::TransferModel *model, TransferState state)
{
    return model->countInState(state);
}

} // namespace

class TestResumeWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }

    void unfinishedQueueIsOfferedAndResumed()
    {
        QTemporaryDir data, files;
        constexpr int kFiles = 6;
        QHash<QString, QByteArray> sha;
        QList<hoist::UploadItem> items;
        for (int i = 0; i < kFiles; ++i) {
            const QString name = QStringLiteral("resume-window-%1.pdf").arg(i);
            const QString path = files.filePath(name);
            sha.insert(name, testfiles::write(path, 300 * 1024, quint32(40 + i)));
            const QFileInfo info(path);
            items.append({path, {}, info.size(), info.lastModified()});
        }
        hoist::Destination dest;
        dest.companyId = kCompany;
        dest.projectId = kProject;

        int asked = 0;
        QString question;
        int doneFirst = 0;
        {
            hoist::ui::MainWindow window;
            hoist::ui::SessionManager session(&window);
            std::unique_ptr<QTimer> answer(
                answerResumeOffer(QStringLiteral("resumeButton"), &asked, &question));
            QString error;
            QVERIFY2(session.startSandbox(&error, data.path()), qPrintable(error));
            session.sandbox()->faults().setStorageBytesPerSecond(400 * 1024);
            hoist::UploadController *controller = session.controller();
            QVERIFY(controller->journal());
            controller->enqueue(items, dest);
            hoist::TransferModel *model = controller->model();
            QTRY_VERIFY_WITH_TIMEOUT(countIn(model, TransferState::Done) >= 1, 30000);
            doneFirst = countIn(model, TransferState::Done);
            QVERIFY2(doneFirst < kFiles, "the queue finished before it could be cut off");
            QCOMPARE(asked, 0); // nothing was unfinished at the first start
            // The crash: from here nothing reaches the journal, and everything goes away.
            controller->setJournal(nullptr);
        }

        hoist::ui::MainWindow window;
        hoist::ui::SessionManager session(&window);
        std::unique_ptr<QTimer> answer(answerResumeOffer(QStringLiteral("resumeButton"), &asked, &question));
        QString error;
        QVERIFY2(session.startSandbox(&error, data.path()), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 10000);
        QVERIFY2(question.contains(QString::number(kFiles - doneFirst)), qPrintable(question));
        hoist::TransferModel *model = session.controller()->model();
        QCOMPARE(model->rowCount(), kFiles - doneFirst);
        QTRY_COMPARE_WITH_TIMEOUT(countIn(model, TransferState::Done), kFiles - doneFirst, 30000);

        // Every file once, with its bytes.
        QHash<QString, int> seen;
        {
            hoist::sandbox::SandboxState &state = session.sandbox()->state();
            auto lock = state.lock();
            for (const auto &[id, f] : state.files) {
                if (!sha.contains(f.name) || f.projectId != kProject)
                    continue;
                ++seen[f.name];
                QCOMPARE(session.sandbox()->objectSha256(f.versions.back().objectKey).toLatin1(),
                         sha.value(f.name));
            }
        }
        for (auto it = sha.cbegin(); it != sha.cend(); ++it)
            QVERIFY2(
                seen.value(it.key()) == 1,
                qPrintable(QStringLiteral("%1 stored %2 times").arg(it.key()).arg(seen.value(it.key()))));
    }

    // Issue 24.6: a journal that cannot be opened at start holds the queue (the bar says why and
    // where; nothing is sent without its record); once the cause is gone, Resume All opens it and
    // the files go, each once.
    void journalThatCannotOpenHoldsTheQueue()
    {
        QTemporaryDir data, files;
        const QString journalPath = data.filePath(QStringLiteral("journal.sqlite"));
        QVERIFY(QDir().mkpath(journalPath + QStringLiteral("/in-the-way"))); // a folder where the file goes
        const QString path = files.filePath(QStringLiteral("held.pdf"));
        const QByteArray sha = testfiles::write(path, 50 * 1024, 7);
        const QFileInfo info(path);
        hoist::Destination dest;
        dest.companyId = kCompany;
        dest.projectId = kProject;

        hoist::ui::MainWindow window;
        hoist::ui::SessionManager session(&window);
        window.show();
        QString error;
        QVERIFY2(session.startSandbox(&error, data.path()), qPrintable(error));
        hoist::UploadController *controller = session.controller();
        QVERIFY(!controller->journal());
        QVERIFY(controller->isHalted());
        auto *bar = window.findChild<QWidget *>(QStringLiteral("journalBar"));
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        const QString said = window.findChild<QLabel *>(QStringLiteral("journalText"))->text();
        QVERIFY2(said.contains(journalPath), qPrintable(said));

        controller->enqueue({{path, {}, info.size(), info.lastModified()}}, dest);
        QCOMPARE(controller->model()->rowCount(), 0); // not queued without its record
        QVERIFY(controller->isHalted());

        QVERIFY(QDir(journalPath).removeRecursively()); // the cause is gone
        controller->resumeAll();
        QVERIFY(controller->journal());
        QVERIFY(!controller->isHalted());
        QTRY_VERIFY(!bar->isVisible());
        controller->enqueue({{path, {}, info.size(), info.lastModified()}}, dest);
        QTRY_COMPARE_WITH_TIMEOUT(countIn(controller->model(), TransferState::Done), 1, 30000);
        int seen = 0;
        hoist::sandbox::SandboxState &state = session.sandbox()->state();
        auto lock = state.lock();
        for (const auto &[id, f] : state.files)
            if (f.name == QLatin1String("held.pdf")) {
                ++seen;
                QCOMPARE(session.sandbox()->objectSha256(f.versions.back().objectKey).toLatin1(), sha);
            }
        QCOMPARE(seen, 1);
    }
};

QTEST_MAIN(TestResumeWindow)
#include "tst_resume_window.moc"

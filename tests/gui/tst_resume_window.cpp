// The window after a crash: `hoist --sandbox --sandbox-data DIR` keeps a transfer journal with the
// sandbox's state; a queue cut off mid-way is offered for resuming at the next start, and
// "Resume" finishes it with every file stored once.
#include "GuiSession.h"
#include "TestFiles.h"

#include "MainWindow.h"
#include "SessionManager.h"

#include "upload/UploadJob.h"

#include <QFileInfo>
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
};

QTEST_MAIN(TestResumeWindow)
#include "tst_resume_window.moc"

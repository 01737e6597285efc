// The window around the uploads: where it is connected and as whom, the sign-in state, keyboard
// and screen-reader basics, and the question before closing with work in progress.
#include "GuiSession.h"
#include "TestFiles.h"

#include "DestinationBar.h"
#include "DropArea.h"
#include "ThemedIconEngine.h"
#include "TransferView.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <functional>

using hoist::TransferState;
using namespace gui;

namespace {

// Answers the next close question with the button named `buttonName` as soon as it shows.
// `seen` gets the question's text.
void answerCloseQuestion(const QString &buttonName, QString *seen)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonName, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("closeConfirmation"))
            return;
        *seen = box->text();
        auto *button = box->findChild<QPushButton *>(buttonName);
        if (button)
            button->click();
        timer->deleteLater();
    });
    timer->start();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }

    void showsTheConnectionAndUser()
    {
        Session s;
        QVERIFY(s.start());
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        auto *connection = s.window->statusBar()->findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QVERIFY(connection);
        QCOMPARE(connection->accessibleName(), QStringLiteral("Connection"));
        QVERIFY(connection->text().contains(QStringLiteral("Built-in sandbox")));
        QVERIFY(connection->text().contains(QString::number(s.sandbox.port())));
        QTRY_VERIFY(connection->text().contains(QStringLiteral("Pat Morgan"))); // GET /me
    }

    void withoutSessionShowsSignIn()
    {
        hoist::ui::MainWindow window;
        window.setSignedOut(QStringLiteral("Procore"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = qobject_cast<QStackedWidget *>(window.centralWidget());
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("signInPage"));
        auto *signIn = window.findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY(signIn && signIn->isVisible());
        bool asked = false;
        connect(&window, &hoist::ui::MainWindow::signInRequested, this, [&] { asked = true; });
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(asked);
        QVERIFY(!window.action(QStringLiteral("addFiles"))->isEnabled());
        QVERIFY(window.close()); // nothing to lose: no question
    }

    void controlsHaveNamesAndShortcuts()
    {
        Session s;
        QVERIFY(s.start());
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        // Every toolbar button, combo, tree, table and button a screen reader reaches has a name.
        const auto widgets = s.window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(s.window.get()) || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            if (qobject_cast<QAbstractButton *>(widget)
                && !qobject_cast<QAbstractButton *>(widget)->text().isEmpty())
                continue; // the text is the name
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
                                + widget->objectName()));
        }
        QCOMPARE(s.window->action(QStringLiteral("addFiles"))->shortcut(), QKeySequence(QKeySequence::Open));
        QVERIFY(!s.window->action(QStringLiteral("upload"))->shortcut().isEmpty());
        QVERIFY(!s.window->action(QStringLiteral("retry"))->shortcut().isEmpty());
        QVERIFY(!s.window->action(QStringLiteral("pauseAll"))->shortcut().isEmpty());
    }

    void iconsFollowThePalette()
    {
        // The same icon is drawn dark on a light theme and light on a dark one, and sharp at 2x.
        const QPalette original = QApplication::palette();
        auto meanLightness = [](const QImage &image) {
            qint64 sum = 0, count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.alpha() > 200) {
                        sum += c.lightness();
                        ++count;
                    }
                }
            }
            return count ? int(sum / count) : -1;
        };
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::WindowText, Qt::black);
        QApplication::setPalette(light);
        const QIcon icon = hoist::ui::ThemedIconEngine::icon(QStringLiteral("add-file"));
        QVERIFY(!icon.isNull());
        const int onLight = meanLightness(icon.pixmap(QSize(24, 24), 1.0).toImage());
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        const int onDark = meanLightness(icon.pixmap(QSize(24, 24), 1.0).toImage());
        const QPixmap hiDpi = icon.pixmap(QSize(24, 24), 2.0);
        QApplication::setPalette(original);
        QVERIFY2(onLight >= 0 && onLight < 80, qPrintable(QString::number(onLight)));
        QVERIFY2(onDark > 180, qPrintable(QString::number(onDark)));
        QCOMPARE(hiDpi.size(), QSize(48, 48)); // rendered at device pixels, not scaled up
        QCOMPARE(hiDpi.devicePixelRatio(), 2.0);
    }

    void tenThousandFilesKeepTheWindowResponsive()
    {
        Session s;
        QVERIFY(s.start());
        hoist::ui::MainWindow &window = *s.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.destinationBar()->selectDestination(kCompany, kProject, QStringLiteral("Drawings/Civil"));
        QTRY_VERIFY_WITH_TIMEOUT(window.destinationBar()->isComplete(), 15000);

        QTemporaryDir dir;
        constexpr int kFiles = 10'000;
        for (int i = 0; i < kFiles; ++i) {
            QFile file(dir.filePath(QStringLiteral("scan-%1.txt").arg(i, 5, 10, QLatin1Char('0'))));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }

        // The event loop keeps turning while the folder is scanned (on a worker thread), and the
        // drop area says what is going on.
        QElapsedTimer clock;
        qint64 last = 0, longestStall = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestStall = std::max(longestStall, clock.elapsed() - last);
            last = clock.elapsed();
        });
        auto *title = window.dropArea()->findChild<QLabel *>(QStringLiteral("dropTitle"));
        QVERIFY(title);
        bool sawProgress = false;
        connect(&ticker, &QTimer::timeout, this, [&] {
            sawProgress |=
                window.isScanning() && title->text().startsWith(QStringLiteral("Looking for files"));
        });
        clock.start();
        ticker.start();
        window.addPaths({dir.path()});
        QVERIFY(window.isScanning());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isScanning(), 60000);
        const qint64 scanMs = clock.elapsed();
        QCOMPARE(window.pendingItems().size(), kFiles);
        QVERIFY(sawProgress);
        qInfo("scan of %d files: %lld ms, longest event-loop stall %lld ms", kFiles, scanMs, longestStall);
        QVERIFY2(longestStall < 1000, qPrintable(QString::number(longestStall)));

        // 10,000 rows in the list (paused, so nothing goes out), painted and scrolled.
        s.controller->pauseAll();
        clock.restart();
        QVERIFY(window.startUpload());
        QCOMPARE(s.model()->rowCount(), kFiles);
        hoist::ui::TransferView *view = window.transferView();
        view->scrollToBottom();
        view->viewport()->repaint();
        view->selectAll();
        QCoreApplication::processEvents();
        const qint64 queueMs = clock.elapsed();
        qInfo("queue, paint, scroll and select 10,000 rows: %lld ms", queueMs);
        QVERIFY2(queueMs < 5000, qPrintable(QString::number(queueMs)));
        QVERIFY(window.action(QStringLiteral("cancel"))->isEnabled());
    }

    void geometryAndColumnsAreKept()
    {
        int nameWidth = 0;
        QSize size;
        {
            Session s;
            QVERIFY(s.start());
            s.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
            s.window->resize(1000, 700);
            // The name column stretches; the others keep the width they are given.
            nameWidth = s.window->transferView()->columnWidth(hoist::TransferModel::DestinationColumn) - 17;
            s.window->transferView()->setColumnWidth(hoist::TransferModel::DestinationColumn, nameWidth);
            size = s.window->size();
            QVERIFY(s.window->close()); // idle: no question; saves
        }
        Session s;
        QVERIFY(s.start());
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
        QCOMPARE(s.window->transferView()->columnWidth(hoist::TransferModel::DestinationColumn), nameWidth);
        QCOMPARE(s.window->size(), size);
    }

    void closingWithWorkAsksFirst()
    {
        Session s;
        QVERIFY(s.start());
        hoist::ui::MainWindow &window = *s.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.destinationBar()->selectDestination(kCompany, kProject, QStringLiteral("Drawings/Civil"));
        QTRY_VERIFY_WITH_TIMEOUT(window.destinationBar()->isComplete(), 15000);

        // Slow storage keeps the upload under way while the window is closed. (The sandbox
        // finishes reading a throttled request even after the client gave up, so keep it short.)
        s.sandbox.faults().setStorageBytesPerSecond(150'000);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("survey.dwg"));
        testfiles::write(path, 700'000, 5);
        window.addPaths({path});
        QTRY_VERIFY(!window.isScanning() && window.pendingItems().size() == 1);
        QVERIFY(window.startUpload());
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(0), TransferState::Uploading, 15000);

        // "Keep uploading": the window stays, the upload goes on.
        QString question;
        answerCloseQuestion(QStringLiteral("keepButton"), &question);
        QVERIFY(!window.close());
        QVERIFY(question.contains(QStringLiteral("1")));
        QVERIFY(window.isVisible());
        QVERIFY(!hoist::isFinalState(s.stateOf(0)));

        // "Stop and quit": the upload is cancelled, not dropped silently, and the window closes.
        answerCloseQuestion(QStringLiteral("quitButton"), &question);
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        QTRY_COMPARE(s.stateOf(0), TransferState::Cancelled);
    }

    void closingWithFilesNotUploadedAsksFirst()
    {
        Session s;
        QVERIFY(s.start());
        hoist::ui::MainWindow &window = *s.window;
        window.show();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        testfiles::write(path, 1000, 6);
        window.addPaths({path});
        QTRY_VERIFY(!window.isScanning() && window.pendingItems().size() == 1);
        QString question;
        answerCloseQuestion(QStringLiteral("keepButton"), &question);
        QVERIFY(!window.close());
        QVERIFY(!question.isEmpty());
        QCOMPARE(window.pendingItems().size(), 1);
    }

    void pauseAndResumeAll()
    {
        Session s;
        QVERIFY(s.start());
        hoist::ui::MainWindow &window = *s.window;
        window.show();
        window.destinationBar()->selectDestination(kCompany, kProject, QStringLiteral("Drawings/Civil"));
        QTRY_VERIFY_WITH_TIMEOUT(window.destinationBar()->isComplete(), 15000);
        s.sandbox.faults().setStorageBytesPerSecond(200'000);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("grading.pdf"));
        const QByteArray sha = testfiles::write(path, 1'000'000, 7);
        window.addPaths({path});
        QTRY_VERIFY(!window.isScanning() && window.pendingItems().size() == 1);
        QVERIFY(window.startUpload());
        QAction *pause = window.action(QStringLiteral("pauseAll"));
        QTRY_VERIFY(pause->isEnabled());
        pause->trigger();
        QTRY_VERIFY(s.controller->isPaused());
        QVERIFY(pause->isChecked());
        QTRY_COMPARE(s.stateOf(0), TransferState::Paused);
        s.sandbox.faults().setStorageBytesPerSecond(0);
        pause->trigger();
        QTRY_VERIFY(!s.controller->isPaused());
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(0), TransferState::Done, 15000);
        QCOMPARE(s.stored(QStringLiteral("Drawings/Civil"), QStringLiteral("grading.pdf")).sha256.toLatin1(),
                 sha);
        QVERIFY(window.close()); // all done: no question
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

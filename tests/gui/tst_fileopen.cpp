// macOS hands files to a running Hoist as QFileOpenEvents (Finder's Open With, a drop on the Dock
// icon): the application receives them and the window queues the files as a drop would.
#include "FileOpenReceiver.h"
#include "GuiSession.h"
#include "TestFiles.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace gui;

namespace {

QStringList queuedPaths(const hoist::ui::MainWindow &window)
{
    QStringList paths;
    for (const hoist::UploadItem &item : window.pendingItems())
        paths.append(item.localPath);
    paths.sort();
    return paths;
}

void openFile(const QString &path)
{
    QFileOpenEvent event(path);
    QCoreApplication::sendEvent(qApp, &event);
}

} // namespace

class TestFileOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    // Finder sends one event per file of a multi-file Open With: they reach the window together.
    void openedFilesAreQueuedInTheWindow()
    {
        Session s;
        QVERIFY(s.start());
        hoist::ui::FileOpenReceiver opened(qApp);
        QObject::connect(&opened, &hoist::ui::FileOpenReceiver::filesOpened, s.window.get(),
                         &hoist::ui::MainWindow::addPaths);
        QSignalSpy batches(&opened, &hoist::ui::FileOpenReceiver::filesOpened);
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.pdf"));
        const QString photo = dir.filePath(QStringLiteral("site photo.jpg"));
        testfiles::write(plan, 20'000, 1);
        testfiles::write(photo, 30'000, 2);

        openFile(plan);
        openFile(photo);
        openFile(plan); // the same file twice is one item
        QTRY_VERIFY(!s.window->isScanning() && s.window->pendingItems().size() == 2);
        QCOMPARE(queuedPaths(*s.window), QStringList({plan, photo}));
        QCOMPARE(batches.size(), 1);
    }

    // The files that start the app come before the window exists: they wait for it.
    void filesBeforeTheWindowWait()
    {
        hoist::ui::FileOpenReceiver opened(qApp);
        QSignalSpy batches(&opened, &hoist::ui::FileOpenReceiver::filesOpened);
        QTemporaryDir dir;
        const QString early = dir.filePath(QStringLiteral("early.dwg"));
        testfiles::write(early, 1000, 3);
        openFile(early);
        QFileOpenEvent link(QUrl(QStringLiteral("https://example.com/drawing.pdf"))); // not a local file
        QCoreApplication::sendEvent(qApp, &link);
        QCoreApplication::processEvents();
        QCOMPARE(batches.size(), 0);
        QCOMPARE(opened.takePending(), QStringList({early}));
        QCOMPARE(opened.takePending(), QStringList());
    }
};

QTEST_MAIN(TestFileOpen)
#include "tst_fileopen.moc"

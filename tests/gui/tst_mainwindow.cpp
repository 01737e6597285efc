// The first window: it starts, says where it is connected, and has accessible parts.
#include "MainWindow.h"

#include "sandbox/SandboxServer.h"

#include <QLabel>
#include <QStatusBar>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheConnection()
    {
        hoist::sandbox::SandboxServer sandbox;
        QVERIFY(sandbox.start());
        hoist::ui::MainWindow window;
        window.setConnection(QStringLiteral("Built-in sandbox"), sandbox.baseUrl());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLabel *connection = nullptr;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            if (label->accessibleName() == QLatin1String("Connection"))
                connection = label;
        QVERIFY(connection);
        QVERIFY(connection->text().contains(QStringLiteral("Built-in sandbox")));
        QVERIFY(connection->text().contains(QString::number(sandbox.port())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

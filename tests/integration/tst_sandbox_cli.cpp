#include <QTest>
class T : public QObject { Q_OBJECT private Q_SLOTS: void placeholder() { QVERIFY(true); } };
QTEST_GUILESS_MAIN(T)
#include "tst_sandbox_cli.moc"

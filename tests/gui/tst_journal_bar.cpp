// The window when the disk under the transfer journal fills (issue 24.6): every upload stops, a bar
// above the list says the journal could not be written, that the disk is full and where; once
// space is freed, the bar's Resume All finishes every file, each stored once. The journal sits on
// a real 2 MiB tmpfs (mounting it needs root: CI and the developers' machines run as root).
#include "GuiSession.h"
#include "TestFiles.h"

#include "upload/TransferJournal.h"

#include <QDirIterator>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <unistd.h>

using hoist::TransferState;
using namespace gui;

class TestJournalBar : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_disk;
    bool m_mounted = false;

    void fill()
    {
        QFile f(m_disk + QStringLiteral("/filler"));
        if (!f.open(QIODevice::WriteOnly))
            return;
        const QByteArray chunk(4096, 'x');
        for (int i = 0; i < 100000 && f.write(chunk) > 0 && f.flush(); ++i) {
        }
        const QByteArray one(1, 'x');
        for (int i = 0; i < 8192 && f.write(one) > 0 && f.flush(); ++i) {
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_disk = m_dir.filePath(QStringLiteral("disk"));
        QDir().mkpath(m_disk);
        if (::geteuid() == 0)
            m_mounted =
                QProcess::execute(QStringLiteral("mount"),
                                  {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                   QStringLiteral("size=2m"), QStringLiteral("tmpfs"), m_disk})
                == 0;
        if (!m_mounted)
            QSKIP("mounting a 2 MiB tmpfs needs root: this test is not run here (CI runs it as root)");
    }
    void cleanupTestCase()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_disk});
    }
    void init() { isolateSettings(); }

    void fullDiskShowsTheBarAndResumeAllFinishes()
    {
        Session s;
        QVERIFY(s.start());
        const QString path = m_disk + QStringLiteral("/journal.sqlite");
        QString error;
        auto journal = hoist::TransferJournal::open(path, &error);
        QVERIFY2(journal, qPrintable(error));
        s.controller->setJournal(journal.get());
        s.controller->setMaxParallel(1);
        s.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));

        QTemporaryDir files;
        QHash<QString, QByteArray> sha;
        QList<hoist::UploadItem> items;
        for (int i = 0; i < 6; ++i) {
            const QString name = QStringLiteral("journal-bar-%1.pdf").arg(i);
            sha.insert(name, testfiles::write(files.filePath(name), 50 * 1024, quint32(70 + i)));
            const QFileInfo info(files.filePath(name));
            items.append({info.filePath(), {}, info.size(), info.lastModified()});
        }
        int done = 0;
        connect(s.controller.get(), &hoist::UploadController::jobStateChanged, this,
                [&](quint64, TransferState state) {
                    if (state == TransferState::Done && ++done == 2)
                        fill(); // the disk fills while the queue runs
                });
        hoist::Destination dest;
        dest.companyId = kCompany;
        dest.projectId = kProject;
        s.controller->enqueue(items, dest);

        auto *bar = s.window->findChild<QFrame *>(QStringLiteral("journalBar"));
        QVERIFY(bar);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(s.controller->isIdle(), 30000);
        const QString text = bar->findChild<QLabel *>(QStringLiteral("journalText"))->text();
        QVERIFY2(text.contains(QStringLiteral("disk is full")), qPrintable(text));
        QVERIFY2(text.contains(m_disk), qPrintable(text));
        const int doneBefore = s.model()->countInState(TransferState::Done);
        QVERIFY(doneBefore >= 2 && doneBefore < 6);
        QCOMPARE(s.model()->countInState(TransferState::Failed), 0); // stopped, not failed

        // Space comes back; the bar's button is Resume All.
        QFile::remove(m_disk + QStringLiteral("/filler"));
        auto *resume = bar->findChild<QToolButton *>();
        QVERIFY(resume);
        resume->click();
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 60000);
        QVERIFY(!bar->isVisible());
        for (auto it = sha.cbegin(); it != sha.cend(); ++it) {
            const Session::Stored stored = s.stored(QString(), it.key());
            QCOMPARE(stored.versions, 1);
            QCOMPARE(stored.sha256.toLatin1(), it.value());
        }
        s.controller->setJournal(nullptr);
    }
};

QTEST_MAIN(TestJournalBar)
#include "tst_journal_bar.moc"

// Local pre-flight rules: names Procore changes, strict extensions, sizes, hidden files.
#include "preflight/PreflightRules.h"
#include "upload/DestinationFileRule.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hoist;
using K = PreflightFlag::Kind;

class TestPreflightRules : public QObject
{
    Q_OBJECT

    static QStringList kinds(const QList<PreflightFlag> &flags)
    {
        QStringList out;
        for (const PreflightFlag &f : flags)
            out << preflight::kindName(f.kind) + (f.skipByDefault ? QStringLiteral("(skip)") : QString());
        return out;
    }

private Q_SLOTS:
    void documentsName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("stored");
        QTest::newRow("plain") << "A-101 Floor Plan.pdf"
                               << "A-101 Floor Plan.pdf";
        QTest::newRow("every stripped char") << "a#b%c*d:e<f>g?h/i\\j|k~l.pdf"
                                             << "abcdefghijkl.pdf";
        QTest::newRow("trimmed") << "  RFI 12 ~.pdf"
                                 << "RFI 12 .pdf";
        QTest::newRow("unicode kept") << "Détail – Béton.pdf"
                                      << "Détail – Béton.pdf";
        QTest::newRow("only stripped") << "###"
                                       << "";
    }
    void documentsName()
    {
        QFETCH(QString, name);
        QFETCH(QString, stored);
        QCOMPARE(preflight::documentsName(name), stored);
    }

    void checkLocal_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ordinary pdf") << "A-101.pdf" << qint64(1000) << false << QStringList{};
        QTest::newRow("renamed") << "Spec 03:30.pdf" << qint64(10) << false << QStringList{"renamed"};
        QTest::newRow("exe, not enforced")
            << "setup.EXE" << qint64(10) << false << QStringList{"strict-extension"};
        QTest::newRow("exe, enforced")
            << "setup.exe" << qint64(10) << true << QStringList{"strict-extension(skip)"};
        QTest::newRow("zero bytes") << "empty.txt" << qint64(0) << false << QStringList{"zero-bytes"};
        QTest::newRow("over 5 GB") << "model.rvt" << qint64(6'000'000'000) << false
                                   << QStringList{"needs-segments"};
        QTest::newRow("DS_Store") << ".DS_Store" << qint64(6148) << false
                                  << QStringList{"hidden-or-system(skip)"};
        QTest::newRow("Thumbs.db") << "Thumbs.db" << qint64(10) << false
                                   << QStringList{"hidden-or-system(skip)"};
        QTest::newRow("desktop.ini") << "desktop.ini" << qint64(10) << false
                                     << QStringList{"hidden-or-system(skip)"};
        QTest::newRow("office lock") << "~$Schedule.xlsx" << qint64(165) << false
                                     << QStringList{"hidden-or-system(skip)", "renamed"};
        QTest::newRow("nothing left") << "??" << qint64(1) << false << QStringList{"empty-name(skip)"};
    }
    void checkLocal()
    {
        QFETCH(QString, name);
        QFETCH(qint64, size);
        QFETCH(bool, strict);
        QFETCH(QStringList, expected);
        PreflightOptions options;
        options.strictFileUploads = strict;
        const QList<PreflightFlag> flags = preflight::checkLocal(name, size, options);
        QCOMPARE(kinds(flags), expected);
        for (const PreflightFlag &f : flags)
            QVERIFY(!f.reason.isEmpty());
    }

    void destinationTypes()
    {
        using hoist::DestinationKind;
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                return QString();
            f.write(bytes);
            return dir.filePath(name);
        };
        const QString png =
            write(QStringLiteral("a.png"), QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
        const QString jpg = write(QStringLiteral("b.JPG"), QByteArray::fromHex("ffd8ffe000104a464946"));
        const QString pdf = write(QStringLiteral("c.pdf"), QByteArrayLiteral("%PDF-1.7\n1 0 obj\n%%EOF\n"));
        const QString txt = write(QStringLiteral("d.txt"), QByteArrayLiteral("notes"));
        for (const QString &image : {png, jpg}) {
            QVERIFY(hoist::preflight::checkForDestination(image, DestinationKind::Photos).isEmpty());
            QCOMPARE(hoist::preflight::checkForDestination(image, DestinationKind::Drawings).value(0).kind,
                     K::NotAPdf);
        }
        for (const QString &other : {pdf, txt}) {
            const auto flags = hoist::preflight::checkForDestination(other, DestinationKind::Photos);
            QCOMPARE(flags.size(), 1);
            QCOMPARE(flags[0].kind, K::NotAnImage);
            QVERIFY(flags[0].skipByDefault);
            QVERIFY(flags[0].reason.contains(QStringLiteral("Photos take only images")));
        }
        QVERIFY(hoist::preflight::checkForDestination(pdf, DestinationKind::Drawings).isEmpty());
        QVERIFY(hoist::preflight::checkForDestination(txt, DestinationKind::ProjectDocuments).isEmpty());
        QCOMPARE(hoist::preflight::kindName(K::NotAnImage), QStringLiteral("not-an-image"));

        // Named as a PDF, no PDF inside (issue 26.6's 2-byte sheet): left out, and said so.
        const QString bogus = write(QStringLiteral("A-900 Bogus Sheet.pdf"), QByteArrayLiteral("xx"));
        const auto bogusFlags = hoist::preflight::checkForDestination(bogus, DestinationKind::Drawings);
        QCOMPARE(bogusFlags.size(), 1);
        QCOMPARE(bogusFlags[0].kind, K::NotAPdf);
        QVERIFY(bogusFlags[0].skipByDefault);
        QVERIFY(bogusFlags[0].reason.contains(QStringLiteral("no PDF inside")));
        QVERIFY(!hoist::fitsDestination(bogus, DestinationKind::Drawings));
        // A PDF cut short (no end marker): a warning, not left out.
        const QString cut = write(QStringLiteral("cut.pdf"), QByteArrayLiteral("%PDF-1.7\n1 0 obj\n"));
        const auto cutFlags = hoist::preflight::checkForDestination(cut, DestinationKind::Drawings);
        QCOMPARE(cutFlags.size(), 1);
        QCOMPARE(cutFlags[0].kind, K::PdfMayBeCut);
        QVERIFY(!cutFlags[0].skipByDefault);
        QVERIFY(hoist::fitsDestination(cut, DestinationKind::Drawings));
    }

    void sheetFromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("revision");
        QTest::newRow("Rev 3") << "A-101 Floor Plan Rev 3.pdf"
                               << "A-101"
                               << "3";
        QTest::newRow("Rev.3") << "A-102 Sections Rev.3.pdf"
                               << "A-102"
                               << "3";
        QTest::newRow("R3") << "M-201 Ductwork R3.pdf"
                            << "M-201"
                            << "3";
        QTest::newRow("_rev3") << "S2.01_rev3.pdf"
                               << "S2.01"
                               << "3";
        QTest::newRow("Revision B") << "E101 Lighting Revision B.pdf"
                                    << "E101"
                                    << "B";
        QTest::newRow("(Rev 12)") << "P-301 Plumbing (Rev 12).pdf"
                                  << "P-301"
                                  << "12";
        QTest::newRow("no revision") << "A-103 Elevations.pdf"
                                     << "A-103"
                                     << "";
        QTest::newRow("R in a word") << "A-104 Roof Plan.pdf"
                                     << "A-104"
                                     << "";
        QTest::newRow("no number") << "Cover Sheet.pdf"
                                   << ""
                                   << "";
        QTest::newRow("number only") << "FP-1.2a.pdf"
                                     << "FP-1.2A"
                                     << "";
    }
    void sheetFromName()
    {
        QFETCH(QString, name);
        QFETCH(QString, number);
        QFETCH(QString, revision);
        const preflight::SheetName sheet = preflight::sheetFromName(name);
        QCOMPARE(sheet.number, number);
        QCOMPARE(sheet.revision, revision);
    }

    void renamedReasonShowsTheStoredName()
    {
        const auto flags = preflight::checkLocal(QStringLiteral("Grid C|4.pdf"), 1);
        QCOMPARE(flags.size(), 1);
        QVERIFY(flags[0].reason.contains(QStringLiteral("Grid C4.pdf")));
    }
};

QTEST_GUILESS_MAIN(TestPreflightRules)
#include "tst_preflightrules.moc"

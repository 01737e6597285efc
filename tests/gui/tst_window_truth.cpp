// What a person sees and hears in the window: the status bar at the end of a queue, progress bars
// that show only what is known, text that reads on its bar (WCAG 4.5:1, light and dark), rows a
// screen reader can hear, the theme chosen in Settings, and a quit that does not wait.
#include "GuiSession.h"
#include "TestFiles.h"

#include "Accessibility.h"
#include "AppSettings.h"
#include "DesktopIntegration.h"
#include "DestinationBar.h"
#include "ProgressDelegate.h"
#include "SessionManager.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "ThemedIconEngine.h"
#include "TransferView.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using hoist::TransferModel;
using hoist::TransferState;
using hoist::ui::ProgressDelegate;
using namespace gui;

namespace {

struct HeardEvent
{
    QAccessible::Event type;
    QString name;        // the accessible name of what it is about
    QString description; // and its description
    QVariant value;
};
QList<HeardEvent> g_heard;

void listen(QAccessibleEvent *event)
{
    HeardEvent heard{event->type(), {}, {}, {}};
    if (QAccessibleInterface *iface = event->accessibleInterface()) {
        heard.name = iface->text(QAccessible::Name);
        heard.description = iface->text(QAccessible::Description);
    }
    if (event->type() == QAccessible::ValueChanged)
        heard.value = static_cast<QAccessibleValueChangeEvent *>(event)->value();
    g_heard.append(heard);
    if (qEnvironmentVariableIsSet("HOIST_TEST_VERBOSE"))
        qInfo() << "heard" << heard.type << heard.name << heard.value;
}

hoist::Destination rootOfProject()
{
    hoist::Destination d;
    d.companyId = kCompany;
    d.projectId = kProject;
    return d;
}

QList<hoist::UploadItem> writeFiles(const QTemporaryDir &dir, const QStringList &names, qint64 size)
{
    QList<hoist::UploadItem> items;
    quint32 seed = 1;
    for (const QString &name : names) {
        hoist::UploadItem item;
        item.localPath = dir.filePath(name);
        testfiles::write(item.localPath, size, seed++);
        item.size = size;
        items.append(item);
    }
    return items;
}

QString progressText(const Session &s, int row)
{
    return s.model()->index(row, TransferModel::ProgressColumn).data().toString();
}

// WCAG 2 contrast ratio, computed here (not by the delegate under test).
double wcagContrast(const QColor &a, const QColor &b)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    auto luminance = [&](const QColor &c) {
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The contrast of the text in `area` with what is behind it: the most common colour there is the
// background, the pixel farthest from it is the text's ink.
double inkContrast(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    double best = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        best = std::max(best, wcagContrast(QColor(it.key()), QColor(background)));
    return best;
}

// A progress cell of `state` at `fraction`, painted by the delegate on `palette`.
QImage paintProgressCell(const QPalette &palette, TransferState state, double fraction, const QString &text)
{
    QStandardItemModel model(1, TransferModel::ColumnCount);
    const QModelIndex index = model.index(0, TransferModel::ProgressColumn);
    model.setData(index, int(state), TransferModel::StateRole);
    model.setData(index, fraction, TransferModel::ProgressRole);
    model.setData(index, text, TransferModel::ProgressTextRole);
    model.setData(index, text, Qt::DisplayRole);
    ProgressDelegate delegate;
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 200, 30);
    option.palette = palette;
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    QImage image(option.rect.size(), QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    painter.end();
    return image;
}

// The colour a themed icon is drawn in now.
struct ThemedIconEngineProbe
{
    static QColor iconInk()
    {
        const QImage image =
            hoist::ui::ThemedIconEngine::icon(QStringLiteral("add-file")).pixmap(QSize(32, 32)).toImage();
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) == 255)
                    return QColor(image.pixel(x, y));
        return {};
    }
};

} // namespace

class TestWindowTruth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }

    // The last step of a file (associating → done) moves no bytes: the status bar must still
    // follow it, not stay at "2 of 3".
    void statusBarFollowsTheLastStateChange()
    {
        Session s;
        QVERIFY(s.start());
        s.window->show();
        QTemporaryDir dir;
        const QStringList names{"a.pdf", "b.pdf", "c.pdf"};
        s.controller->enqueue(writeFiles(dir, names, 40'000), rootOfProject());
        QTRY_VERIFY_WITH_TIMEOUT(s.allInState(TransferState::Done), 15000);
        auto *counts = s.window->findChild<QLabel *>(QStringLiteral("overallCounts"));
        auto *rate = s.window->findChild<QLabel *>(QStringLiteral("overallRate"));
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().startsWith(QStringLiteral("3 of 3 file")), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(rate->text(), QStringLiteral("All done"), 2000);
        QCOMPARE(s.window->windowTitle(), QStringLiteral("Hoist"));
        QCOMPARE(s.model()->countInState(TransferState::Done), 3);
        QCOMPARE(s.model()->sentBytes(), s.model()->totalBytes());
    }

    // The bar says what is known: bytes handed to the socket are not "100 %" before storage
    // confirms them; association is "Finishing in Procore…"; a failure is not a full bar.
    void barShowsWhatIsKnown()
    {
        Session s;
        QVERIFY(s.start(/*maxAttempts=*/1));
        s.window->show();
        QTemporaryDir dir;
        // Storage reads slowly: the whole file sits in socket buffers long before it is stored.
        s.sandbox.faults().setStorageBytesPerSecond(200'000);
        s.controller->enqueue(writeFiles(dir, {"slow.pdf"}, 600'000), rootOfProject());
        QTRY_VERIFY_WITH_TIMEOUT(s.stateOf(0) == TransferState::Uploading
                                     && s.model()->index(0, 0).data(TransferModel::BytesSentRole).toLongLong()
                                            == 600'000,
                                 15000);
        QVERIFY2(s.stateOf(0) == TransferState::Uploading, "storage answered before the test looked");
        QVERIFY2(progressText(s, 0) != QStringLiteral("100%"), qPrintable(progressText(s, 0)));
        QVERIFY(s.model()->index(0, 0).data(TransferModel::ProgressRole).toDouble() < 1.0);
        QCOMPARE(s.model()->index(0, TransferModel::StatusColumn).data().toString(),
                 QStringLiteral("Sent; waiting for storage to confirm…"));
        s.sandbox.faults().setStorageBytesPerSecond(0);

        // Association, slowed down so it can be seen.
        s.sandbox.faults().setApiDelayMs(1500);
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(0), TransferState::Associating, 15000);
        QCOMPARE(progressText(s, 0), QStringLiteral("Finishing in Procore…"));
        QCOMPARE(s.model()->index(0, 0).data(TransferModel::ProgressRole).toDouble(), 1.0);
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(0), TransferState::Done, 15000);
        QCOMPARE(progressText(s, 0), QStringLiteral("100%"));
        s.sandbox.faults().setApiDelayMs(0);

        // A failure after the bytes were stored (the association refused) is not "100 %".
        hoist::sandbox::FaultRule refuse;
        refuse.kind = QStringLiteral("api");
        refuse.method = QStringLiteral("POST");
        refuse.path = QRegularExpression(QStringLiteral("^/rest/v1\\.0/files"));
        refuse.status = 422;
        s.sandbox.faults().addRule(refuse);
        s.controller->enqueue(writeFiles(dir, {"refused.pdf"}, 30'000), rootOfProject());
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(1), TransferState::Failed, 15000);
        QCOMPARE(progressText(s, 1), QStringLiteral("Stopped after upload"));
        // And a refusal by storage says so.
        hoist::sandbox::FaultRule storage;
        storage.kind = QStringLiteral("storage");
        storage.status = 403;
        s.sandbox.faults().addRule(storage);
        s.controller->enqueue(writeFiles(dir, {"denied.pdf"}, 30'000), rootOfProject());
        QTRY_COMPARE_WITH_TIMEOUT(s.stateOf(2), TransferState::Failed, 15000);
        // Storage refused it (403): "Refused", not where the bytes had got to ("Stopped at 99 %").
        QCOMPARE(progressText(s, 2), QStringLiteral("Refused"));
    }

    // Text on a bar reads at WCAG's 4.5:1 on light and dark palettes, whatever the row's state;
    // measured on the pixels the delegate paints.
    void barTextHasContrast_data()
    {
        QTest::addColumn<QString>("paletteName");
        QTest::addColumn<int>("state");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<QString>("text");
        // Fusion's own palette (a desktop without a platform theme), and Hoist's light and dark.
        for (const QString &p : {QStringLiteral("fusion"), QStringLiteral("light"), QStringLiteral("dark")}) {
            const QByteArray tag = p.toLatin1();
            QTest::addRow("%s-queued", tag.constData())
                << p << int(TransferState::Queued) << 0.0 << QStringLiteral("0%");
            QTest::addRow("%s-paused", tag.constData())
                << p << int(TransferState::Paused) << 0.6 << QStringLiteral("60%");
            QTest::addRow("%s-failed", tag.constData())
                << p << int(TransferState::Failed) << 1.0 << QStringLiteral("Stopped after upload");
            QTest::addRow("%s-uploading", tag.constData())
                << p << int(TransferState::Uploading) << 0.5 << QStringLiteral("50%");
            QTest::addRow("%s-done", tag.constData())
                << p << int(TransferState::Done) << 1.0 << QStringLiteral("100%");
        }
    }
    void barTextHasContrast()
    {
        QFETCH(QString, paletteName);
        QFETCH(int, state);
        QFETCH(double, fraction);
        QFETCH(QString, text);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        const QPalette palette = paletteName == QLatin1String("dark") ? hoist::ui::theme::darkPalette()
                                                                      : hoist::ui::theme::lightPalette();
        const QImage image = paintProgressCell(palette, TransferState(state), fraction, text);
        // The text's band, left and right of the middle (over the filled and the empty part).
        const QFontMetrics fm(QApplication::font());
        const int textWidth = fm.horizontalAdvance(text);
        const QRect band(100 - textWidth / 2, 15 - fm.ascent() / 2, textWidth, fm.ascent());
        const QRect left(band.left(), band.top(), band.width() / 2, band.height());
        const QRect right(band.center().x(), band.top(), band.width() / 2, band.height());
        if (qEnvironmentVariableIsSet("HOIST_SCREENSHOT_DIR"))
            image.save(qEnvironmentVariable("HOIST_SCREENSHOT_DIR") + QLatin1Char('/')
                       + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png"));
        for (const QRect &area : {left, right}) {
            const double ratio = inkContrast(image, area);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1:1 in %2,%3 %4x%5")
                                                  .arg(ratio, 0, 'f', 2)
                                                  .arg(area.x())
                                                  .arg(area.y())
                                                  .arg(area.width())
                                                  .arg(area.height())));
        }
        // The colours it chooses pass too.
        for (const bool greyed : {false, true}) {
            const auto c = ProgressDelegate::barColours(palette, greyed);
            QVERIFY(ProgressDelegate::contrast(c.onFill, c.fill) >= 4.5);
            QVERIFY(ProgressDelegate::contrast(c.onGroove, c.groove) >= 4.5);
        }
    }

    // A screen reader hears each row whole, the progress as a value, failures and the end of the
    // queue.
    void rowsAreHeard()
    {
        g_heard.clear();
        hoist::ui::a11y::setListener(listen);
        {
            Session s;
            QVERIFY(s.start(/*maxAttempts=*/1));
            s.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(s.window.get()));
            QTemporaryDir dir;
            hoist::sandbox::FaultRule storage;
            storage.kind = QStringLiteral("storage");
            storage.status = 403;
            s.sandbox.faults().addRule(storage); // the first file fails
            s.controller->setMaxParallel(1);
            s.controller->enqueue(
                writeFiles(dir, {"A-101 Ground Floor Plan.pdf", "A-102.pdf", "A-103.pdf"}, 200'000),
                rootOfProject());
            QTRY_VERIFY_WITH_TIMEOUT(s.model()->countInState(TransferState::Done) == 2
                                         && s.model()->countInState(TransferState::Failed) == 1,
                                     15000);

            QAccessibleInterface *view = QAccessible::queryAccessibleInterface(s.window->transferView());
            QVERIFY(view && view->tableInterface());
            QAccessibleInterface *nameCell = view->tableInterface()->cellAt(0, TransferModel::NameColumn);
            QVERIFY(nameCell);
            const QString heardRow = nameCell->text(QAccessible::Name);
            QVERIFY2(heardRow.startsWith(QStringLiteral("A-101 Ground Floor Plan.pdf, Failed")),
                     qPrintable(heardRow));
            QVERIFY(!nameCell->text(QAccessible::Description).isEmpty()); // the reason and what to do
            const QString done =
                view->tableInterface()->cellAt(1, TransferModel::NameColumn)->text(QAccessible::Name);
            QCOMPARE(done, QStringLiteral("A-102.pdf, Done, 100%"));
            QCOMPARE(
                view->tableInterface()->cellAt(1, TransferModel::ProgressColumn)->text(QAccessible::Name),
                QStringLiteral("100%"));

            QTRY_VERIFY(std::any_of(g_heard.cbegin(), g_heard.cend(), [](const HeardEvent &e) {
                return e.type == QAccessible::ValueChanged && e.value.toInt() == 100;
            }));
            QTRY_VERIFY(std::any_of(g_heard.cbegin(), g_heard.cend(), [](const HeardEvent &e) {
                return e.type == QAccessible::Alert
                       && e.name.contains(QStringLiteral("A-101 Ground Floor Plan.pdf"));
            }));
            QTRY_VERIFY(std::any_of(g_heard.cbegin(), g_heard.cend(), [](const HeardEvent &e) {
                return e.type == QAccessible::Alert && e.description.contains(QStringLiteral("2 of 3 file"));
            }));
        }
        hoist::ui::a11y::setListener({});
    }

    // Settings › Appearance: light, dark or the system's, applied at once; icons follow.
    void themeIsChosenInSettings()
    {
        Session s;
        QVERIFY(s.start());
        hoist::ui::DesktopIntegration desktop(s.window.get(), /*trayAllowed=*/false);
        const QColor lightIcon = ThemedIconEngineProbe::iconInk();
        s.window->action(QStringLiteral("settings"))->trigger();
        QTRY_VERIFY(desktop.settingsDialog());
        auto *theme = desktop.settingsDialog()->findChild<QComboBox *>(QStringLiteral("theme"));
        QVERIFY(theme);
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        desktop.settingsDialog()->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(hoist::ui::AppSettings::load().theme, QStringLiteral("dark"));
        const QColor darkIcon = ThemedIconEngineProbe::iconInk();
        QVERIFY(darkIcon.lightness() > 150);
        QVERIFY(darkIcon != lightIcon || lightIcon.lightness() > 150);

        hoist::ui::AppSettings light = desktop.settings();
        light.theme = QStringLiteral("light");
        desktop.apply(light, {}, false);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        QVERIFY(ThemedIconEngineProbe::iconInk().lightness() < 100);

        light.theme = QStringLiteral("system");
        desktop.apply(light, {}, false);
        QCOMPARE(hoist::ui::theme::current(), QStringLiteral("system"));
    }

    // Quitting with the built-in sandbox does not wait out the window's keep-alive connection.
    void quitIsInstant()
    {
        // As main() builds it: the window, its session, the desktop parts.
        auto window = std::make_unique<hoist::ui::MainWindow>();
        auto session = std::make_unique<hoist::ui::SessionManager>(window.get());
        auto desktop = std::make_unique<hoist::ui::DesktopIntegration>(window.get(), false);
        QString error;
        QVERIFY2(session->startSandbox(&error), qPrintable(error));
        window->show();
        // GET /me and the destination's lists have answered: their connections are kept alive.
        auto *connection = window->findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(!connection->toolTip().isEmpty(), 10000);
        window->destinationBar()->selectDestination(kCompany, kProject, QStringLiteral("Photos"));
        QTRY_VERIFY_WITH_TIMEOUT(window->destinationBar()->isComplete(), 10000);
        QElapsedTimer clock;
        clock.start();
        window->close();
        desktop.reset();
        session.reset();
        window.reset();
        const qint64 ms = clock.elapsed();
        qInfo("quitting took %lld ms", ms);
        QVERIFY2(ms < 100, qPrintable(QStringLiteral("quitting took %1 ms").arg(ms)));
    }
};

QTEST_MAIN(TestWindowTruth)
#include "tst_window_truth.moc"

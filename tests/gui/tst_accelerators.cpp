// Every window and dialog, in every shipped language: no two of its mnemonics (Alt+letter) are the
// same, so each Alt+key reaches one control.
#include "GuiSession.h"

#include "HistoryDialog.h"
#include "LanguageSetup.h"
#include "PreflightDialog.h"
#include "ProxySignInDialog.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"

#include "auth/TokenStore.h"
#include "history/UploadHistory.h"
#include "preflight/PreflightCheck.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace gui;
using hoist::ui::LanguageSetup;

namespace {

// The mnemonic of a text ("&Upload" → 'U'; "&&" is a literal ampersand), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// Mnemonics that work anywhere in `window` while it shows as it is now: visible buttons, labels
// with a buddy, group boxes, tabs and the menu bar's menus. Two the same are listed.
QStringList clashes(QWidget *window)
{
    QMultiHash<QChar, QString> owners;
    auto note = [&owners](const QString &text, const QString &what) {
        const QChar key = mnemonicOf(text);
        if (!key.isNull())
            owners.insert(key, what + QStringLiteral(" \"") + text + QLatin1Char('"'));
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            note(button->text(), QStringLiteral("button"));
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            note(label->text(), QStringLiteral("label"));
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            note(box->title(), QStringLiteral("group"));
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i), QStringLiteral("tab"));
        else if (auto *menus = qobject_cast<QMenuBar *>(w))
            for (QAction *a : menus->actions())
                note(a->text(), QStringLiteral("menu"));
    }
    QStringList found;
    if (qEnvironmentVariableIsSet("HOIST_TEST_VERBOSE")) {
        QStringList all;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            all << QString(it.key()) + QLatin1Char('=') + it.value();
        all.sort();
        qInfo().noquote() << window->objectName() << all.join(QStringLiteral(" | "));
    }
    for (const QChar &key : owners.uniqueKeys()) {
        const QStringList what = owners.values(key);
        if (what.size() > 1)
            found << QStringLiteral("Alt+%1: %2").arg(key, what.join(QStringLiteral(", ")));
    }
    return found;
}

QString check(QWidget *window, const QString &name)
{
    window->show();
    const QStringList found = clashes(window);
    window->hide();
    return found.isEmpty() ? QString() : name + QStringLiteral(": ") + found.join(QStringLiteral("; "));
}

} // namespace

class TestAccelerators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }

    void noWindowBindsAKeyTwice_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : LanguageSetup::available())
            QTest::newRow(code.toLatin1().constData()) << code;
    }

    void noWindowBindsAKeyTwice()
    {
        QFETCH(QString, language);
        LanguageSetup languages;
        QCOMPARE(languages.install(language), language);
        QStringList problems;

        // The main window signed out, then connected (destination bar, drop area, list).
        {
            hoist::ui::MainWindow signedOut;
            signedOut.setSignedOut(QStringLiteral("Procore"));
            problems << check(&signedOut, QStringLiteral("main window (signed out)"));
        }
        Session s;
        QVERIFY(s.start());
        problems << check(s.window.get(), QStringLiteral("main window"));

        hoist::ui::SettingsDialog settings(hoist::ui::AppSettings{});
        problems << check(&settings, QStringLiteral("settings"));
        hoist::TokenStore store;
        hoist::ui::SignInDialog signIn(&store);
        problems << check(&signIn, QStringLiteral("sign-in"));
        hoist::ui::ProxySignInDialog proxySignIn(QStringLiteral("proxy.example:3128"), QStringLiteral("site"),
                                                 true);
        problems << check(&proxySignIn, QStringLiteral("proxy sign-in"));
        QTemporaryDir dir;
        QString error;
        auto history = hoist::UploadHistory::open(dir.filePath(QStringLiteral("history.db")), &error);
        QVERIFY2(history, qPrintable(error));
        hoist::ui::HistoryDialog historyDialog(history.get());
        problems << check(&historyDialog, QStringLiteral("history"));
        hoist::ui::PreflightDialog preflight(hoist::PreflightReport{}, QStringLiteral("Documents"));
        problems << check(&preflight, QStringLiteral("review"));

        problems.removeAll(QString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"

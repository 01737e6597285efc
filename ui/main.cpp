#include "DemoDriver.h"
#include "MainWindow.h"

#include "auth/AuthProvider.h"
#include "procore/ProcoreClient.h"
#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxServer.h"
#include "upload/RatePacer.h"
#include "upload/UploadController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTranslator>

#include <memory>

namespace {
// The sandbox's seed (app/sandbox/SandboxSeed.cpp): Summit Ridge Builders and its first project.
constexpr qint64 kDemoCompany = 562'949'953'421'313LL;
constexpr qint64 kDemoProject = 281'474'976'710'657LL;
// --demo slows each storage POST to this many bytes per second so progress can be watched.
constexpr qint64 kDemoStorageBytesPerSecond = 700'000;
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hoist"));
    QApplication::setOrganizationName(QStringLiteral("Hoist"));
    QApplication::setApplicationVersion(QStringLiteral(HOIST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.hoist.Hoist"));

    // English plural forms first ("1 file", "3 files"); the locale's translation, installed
    // later, is asked first and falls back to them.
    QTranslator qtTranslator, englishTranslator, appTranslator;
    if (englishTranslator.load(QStringLiteral("hoist_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&englishTranslator);
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(QLocale(), QStringLiteral("hoist"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && appTranslator.language() != QLatin1String("en"))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Upload files and folders to Procore."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Run against Hoist's built-in Procore sandbox (no account needed)."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "With --sandbox: upload a few generated sample files to "
                                        "Drawings/Architectural of the first project, with storage slowed "
                                        "down so the progress can be watched and the first storage request "
                                        "refused so a failed row shows (for screenshots)."));
    parser.addOption(sandboxOption);
    parser.addOption(demoOption);
    parser.process(app);

    // Declared before the window so they outlive it.
    std::unique_ptr<hoist::sandbox::SandboxServer> sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<hoist::StaticTokenProvider> auth;
    std::unique_ptr<hoist::RatePacer> pacer;
    std::unique_ptr<hoist::ProcoreClient> client;
    std::unique_ptr<hoist::UploadController> controller;

    hoist::ui::MainWindow window;
    std::unique_ptr<hoist::ui::DemoDriver> demo;
    if (parser.isSet(sandboxOption)) {
        sandbox = std::make_unique<hoist::sandbox::SandboxServer>();
        QString error;
        if (!sandbox->start(&error)) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Hoist"),
                QApplication::translate("main", "The built-in sandbox could not start: %1").arg(error));
            return 1;
        }
        auth = std::make_unique<hoist::StaticTokenProvider>(sandbox->accessToken());
        pacer = std::make_unique<hoist::RatePacer>();
        client =
            std::make_unique<hoist::ProcoreClient>(&network, sandbox->baseUrl(), auth.get(), pacer.get());
        controller = std::make_unique<hoist::UploadController>(client.get());
        window.setSession(client.get(), controller.get(),
                          QApplication::translate("main", "Built-in sandbox"));
        if (parser.isSet(demoOption)) {
            sandbox->faults().setStorageBytesPerSecond(kDemoStorageBytesPerSecond);
            // One storage POST is refused (403, not retried) so a failed row, its reason and
            // what to do next can be seen too; Retry then uploads it.
            hoist::sandbox::FaultRule refuse;
            refuse.kind = QStringLiteral("storage");
            refuse.status = 403;
            refuse.count = 1;
            sandbox->faults().addRule(refuse);
            demo = std::make_unique<hoist::ui::DemoDriver>(&window, kDemoCompany, kDemoProject,
                                                           QStringLiteral("Drawings/Architectural"));
            demo->start();
        }
    } else {
        // Signing in to a real Procore is its own piece of work (SignInDialog); until it is wired,
        // the window says so instead of pretending.
        window.setSignedOut(QApplication::translate("main", "Procore"));
        QObject::connect(&window, &hoist::ui::MainWindow::signInRequested, &window, [&window] {
            QMessageBox::information(&window, QApplication::translate("main", "Sign In"),
                                     QApplication::translate("main",
                                                             "Signing in to Procore is not available in "
                                                             "this build yet. Start Hoist with --sandbox "
                                                             "to use the built-in sandbox."));
        });
    }
    window.show();
    const int result = QApplication::exec();
    demo.reset();
    return result;
}

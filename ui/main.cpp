#include "DemoDriver.h"
#include "DesktopIntegration.h"
#include "FileOpenReceiver.h"
#include "LanguageSetup.h"
#include "MainWindow.h"
#include "SessionManager.h"
#include "SupportActions.h"
#include "WatchPanel.h"

#include "diagnostics/LogSession.h"

#include "instance/SingleInstance.h"
#include "procore/ExtraCertificates.h"
#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>
#include <QSettings>

#include <cstring>
#include <memory>

namespace {
// The sandbox's seed (app/sandbox/SandboxSeed.cpp): Summit Ridge Builders and its first project.
constexpr qint64 kDemoCompany = 562'949'953'421'313LL;
constexpr qint64 kDemoProject = 281'474'976'710'657LL;
// --demo slows each storage POST to this many bytes per second so progress can be watched.
constexpr qint64 kDemoStorageBytesPerSecond = 700'000;
// The command line: --sandbox, --demo, --sandbox-data DIR, --language code and paths.
struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption sandboxOption{
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Run against Hoist's built-in Procore sandbox (no account needed).")};
    const QCommandLineOption demoOption{
        QStringLiteral("demo"),
        QApplication::translate("main", "With --sandbox: upload a few generated sample files to "
                                        "Drawings/Architectural of the first project, with storage slowed "
                                        "down so the progress can be watched and the first storage request "
                                        "refused so a failed row shows (for screenshots).")};
    const QCommandLineOption sandboxDataOption{
        QStringLiteral("sandbox-data"),
        QApplication::translate("main",
                                "With --sandbox: keep the sandbox's state (and a transfer journal) in this "
                                "folder between runs, so an interrupted queue can be resumed."),
        QStringLiteral("DIR")};
    const QCommandLineOption tlsOption{
        QStringLiteral("tls"),
        QApplication::translate("main",
                                "With --sandbox: serve the sandbox over HTTPS with a certificate made at "
                                "start, and trust the certificate authority that signed it.")};
    const QCommandLineOption caFileOption{
        QStringLiteral("ca-file"),
        QApplication::translate("main",
                                "Also trust the certificate authorities in this PEM file (e.g. your "
                                "organization's HTTPS inspection). HOIST_CA_FILE and the network/caFile "
                                "setting do the same."),
        QApplication::translate("main", "file")};
    const QCommandLineOption languageOption{
        QStringLiteral("language"),
        QApplication::translate("main", "Use this language instead of the system's (de, en, es, fr, pt_BR)."),
        QApplication::translate("main", "code")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QApplication::translate("main", "Upload files and folders to Procore."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(sandboxOption);
        parser.addOption(demoOption);
        parser.addOption(sandboxDataOption);
        parser.addOption(tlsOption);
        parser.addOption(caFileOption);
        parser.addOption(languageOption);
        parser.addPositionalArgument(
            QStringLiteral("paths"),
            QApplication::translate("main", "Files and folders to add to the upload."),
            QStringLiteral("[--] [paths…]"));
    }
    bool demo() const { return parser.isSet(demoOption); }
};

// Certificate authorities trusted besides the system's, only when told: --ca-file, else
// HOIST_CA_FILE, else the network/caFile setting. A file that cannot be used is said, not skipped.
void trustExtraCertificates(const QString &fromCommandLine)
{
    QString path = fromCommandLine;
    if (path.isEmpty())
        path = qEnvironmentVariable(hoist::ExtraCertificates::environmentVariable());
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("network/caFile")).toString();
    if (path.isEmpty())
        return;
    const QString problem = hoist::ExtraCertificates::trustFile(path);
    if (!problem.isEmpty())
        QMessageBox::warning(nullptr, QApplication::translate("main", "Hoist"),
                             QApplication::translate("main", "%1 Servers whose certificates only that file "
                                                             "vouches for will be refused.")
                                 .arg(problem));
}

// --demo: storage slowed down, one storage POST refused, sample files queued (for screenshots).
std::unique_ptr<hoist::ui::DemoDriver> startDemo(hoist::ui::SessionManager &session,
                                                 hoist::ui::MainWindow &window)
{
    hoist::sandbox::SandboxServer *sandbox = session.sandbox();
    sandbox->faults().setStorageBytesPerSecond(kDemoStorageBytesPerSecond);
    // One storage POST is refused (403, not retried) so a failed row, its reason and
    // what to do next can be seen too; Retry then uploads it.
    hoist::sandbox::FaultRule refuse;
    refuse.kind = QStringLiteral("storage");
    refuse.status = 403;
    refuse.count = 1;
    sandbox->faults().addRule(refuse);
    window.setReviewBeforeUpload(false); // the demo uploads straight away
    auto demo = std::make_unique<hoist::ui::DemoDriver>(&window, kDemoCompany, kDemoProject,
                                                        QStringLiteral("Drawings/Architectural"));
    demo->start();
    return demo;
}

// Files handed to the window: added as a drop would, window raised.
void addAndRaise(hoist::ui::MainWindow &window, const QStringList &paths)
{
    if (!paths.isEmpty())
        window.addPaths(paths);
    window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window.show();
    window.raise();
    window.activateWindow();
}

// A later `hoist FILES…` (Linux, Windows: Send To, Explorer's "Upload with Hoist") and macOS'
// file-open events (Finder's Open With, a drop on the Dock icon) hand their files to this window.
void takeHandedOverFiles(hoist::SingleInstance &instance, hoist::ui::FileOpenReceiver &opened,
                         hoist::ui::MainWindow &window)
{
    const auto add = [&window](const QStringList &paths) { addAndRaise(window, paths); };
    QObject::connect(&instance, &hoist::SingleInstance::pathsReceived, &window, add);
    QObject::connect(&opened, &hoist::ui::FileOpenReceiver::filesOpened, &window, add);
    if (const QStringList early = opened.takePending(); !early.isEmpty()) // the files that started it
        window.addPaths(early);
}

// Everything after the first "--" is a path, even one named like an option ("--version",
// "-stylesheet"): Qt's own options and Hoist's never see it. `argc` is cut before "--" for Qt.
QStringList takePathsAfterDoubleDash(int &argc, char *argv[])
{
    QStringList paths;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") != 0)
            continue;
        for (int j = i + 1; j < argc; ++j)
            paths.append(QFile::decodeName(argv[j]));
        argc = i;
        break;
    }
    return paths;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList pathsAfterDoubleDash = takePathsAfterDoubleDash(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hoist"));
    QApplication::setOrganizationName(QStringLiteral("Hoist"));
    QApplication::setApplicationVersion(QStringLiteral(HOIST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.hoist.Hoist"));
    // The window's log, in the data folder (Help › Open Log Folder); Settings' level from the start.
    hoist::LogSession log({{},
                           QStringLiteral("hoist"),
                           hoist::LogSession::levelFromName(
                               QSettings().value(QStringLiteral("diagnostics/logLevel")).toString()),
                           hoist::LogSession::Options::Echo::Warnings});
    hoist::ui::FileOpenReceiver opened(
        &app); // macOS: files from Finder and the Dock, kept until the window is up

    // The system's language, or the one from Settings (the "language" key) or --language.
    hoist::ui::LanguageSetup languages;
    QString language = hoist::ui::LanguageSetup::fromArguments(QApplication::arguments());
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("language")).toString();
    languages.install(language);

    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    const QCommandLineOption &sandboxOption = commandLine.sandboxOption;
    const QCommandLineOption &sandboxDataOption = commandLine.sandboxDataOption;
    parser.process(app);

    // One window per user and setup: a later `hoist FILES…` hands its files to it and ends.
    hoist::SingleInstance instance(parser.isSet(sandboxOption) ? QStringLiteral("sandbox")
                                                               : QStringLiteral("procore"));
    const QStringList paths = parser.positionalArguments() + pathsAfterDoubleDash;
    if (!commandLine.demo()) {
        if (instance.handOver(paths) || (!instance.listen() && instance.handOver(paths)))
            return 0;
    }

    trustExtraCertificates(parser.value(commandLine.caFileOption));
    hoist::ui::MainWindow window;
    // Declared after the window: it lets go of the client and queue before the window goes.
    hoist::ui::SessionManager session(&window);
    // Settings, tray icon and notifications, close to tray.
    hoist::ui::DesktopIntegration desktop(&window);
    desktop.setProxySignIn(session.proxySignIn());
    QSettings settings;
    window.setReviewBeforeUpload(settings.value(QStringLiteral("upload/review"), true).toBool());
    std::unique_ptr<hoist::ui::DemoDriver> demo;
    if (parser.isSet(sandboxOption) || desktop.settings().usesBuiltInSandbox()) {
        QString error;
        if (!session.startSandbox(&error, parser.value(sandboxDataOption),
                                  parser.isSet(commandLine.tlsOption))) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Hoist"),
                QApplication::translate("main", "The built-in sandbox could not start: %1").arg(error));
            return 1;
        }
        if (commandLine.demo())
            demo = startDemo(session, window);
    } else {
        session.restoreSignedIn();
    }
    // Transfers › Watched Folders…
    hoist::ui::WatchPanel watches(&window, &session, desktop.tray());
    watches.installMenuAction();
    // Help › Create Debug Archive…, Open Log Folder.
    hoist::ui::SupportActions support(&window);
    support.installMenuActions();
    window.show();
    takeHandedOverFiles(instance, opened, window);
    // Files and folders given on the command line (the desktop's "Open with Hoist") wait for Upload.
    if (!paths.isEmpty() && !commandLine.demo())
        window.addPaths(paths);
    const int result = QApplication::exec();
    demo.reset();
    if (!commandLine.demo())
        settings.setValue(QStringLiteral("upload/review"), window.reviewBeforeUpload());
    return result;
}

#include "MainWindow.h"

#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hoist"));
    QApplication::setOrganizationName(QStringLiteral("Hoist"));
    QApplication::setApplicationVersion(QStringLiteral(HOIST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.hoist.Hoist"));

    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(QLocale(), QStringLiteral("hoist"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Upload files and folders to Procore."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Run against Hoist's built-in Procore sandbox (no account needed)."));
    parser.addOption(sandboxOption);
    parser.process(app);

    std::unique_ptr<hoist::sandbox::SandboxServer> sandbox;
    hoist::ui::MainWindow window;
    if (parser.isSet(sandboxOption)) {
        sandbox = std::make_unique<hoist::sandbox::SandboxServer>();
        QString error;
        if (!sandbox->start(&error)) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Hoist"),
                QApplication::translate("main", "The built-in sandbox could not start: %1").arg(error));
            return 1;
        }
        window.setConnection(QApplication::translate("main", "Built-in sandbox"), sandbox->baseUrl());
    }
    window.show();
    return QApplication::exec();
}

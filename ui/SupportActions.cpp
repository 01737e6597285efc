#include "SupportActions.h"

#include "diagnostics/DebugArchive.h"
#include "diagnostics/LogSession.h"
#include "history/UploadHistory.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace hoist::ui {

using namespace Qt::StringLiterals;

SupportActions::SupportActions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{}

void SupportActions::installMenuActions()
{
    auto *help = m_window->menuBar()->findChild<QMenu *>(u"helpMenu"_s);
    if (!help)
        return;
    auto *archive = new QAction(tr("Create &Debug Archive…"), help);
    archive->setObjectName(u"createDebugArchive"_s);
    archive->setStatusTip(tr("Save the log, versions and summaries in one zip for whoever helps you"));
    auto *logs = new QAction(tr("Open &Log Folder"), help);
    logs->setObjectName(u"openLogFolder"_s);
    logs->setStatusTip(
        tr("Show where Hoist writes its log: %1").arg(QDir::toNativeSeparators(LogSession::currentFolder())));
    QAction *before = help->actions().value(0);
    help->insertActions(before, {archive, logs});
    help->insertSeparator(before);
    connect(archive, &QAction::triggered, this, &SupportActions::createArchiveInteractively);
    connect(logs, &QAction::triggered, this, &SupportActions::openLogFolder);
}

bool SupportActions::createArchive(const QString &path, QString *error)
{
    DebugArchive::Sources sources;
    sources.logFiles = LogSession::files();
    sources.settingsText = DebugArchive::settingsText(QSettings());
    sources.journals =
        DebugArchive::journalsIn(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    sources.historyPath = UploadHistory::defaultPath();
    return DebugArchive::write(path, sources, error);
}

void SupportActions::createArchiveInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Create Debug Archive"), DebugArchive::suggestedPath(), tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!createArchive(path, &error)) {
        QMessageBox::warning(m_window, tr("Create Debug Archive"),
                             tr("The debug archive could not be written (%1). Choose another folder and "
                                "try again.")
                                 .arg(error));
        return;
    }
    QMessageBox::information(m_window, tr("Create Debug Archive"),
                             tr("Saved the debug archive as %1. Send it to whoever helps you: it holds "
                                "the log, the versions and summaries, and no password or token.")
                                 .arg(QDir::toNativeSeparators(path)));
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void SupportActions::openLogFolder()
{
    const QString folder = LogSession::currentFolder();
    if (folder.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        QMessageBox::information(m_window, tr("Log Folder"),
                                 tr("Hoist writes its log to %1.").arg(QDir::toNativeSeparators(folder)));
}

} // namespace hoist::ui

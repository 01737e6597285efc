#pragma once

#include <QObject>

class QMainWindow;

namespace hoist::ui {

// Help › Create Debug Archive… and Help › Open Log Folder: what a support person asks for when
// something went wrong. The archive (DebugArchive) goes where the person chooses; the window says
// where it is and opens that folder.
class SupportActions : public QObject
{
    Q_OBJECT

public:
    explicit SupportActions(QMainWindow *window);

    // Adds the actions to the window's Help menu (objectName "helpMenu"), before About.
    void installMenuActions();
    // Writes the archive to `path` (no dialog), true when written; *error says why not.
    static bool createArchive(const QString &path, QString *error);

private:
    void createArchiveInteractively();
    void openLogFolder();

    QMainWindow *m_window;
};

} // namespace hoist::ui

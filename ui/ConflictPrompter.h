#pragma once

#include "upload/UploadTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace hoist {
class UploadController;
} // namespace hoist

namespace hoist::ui {

// Asks about name clashes (a file of that name is already in the folder), one question at a
// time and without a nested event loop: a window-modal "conflictQuestion" box (New Version, Keep
// Both, Skip, and "the same for the others"), then for a new version its optional notes. The
// answer goes to the controller by job id, since rows can move before it is given.
class ConflictPrompter : public QObject
{
    Q_OBJECT

public:
    explicit ConflictPrompter(QWidget *window);

    // Listens to `controller`'s conflictDetected() (none: forgets the questions waiting).
    void setController(UploadController *controller);

private:
    struct Question
    {
        quint64 jobId = 0;
        QString name;
        QString folderPath;
    };
    void onConflict(quint64 jobId, const QString &name, const QString &folderPath);
    void askNext();
    void askNotes(const Question &question, bool applyToAll);
    void answer(quint64 jobId, ConflictPolicy decision, bool applyToAll, const QString &notes);

    QWidget *m_window;
    QPointer<UploadController> m_controller;
    QList<Question> m_waiting;
    QPointer<QDialog> m_open; // the question, or its version notes
};

} // namespace hoist::ui

#pragma once

#include <QFrame>
#include <QPointer>

class QAction;
class QLabel;

namespace hoist {
class UploadController;
} // namespace hoist

namespace hoist::ui {

// The strip above the transfer list that says the transfer journal cannot be written (a full
// disk, and where), so every file stopped where it was, and what to do: free space there, then
// Resume All ("journalBar", its text "journalText"). It hides once the queue goes on.
class JournalBar : public QFrame
{
    Q_OBJECT

public:
    JournalBar(QAction *resumeAll, QWidget *parent);
    void setController(UploadController *controller);

private:
    void showProblem(const QString &problem);

    QLabel *m_text = nullptr;
    QPointer<UploadController> m_controller;
};

} // namespace hoist::ui

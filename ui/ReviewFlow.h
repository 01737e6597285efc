#pragma once

#include "PreflightDialog.h"
#include "upload/UploadTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace hoist {
class PreflightCheck;
class UploadController;
} // namespace hoist

namespace hoist::ui {

// What the window does between Upload and the queue when review is on: checks the files against
// the destination (reads only), opens the review only when it has something to tell or to decide
// (a flagged file, a changed file, a destination it could not read), and hands back the files
// chosen, grouped by what to do with a name clash. Nothing is written until decided() is handled.
class ReviewFlow : public QObject
{
    Q_OBJECT

public:
    explicit ReviewFlow(QWidget *window);

    bool isRunning() const { return m_running; }
    void start(UploadController *controller, const QList<UploadItem> &items, const Destination &destination,
               const QString &destinationText);

Q_SIGNALS:
    // The files to queue for `destination` (the one reviewed), as the person left them (or all,
    // with nothing to say); drawings: each sheet's revision (local path → revision).
    void decided(const QList<hoist::ui::PreflightDialog::Group> &groups,
                 const hoist::Destination &destination, const QHash<QString, QString> &revisions);
    // The review was cancelled: nothing is queued, the files stay waiting.
    void cancelled();

private:
    void onChecked(PreflightCheck *check, const Destination &destination, const QString &destinationText);

    QWidget *m_window;
    bool m_running = false;
};

} // namespace hoist::ui

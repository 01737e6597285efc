#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace hoist::ui {

// macOS hands files to a running app as QFileOpenEvents, not as arguments: Finder's Open With,
// a drop on the Dock icon, `open -a Hoist FILE`, and the files that started the app (they come
// before the window exists). This filter on the application keeps them and hands them over in
// one batch once the current burst of events is in (one event per file). Other systems never
// send the event; the filter is installed everywhere so the same code is tested everywhere.
class FileOpenReceiver : public QObject
{
    Q_OBJECT

public:
    explicit FileOpenReceiver(QObject *application);
    // The files received so far and not yet handed over (then no longer kept).
    QStringList takePending();

Q_SIGNALS:
    void filesOpened(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList m_pending;
    QTimer m_batch;
};

} // namespace hoist::ui

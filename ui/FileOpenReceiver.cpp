#include "FileOpenReceiver.h"

#include <QFileOpenEvent>
#include <QMetaMethod>
#include <QUrl>

#include <utility>

namespace hoist::ui {

FileOpenReceiver::FileOpenReceiver(QObject *application)
    : QObject(application)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(0);
    connect(&m_batch, &QTimer::timeout, this, [this] {
        if (!m_pending.isEmpty()
            && isSignalConnected(QMetaMethod::fromSignal(&FileOpenReceiver::filesOpened)))
            Q_EMIT filesOpened(takePending());
    });
    application->installEventFilter(this);
}

QStringList FileOpenReceiver::takePending()
{
    return std::exchange(m_pending, {});
}

bool FileOpenReceiver::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen || watched != parent())
        return QObject::eventFilter(watched, event);
    const auto *open = static_cast<QFileOpenEvent *>(event);
    // A local file only: a URL handed to the app (a link, another scheme) is not an upload.
    const QString path = !open->file().isEmpty() ? open->file() : open->url().toLocalFile();
    if (path.isEmpty())
        return false;
    if (!m_pending.contains(path))
        m_pending.append(path);
    m_batch.start();
    return true;
}

} // namespace hoist::ui

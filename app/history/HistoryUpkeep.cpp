#include "HistoryUpkeep.h"

#include "HistoryLog.h"

#include <QThread>

namespace hoist {

HistoryUpkeep::HistoryUpkeep(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{}

HistoryUpkeep::~HistoryUpkeep()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool HistoryUpkeep::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool HistoryUpkeep::start(const HistoryLimits &limits)
{
    if (isRunning())
        return false;
    delete m_thread;
    const QString path = m_path;
    m_thread = QThread::create([this, path, limits] {
        const Result result = run(path, limits);
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT done(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("history upkeep"));
    m_thread->start(QThread::LowPriority);
    return true;
}

HistoryUpkeep::Result HistoryUpkeep::run(const QString &path, const HistoryLimits &limits)
{
    Result result;
    QString error;
    const auto history = UploadHistory::open(path, &error);
    if (!history) {
        result.removed = -1;
        result.problem = error;
        return result;
    }
    result.removed = history->prune(limits);
    history->compact();
    result.problem = history->integrityProblem();
    if (!result.problem.isEmpty())
        qCWarning(lcHistory) << "the history file" << path << "is damaged:" << result.problem;
    result.rows = history->rowCount();
    result.bytes = history->sizeOnDisk();
    qCDebug(lcHistory) << "history upkeep:" << result.rows << "rows," << result.bytes << "bytes";
    return result;
}

} // namespace hoist

#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace hoist {
class ApiReply;
} // namespace hoist

namespace hoist::ui {

// The one call a picker waits for (a list, a create): starting another aborts the one before,
// and the answer of a call that was replaced or aborted is never handled. busyChanged() tells
// the bar to show (or stop showing) that something loads.
class LatestReply : public QObject
{
    Q_OBJECT

public:
    explicit LatestReply(QObject *parent = nullptr);

    // Aborts the call before, then waits for `reply` (taking ownership) and gives it to `done`.
    void start(ApiReply *reply, std::function<void(ApiReply *reply)> done);
    void abort();
    bool isBusy() const { return !m_reply.isNull(); }

Q_SIGNALS:
    void busyChanged();

private:
    QPointer<ApiReply> m_reply;
};

} // namespace hoist::ui

#include "LatestReply.h"

#include "procore/ApiReply.h"

namespace hoist::ui {

LatestReply::LatestReply(QObject *parent)
    : QObject(parent)
{}

void LatestReply::start(ApiReply *reply, std::function<void(ApiReply *reply)> done)
{
    abort();
    m_reply = reply;
    Q_EMIT busyChanged();
    connect(reply, &ApiReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        if (reply != m_reply)
            return; // replaced or aborted
        m_reply.clear();
        Q_EMIT busyChanged();
        done(reply);
    });
}

void LatestReply::abort()
{
    if (ApiReply *old = m_reply.data()) {
        m_reply.clear();
        old->abort();
        Q_EMIT busyChanged();
    }
}

} // namespace hoist::ui

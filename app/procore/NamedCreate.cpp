#include "NamedCreate.h"

#include "CallAudit.h"

#include <QJsonObject>
#include <QTimer>

namespace hoist {

using namespace Qt::StringLiterals;

NamedCreate::NamedCreate(QString name, Call create, Call list, Items items, RetryPolicy retry,
                         QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_create(std::move(create))
    , m_list(std::move(list))
    , m_items(std::move(items))
    , m_retry(retry)
    , m_reply(new ApiReply(parent))
{
    // The caller's abort() reaches the call under way; this object ends with the reply.
    connect(m_reply, &ApiReply::abortRequested, this, [this] {
        if (m_inner)
            m_inner->abort();
        else
            m_reply->finish({}, ProcoreError::cancelled(), 0);
    });
    connect(m_reply, &QObject::destroyed, this, &QObject::deleteLater);
}

QString NamedCreate::label() const
{
    return m_reply && !m_reply->objectName().isEmpty() ? m_reply->objectName() : u"\"%1\""_s.arg(m_name);
}

void NamedCreate::start()
{
    send();
}

void NamedCreate::send()
{
    ++m_sends;
    ApiReply *inner = m_create();
    inner->setObjectName(label());
    m_inner = inner;
    connect(inner, &ApiReply::finished, this, [this, inner] {
        inner->deleteLater();
        m_inner = nullptr;
        if (!m_reply)
            return;
        const ProcoreError &error = inner->error();
        if (error.maybeApplied && error.kind != ProcoreError::Kind::Cancelled) {
            look(error);
            return;
        }
        m_reply->m_raw = inner->rawBody();
        m_reply->finish(inner->json(), error, inner->httpStatus());
    });
}

void NamedCreate::look(const ProcoreError &original)
{
    ApiReply *list = m_list();
    m_inner = list;
    connect(list, &ApiReply::finished, this, [this, list, original] {
        list->deleteLater();
        m_inner = nullptr;
        if (!m_reply)
            return;
        const QString after = CallAudit::outcomeOf(original);
        if (!list->isOk()) {
            CallAudit::looked(label(), after,
                              u"could not look (%1): not sending again"_s.arg(list->error().message));
            m_reply->finish({}, original, original.httpStatus);
            return;
        }
        for (const QJsonValue &v : m_items(list->json())) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("name"))
                    .toString()
                    .trimmed()
                    .compare(m_name.trimmed(), Qt::CaseInsensitive)
                == 0) {
                CallAudit::looked(
                    label(), after,
                    u"found ours: id %1: not sending again"_s.arg(o.value(u"id"_s).toInteger()));
                m_reply->finish(o, {}, 201); // the first create went through
                return;
            }
        }
        if (!m_retry.shouldSendAgain(m_sends, original)) {
            CallAudit::looked(label(), after, u"not there, and no retry left: failed"_s);
            m_reply->finish({}, original, original.httpStatus);
            return;
        }
        CallAudit::looked(label(), after, u"not there: sending again"_s);
        QTimer::singleShot(m_retry.delayMs(m_sends, original), this, [this] {
            if (m_reply)
                send(); // not there: it did not go through
        });
    });
}

} // namespace hoist

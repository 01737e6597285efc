#pragma once

#include "ApiReply.h"
#include "RetryPolicy.h"

#include <QJsonArray>
#include <QPointer>

#include <functional>

namespace hoist {

// One create call for a named object (a folder, a photo album, a drawing set) that is never
// repeated blindly: when the create ends without a clear answer (error().maybeApplied), the
// objects are listed and the one of that name is taken; only when none is there does the create
// go again, up to the retry policy's attempts. Its reply() looks like the create's own.
class NamedCreate : public QObject
{
    Q_OBJECT

public:
    using Call = std::function<ApiReply *()>;
    // Where a listing keeps its objects: the array itself, or e.g. a folder's "folders".
    using Items = std::function<QJsonArray(const QJsonValue &)>;

    NamedCreate(QString name, Call create, Call list, Items items, RetryPolicy retry, QObject *parent);
    ApiReply *reply() const { return m_reply; }
    void start();

private:
    QString label() const; // the reply's objectName(), else the name asked for, for the audit
    void send();
    void look(const ProcoreError &original);

    QString m_name;
    Call m_create;
    Call m_list;
    Items m_items;
    RetryPolicy m_retry;
    QPointer<ApiReply> m_reply; // what the caller holds
    QPointer<ApiReply> m_inner;
    int m_sends = 0;
};

} // namespace hoist

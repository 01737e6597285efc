#include "ApiReply.h"

#include <QJsonArray>

namespace hoist {

ApiReply::ApiReply(QObject *parent)
    : QObject(parent)
{}

void ApiReply::finish(const QJsonValue &json, const ProcoreError &error, int httpStatus)
{
    if (m_finished)
        return;
    m_finished = true;
    m_json = json;
    m_error = error;
    m_httpStatus = httpStatus;
    Q_EMIT finished();
}

void ApiReply::abort()
{
    if (!m_finished)
        Q_EMIT abortRequested();
}

User ApiReply::user() const
{
    return User::fromJson(m_json.toObject());
}

QList<Company> ApiReply::companies() const
{
    QList<Company> out;
    for (const QJsonValue &v : m_json.toArray())
        out.append(Company::fromJson(v.toObject()));
    return out;
}

QList<Project> ApiReply::projects() const
{
    QList<Project> out;
    for (const QJsonValue &v : m_json.toArray())
        out.append(Project::fromJson(v.toObject()));
    return out;
}

Folder ApiReply::folder() const
{
    return Folder::fromJson(m_json.toObject());
}

UploadTicket ApiReply::uploadTicket() const
{
    return UploadTicket::fromJson(m_json.toObject(), m_raw);
}

FileRef ApiReply::file() const
{
    return FileRef::fromJson(m_json.toObject());
}

} // namespace hoist

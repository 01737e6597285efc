#include "VersionAssociator.h"

#include "FolderResolver.h"
#include "procore/ProcoreClient.h"

#include <QJsonObject>

namespace hoist {

VersionAssociator::VersionAssociator(ProcoreClient *client, FolderResolver *resolver, Destination destination,
                                     qint64 folderId, Upload upload, qint64 fileId, QString notes,
                                     QObject *parent)
    : FileAssociator(client, resolver, std::move(destination), folderId, std::move(upload), false, parent)
    , m_fileId(fileId)
    , m_notes(std::move(notes))
{}

ApiReply *VersionAssociator::send()
{
    return m_client->createFileVersion(m_destination.companyId, m_destination.projectId, m_fileId,
                                       m_upload.uuid, m_notes);
}

FileRef VersionAssociator::remoteFrom(const ApiReply &reply)
{
    FileRef f;
    f.id = m_fileId;
    f.name = m_upload.name;
    f.parentId = m_folderId;
    f.url = QUrl(reply.json().toObject().value(QStringLiteral("url")).toString());
    f.uploadUuids.prepend(m_upload.uuid);
    f.size = m_upload.size;
    return f;
}

} // namespace hoist

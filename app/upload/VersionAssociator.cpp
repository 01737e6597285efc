#include "VersionAssociator.h"

#include "FolderResolver.h"
#include "procore/ProcoreClient.h"

#include <QJsonObject>

#include <algorithm>

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
    f.versions.append(FileVersionRef::fromJson(reply.json().toObject()));
    f.versionCount = f.versions.first().number;
    f.size = m_upload.size;
    return f;
}

bool VersionAssociator::isOurVersion(const FileVersionRef &version) const
{
    if (m_seenBefore && (m_before.contains(version.id) || version.number <= m_countBefore))
        return false; // there before the call
    return versionMadeByUpload(version, m_upload, m_userId, m_client->serverClockOffsetSecs());
}

void VersionAssociator::prepare(std::function<void()> go)
{
    if (m_seenBefore) {
        go();
        return;
    }
    ApiReply *reply = m_client->file(m_destination.companyId, m_destination.projectId, m_fileId);
    connect(reply, &ApiReply::finished, this, [this, reply, go] {
        reply->deleteLater();
        if (reply->isOk()) { // else the look goes by creator, size and time alone
            const FileRef file = reply->file();
            m_seenBefore = true;
            m_countBefore = file.versionCount;
            for (const FileVersionRef &v : file.versions) {
                m_before.insert(v.id);
                m_countBefore = std::max(m_countBefore, v.number);
            }
        }
        go();
    });
}

void VersionAssociator::look(std::function<void(std::optional<FileRef>, const ProcoreError &)> done)
{
    withSignedInUser([this, done](qint64, const ProcoreError &meError) {
        if (meError.isError())
            return done(std::nullopt, meError);
        ApiReply *reply = m_client->file(m_destination.companyId, m_destination.projectId, m_fileId);
        connect(reply, &ApiReply::finished, this, [this, reply, done] {
            reply->deleteLater();
            if (!reply->isOk())
                return done(std::nullopt, reply->error());
            FileRef file = reply->file();
            for (const FileVersionRef &v : std::as_const(file.versions)) {
                if (isOurVersion(v)) {
                    file.versions = {v};
                    file.size = v.size;
                    return done(file, {});
                }
            }
            done(std::nullopt, {});
        });
    });
}

} // namespace hoist

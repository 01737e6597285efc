#include "FileAssociator.h"

#include "FolderResolver.h"
#include "procore/ProcoreClient.h"

namespace hoist {

FileAssociator::FileAssociator(ProcoreClient *client, FolderResolver *resolver, Destination destination,
                               qint64 folderId, Upload upload, bool uniqueName, QObject *parent)
    : Associator(client, std::move(destination), std::move(upload), parent)
    , m_resolver(resolver)
    , m_folderId(folderId)
    , m_unique(uniqueName)
{}

ApiReply *FileAssociator::send()
{
    if (m_destination.projectId)
        return m_client->associateProjectFile(m_destination.companyId, m_destination.projectId, m_folderId,
                                              m_upload.name, m_upload.uuid, m_unique);
    return m_client->associateCompanyFile(m_destination.companyId, m_folderId, m_upload.name, m_upload.uuid,
                                          m_unique);
}

FileRef FileAssociator::remoteFrom(const ApiReply &reply)
{
    return reply.file();
}

bool FileAssociator::isOurs(const FileRef &file) const
{
    return madeByUpload(file, m_upload, m_userId, m_client->serverClockOffsetSecs());
}

void FileAssociator::look(std::function<void(std::optional<FileRef>, const ProcoreError &)> done)
{
    if (!m_resolver) {
        done(std::nullopt, ProcoreError::localFile(tr("No destination folder.")));
        return;
    }
    // Procore names no upload in a listing: who made a file tells ours from someone else's.
    withSignedInUser([this, done](qint64, const ProcoreError &meError) {
        if (meError.isError())
            return done(std::nullopt, meError);
        m_resolver->refreshFolder(m_folderId, this,
                                  [this, done](const Folder &folder, const ProcoreError &error) {
                                      if (!error.isError())
                                          for (const FileRef &f : folder.files)
                                              if (isOurs(f))
                                                  return done(f, {});
                                      done(std::nullopt, error);
                                  });
    });
}

} // namespace hoist

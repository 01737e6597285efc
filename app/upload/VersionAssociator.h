#pragma once

#include "FileAssociator.h"

namespace hoist {

// A new version of an existing Documents file: POST /rest/v1.0/file_versions?project_id=. Looks
// at that file's versions (in its folder's listing) for one made by the upload.
class VersionAssociator : public FileAssociator
{
    Q_OBJECT

public:
    VersionAssociator(ProcoreClient *client, FolderResolver *resolver, Destination destination,
                      qint64 folderId, Upload upload, qint64 fileId, QString notes,
                      QObject *parent = nullptr);

protected:
    ApiReply *send() override;
    FileRef remoteFrom(const ApiReply &reply) override;
    // The file's listing names the uploads of its versions: ours is one of them.
    bool isOurs(const FileRef &file) const override
    {
        return file.id == m_fileId && file.uploadUuids.contains(m_upload.uuid);
    }

private:
    qint64 m_fileId;
    QString m_notes;
};

} // namespace hoist

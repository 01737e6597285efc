#pragma once

#include "Associator.h"

namespace hoist {

class FolderResolver;

// Documents: POST /rest/v1.0/files?project_id= (or the company's files) for a stored upload.
// Looks in the destination folder for a file made by the upload.
class FileAssociator : public Associator
{
    Q_OBJECT

public:
    FileAssociator(ProcoreClient *client, FolderResolver *resolver, Destination destination, qint64 folderId,
                   Upload upload, bool uniqueName, QObject *parent = nullptr);

protected:
    ApiReply *send() override;
    FileRef remoteFrom(const ApiReply &reply) override;
    void look(std::function<void(std::optional<FileRef>, const ProcoreError &)> done) override;
    // Whether a file of the folder's listing is what the upload made (m_userId: the signed-in user).
    bool isOurs(const FileRef &file) const;

    QPointer<FolderResolver> m_resolver;
    qint64 m_folderId;

private:
    bool m_unique;
};

} // namespace hoist

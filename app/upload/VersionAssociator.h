#pragma once

#include "FileAssociator.h"

#include <QSet>

namespace hoist {

// A new version of an existing Documents file: POST /rest/v1.0/file_versions?project_id=. Procore
// names no upload in a version (procore-api-notes.md §9), so before the first send it reads the
// file's versions, and after an ambiguous outcome it reads them again: ours is a version that was
// not there before, of the upload's size, made by the signed-in user after the upload was created
// (in Procore's time). A version of the same size by someone else, or an older one, is not ours.
class VersionAssociator : public FileAssociator
{
    Q_OBJECT

public:
    VersionAssociator(ProcoreClient *client, FolderResolver *resolver, Destination destination,
                      qint64 folderId, Upload upload, qint64 fileId, QString notes,
                      QObject *parent = nullptr);

    // Whether `version` of `file` is the one this upload made (given the versions seen before).
    bool isOurVersion(const FileVersionRef &version) const;

protected:
    ApiReply *send() override;
    FileRef remoteFrom(const ApiReply &reply) override;
    void prepare(std::function<void()> go) override;
    void look(std::function<void(std::optional<FileRef>, const ProcoreError &)> done) override;

private:
    qint64 m_fileId;
    QString m_notes;
    bool m_seenBefore = false; // m_before holds what was there before the first send
    QSet<qint64> m_before;     // version ids
    int m_countBefore = 0;
};

} // namespace hoist

#pragma once

#include "Associator.h"

namespace hoist {

// Photos: POST /rest/v1.0/images?project_id= for a stored upload, into the album chosen. Procore
// lists no images by upload, but an upload makes one image at most: after an ambiguous outcome
// the same upload is sent again and "already used" means the first one went through.
class PhotoAssociator : public Associator
{
    Q_OBJECT

public:
    PhotoAssociator(ProcoreClient *client, Destination destination, Upload upload, QObject *parent = nullptr);
    qint64 imageId() const { return m_imageId; }

protected:
    ApiReply *send() override;
    FileRef remoteFrom(const ApiReply &reply) override;
    bool canLook() const override { return false; }
    void look(std::function<void(std::optional<FileRef>, const ProcoreError &)> done) override
    {
        done(std::nullopt, {});
    }
    bool handleRefusal(ProcoreError &error) override;

private:
    ImageBodyShape m_shape = ImageBodyShape::TopLevelUploadUuid; // the reference shape first
    bool m_shapeSwitched = false;
    ProcoreError m_firstRefusal; // the reference shape's, when the other shape was refused too
    qint64 m_imageId = 0;
};

} // namespace hoist

#include "PhotoAssociator.h"

#include "procore/ProcoreClient.h"

#include <QJsonObject>

namespace hoist {

using namespace Qt::StringLiterals;

PhotoAssociator::PhotoAssociator(ProcoreClient *client, Destination destination, Upload upload,
                                 QObject *parent)
    : Associator(client, std::move(destination), std::move(upload), parent)
{}

ApiReply *PhotoAssociator::send()
{
    const PhotoOptions &photo = m_destination.photo;
    const NewImage image{m_upload.uuid, m_upload.name, photo.albumId, photo.description, photo.isPrivate};
    return m_client->createImage(m_destination.companyId, m_destination.projectId, image, m_shape);
}

FileRef PhotoAssociator::remoteFrom(const ApiReply &reply)
{
    const QJsonObject image = reply.json().toObject();
    m_imageId = image.value(u"id"_s).toInteger();
    FileRef f;
    f.id = m_imageId;
    f.name = image.value(u"filename"_s).toString(m_upload.name);
    f.url = QUrl(image.value(u"url"_s).toString());
    f.size = m_upload.size;
    f.uploadUuids = {m_upload.uuid};
    return f;
}

bool PhotoAssociator::handleRefusal(const ProcoreError &error)
{
    // Sources disagree on the body: when Procore says it misses the upload's fields, the other
    // shape goes once (a 4xx: the first one made nothing).
    const bool shapeRefused =
        (error.httpStatus == 400 || error.httpStatus == 422)
        && (error.message.contains(QLatin1String("upload"), Qt::CaseInsensitive)
            || error.message.contains(QLatin1String("image_name"), Qt::CaseInsensitive));
    if (!shapeRefused || m_shapeSwitched)
        return false;
    m_shapeSwitched = true;
    m_shape = m_shape == ImageBodyShape::TopLevelUploadUuid ? ImageBodyShape::UploadObject
                                                            : ImageBodyShape::TopLevelUploadUuid;
    Q_EMIT detailChanged(tr("Procore wants the other photo body; sending it."));
    resend();
    return true;
}

} // namespace hoist

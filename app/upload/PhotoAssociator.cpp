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
    return f;
}

bool PhotoAssociator::handleRefusal(ProcoreError &error)
{
    // Sources disagree on the body (the reference's top-level upload_uuid + image_name, the
    // tutorial's "upload" object), and what a refusal of the shape says is not documented. Any
    // refusal (a 4xx but 401, 408 and 429: the server answered, and made nothing) is safe to
    // answer once with the other shape. An ambiguous outcome never gets here: it is looked at
    // first (the same body again, answered "already used" if the first went through).
    const int s = error.httpStatus;
    const bool refused = s >= 400 && s < 500 && s != 401 && s != 408 && s != 429 && !error.maybeApplied;
    if (refused && m_shapeSwitched && m_firstRefusal.isError()) {
        // Both refused: the first shape's answer says most; the other's goes beside it.
        const QString other = error.message;
        error = m_firstRefusal;
        error.message = tr("%1 (in the other documented form: %2)").arg(m_firstRefusal.message, other);
        return false;
    }
    if (!refused || m_shapeSwitched)
        return false;
    m_shapeSwitched = true;
    m_firstRefusal = error;
    m_shape = m_shape == ImageBodyShape::TopLevelUploadUuid ? ImageBodyShape::UploadObject
                                                            : ImageBodyShape::TopLevelUploadUuid;
    Q_EMIT detailChanged(
        tr("Procore refused the photo (%1); sending it in the other documented form.").arg(error.message));
    resend();
    return true;
}

} // namespace hoist

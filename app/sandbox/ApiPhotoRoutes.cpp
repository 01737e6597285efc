// Photos: albums (image categories) and images.
#include "ApiCall.h"
#include "ApiRoutes.h"
#include "ApiShapes.h"
#include "SandboxContext.h"

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

namespace {

void imageCategories(ApiCall &c)
{
    const qint64 projectId = c.projectOfCall();
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    QJsonArray all;
    for (const auto &[id, cat] : c.ctx.state.imageCategories) {
        if (cat.projectId != projectId)
            continue;
        all.append(imageCategoryJson(cat, c.ctx, int(all.size()) + 1));
    }
    c.paginate(all, 100, 1000);
}

void imageCategoryCreate(ApiCall &c)
{
    const qint64 projectId = c.projectOfCall();
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    const QJsonObject body = c.params.value(u"image_category"_s).toObject();
    const QString name = body.value(u"name"_s).toString().trimmed();
    if (name.isEmpty())
        return c.errors(422, QJsonObject{{u"name"_s, QJsonArray{QStringLiteral("can't be blank")}}});
    ImageCategory cat{c.ctx.state.nextId(kMiscBase), projectId, name, truthy(body.value(u"private"_s)),
                      QDateTime::currentDateTimeUtc()};
    c.ctx.state.imageCategories[cat.id] = cat;
    int position = 0;
    for (const auto &[id, other] : c.ctx.state.imageCategories)
        position += other.projectId == projectId ? 1 : 0;
    c.json(201, imageCategoryJson(cat, c.ctx, position));
}

void images(ApiCall &c)
{
    const qint64 projectId = c.projectOfCall();
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    // image_category_id (Procore's reference): the images of that album only.
    const QString category = c.params.value(u"image_category_id"_s).toVariant().toString();
    QJsonArray all;
    for (const auto &[id, img] : c.ctx.state.images)
        if (img.projectId == projectId && (category.isEmpty() || QString::number(img.categoryId) == category))
            all.append(imageJson(img, c.ctx));
    c.paginate(all, 100, 1000);
}

void imageCreate(ApiCall &c)
{
    const qint64 projectId = c.projectOfCall();
    if (projectId < 0)
        return c.notFound(QStringLiteral("Project"));
    // Two body shapes in public sources: top-level upload_uuid + image_name (the spec), or
    // {"upload":{"uuid","image_name"}} (the tutorial). Both need a non-empty "image" object.
    const QJsonObject image = c.params.value(u"image"_s).toObject();
    QString uuid = c.params.value(u"upload_uuid"_s).toString();
    QString name = c.params.value(u"image_name"_s).toString();
    // A server configured for one shape refuses the other, the way Procore would if only one of
    // the documented shapes were real.
    const QString shape = c.ctx.options.imageBodyShape;
    if (shape == QLatin1String("upload") && !c.params.value(u"upload"_s).isObject())
        return c.errors(400, QJsonObject{{u"upload"_s, QJsonArray{QStringLiteral("is missing")}}});
    if (shape != QLatin1String("upload_uuid") && c.params.value(u"upload"_s).isObject()) {
        const QJsonObject upload = c.params.value(u"upload"_s).toObject();
        uuid = upload.value(u"uuid"_s).toString(uuid);
        name = upload.value(u"image_name"_s).toString(name);
    }
    if (image.isEmpty())
        return c.errors(
            400, QJsonObject{{u"image"_s,
                              QJsonArray{QStringLiteral(
                                  "needs at least one attribute even when an upload_uuid is provided")}}});
    if (uuid.isEmpty())
        return c.errors(400, QJsonObject{{u"upload_uuid"_s, QJsonArray{QStringLiteral("is missing")}}});
    if (name.isEmpty())
        return c.errors(400, QJsonObject{{u"image_name"_s, QJsonArray{QStringLiteral("is missing")}}});
    const qint64 categoryId = image.value(u"image_category_id"_s).toVariant().toLongLong();
    if (categoryId) {
        const auto cat = c.ctx.state.imageCategories.find(categoryId);
        if (cat == c.ctx.state.imageCategories.end() || cat->second.projectId != projectId)
            return c.errors(422,
                            QJsonObject{{u"image_category_id"_s,
                                         QJsonArray{QStringLiteral("is not an album of this project")}}});
    }
    Upload *upload = c.claimUpload(uuid);
    if (!upload)
        return;
    const StoredObject &object = c.ctx.state.objects.at(upload->key);
    if (!object.contentType.startsWith(QLatin1String("image/")))
        return c.errors(
            422, QJsonObject{
                     {u"image"_s,
                      QJsonArray{QStringLiteral("must be an image file (got %1)").arg(object.contentType)}}});
    Image img{c.ctx.state.nextId(kMiscBase),
              projectId,
              categoryId,
              name,
              image.value(u"description"_s).toString(),
              truthy(image.value(u"private"_s)),
              uuid,
              upload->key,
              object.size,
              c.user.id,
              QDateTime::currentDateTimeUtc()};
    upload->consumed = true;
    c.ctx.state.images[img.id] = img;
    c.json(201, imageJson(img, c.ctx));
}

} // namespace

void addPhotoRoutes(ApiRoutes &routes)
{
    using C = ApiRoutes::CompanyHeader;
    routes.add("GET", R"(/rest/v1\.0/image_categories)", C::Required, imageCategories);
    routes.add("POST", R"(/rest/v1\.0/image_categories)", C::Required, imageCategoryCreate);
    routes.add("GET", R"(/rest/v1\.0/images)", C::Required, images);
    routes.add("POST", R"(/rest/v1\.0/images)", C::Required, imageCreate);
}

} // namespace hoist::sandbox

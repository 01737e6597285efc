#include "RequestSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <vector>

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

namespace {

// Body shapes per route, from Procore's OpenAPI description: "name!" is required; a leaf is
// "int", "str", "bool" or "any"; [x] is an array of x.
constexpr const char *kFile = R"({"parent_id":"int","name":"str","is_tracked":"bool",
    "explicit_permissions":"bool","description":"str","data":"str","unique_name":"bool","upload_uuid":"str"})";
constexpr const char *kSegments = R"([{"size!":"int","sha256!":"str","md5":"str","etag":"str"}])";

struct RouteSchema
{
    const char *method;
    const char *pattern;
    QString body;
};

const std::vector<RouteSchema> &routes()
{
    static const std::vector<RouteSchema> all = [] {
        const QString file = QString::fromLatin1(kFile);
        const QString segments = QString::fromLatin1(kSegments);
        const QString folder = uR"({"folder!":{"parent_id":"int","name!":"str","is_tracked":"bool",
            "explicit_permissions":"bool"}})"_s;
        const QString upload = uR"({"response_filename!":"str","response_content_type":"str",
            "attachment_content_disposition":"bool","size":"int","segments":%1})"_s.arg(segments);
        return std::vector<RouteSchema>{
            {"POST", R"(^/rest/v1\.0/(companies/\d+/)?folders$)", folder},
            {"POST", R"(^/rest/v1\.1/(projects|companies)/\d+/uploads$)", upload},
            {"PATCH", R"(^/rest/v1\.1/(projects|companies)/\d+/uploads/[0-9A-Z]+$)",
             uR"({"segments":%1})"_s.arg(segments)},
            {"POST", R"(^/rest/v1\.0/(companies/\d+/)?files$)", uR"({"file!":%1})"_s.arg(file)},
            {"POST", R"(^/rest/v1\.0/file_versions$)",
             uR"({"file_version!":{"name":"str","notes":"str","data":"str","upload_uuid":"str"}})"_s},
            {"POST", R"(^/rest/v1\.0/image_categories$)",
             uR"({"image_category!":{"name!":"str","private":"bool","album_cover_id":"int"}})"_s},
            {"POST", R"(^/rest/v1\.0/images$)", uR"({"upload_uuid":"str","image_name!":"str","image!":{
                "private":"bool","provider_type":"str","provider_id":"int","data":"str","source":"str",
                "description":"str","image_category_id":"int","location_id":"int",
                "daily_log_segment_id":"int","mt_location":["str"],"trade_ids":["int"],"log_date":"str"}})"_s},
            {"POST", R"(^/rest/v1\.0/projects/\d+/drawing_sets$)", uR"({"name!":"str","date":"str"})"_s},
            {"POST", R"(^/rest/v1\.1/projects/\d+/drawing_uploads$)", uR"({"drawing_upload":{
                "drawing_area_id":"int","drawing_number_contains_revision":"bool","drawing_set_id!":"int",
                "get_info_from_filename":"bool","drawing_log_imports!":[{"upload_uuid!":"str",
                "drawing_date!":"str","received_date":"str","default_revision!":"str","drawing_id":"int"}]}})"_s},
        };
    }();
    return all;
}

bool typeMatches(const QString &type, const QJsonValue &v)
{
    if (type == QLatin1String("any") || v.isNull())
        return true;
    if (type == QLatin1String("str"))
        return v.isString();
    if (type == QLatin1String("bool"))
        return v.isBool();
    if (type == QLatin1String("int"))
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
    return false;
}

QString typeName(const QString &type)
{
    if (type == QLatin1String("int"))
        return QStringLiteral("an integer");
    if (type == QLatin1String("bool"))
        return QStringLiteral("a boolean");
    return QStringLiteral("a string");
}

// Walks `value` against `schema`; fills `out` with the first violation.
bool walk(const QJsonValue &schema, const QJsonValue &value, const QString &at, bool typed,
          SchemaViolation &out)
{
    auto fail = [&](int status, const QString &field, const QString &message) {
        out = {status, field, message};
        return false;
    };
    if (schema.isString()) {
        if (typed && !typeMatches(schema.toString(), value))
            return fail(422, at, QStringLiteral("must be %1").arg(typeName(schema.toString())));
        return true;
    }
    if (schema.isArray()) {
        if (!value.isArray() && !(value.isObject() && !typed)) // a form's a[0][x] arrives as an object
            return fail(typed ? 422 : 400, at, QStringLiteral("must be an array"));
        const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            if (!walk(schema.toArray().first(), items[i], QStringLiteral("%1[%2]").arg(at).arg(i), typed,
                      out))
                return false;
        return true;
    }
    const QJsonObject shape = schema.toObject();
    if (!value.isObject())
        return fail(typed ? 422 : 400, at, QStringLiteral("must be an object"));
    const QJsonObject obj = value.toObject();
    const QString prefix = at.isEmpty() ? QString() : at + QLatin1Char('.');
    for (auto it = shape.begin(); it != shape.end(); ++it) {
        QString key = it.key();
        if (!key.endsWith(QLatin1Char('!')))
            continue;
        key.chop(1);
        if (!obj.contains(key))
            return fail(400, prefix + key, QStringLiteral("is missing"));
    }
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QJsonValue sub =
            shape.contains(it.key()) ? shape.value(it.key()) : shape.value(it.key() + u'!');
        if (sub.isUndefined())
            return fail(400, prefix + it.key(), QStringLiteral("is not a known field here"));
        if (!walk(sub, it.value(), prefix + it.key(), typed, out))
            return false;
    }
    return true;
}

} // namespace

SchemaViolation checkRequestBody(const QString &method, const QString &path, const QJsonObject &body,
                                 bool typed, bool allowImageUploadObject)
{
    for (const RouteSchema &r : routes()) {
        if (method != QLatin1String(r.method)
            || !QRegularExpression(QString::fromLatin1(r.pattern)).match(path).hasMatch())
            continue;
        QJsonObject shape = QJsonDocument::fromJson(r.body.toUtf8()).object();
        if (allowImageUploadObject && shape.contains(u"image_name!"_s)) {
            // The tutorial's {"upload":{uuid,image_name}} shape, when the sandbox is told to take it.
            shape.remove(u"image_name!"_s);
            shape.insert(u"image_name"_s, u"str"_s);
            shape.insert(
                u"upload"_s,
                QJsonObject{{u"uuid"_s, u"str"_s}, {u"image_name"_s, u"str"_s}, {u"source"_s, u"str"_s}});
        }
        SchemaViolation v;
        walk(shape, body, QString(), typed, v);
        return v;
    }
    return {};
}

} // namespace hoist::sandbox

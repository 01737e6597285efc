#include "RecordedShapes.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace contract {

namespace {

const QSet<QString> kFileFields{"id",
                                "custom_fields",
                                "name",
                                "parent_id",
                                "size",
                                "description",
                                "updated_at",
                                "created_at",
                                "name_with_path",
                                "file_versions",
                                "file_type",
                                "is_deleted",
                                "checked_out_by",
                                "checked_out_until",
                                "is_tracked",
                                "tracked_folder",
                                "private",
                                "legacy_id"};
const QSet<QString> kVersionFields{"id",     "notes",      "url",     "size",         "created_at",
                                   "number", "created_by", "file_id", "prostore_file"};
const QSet<QString> kProstoreFields{"id", "name", "url", "filename"};
const QSet<QString> kUserFields{"id", "login", "name"};

void exactly(const QJsonObject &o, const QSet<QString> &fields, const QString &where, QList<Violation> &out)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!fields.contains(it.key()))
            out.append({where + QLatin1Char('.') + it.key(),
                        QStringLiteral("is not in Procore's recorded answer (§9)")});
    for (const QString &f : fields)
        if (!o.contains(f))
            out.append({where + QLatin1Char('.') + f,
                        QStringLiteral("missing (Procore's recorded answer has it, §9)")});
}

void version(const QJsonObject &v, const QString &where, QList<Violation> &out)
{
    exactly(v, kVersionFields, where, out);
    if (v.value("prostore_file").isObject())
        exactly(v.value("prostore_file").toObject(), kProstoreFields, where + ".prostore_file", out);
    if (v.value("created_by").isObject())
        exactly(v.value("created_by").toObject(), kUserFields, where + ".created_by", out);
}

void file(const QJsonObject &f, const QString &where, QList<Violation> &out)
{
    exactly(f, kFileFields, where, out);
    const QJsonArray versions = f.value("file_versions").toArray();
    for (qsizetype i = 0; i < versions.size(); ++i)
        version(versions[i].toObject(), QStringLiteral("%1.file_versions[%2]").arg(where).arg(i), out);
}

} // namespace

QList<Violation> checkRecordedShape(const QString &method, const QString &path, const QJsonValue &response,
                                    const QString &where)
{
    static const QRegularExpression filePath(R"(^/rest/v1\.0/(companies/\d+/)?files(/\d+)?$)");
    static const QRegularExpression folderPath(R"(^/rest/v1\.0/(companies/\d+/)?folders(/\d+)?$)");
    static const QRegularExpression versionPath(R"(^/rest/v1\.0/(companies/\d+/)?file_versions$)");
    QList<Violation> out;
    if (!response.isObject())
        return out;
    const QJsonObject o = response.toObject();
    if (filePath.match(path).hasMatch()) {
        file(o, where, out);
    } else if (folderPath.match(path).hasMatch()) {
        const QJsonArray files = o.value("files").toArray();
        for (qsizetype i = 0; i < files.size(); ++i)
            file(files[i].toObject(), QStringLiteral("%1 files[%2]").arg(where).arg(i), out);
    } else if (method == QLatin1String("POST") && versionPath.match(path).hasMatch()) {
        version(o, where, out);
    }
    return out;
}

} // namespace contract

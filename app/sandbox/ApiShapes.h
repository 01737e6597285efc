#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hoist::sandbox {

struct SandboxContext;
struct SandboxOptions;
class SandboxState;
struct Company;
struct Project;
struct FileVersion;
struct StoredFile;
struct Folder;
struct Upload;
struct Image;
struct ImageCategory;
struct DrawingArea;
struct DrawingSet;
struct DrawingUpload;
struct Drawing;

// The JSON the API answers with, shaped as Procore's reference documents each resource: every
// documented field is there, null where the sandbox models nothing behind it.
QString iso(const QDateTime &t);
QJsonValue nullable(qint64 id);
QString fileTypeOf(const QString &name);
QJsonObject companyJson(const Company &c);
QJsonObject projectJson(const Project &p, const SandboxState &s);
QJsonObject versionJson(const FileVersion &v, const StoredFile &f, const SandboxContext &ctx);
QJsonObject fileJson(const StoredFile &f, const SandboxContext &ctx);
QJsonObject folderJson(SandboxState &s, const SandboxContext &ctx, const Folder &f, bool withChildren);
QJsonObject uploadJson(const Upload &u, const SandboxContext &ctx);
QJsonObject imageJson(const Image &i, const SandboxContext &ctx);
QJsonObject imageCategoryJson(const ImageCategory &cat, const SandboxContext &ctx, int position);
QJsonObject drawingAreaJson(const DrawingArea &a, const SandboxState &s);
QJsonObject drawingSetJson(const DrawingSet &set, const SandboxState &s, int position);
// A drawing as GET /rest/v1.1/drawing_areas/{id}/drawings lists it (the default view).
QJsonObject drawingJson(const Drawing &d, const SandboxContext &ctx);
QString drawingStatus(const DrawingUpload &d, const SandboxOptions &options);
QJsonObject drawingUploadJson(const DrawingUpload &d, const SandboxContext &ctx, bool withImports);

} // namespace hoist::sandbox

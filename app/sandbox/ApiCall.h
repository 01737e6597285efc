#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace hoist::sandbox {

struct SandboxContext;
struct User;
struct Upload;
struct Folder;

// Id ranges of what the API creates, and how long an upload may wait for its association.
inline constexpr qint64 kFolderBase = 8'000'000'000'000LL;
inline constexpr qint64 kFileBase = 9'000'000'000'000LL;
inline constexpr qint64 kMiscBase = 7'000'000'000'000LL;
inline constexpr qint64 kAssociationWindowSecs = 7 * 24 * 3600;

// A body flag: true, "true" or 1.
bool truthy(const QJsonValue &v);

// One authenticated API request as a handler sees it, with what several resources' handlers
// share. The state lock is held throughout.
struct ApiCall
{
    const httplib::Request &req;
    httplib::Response &res;
    SandboxContext &ctx;
    const User &user;
    qint64 companyId = 0; // from Procore-Company-Id, 0 when the route does not need it
    QJsonObject params;

    qint64 pathId(int index) const;   // a numeric capture from the route pattern
    QString pathArg(int index) const; // any capture
    qint64 paramId(const QString &name) const;
    void json(int status, const QJsonValue &body);
    void errors(int status, const QJsonValue &errors);
    void notFound(const QString &what);
    // A name already taken in the folder, in the shape SandboxOptions::nameClash asks for: 422
    // {"errors":{"name":["has already been taken"]}}, or Procore's published 409 "File Conflict
    // Error" {"errors":{"base":[…]},"error_type":…,"file":existing} (`existing` empty: no "file").
    void nameTaken(const QString &name, const QJsonObject &existing = {});
    // One page of `all` (page/per_page) with Total, Per-Page and Link headers (no "next" on the last).
    void paginate(const QJsonArray &all, int defaultPerPage, int maxPerPage);

    // The project_id parameter when it is a project of the call's company, -1 otherwise.
    qint64 projectOfCall() const;
    // Checks that the caller may associate an upload; fills the answer and returns null when not.
    Upload *claimUpload(const QString &uuid);
    // The parent_id folder (the root when absent) if new files or folders may go there; otherwise
    // fills the answer (404 / 403) and returns null.
    const Folder *writableParent(qint64 projectId, const QJsonObject &body, const QString &what);
};

} // namespace hoist::sandbox

#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <regex>
#include <string>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace hoist::sandbox {

struct SandboxContext;
struct User;
struct Upload;
struct Folder;

// One authenticated API request as a handler sees it. The state lock is held throughout.
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
};

// Procore's REST API (v1.0 and v1.1 routes used by direct uploads and the pickers).
class ApiRoutes
{
public:
    explicit ApiRoutes(SandboxContext &ctx);
    void install(httplib::Server &server);
    // Before the body is read: true (and the answer filled) when the route does not exist or the
    // caller has no valid token.
    bool refuseEarly(const httplib::Request &req, httplib::Response &res);

private:
    using Handler = std::function<void(ApiCall &)>;
    enum class Company { Required, NotRequired };
    void route(httplib::Server &server, const char *method, const char *pattern, Company company,
               Handler handler);

    void me(ApiCall &c);
    void companies(ApiCall &c);
    void projects(ApiCall &c);
    void project(ApiCall &c);
    void folderList(ApiCall &c, qint64 projectId);
    void folderShow(ApiCall &c, qint64 projectId, qint64 folderId);
    void folderCreate(ApiCall &c, qint64 projectId);
    void uploadCreate(ApiCall &c, qint64 projectId);
    void uploadShow(ApiCall &c);
    void uploadComplete(ApiCall &c);
    void fileCreate(ApiCall &c, qint64 projectId);
    void fileShow(ApiCall &c);
    void fileVersionCreate(ApiCall &c);
    void imageCategories(ApiCall &c);
    void imageCategoryCreate(ApiCall &c);
    void imageCreate(ApiCall &c);
    void images(ApiCall &c);
    void drawingAreas(ApiCall &c);
    void drawingSets(ApiCall &c);
    void drawingSetCreate(ApiCall &c);
    void drawingUploadCreate(ApiCall &c);
    void drawingUploadShow(ApiCall &c);

    // Checks that the caller may associate an upload; fills the answer and returns null when not.
    Upload *claimUpload(ApiCall &c, const QString &uuid);
    qint64 projectOfCall(ApiCall &c); // the project_id parameter, checked against the company
    // The parent_id folder (the root when absent) if new files or folders may go there; otherwise
    // fills the answer (404 / 403) and returns null.
    const Folder *writableParent(ApiCall &c, qint64 projectId, const QJsonObject &body, const QString &what);

    SandboxContext &m_ctx;
    std::vector<std::pair<std::string, std::regex>> m_known; // every route: method, path pattern
};

} // namespace hoist::sandbox

#pragma once

#include "ApiRequestCheck.h"

#include <QStringList>

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

struct ApiCall;
struct SandboxContext;

// Procore's REST API (v1.0 and v1.1 routes used by direct uploads and the pickers): the route
// table. Each resource adds its routes (Api*Routes.cpp); every request passes ApiRequestCheck
// before its handler. A path that exists is refused with 405 for a method it does not take.
class ApiRoutes
{
public:
    using Handler = std::function<void(ApiCall &)>;
    using CompanyHeader = ApiRequestCheck::CompanyHeader;

    explicit ApiRoutes(SandboxContext &ctx);
    void install(httplib::Server &server);
    // Before the body is read: true (and the answer filled) when the route does not exist (404),
    // the path does not take this method (405 with Allow) or the caller has no valid token (401).
    bool refuseEarly(const httplib::Request &req, httplib::Response &res);

    // `pattern` is a regular expression over the whole path; its captures are ApiCall::pathArg().
    // Routes are added before install() (the resources do it from the constructor).
    void add(const char *method, const char *pattern, CompanyHeader company, Handler handler);

private:
    struct Route
    {
        std::string method;
        std::string pattern;
        std::regex path;
        CompanyHeader company;
        Handler handler;
    };
    void serve(const Route &route, const httplib::Request &req, httplib::Response &res);
    QStringList methodsFor(const std::string &path) const; // the methods routes take on this path

    SandboxContext &m_ctx;
    ApiRequestCheck m_check;
    std::vector<Route> m_routes;
};

// Each resource's routes, in its own file.
void addAccountRoutes(ApiRoutes &routes);  // me, companies, projects
void addDocumentRoutes(ApiRoutes &routes); // folders, files and versions (project and company Documents)
void addUploadRoutes(ApiRoutes &routes);   // direct uploads
void addPhotoRoutes(ApiRoutes &routes);    // albums (image categories) and images
void addDrawingRoutes(ApiRoutes &routes);  // drawing areas, sets and uploads

} // namespace hoist::sandbox

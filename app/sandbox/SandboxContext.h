#pragma once

#include "FaultPlan.h"
#include "PostPolicy.h"
#include "RateLimiter.h"
#include "SandboxServer.h"
#include "SandboxState.h"

#include <QDir>
#include <QJsonValue>

#include <httplib.h>

namespace hoist::sandbox {

// What every route of the sandbox shares.
struct SandboxContext
{
    SandboxOptions options;
    SandboxState state;
    FaultPlan faults;
    RateLimiter limiter;
    PostPolicy policy{QByteArrayLiteral("HOISTSANDBOXKEY00001"),
                      QByteArrayLiteral("hoist-sandbox-secret-key")};
    QString bucket = QStringLiteral("hoist-sandbox");
    QDir objectsDir;
    quint16 port = 0;

    QString baseUrl() const
    {
        return (options.tls ? QStringLiteral("https://%1:%2") : QStringLiteral("http://%1:%2"))
            .arg(options.host)
            .arg(port);
    }
    QString storageUrl() const { return baseUrl() + QStringLiteral("/s3/") + bucket; }
    QString objectPath(const QString &key) const;               // a file under objectsDir for an object key
    QString partPath(const QString &key, int partNumber) const; // a segment's file (1-based)
    // The files holding the object's bytes, in order: its one file, or its parts.
    QStringList objectFiles(const StoredObject &object) const;
    // The object's SHA-256 (hex), read from its file the first time it is asked for when the object
    // was joined from parts (a segmented upload's completion does not read its bytes again). Call
    // with the state locked.
    QString objectSha256(StoredObject &object) const;
};

// Small conversions between cpp-httplib and Qt types.
namespace http {

QString str(const std::string &s);
std::string std8(const QString &s);
QString header(const httplib::Request &req, const char *name);
QString param(const httplib::Request &req, const char *name);
void sendJson(httplib::Response &res, int status, const QJsonValue &body);
// Procore's usual error body: {"errors": "..."} or {"errors": {"field": ["..."]}}.
void sendErrors(httplib::Response &res, int status, const QJsonValue &errors);
// S3's XML error body.
void sendXmlError(httplib::Response &res, int status, const QString &code, const QString &message);
// The request's parameters as one object: a JSON body, a urlencoded or multipart form
// (keys like file[name] become {"file":{"name":…}}), and the query string underneath.
QJsonObject params(const httplib::Request &req);
// The body alone (JSON, multipart or urlencoded form, nested the same way) and the query alone.
QJsonObject bodyParams(const httplib::Request &req);
QJsonObject queryParams(const httplib::Request &req);

} // namespace http

} // namespace hoist::sandbox

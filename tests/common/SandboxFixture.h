#pragma once

#include "CurlClient.h"

#include "sandbox/SandboxServer.h"

#include <QJsonObject>

#include <memory>

// An in-process sandbox and a curl client already holding its token and the first company,
// plus the seed's well-known ids.
class SandboxFixture
{
public:
    static constexpr qint64 kCompany = 562'949'953'421'313LL;      // Summit Ridge Builders (140 projects)
    static constexpr qint64 kOtherCompany = 562'949'953'421'314LL; // Harbor & Vine
    static constexpr qint64 kProject = 281'474'976'710'657LL;      // first project of kCompany
    static constexpr qint64 kSecondUser = 1'000'000'000'002LL;     // Sam Rivera, member of kCompany

    explicit SandboxFixture(hoist::sandbox::SandboxOptions options = {});
    bool ok() const { return m_ok; }

    hoist::sandbox::SandboxServer &server() { return *m_server; }
    CurlClient &api() { return m_api; }
    QString base() const { return m_server->baseUrl().toString(); }

    struct Ticket
    {
        int status = 0;
        QString uuid;
        QString url;
        QList<QPair<QString, QString>> fields;
        QJsonObject raw;
    };
    Ticket createUpload(const QString &fileName, qint64 projectId = kProject,
                        const QString &version = QStringLiteral("v1.1"));
    // Create upload + storage POST with curl; returns the uuid, or empty on failure.
    QString uploadBytes(const QString &localPath, const QString &fileName, qint64 projectId = kProject);
    qint64 folderId(const QString &path,
                    qint64 projectId = kProject); // "Drawings/Architectural"; 0 when absent
    qint64 countLog(const QString &kind, const QString &method, const QString &pathPrefix);

private:
    std::unique_ptr<hoist::sandbox::SandboxServer> m_server;
    CurlClient m_api;
    bool m_ok = false;
};

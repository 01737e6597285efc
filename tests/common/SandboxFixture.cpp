#include "SandboxFixture.h"

#include "sandbox/SandboxState.h"

#include <QJsonArray>

using namespace hoist::sandbox;

SandboxFixture::SandboxFixture(SandboxOptions options)
    : m_server(std::make_unique<SandboxServer>(options))
    , m_api(QUrl())
{
    m_ok = m_server->start();
    m_api = CurlClient(m_server->baseUrl(), m_server->accessToken(), kCompany);
}

SandboxFixture::Ticket SandboxFixture::createUpload(const QString &fileName, qint64 projectId,
                                                    const QString &version)
{
    const CurlResult r =
        m_api.postJson(QStringLiteral("/rest/%1/projects/%2/uploads").arg(version).arg(projectId),
                       QJsonDocument(QJsonObject{{QStringLiteral("response_filename"), fileName}}));
    Ticket t;
    t.status = r.status;
    t.raw = r.json().object();
    t.uuid = t.raw.value(QStringLiteral("uuid")).toString();
    t.url = t.raw.value(QStringLiteral("url")).toString();
    const QJsonObject fields = t.raw.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        t.fields.append({it.key(), it.value().toString()});
    return t;
}

QString SandboxFixture::uploadBytes(const QString &localPath, const QString &fileName, qint64 projectId)
{
    const Ticket t = createUpload(fileName, projectId);
    if (t.status != 201)
        return {};
    const CurlResult r = CurlClient::storagePost(t.url, t.fields, localPath);
    return r.status == 204 ? t.uuid : QString();
}

qint64 SandboxFixture::folderId(const QString &path, qint64 projectId)
{
    auto lock = m_server->state().lock();
    for (const auto &[id, f] : m_server->state().folders)
        if (f.projectId == projectId && f.companyId == kCompany && m_server->state().folderPath(id) == path)
            return id;
    return 0;
}

qint64 SandboxFixture::countLog(const QString &kind, const QString &method, const QString &pathPrefix)
{
    auto lock = m_server->state().lock();
    qint64 n = 0;
    for (const LogEntry &e : m_server->state().log)
        if (e.kind == kind && e.method == method && e.path.startsWith(pathPrefix))
            ++n;
    return n;
}

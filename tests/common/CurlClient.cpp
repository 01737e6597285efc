#include "CurlClient.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

QByteArray CurlResult::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &[n, v] : headers)
        if (n == lower)
            return v;
    return {};
}

CurlClient::CurlClient(QUrl base, QString token, qint64 companyId)
    : m_base(std::move(base))
    , m_token(std::move(token))
    , m_companyId(companyId)
{}

QStringList CurlClient::authArgs() const
{
    QStringList args;
    if (!m_token.isEmpty())
        args << QStringLiteral("-H") << QStringLiteral("Authorization: Bearer ") + m_token;
    if (m_companyId)
        args << QStringLiteral("-H") << QStringLiteral("Procore-Company-Id: %1").arg(m_companyId);
    return args;
}

CurlResult CurlClient::get(const QString &pathAndQuery) const
{
    return run(authArgs() << m_base.toString() + pathAndQuery);
}

CurlResult CurlClient::postJson(const QString &pathAndQuery, const QJsonDocument &body,
                                const QString &method) const
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("body.json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(body.toJson(QJsonDocument::Compact));
    f.close();
    QStringList args = authArgs();
    if (!method.isEmpty())
        args << QStringLiteral("-X") << method;
    args << QStringLiteral("-H") << QStringLiteral("Content-Type: application/json")
         << QStringLiteral("--data-binary") << QLatin1Char('@') + path << m_base.toString() + pathAndQuery;
    return run(args);
}

CurlResult CurlClient::postForm(const QString &pathAndQuery,
                                const QList<QPair<QString, QString>> &fields) const
{
    QStringList args = authArgs();
    for (const auto &[name, value] : fields)
        args << QStringLiteral("--form-string") << name + QLatin1Char('=') + value;
    args << m_base.toString() + pathAndQuery;
    return run(args);
}

CurlResult CurlClient::storagePost(const QString &url, const QList<QPair<QString, QString>> &fields,
                                   const QString &filePath, const QStringList &extraArgs)
{
    QStringList args = extraArgs;
    for (const auto &[name, value] : fields)
        args << QStringLiteral("--form-string") << name + QLatin1Char('=') + value;
    if (!filePath.isEmpty())
        args << QStringLiteral("-F") << QStringLiteral("file=@") + filePath;
    args << url;
    return run(args);
}

CurlResult CurlClient::run(const QStringList &args, int timeoutMs)
{
    QTemporaryDir dir;
    const QString headerPath = dir.filePath(QStringLiteral("headers"));
    const QString bodyPath = dir.filePath(QStringLiteral("body"));
    QProcess curl;
    curl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The sandbox's control API wants its secret (ctest sets HOIST_SANDBOX_SECRET for every test
    // and its sandboxes); a test that sets the header itself, even empty ("X-Sandbox-Secret:"
    // sends none), keeps its own.
    QStringList secret;
    const bool control = std::any_of(
        args.begin(), args.end(), [](const QString &a) { return a.contains(QLatin1String("/_sandbox/")); });
    const bool ownSecret = std::any_of(args.begin(), args.end(), [](const QString &a) {
        return a.startsWith(QLatin1String("X-Sandbox-Secret:"), Qt::CaseInsensitive);
    });
    if (control && !ownSecret && qEnvironmentVariableIsSet("HOIST_SANDBOX_SECRET"))
        secret << QStringLiteral("-H")
               << QStringLiteral("X-Sandbox-Secret: ") + qEnvironmentVariable("HOIST_SANDBOX_SECRET");
    curl.start(QStringLiteral("curl"),
               QStringList{QStringLiteral("-sS"), QStringLiteral("-g"), QStringLiteral("-D"), headerPath,
                           QStringLiteral("-o"), bodyPath, QStringLiteral("-w"),
                           QStringLiteral("%{http_code}")}
                   + secret + args);
    CurlResult r;
    if (!curl.waitForFinished(timeoutMs))
        return r;
    r.exitCode = curl.exitCode();
    r.status = curl.readAllStandardOutput().trimmed().toInt();
    QFile h(headerPath);
    if (h.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : h.readAll().split('\n')) {
            if (line.startsWith("HTTP/")) {
                r.headers.clear(); // keep only the last response's headers (after a 100 Continue)
                continue;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
    }
    QFile b(bodyPath);
    if (b.open(QIODevice::ReadOnly))
        r.body = b.readAll();
    return r;
}

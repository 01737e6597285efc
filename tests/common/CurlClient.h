#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// curl, run as a separate process: an HTTP client that shares no code with Hoist, so tests of
// the sandbox do not pass merely because client and server agree with each other.
struct CurlResult
{
    int exitCode = -1;                            // curl's own exit code (0: a response came back)
    int status = 0;                               // HTTP status
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

class CurlClient
{
public:
    explicit CurlClient(QUrl base, QString token = {}, qint64 companyId = 0);

    void setToken(const QString &token) { m_token = token; }
    void setCompany(qint64 companyId) { m_companyId = companyId; }

    CurlResult get(const QString &pathAndQuery) const;
    CurlResult postJson(const QString &pathAndQuery, const QJsonDocument &body,
                        const QString &method = {}) const;
    CurlResult postForm(const QString &pathAndQuery, const QList<QPair<QString, QString>> &fields) const;
    // A storage POST: -F for each field in order, then the file (as `-F file=@path`) unless fileLast is
    // false.
    static CurlResult storagePost(const QString &url, const QList<QPair<QString, QString>> &fields,
                                  const QString &filePath, const QStringList &extraArgs = {});
    // Any curl arguments; -sS, the header dump and the status line are added.
    static CurlResult run(const QStringList &args, int timeoutMs = 600000);

private:
    QStringList authArgs() const;
    QUrl m_base;
    QString m_token;
    qint64 m_companyId = 0;
};

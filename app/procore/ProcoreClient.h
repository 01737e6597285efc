#pragma once

#include "ApiReply.h"
#include "RetryPolicy.h"
#include "procore/AuthProvider.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace hoist {

class RatePacer;

// Procore's REST API as typed asynchronous calls. Uses a shared QNetworkAccessManager (not
// owned), sends Procore-Company-Id on every call but /me and /companies, paces calls through the
// RatePacer, retries transient failures (429 → Retry-After/Reset, 503 → Retry-After, other 5xx
// and network errors → backoff), and on a 401 asks the AuthProvider for a fresh token once.
// Tokens and signed URLs are never logged.
class ProcoreClient : public QObject
{
    Q_OBJECT

public:
    ProcoreClient(QNetworkAccessManager *network, const QUrl &apiBase, AuthProvider *auth, RatePacer *pacer,
                  QObject *parent = nullptr);

    QNetworkAccessManager *network() const { return m_network; }
    QUrl apiBase() const { return m_apiBase; }
    void setApiBase(const QUrl &base) { m_apiBase = base; }
    AuthProvider *authProvider() const { return m_auth; }
    RatePacer *pacer() const { return m_pacer; }
    RetryPolicy retryPolicy() const { return m_retry; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // How long a call may go without a byte moving before Qt ends it (OperationCanceledError):
    // HOIST_API_TIMEOUT_MS, else 120 s. A creating call that times out may have been applied.
    int apiTimeoutMs() const { return m_timeoutMs; }
    void setApiTimeoutMs(int ms) { m_timeoutMs = ms > 0 ? ms : kDefaultApiTimeoutMs; }
    static constexpr int kDefaultApiTimeoutMs = 120000;
    // Count of HTTP requests sent (retries included), for benchmarks and tests.
    qint64 requestCount() const { return m_requestCount; }
    // Procore's clock minus this machine's, in seconds, from the Date header of the last answer
    // that had one (0 before any). Procore's created_at is compared in Procore's time.
    qint64 serverClockOffsetSecs() const { return m_clockOffsetSecs; }
    QDateTime toServerTime(const QDateTime &local) const { return local.addSecs(m_clockOffsetSecs); }

    ApiReply *me();
    // Every page, concatenated: json() is one array; companies() the typed list.
    ApiReply *companies();
    // One page (1-based); totalCount() and hasNextPage() tell what is left.
    ApiReply *projects(qint64 companyId, int page = 1, int perPage = 100);
    // A Documents folder with its direct children. projectId 0: the company's Documents;
    // folderId 0: the root.
    ApiReply *folder(qint64 companyId, qint64 projectId, qint64 folderId = 0);
    // GET /rest/v1.0/files/{id}?project_id=: one Documents file with all its versions.
    ApiReply *file(qint64 companyId, qint64 projectId, qint64 fileId);
    // parentId 0: under the root.
    ApiReply *createFolder(qint64 companyId, qint64 projectId, qint64 parentId, const QString &name);
    // v1.1 create-upload (project-level, or company-level when projectId is 0).
    ApiReply *createUpload(qint64 companyId, qint64 projectId, const QString &fileName,
                           const QString &contentType, qint64 size);
    // POST /rest/v1.0/files?project_id= {"file":{name,parent_id,upload_uuid,unique_name}}.
    ApiReply *associateProjectFile(qint64 companyId, qint64 projectId, qint64 folderId, const QString &name,
                                   const QString &uploadUuid, bool uniqueName);
    // POST /rest/v1.0/companies/{id}/files.
    ApiReply *associateCompanyFile(qint64 companyId, qint64 folderId, const QString &name,
                                   const QString &uploadUuid, bool uniqueName);
    // POST /rest/v1.0/file_versions?project_id= {"file_id", "file_version":{upload_uuid, notes}}.
    ApiReply *createFileVersion(qint64 companyId, qint64 projectId, qint64 fileId, const QString &uploadUuid,
                                const QString &notes = {});

    // Photos: albums (every page), a new album, and an image for a stored upload.
    ApiReply *imageCategories(qint64 companyId, qint64 projectId);
    ApiReply *createImageCategory(qint64 companyId, qint64 projectId, const QString &name, bool isPrivate);
    // POST /rest/v1.0/images?project_id= in one of the two body shapes sources give.
    ApiReply *createImage(qint64 companyId, qint64 projectId, const NewImage &image, ImageBodyShape shape);

    // Drawings: areas (v1.1), sets (v1.0), a new set, a drawing upload of stored uploads (v1.1,
    // drawing_log_imports; a non-empty idempotencyToken goes as Idempotency-Token) and its status.
    ApiReply *drawingAreas(qint64 companyId, qint64 projectId);
    ApiReply *drawingSets(qint64 companyId, qint64 projectId);
    ApiReply *createDrawingSet(qint64 companyId, qint64 projectId, const QString &name);
    ApiReply *createDrawingUpload(qint64 companyId, qint64 projectId, qint64 areaId, qint64 setId,
                                  const QList<DrawingImport> &imports, const QString &idempotencyToken);
    ApiReply *drawingUpload(qint64 companyId, qint64 projectId, qint64 drawingUploadId);

    // Any call: path relative to the API base ("/rest/v1.0/me"); companyId 0 sends no header.
    ApiReply *send(const QByteArray &method, const QString &path, const QUrlQuery &query, qint64 companyId,
                   const QJsonObject &body = {});
    // The same with extra request headers (e.g. Idempotency-Token); they go with every retry.
    // A POST without an Idempotency-Token is sent at most once: after an ambiguous outcome it
    // finishes with error().maybeApplied set, and the caller looks before sending again.
    ApiReply *send(const QByteArray &method, const QString &path, const QUrlQuery &query, qint64 companyId,
                   const QJsonObject &body, const QList<QPair<QByteArray, QByteArray>> &headers);

    // A call whose repeat leaves one result (e.g. a create-upload: a spare upload is never seen),
    // retried after any transient failure.
    ApiReply *sendRepeatable(const QByteArray &method, const QString &path, const QUrlQuery &query,
                             qint64 companyId, const QJsonObject &body)
    {
        return sendCall(method, path, query, companyId, body, {}, Effect::Repeatable);
    }

    // A GET of a paginated list, every page (following Link's next on this host): json() is one array.
    ApiReply *collectPages(qint64 companyId, const QString &path, QUrlQuery query);

Q_SIGNALS:
    // The token was refused and could not be renewed: every waiting call failed with Kind::Auth.
    void authenticationFailed(const QString &reason);

private:
    // Read: a GET. Repeatable: sending it twice leaves one result (PATCH, PUT, a spare upload, a
    // POST with an Idempotency-Token). Creates: a second send makes a second object.
    enum class Effect { Read, Repeatable, Creates };
    ApiReply *sendCall(const QByteArray &method, const QString &path, const QUrlQuery &query,
                       qint64 companyId, const QJsonObject &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers, Effect effect);
    // A create of a named object that looks (by name) after an ambiguous outcome: NamedCreate.
    ApiReply *createNamed(const QString &name, std::function<ApiReply *()> create,
                          std::function<ApiReply *()> list,
                          std::function<QJsonArray(const QJsonValue &)> items);
    struct Call;
    void dispatch(const std::shared_ptr<Call> &call);
    void onReplyFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void retryLater(const std::shared_ptr<Call> &call, const ProcoreError &error);
    void refreshThenRetry(const std::shared_ptr<Call> &call, const ProcoreError &error);

    QNetworkAccessManager *m_network;
    QUrl m_apiBase;
    QPointer<AuthProvider> m_auth;
    RatePacer *m_pacer;
    RetryPolicy m_retry;
    int m_timeoutMs = kDefaultApiTimeoutMs;
    qint64 m_requestCount = 0;
    qint64 m_clockOffsetSecs = 0;
};

} // namespace hoist

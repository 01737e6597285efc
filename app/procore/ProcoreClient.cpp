#include "ProcoreClient.h"

#include "CallAudit.h"
#include "HttpHeaders.h"
#include "NamedCreate.h"
#include "OneShotBody.h"
#include "ProcoreLog.h"
#include "procore/AuthProvider.h"
#include "procore/RatePacer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace hoist {

using namespace Qt::StringLiterals;

namespace {

// No answer of Procore's API comes near this (a page of 100 projects is ~100 KB); a server that
// sends more is not read into memory.
constexpr qint64 kMaxAnswerBytes = 32LL * 1024 * 1024;

ProcoreError answerTooLarge(bool creates)
{
    ProcoreError big;
    big.kind = ProcoreError::Kind::Invalid;
    big.message = QCoreApplication::translate(
                      "ProcoreClient", "The server's answer is larger than %1 MiB; Hoist does not read it.")
                      .arg(kMaxAnswerBytes / (1024 * 1024));
    big.hint =
        QCoreApplication::translate("ProcoreClient", "Check the server address (Settings › Environment, "
                                                     "or --api-base) and that it is Procore's.");
    big.maybeApplied = creates; // it answered: a creating call may have gone through
    return big;
}

} // namespace

struct ProcoreClient::Call
{
    QPointer<ApiReply> reply;
    QByteArray method;
    QString path;
    QUrlQuery query;
    qint64 companyId = 0;
    QByteArray body; // empty: no body
    QList<QPair<QByteArray, QByteArray>> headers;
    int attempt = 0;
    // A call that creates something goes out at most once per send(): neither Qt nor this client
    // repeats it after an ambiguous outcome (the caller looks first).
    bool creates = false;
    bool refreshed = false;
    bool aborted = false;
    bool tooLarge = false;        // the answer passed kMaxAnswerBytes: cut off
    bool abortedInFlight = false; // aborted once handed to the network: it may have gone out
    QString sentToken;            // the token the last attempt carried
    QPointer<QNetworkReply> network;
};

ProcoreClient::ProcoreClient(QNetworkAccessManager *network, const QUrl &apiBase, AuthProvider *auth,
                             RatePacer *pacer, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_apiBase(apiBase)
    , m_auth(auth)
    , m_pacer(pacer)
{
    setApiTimeoutMs(qEnvironmentVariableIntValue("HOIST_API_TIMEOUT_MS"));
}

ApiReply *ProcoreClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                              qint64 companyId, const QJsonObject &body)
{
    return send(method, path, query, companyId, body, {});
}

ApiReply *ProcoreClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                              qint64 companyId, const QJsonObject &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    // A POST creates something, unless an Idempotency-Token makes its repeat return the first.
    bool tokened = false;
    for (const auto &header : headers)
        tokened = tokened || header.first.compare("Idempotency-Token", Qt::CaseInsensitive) == 0;
    return sendCall(method, path, query, companyId, body, headers,
                    method == "POST" && !tokened ? Effect::Creates : Effect::Repeatable);
}

ApiReply *ProcoreClient::sendCall(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                  qint64 companyId, const QJsonObject &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers, Effect effect)
{
    auto call = std::make_shared<Call>();
    call->headers = headers;
    call->creates = effect == Effect::Creates;
    call->reply = new ApiReply(this);
    call->method = method;
    call->path = path;
    call->query = query;
    call->companyId = companyId;
    if (!body.isEmpty())
        call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->reply->m_page =
        query.queryItemValue(u"page"_s).toInt() > 0 ? query.queryItemValue(u"page"_s).toInt() : 1;
    connect(call->reply, &ApiReply::abortRequested, this, [call] {
        call->aborted = true;
        call->abortedInFlight = call->network != nullptr;
        if (call->network)
            call->network->abort();
        else if (call->reply)
            call->reply->finish({}, ProcoreError::cancelled(), 0);
    });
    // Start from the event loop so callers can connect to finished() first.
    QTimer::singleShot(0, call->reply, [this, call] { dispatch(call); });
    return call->reply;
}

void ProcoreClient::dispatch(const std::shared_ptr<Call> &call)
{
    if (!call->reply || call->aborted)
        return;
    auto go = [this, call] {
        if (!call->reply || call->aborted) {
            if (m_pacer)
                m_pacer->forget(); // released by the pacer, but it does not go out
            return;
        }
        QUrl url = m_apiBase;
        url.setPath(url.path() + call->path);
        if (!call->query.isEmpty())
            url.setQuery(call->query);
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        if (m_auth) {
            call->sentToken = m_auth->accessToken();
            request.setRawHeader("Authorization", "Bearer " + call->sentToken.toUtf8());
        }
        if (call->companyId)
            request.setRawHeader("Procore-Company-Id", QByteArray::number(call->companyId));
        for (const auto &[name, value] : std::as_const(call->headers))
            request.setRawHeader(name, value);
        request.setTransferTimeout(m_timeoutMs);
        // The token never follows a redirect to another scheme, host or port (ProcoreError says so).
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::SameOriginRedirectPolicy);
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        QNetworkReply *reply = nullptr;
        if (!call->body.isEmpty() && call->creates) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
            auto *body = new OneShotBody(call->body);
            reply = m_network->sendCustomRequest(request, call->method, body);
            body->setParent(reply);
        } else if (!call->body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            reply = m_network->sendCustomRequest(request, call->method, call->body);
        } else {
            reply = m_network->sendCustomRequest(request, call->method);
        }
        ++call->attempt;
        ++m_requestCount;
        call->reply->m_attempts = call->attempt;
        call->network = reply;
        CallAudit::markSent(reply);
        qCDebug(lcProcore) << call->method << call->path << "attempt" << call->attempt; // never the token
        // Cut off as soon as the answer says or shows it is too large (its headers, then what waits
        // to be read), so no more than about the cap is ever held.
        auto cutOffIfTooLarge = [call, reply] {
            if (reply->rawHeader("Content-Length").trimmed().toLongLong() > kMaxAnswerBytes
                || reply->bytesAvailable() > kMaxAnswerBytes) {
                call->tooLarge = true;
                reply->abort();
            }
        };
        connect(reply, &QNetworkReply::metaDataChanged, reply, cutOffIfTooLarge);
        connect(reply, &QNetworkReply::readyRead, reply, cutOffIfTooLarge);
        connect(reply, &QNetworkReply::finished, this, [this, call, reply] { onReplyFinished(call, reply); });
    };
    if (m_pacer)
        m_pacer->acquire(call->reply, go);
    else
        go();
}

void ProcoreClient::onReplyFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    call->network = nullptr;
    if (m_pacer)
        m_pacer->observe(reply);
    if (const QDateTime at = http::date(reply->rawHeader("Date")); at.isValid())
        m_clockOffsetSecs = QDateTime::currentDateTimeUtc().secsTo(at);
    if (!call->reply)
        return;
    if (call->tooLarge && !call->aborted) {
        call->reply->finish({}, answerTooLarge(call->creates), 0);
        return;
    }
    const QByteArray body = call->aborted || !reply->isOpen() ? QByteArray() : reply->readAll();
    call->tooLarge = call->tooLarge || body.size() > kMaxAnswerBytes; // it came in one piece
    if (call->tooLarge && !call->aborted) {
        call->reply->finish({}, answerTooLarge(call->creates), 0);
        return;
    }
    const QString audited = call->query.isEmpty() ? call->path : call->path + u'?' + call->query.toString();
    if (call->aborted) {
        // Cancelled by us: a creating call that was already with the network may have been applied.
        ProcoreError cancelled = ProcoreError::cancelled();
        cancelled.maybeApplied = call->creates && call->abortedInFlight;
        CallAudit::answered(call->reply->objectName(), call->method, audited, call->creates, reply, 0,
                            cancelled);
        call->reply->finish({}, cancelled, 0);
        return;
    }
    ProcoreError error = ProcoreError::fromReply(reply, body);
    const int status = error.httpStatus ? error.httpStatus
                                        : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    CallAudit::answered(call->reply->objectName(), call->method, audited, call->creates, reply, status,
                        error);
    if (!error.isError()) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        ApiReply *r = call->reply;
        r->m_raw = body;
        if (reply->hasRawHeader("Total"))
            r->m_total = reply->rawHeader("Total").toInt();
        r->m_hasNext = reply->hasRawHeader("Link") && http::linkHasNext(reply->rawHeader("Link"));
        r->m_next = r->m_hasNext ? http::linkNext(reply->rawHeader("Link")) : QUrl();
        if (!body.isEmpty() && parseError.error != QJsonParseError::NoError) {
            ProcoreError bad;
            bad.kind = ProcoreError::Kind::Invalid;
            bad.httpStatus = status;
            bad.message =
                QCoreApplication::translate("ProcoreClient", "The server's answer is not valid JSON: %1")
                    .arg(parseError.errorString());
            r->finish({}, bad, status);
            return;
        }
        r->finish(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), {}, status);
        return;
    }
    qCDebug(lcProcore) << call->method << call->path << "failed:" << error.message;
    if (error.kind == ProcoreError::Kind::Auth && !call->refreshed && m_auth) {
        refreshThenRetry(call, error);
        return;
    }
    // A redirect is not a refusal (POST, then 302 to what it made): as unclear as no answer.
    const bool redirected = error.httpStatus >= 300 && error.httpStatus < 400;
    if (call->creates && (error.isAmbiguous() || redirected)) {
        // It may have gone through: the caller looks at what exists before it sends again.
        error.maybeApplied = true;
        call->reply->finish(error.body, error, status);
        return;
    }
    if (m_retry.shouldRetry(call->attempt, error)) {
        retryLater(call, error);
        return;
    }
    if (error.kind == ProcoreError::Kind::Auth)
        Q_EMIT authenticationFailed(error.message);
    call->reply->finish(error.body, error, status);
}

void ProcoreClient::retryLater(const std::shared_ptr<Call> &call, const ProcoreError &error)
{
    const int delay = m_retry.delayMs(call->attempt, error);
    Q_EMIT call->reply->retrying(error, call->attempt, delay);
    if (error.retryAfterSecs >= 0 && m_pacer) {
        // The server asked everyone to wait (429, or 503 under load): hold every call, not just this one.
        m_pacer->holdForMs(delay);
        dispatch(call);
        return;
    }
    QTimer::singleShot(delay, call->reply, [this, call] { dispatch(call); });
}

void ProcoreClient::refreshThenRetry(const std::shared_ptr<Call> &call, const ProcoreError &error)
{
    call->refreshed = true;
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    auto done = [connections] {
        for (const auto &c : std::as_const(*connections))
            QObject::disconnect(c);
        connections->clear();
    };
    connections->append(connect(m_auth, &AuthProvider::tokenRefreshed, call->reply, [this, call, done] {
        done();
        dispatch(call);
    }));
    connections->append(connect(
        m_auth, &AuthProvider::refreshFailed, call->reply, [this, call, done, error](const QString &reason) {
            if (m_auth->canSignInAgain()) {
                // The call waits for the person to sign in again (tokenRefreshed then sends it).
                Q_EMIT authenticationFailed(reason);
                return;
            }
            done();
            ProcoreError e = error;
            e.kind = ProcoreError::Kind::Auth;
            if (!reason.isEmpty())
                e.message = QString(error.message + QStringLiteral(" (") + reason + QLatin1Char(')'));
            Q_EMIT authenticationFailed(e.message);
            if (call->reply)
                call->reply->finish(e.body, e, e.httpStatus);
        }));
    // One refresh for every call that hit 401 together; a call whose 401 answers a token that has
    // been replaced meanwhile goes again at once.
    if (m_auth->requestRefreshFor(call->sentToken)) {
        done();
        dispatch(call);
    }
}

ApiReply *ProcoreClient::collectPages(qint64 companyId, const QString &path, QUrlQuery query)
{
    auto *outer = new ApiReply(this);
    auto all = std::make_shared<QJsonArray>();
    // Follows the Link header's "next" to the end: its query (page, per_page, filters) goes to the
    // same path on the same host (never to an address the answer names), so the token stays here.
    query.removeAllQueryItems(u"page"_s);
    auto fetch = std::make_shared<std::function<void(int, QUrlQuery)>>();
    *fetch = [this, outer, all, fetch, companyId, path, query](int page, QUrlQuery q) mutable {
        if (!q.hasQueryItem(u"page"_s))
            q.addQueryItem(u"page"_s, QString::number(page));
        ApiReply *r = send("GET", path, q, companyId);
        connect(outer, &ApiReply::abortRequested, r, &ApiReply::abort);
        connect(r, &ApiReply::finished, outer, [outer, r, all, fetch, page, query] {
            r->deleteLater();
            if (!r->isOk()) {
                outer->finish({}, r->error(), r->httpStatus());
                *fetch = nullptr; // break the cycle
                return;
            }
            for (const QJsonValue &v : r->json().toArray())
                all->append(v);
            outer->m_attempts += r->attempts();
            if (r->hasNextPage() && !r->json().toArray().isEmpty()) {
                // The next link's page and per_page, on this call's own query; a link that does
                // not move forward (or cannot be read) means the next page number.
                const QUrlQuery link(r->nextPageUrl());
                int next = link.queryItemValue(u"page"_s).toInt();
                next = next > page ? next : page + 1;
                QUrlQuery nextQuery = query;
                nextQuery.removeAllQueryItems(u"page"_s);
                nextQuery.addQueryItem(u"page"_s, QString::number(next));
                if (link.hasQueryItem(u"per_page"_s)) {
                    nextQuery.removeAllQueryItems(u"per_page"_s);
                    nextQuery.addQueryItem(u"per_page"_s, link.queryItemValue(u"per_page"_s));
                }
                (*fetch)(next, nextQuery);
                return;
            }
            outer->m_total = int(all->size());
            outer->finish(*all, {}, r->httpStatus());
            *fetch = nullptr;
        });
    };
    QTimer::singleShot(0, outer, [fetch, query] {
        if (*fetch)
            (*fetch)(1, query);
    });
    return outer;
}

ApiReply *ProcoreClient::me()
{
    return send("GET", u"/rest/v1.0/me"_s, {}, 0);
}

ApiReply *ProcoreClient::companies()
{
    QUrlQuery q;
    q.addQueryItem(u"per_page"_s, u"100"_s);
    return collectPages(0, u"/rest/v1.0/companies"_s, q);
}

ApiReply *ProcoreClient::projects(qint64 companyId, int page, int perPage)
{
    QUrlQuery q;
    q.addQueryItem(u"company_id"_s, QString::number(companyId));
    q.addQueryItem(u"page"_s, QString::number(page));
    q.addQueryItem(u"per_page"_s, QString::number(perPage));
    return send("GET", u"/rest/v1.1/projects"_s, q, companyId);
}

ApiReply *ProcoreClient::folder(qint64 companyId, qint64 projectId, qint64 folderId)
{
    QUrlQuery q;
    QString path;
    if (projectId) {
        q.addQueryItem(u"project_id"_s, QString::number(projectId));
        path = folderId ? QStringLiteral("/rest/v1.0/folders/%1").arg(folderId) : u"/rest/v1.0/folders"_s;
    } else {
        path = folderId ? QStringLiteral("/rest/v1.0/companies/%1/folders/%2").arg(companyId).arg(folderId)
                        : QStringLiteral("/rest/v1.0/companies/%1/folders").arg(companyId);
    }
    return send("GET", path, q, companyId);
}

ApiReply *ProcoreClient::file(qint64 companyId, qint64 projectId, qint64 fileId)
{
    QUrlQuery q;
    q.addQueryItem(u"project_id"_s, QString::number(projectId));
    return send("GET", QStringLiteral("/rest/v1.0/files/%1").arg(fileId), q, companyId);
}

ApiReply *ProcoreClient::createFolder(qint64 companyId, qint64 projectId, qint64 parentId,
                                      const QString &name)
{
    QUrlQuery q;
    QString path;
    if (projectId) {
        q.addQueryItem(u"project_id"_s, QString::number(projectId));
        path = u"/rest/v1.0/folders"_s;
    } else {
        path = QStringLiteral("/rest/v1.0/companies/%1/folders").arg(companyId);
    }
    QJsonObject folder{{u"name"_s, name}};
    if (parentId)
        folder.insert(u"parent_id"_s, parentId);
    const QJsonObject body{{u"folder"_s, folder}};
    return createNamed(
        name, [=, this] { return send("POST", path, q, companyId, body); },
        [=, this] { return this->folder(companyId, projectId, parentId); },
        [](const QJsonValue &listing) { return listing.toObject().value(u"folders"_s).toArray(); });
}

ApiReply *ProcoreClient::createUpload(qint64 companyId, qint64 projectId, const QString &fileName,
                                      const QString &contentType, qint64 size)
{
    const QString path = projectId ? QStringLiteral("/rest/v1.1/projects/%1/uploads").arg(projectId)
                                   : QStringLiteral("/rest/v1.1/companies/%1/uploads").arg(companyId);
    QJsonObject body{{u"response_filename"_s, fileName}, {u"size"_s, size}};
    if (!contentType.isEmpty())
        body.insert(u"response_content_type"_s, contentType);
    // A spare upload is never seen: repeating this call is harmless.
    return sendCall("POST", path, {}, companyId, body, {}, Effect::Repeatable);
}

ApiReply *ProcoreClient::associateProjectFile(qint64 companyId, qint64 projectId, qint64 folderId,
                                              const QString &name, const QString &uploadUuid, bool uniqueName)
{
    QUrlQuery q;
    q.addQueryItem(u"project_id"_s, QString::number(projectId));
    QJsonObject file{{u"name"_s, name}, {u"upload_uuid"_s, uploadUuid}, {u"unique_name"_s, uniqueName}};
    if (folderId)
        file.insert(u"parent_id"_s, folderId);
    return send("POST", u"/rest/v1.0/files"_s, q, companyId, QJsonObject{{u"file"_s, file}});
}

ApiReply *ProcoreClient::associateCompanyFile(qint64 companyId, qint64 folderId, const QString &name,
                                              const QString &uploadUuid, bool uniqueName)
{
    QJsonObject file{{u"name"_s, name}, {u"upload_uuid"_s, uploadUuid}, {u"unique_name"_s, uniqueName}};
    if (folderId)
        file.insert(u"parent_id"_s, folderId);
    return send("POST", QStringLiteral("/rest/v1.0/companies/%1/files").arg(companyId), {}, companyId,
                QJsonObject{{u"file"_s, file}});
}

ApiReply *ProcoreClient::createFileVersion(qint64 companyId, qint64 projectId, qint64 fileId,
                                           const QString &uploadUuid, const QString &notes)
{
    QUrlQuery q;
    q.addQueryItem(u"project_id"_s, QString::number(projectId));
    q.addQueryItem(u"file_id"_s, QString::number(fileId)); // a query parameter in Procore's reference
    QJsonObject version{{u"upload_uuid"_s, uploadUuid}};
    if (!notes.isEmpty())
        version.insert(u"notes"_s, notes);
    return send("POST", u"/rest/v1.0/file_versions"_s, q, companyId,
                QJsonObject{{u"file_version"_s, version}});
}

ApiReply *ProcoreClient::imageCategories(qint64 companyId, qint64 projectId)
{
    QUrlQuery q;
    q.addQueryItem(u"project_id"_s, QString::number(projectId));
    q.addQueryItem(u"per_page"_s, u"100"_s);
    return collectPages(companyId, u"/rest/v1.0/image_categories"_s, q);
}

ApiReply *ProcoreClient::createImageCategory(qint64 companyId, qint64 projectId, const QString &name,
                                             bool isPrivate)
{
    QUrlQuery q;
    q.addQueryItem(u"project_id"_s, QString::number(projectId));
    const QJsonObject body{{u"image_category"_s, QJsonObject{{u"name"_s, name}, {u"private"_s, isPrivate}}}};
    return createNamed(
        name, [=, this] { return send("POST", u"/rest/v1.0/image_categories"_s, q, companyId, body); },
        [=, this] { return imageCategories(companyId, projectId); },
        [](const QJsonValue &listing) { return listing.toArray(); });
}

ApiReply *ProcoreClient::createImage(qint64 companyId, qint64 projectId, const NewImage &newImage,
                                     ImageBodyShape shape)
{
    QUrlQuery q;
    q.addQueryItem(u"project_id"_s, QString::number(projectId));
    // "image" needs at least one attribute even with an upload: private always goes.
    QJsonObject image{{u"private"_s, newImage.isPrivate}};
    if (newImage.albumId)
        image.insert(u"image_category_id"_s, newImage.albumId);
    if (!newImage.description.isEmpty())
        image.insert(u"description"_s, newImage.description);
    QJsonObject body{{u"image"_s, image}};
    if (shape == ImageBodyShape::TopLevelUploadUuid) {
        body.insert(u"upload_uuid"_s, newImage.uploadUuid);
        body.insert(u"image_name"_s, newImage.name);
    } else {
        body.insert(u"upload"_s,
                    QJsonObject{{u"uuid"_s, newImage.uploadUuid}, {u"image_name"_s, newImage.name}});
    }
    return send("POST", u"/rest/v1.0/images"_s, q, companyId, body);
}

ApiReply *ProcoreClient::drawingAreas(qint64 companyId, qint64 projectId)
{
    QUrlQuery q; // paginated in Procore's reference: every page
    q.addQueryItem(u"per_page"_s, u"100"_s);
    return collectPages(companyId, QStringLiteral("/rest/v1.1/projects/%1/drawing_areas").arg(projectId), q);
}

ApiReply *ProcoreClient::drawingSets(qint64 companyId, qint64 projectId)
{
    QUrlQuery q; // paginated in Procore's reference: every page
    q.addQueryItem(u"per_page"_s, u"100"_s);
    return collectPages(companyId, QStringLiteral("/rest/v1.0/projects/%1/drawing_sets").arg(projectId), q);
}

ApiReply *ProcoreClient::createDrawingSet(qint64 companyId, qint64 projectId, const QString &name)
{
    const QJsonObject body{{u"name"_s, name}}; // top-level, as Procore's reference has it
    return createNamed(
        name,
        [=, this] {
            return send("POST", QStringLiteral("/rest/v1.0/projects/%1/drawing_sets").arg(projectId), {},
                        companyId, body);
        },
        [=, this] { return drawingSets(companyId, projectId); },
        [](const QJsonValue &listing) { return listing.toArray(); });
}

ApiReply *ProcoreClient::createDrawingUpload(qint64 companyId, qint64 projectId, qint64 areaId, qint64 setId,
                                             const QList<DrawingImport> &imports,
                                             const QString &idempotencyToken)
{
    QJsonArray logImports;
    for (const DrawingImport &i : imports) {
        QJsonObject o{{u"upload_uuid"_s, i.uploadUuid},
                      {u"drawing_date"_s, i.drawingDate.startOfDay(Qt::UTC).toString(Qt::ISODate)},
                      {u"default_revision"_s, i.defaultRevision}};
        if (i.receivedDate.isValid())
            o.insert(u"received_date"_s, i.receivedDate.startOfDay(Qt::UTC).toString(Qt::ISODate));
        logImports.append(o);
    }
    QJsonObject upload{{u"drawing_set_id"_s, setId},
                       {u"drawing_number_contains_revision"_s, false},
                       {u"drawing_log_imports"_s, logImports}};
    if (areaId)
        upload.insert(u"drawing_area_id"_s, areaId);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!idempotencyToken.isEmpty())
        headers.append({QByteArrayLiteral("Idempotency-Token"), idempotencyToken.toUtf8()});
    return send("POST", QStringLiteral("/rest/v1.1/projects/%1/drawing_uploads").arg(projectId), {},
                companyId, QJsonObject{{u"drawing_upload"_s, upload}}, headers);
}

ApiReply *ProcoreClient::drawingUpload(qint64 companyId, qint64 projectId, qint64 drawingUploadId)
{
    return send(
        "GET",
        QStringLiteral("/rest/v1.1/projects/%1/drawing_uploads/%2").arg(projectId).arg(drawingUploadId), {},
        companyId);
}

ApiReply *ProcoreClient::createNamed(const QString &name, std::function<ApiReply *()> create,
                                     std::function<ApiReply *()> list,
                                     std::function<QJsonArray(const QJsonValue &)> items)
{
    auto *op = new NamedCreate(name, std::move(create), std::move(list), std::move(items), m_retry, this);
    ApiReply *reply = op->reply();
    // Like send(): the call starts from the event loop, after the caller connected.
    QTimer::singleShot(0, op, &NamedCreate::start);
    return reply;
}

} // namespace hoist

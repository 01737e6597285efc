#include "ControlRoutes.h"

#include "ApiCall.h"
#include "SandboxContext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/crypto.h>

#include <map>
#include <optional>

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

using http::str;

namespace {

// Fields a control body may hold and their types: 'i' integer, 'b' boolean, 's' string, 'a' array.
using Fields = std::map<QString, char>;

const Fields kFaultFields{{u"rules"_s, 'a'},
                          {u"storage_bytes_per_second"_s, 'i'},
                          {u"expire_policies"_s, 'i'},
                          {u"api_delay_ms"_s, 'i'},
                          {u"storage_url"_s, 's'}};
const Fields kRuleFields{{u"kind"_s, 's'},
                         {u"method"_s, 's'},
                         {u"path"_s, 's'},
                         {u"status"_s, 'i'},
                         {u"count"_s, 'i'},
                         {u"retry_after"_s, 'i'},
                         {u"drop_after_bytes"_s, 'i'},
                         {u"after_success"_s, 'b'},
                         {u"drop_connection"_s, 'b'},
                         {u"late_answer_ms"_s, 'i'},
                         {u"rate_remaining"_s, 'i'},
                         {u"rate_reset_in"_s, 'i'},
                         {u"location"_s, 's'},
                         {u"answer_bytes"_s, 'i'}};
const Fields kConfigFields{
    {u"hourly_limit"_s, 'i'},       {u"spike_limit"_s, 'i'},    {u"spike_window"_s, 'i'},
    {u"policy_lifetime"_s, 'i'},    {u"token_lifetime"_s, 'i'}, {u"max_post_bytes"_s, 'i'},
    {u"image_body_shape"_s, 's'},   {u"strict"_s, 'b'},         {u"record"_s, 'b'},
    {u"max_api_body_bytes"_s, 'i'}, {u"name_clash"_s, 's'},     {u"complete_repeat"_s, 's'},
    {u"drawing_statuses"_s, 'a'}};

const Fields kVersionFields{{u"file_id"_s, 'i'}, {u"user_id"_s, 'i'}, {u"size"_s, 'i'}};
const Fields kTokenFields{{u"user_id"_s, 'i'}, {u"expires_in"_s, 'i'}};
const Fields kExpireFields{{u"token"_s, 's'}};
const Fields kClientFields{{u"client_id"_s, 's'}, {u"client_secret"_s, 's'}, {u"redirect_uris"_s, 'a'}};

QString checkFields(const QJsonObject &o, const Fields &fields, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto f = fields.find(it.key());
        if (f == fields.end())
            return QStringLiteral("%1%2 is not a known field").arg(where, it.key());
        const QJsonValue &v = it.value();
        const bool ok = (f->second == 'i' && v.isDouble() && v.toDouble() == double(v.toInteger()))
                        || (f->second == 'b' && v.isBool()) || (f->second == 's' && v.isString())
                        || (f->second == 'a' && v.isArray());
        if (!ok)
            return QStringLiteral("%1%2 must be %3")
                .arg(where, it.key(),
                     f->second == 'i'   ? QStringLiteral("an integer")
                     : f->second == 'b' ? QStringLiteral("true or false")
                     : f->second == 's' ? QStringLiteral("a string")
                                        : QStringLiteral("an array"));
    }
    return {};
}

// The body as a JSON object (an empty body is {}); nullopt, with the 400 sent, when it is not one.
std::optional<QJsonObject> body(const httplib::Request &req, httplib::Response &res,
                                const Fields *fields = nullptr)
{
    QJsonObject o;
    if (!req.body.empty()) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &err);
        if (err.error != QJsonParseError::NoError) {
            http::sendErrors(res, 400,
                             QStringLiteral("The body is not valid JSON: %1 at offset %2")
                                 .arg(err.errorString())
                                 .arg(err.offset));
            return std::nullopt;
        }
        if (!doc.isObject()) {
            http::sendErrors(res, 400, QStringLiteral("The body must be a JSON object"));
            return std::nullopt;
        }
        o = doc.object();
    }
    if (fields) {
        if (const QString error = checkFields(o, *fields, QString()); !error.isEmpty()) {
            http::sendErrors(res, 400, error);
            return std::nullopt;
        }
    }
    return o;
}

QString checkRules(const QJsonArray &rules)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString where = QStringLiteral("rules[%1].").arg(i);
        if (!rules[i].isObject())
            return QStringLiteral("rules[%1] must be an object").arg(i);
        const QJsonObject r = rules[i].toObject();
        if (QString error = checkFields(r, kRuleFields, where); !error.isEmpty())
            return error;
        const int status = r.value(u"status"_s).toInt(500);
        if (status < 100 || status > 599)
            return where + QStringLiteral("status must be an HTTP status (100-599)");
        if (r.value(u"count"_s).toInt(1) < 1)
            return where + QStringLiteral("count must be at least 1");
    }
    return {};
}

} // namespace

ControlRoutes::ControlRoutes(SandboxContext &ctx)
    : m_ctx(ctx)
{}

int ControlRoutes::refuse(const httplib::Request &req, QString *why) const
{
    const QString port = QString::number(m_ctx.port);
    const QString host = str(req.get_header_value("Host")).toLower();
    if (host != u"127.0.0.1:"_s + port && host != u"localhost:"_s + port && host != u"[::1]:"_s + port) {
        *why = QStringLiteral("The sandbox's control API answers only to Host 127.0.0.1:%1 or localhost:%1")
                   .arg(port);
        return 403;
    }
    const QByteArray secret = QByteArray::fromStdString(req.get_header_value("X-Sandbox-Secret"));
    const QByteArray expected = m_ctx.options.controlSecret.toUtf8();
    if (expected.isEmpty() || secret.size() != expected.size()
        || CRYPTO_memcmp(secret.constData(), expected.constData(), size_t(expected.size())) != 0) {
        *why = QStringLiteral("The sandbox's control API needs the X-Sandbox-Secret header: the "
                              "HOIST_SANDBOX_SECRET line hoist-cli sandbox prints at start");
        return 401;
    }
    const bool hasBody = req.method == "POST" || req.method == "PUT" || req.method == "PATCH";
    if (hasBody && req.get_header_value("Content-Type").rfind("application/json", 0) != 0) {
        *why = QStringLiteral("Control bodies must be sent as Content-Type: application/json");
        return 415;
    }
    return 0;
}

void ControlRoutes::install(httplib::Server &server)
{
    server.Get("/_sandbox/objects",
               [this](const httplib::Request &req, httplib::Response &res) { listObjects(req, res); });
    server.Get("/_sandbox/files",
               [this](const httplib::Request &req, httplib::Response &res) { listFiles(req, res); });
    server.Get("/_sandbox/log",
               [this](const httplib::Request &req, httplib::Response &res) { listLog(req, res); });
    server.Get("/_sandbox/exchanges",
               [this](const httplib::Request &req, httplib::Response &res) { listExchanges(req, res); });
    server.Post("/_sandbox/faults",
                [this](const httplib::Request &req, httplib::Response &res) { addFaults(req, res); });
    server.Get("/_sandbox/faults",
               [this](const httplib::Request &req, httplib::Response &res) { showFaults(req, res); });
    server.Delete("/_sandbox/faults",
                  [this](const httplib::Request &req, httplib::Response &res) { clearFaults(req, res); });
    server.Post("/_sandbox/tokens",
                [this](const httplib::Request &req, httplib::Response &res) { issueToken(req, res); });
    server.Get("/_sandbox/tokens",
               [this](const httplib::Request &req, httplib::Response &res) { listTokens(req, res); });
    server.Post("/_sandbox/tokens/expire",
                [this](const httplib::Request &req, httplib::Response &res) { expireToken(req, res); });
    server.Post("/_sandbox/config",
                [this](const httplib::Request &req, httplib::Response &res) { configure(req, res); });
    server.Post("/_sandbox/file_versions",
                [this](const httplib::Request &req, httplib::Response &res) { addFileVersion(req, res); });
    server.Post("/_sandbox/oauth_clients", [this](const httplib::Request &req, httplib::Response &res) {
        registerOAuthClient(req, res);
    });
}

void ControlRoutes::listObjects(const httplib::Request &, httplib::Response &res)
{
    auto lock = m_ctx.state.lock();
    QJsonArray out;
    for (auto &[key, o] : m_ctx.state.objects)
        out.append(QJsonObject{{u"key"_s, o.key},
                               {u"size"_s, o.size},
                               {u"sha256"_s, m_ctx.objectSha256(o)},
                               {u"md5"_s, o.md5},
                               {u"content_type"_s, o.contentType},
                               {u"upload_uuid"_s, o.key.section(QLatin1Char('/'), -1)}});
    http::sendJson(res, 200, out);
}

void ControlRoutes::listFiles(const httplib::Request &req, httplib::Response &res)
{
    const qint64 projectFilter = http::param(req, "project_id").toLongLong();
    auto lock = m_ctx.state.lock();
    QJsonArray out;
    for (const auto &[id, f] : m_ctx.state.files) {
        if (projectFilter && f.projectId != projectFilter)
            continue;
        const QString folder = m_ctx.state.folderPath(f.folderId);
        QJsonArray versions;
        for (const FileVersion &v : f.versions) {
            const auto o = m_ctx.state.objects.find(v.objectKey);
            versions.append(QJsonObject{
                {u"number"_s, v.number},
                {u"size"_s, v.size},
                {u"notes"_s, v.notes},
                {u"upload_uuid"_s, v.uploadUuid},
                {u"sha256"_s, o == m_ctx.state.objects.end() ? QString() : m_ctx.objectSha256(o->second)}});
        }
        const QJsonObject latest = versions.isEmpty() ? QJsonObject() : versions.last().toObject();
        out.append(
            QJsonObject{{u"id"_s, f.id},
                        {u"name"_s, f.name},
                        {u"folder_id"_s, f.folderId},
                        {u"folder"_s, folder},
                        {u"path"_s, folder.isEmpty() ? f.name : QString(folder + QLatin1Char('/') + f.name)},
                        {u"project_id"_s, f.projectId},
                        {u"company_id"_s, f.companyId},
                        {u"size"_s, latest.value(u"size"_s)},
                        {u"sha256"_s, latest.value(u"sha256"_s)},
                        {u"upload_uuid"_s, latest.value(u"upload_uuid"_s)},
                        {u"versions"_s, versions}});
    }
    http::sendJson(res, 200, out);
}

void ControlRoutes::listLog(const httplib::Request &req, httplib::Response &res)
{
    const qint64 since = http::param(req, "since").toLongLong();
    auto lock = m_ctx.state.lock();
    QJsonArray out;
    for (const LogEntry &e : m_ctx.state.log) {
        if (e.seq <= since)
            continue;
        out.append(QJsonObject{{u"seq"_s, e.seq},
                               {u"kind"_s, e.kind},
                               {u"method"_s, e.method},
                               {u"path"_s, e.path},
                               {u"status"_s, e.status},
                               {u"authorization"_s, e.hadAuthorization},
                               {u"cookie"_s, e.hadCookie},
                               {u"company_header"_s, e.companyHeader},
                               {u"at_ms"_s, e.at.toMSecsSinceEpoch()}});
    }
    http::sendJson(res, 200, out);
}

// The recorded API and OAuth exchanges (SandboxOptions::record), for out-of-process contract checks.
void ControlRoutes::listExchanges(const httplib::Request &, httplib::Response &res)
{
    auto lock = m_ctx.state.lock();
    QJsonArray out;
    for (const QJsonObject &e : m_ctx.state.exchanges)
        out.append(e);
    http::sendJson(res, 200, out);
}

void ControlRoutes::addFaults(const httplib::Request &req, httplib::Response &res)
{
    const std::optional<QJsonObject> b = body(req, res, &kFaultFields);
    if (!b)
        return;
    QString error = checkRules(b->value(u"rules"_s).toArray());
    if (error.isEmpty())
        error = m_ctx.faults.configure(*b);
    if (!error.isEmpty())
        return http::sendErrors(res, 400, error);
    http::sendJson(res, 200, m_ctx.faults.toJson());
}

void ControlRoutes::showFaults(const httplib::Request &, httplib::Response &res)
{
    http::sendJson(res, 200, m_ctx.faults.toJson());
}

void ControlRoutes::clearFaults(const httplib::Request &, httplib::Response &res)
{
    m_ctx.faults.clear();
    http::sendJson(res, 200, m_ctx.faults.toJson());
}

// {"user_id": N, "expires_in": seconds} → a fresh access token (no refresh token).
void ControlRoutes::issueToken(const httplib::Request &req, httplib::Response &res)
{
    const std::optional<QJsonObject> parsed = body(req, res, &kTokenFields);
    if (!parsed)
        return;
    const QJsonObject b = *parsed;
    auto lock = m_ctx.state.lock();
    qint64 userId = b.value(u"user_id"_s).toInteger(m_ctx.state.defaultUserId);
    if (!m_ctx.state.users.contains(userId))
        return http::sendErrors(res, 404, QStringLiteral("No such user"));
    const qint64 lifetime = b.value(u"expires_in"_s).toInteger(m_ctx.options.tokenLifetimeSecs);
    const QString token = m_ctx.state.issueAccessToken(userId, lifetime);
    http::sendJson(
        res, 201,
        QJsonObject{{u"access_token"_s, token}, {u"user_id"_s, userId}, {u"expires_in"_s, lifetime}});
}

// Every token with its state, so out-of-process tests can see which refresh token is live.
void ControlRoutes::listTokens(const httplib::Request &, httplib::Response &res)
{
    auto lock = m_ctx.state.lock();
    QJsonArray access, refresh;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[key, t] : m_ctx.state.accessTokens)
        access.append(QJsonObject{{u"token"_s, t.token},
                                  {u"user_id"_s, t.userId},
                                  {u"client_id"_s, t.clientId},
                                  {u"refresh_token"_s, t.refreshToken},
                                  {u"expires_at"_s, t.expiresAt.toString(Qt::ISODate)},
                                  {u"expired"_s, t.expiresAt <= now},
                                  {u"revoked"_s, t.revoked}});
    for (const auto &[key, t] : m_ctx.state.refreshTokens)
        refresh.append(QJsonObject{{u"token"_s, t.token},
                                   {u"user_id"_s, t.userId},
                                   {u"client_id"_s, t.clientId},
                                   {u"used"_s, t.used},
                                   {u"revoked"_s, t.revoked}});
    http::sendJson(res, 200, QJsonObject{{u"access_tokens"_s, access}, {u"refresh_tokens"_s, refresh}});
}

// {"token": "..."} → that access token expires now.
void ControlRoutes::expireToken(const httplib::Request &req, httplib::Response &res)
{
    const std::optional<QJsonObject> b = body(req, res, &kExpireFields);
    if (!b)
        return;
    const QString token = b->value(u"token"_s).toString();
    auto lock = m_ctx.state.lock();
    const auto it = m_ctx.state.accessTokens.find(token);
    if (it == m_ctx.state.accessTokens.end())
        return http::sendErrors(res, 404, QStringLiteral("No such token"));
    it->second.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    http::sendJson(res, 200, QJsonObject{{u"expired"_s, true}});
}

// Limits a test may shrink: {"hourly_limit","spike_limit","spike_window","policy_lifetime",
// "token_lifetime","max_post_bytes"}; the rate-limit counters start again.
// A version of a file by another user (someone else's work the client must not take for its own).
void ControlRoutes::addFileVersion(const httplib::Request &req, httplib::Response &res)
{
    const std::optional<QJsonObject> parsed = body(req, res, &kVersionFields);
    if (!parsed)
        return;
    auto lock = m_ctx.state.lock();
    const qint64 userId = parsed->value(u"user_id"_s).toInteger(m_ctx.state.defaultUserId);
    if (!m_ctx.state.users.contains(userId))
        return http::sendErrors(res, 404, QStringLiteral("No such user"));
    const FileVersion *v = m_ctx.state.addVersionBy(parsed->value(u"file_id"_s).toInteger(), userId,
                                                    parsed->value(u"size"_s).toInteger(), kFileBase);
    if (!v)
        return http::sendErrors(res, 404, QStringLiteral("No such file"));
    http::sendJson(res, 201,
                   QJsonObject{{u"id"_s, v->id}, {u"number"_s, v->number}, {u"created_by"_s, userId}});
}

void ControlRoutes::configure(const httplib::Request &req, httplib::Response &res)
{
    const std::optional<QJsonObject> parsed = body(req, res, &kConfigFields);
    if (!parsed)
        return;
    const QJsonObject b = *parsed;
    auto lock = m_ctx.state.lock();
    SandboxOptions &o = m_ctx.options;
    o.hourlyLimit = b.value(u"hourly_limit"_s).toInt(o.hourlyLimit);
    o.spikeLimit = b.value(u"spike_limit"_s).toInt(o.spikeLimit);
    o.spikeWindowSecs = b.value(u"spike_window"_s).toInt(o.spikeWindowSecs);
    o.policyLifetimeSecs = b.value(u"policy_lifetime"_s).toInteger(o.policyLifetimeSecs);
    o.tokenLifetimeSecs = b.value(u"token_lifetime"_s).toInteger(o.tokenLifetimeSecs);
    o.maxPostBytes = b.value(u"max_post_bytes"_s).toInteger(o.maxPostBytes);
    const QString shape = b.value(u"image_body_shape"_s).toString(o.imageBodyShape);
    if (shape != QLatin1String("any") && shape != QLatin1String("upload_uuid")
        && shape != QLatin1String("upload"))
        return http::sendErrors(res, 400, QStringLiteral("image_body_shape is any, upload_uuid or upload"));
    o.imageBodyShape = shape;
    const QString clash = b.value(u"name_clash"_s).toString(o.nameClash);
    if (clash != QLatin1String("name_taken") && clash != QLatin1String("file_conflict"))
        return http::sendErrors(res, 400, QStringLiteral("name_clash is name_taken or file_conflict"));
    o.nameClash = clash;
    const QString repeat = b.value(u"complete_repeat"_s).toString(o.completeRepeat);
    if (repeat != QLatin1String("ok") && repeat != QLatin1String("gone"))
        return http::sendErrors(res, 400, QStringLiteral("complete_repeat is ok or gone"));
    o.completeRepeat = repeat;
    o.strict = b.value(u"strict"_s).toBool(o.strict);
    o.record = b.value(u"record"_s).toBool(o.record);
    o.maxApiBodyBytes = b.value(u"max_api_body_bytes"_s).toInteger(o.maxApiBodyBytes);
    if (b.contains(u"drawing_statuses"_s)) {
        static const QStringList documented{u"in_queue"_s, u"in_progress"_s,      u"mechanical_turk"_s,
                                            u"failed"_s,   u"ready_for_review"_s, u"reviewed"_s};
        QStringList statuses;
        for (const QJsonValue &v : b.value(u"drawing_statuses"_s).toArray()) {
            if (!documented.contains(v.toString()))
                return http::sendErrors(res, 400,
                                        QString(QStringLiteral("drawing_statuses holds Procore's statuses: ")
                                                + documented.join(QStringLiteral(", "))));
            statuses.append(v.toString());
        }
        o.drawingStatuses = statuses;
    }
    m_ctx.limiter.setLimits(o.hourlyLimit, o.spikeLimit, o.spikeWindowSecs);
    http::sendJson(res, 200,
                   QJsonObject{{u"hourly_limit"_s, o.hourlyLimit},
                               {u"spike_limit"_s, o.spikeLimit},
                               {u"spike_window"_s, o.spikeWindowSecs},
                               {u"policy_lifetime"_s, o.policyLifetimeSecs},
                               {u"token_lifetime"_s, o.tokenLifetimeSecs},
                               {u"max_post_bytes"_s, o.maxPostBytes},
                               {u"image_body_shape"_s, o.imageBodyShape},
                               {u"strict"_s, o.strict},
                               {u"record"_s, o.record},
                               {u"max_api_body_bytes"_s, o.maxApiBodyBytes},
                               {u"drawing_statuses"_s, QJsonArray::fromStringList(o.drawingStatuses)},
                               {u"name_clash"_s, o.nameClash},
                               {u"complete_repeat"_s, o.completeRepeat}});
}

// {"client_id","client_secret","redirect_uris":[...]}: registers (or replaces) an OAuth application;
// without a client_secret (or with ""), a public one.
void ControlRoutes::registerOAuthClient(const httplib::Request &req, httplib::Response &res)
{
    const std::optional<QJsonObject> parsed = body(req, res, &kClientFields);
    if (!parsed)
        return;
    const QJsonObject b = *parsed;
    OAuthClient c;
    c.clientId = b.value(u"client_id"_s).toString();
    c.clientSecret = b.value(u"client_secret"_s).toString();
    for (const QJsonValue &v : b.value(u"redirect_uris"_s).toArray())
        c.redirectUris.append(v.toString());
    if (c.clientId.isEmpty()) // an empty client_secret registers a public client (PKCE, no secret)
        return http::sendErrors(res, 400, QStringLiteral("client_id is required"));
    auto lock = m_ctx.state.lock();
    m_ctx.state.oauthClients[c.clientId] = c;
    m_ctx.state.dirty = true;
    http::sendJson(res, 201, QJsonObject{{u"client_id"_s, c.clientId}});
}

} // namespace hoist::sandbox

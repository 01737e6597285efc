#include "FaultPlan.h"

#include <QJsonArray>

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

void FaultPlan::addRule(FaultRule rule)
{
    std::lock_guard lock(m_mutex);
    m_rules.push_back(std::move(rule));
}

std::optional<FaultRule> FaultPlan::take(const QString &kind, const QString &method, const QString &path)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (it->kind != kind
            || (!it->method.isEmpty() && it->method.compare(method, Qt::CaseInsensitive) != 0)
            || !it->path.match(path).hasMatch())
            continue;
        FaultRule hit = *it;
        if (--it->count <= 0)
            m_rules.erase(it);
        return hit;
    }
    return std::nullopt;
}

void FaultPlan::setStorageBytesPerSecond(qint64 bps)
{
    std::lock_guard lock(m_mutex);
    m_bytesPerSecond = bps;
}

qint64 FaultPlan::storageBytesPerSecond() const
{
    std::lock_guard lock(m_mutex);
    return m_bytesPerSecond;
}

void FaultPlan::setExpirePolicies(int count)
{
    std::lock_guard lock(m_mutex);
    m_expirePolicies = count;
}

bool FaultPlan::takeExpiredPolicy()
{
    std::lock_guard lock(m_mutex);
    if (m_expirePolicies <= 0)
        return false;
    --m_expirePolicies;
    return true;
}

void FaultPlan::setApiDelayMs(int ms)
{
    std::lock_guard lock(m_mutex);
    m_apiDelayMs = ms;
}

int FaultPlan::apiDelayMs() const
{
    std::lock_guard lock(m_mutex);
    return m_apiDelayMs;
}

void FaultPlan::setStorageUrl(const QString &url)
{
    std::lock_guard lock(m_mutex);
    m_storageUrl = url;
}

QString FaultPlan::storageUrl() const
{
    std::lock_guard lock(m_mutex);
    return m_storageUrl;
}

void FaultPlan::clear()
{
    std::lock_guard lock(m_mutex);
    m_rules.clear();
    m_bytesPerSecond = 0;
    m_expirePolicies = 0;
    m_apiDelayMs = 0;
    m_storageUrl.clear();
}

QString FaultPlan::configure(const QJsonObject &json)
{
    std::vector<FaultRule> rules;
    for (const QJsonValue &v : json.value(u"rules"_s).toArray()) {
        const QJsonObject o = v.toObject();
        FaultRule r;
        r.kind = o.value(u"kind"_s).toString(QStringLiteral("api"));
        if (r.kind != QLatin1String("api") && r.kind != QLatin1String("storage")
            && r.kind != QLatin1String("oauth"))
            return QStringLiteral("rule kind must be api, storage or oauth");
        r.method = o.value(u"method"_s).toString();
        r.path = QRegularExpression(o.value(u"path"_s).toString(QStringLiteral(".*")));
        if (!r.path.isValid())
            return QStringLiteral("rule path is not a valid regular expression: ") + r.path.errorString();
        r.status = o.value(u"status"_s).toInt(500);
        r.count = o.value(u"count"_s).toInt(1);
        r.retryAfterSecs = o.value(u"retry_after"_s).toInt(-1);
        r.dropAfterBytes = o.value(u"drop_after_bytes"_s).toInteger(-1);
        r.afterSuccess = o.value(u"after_success"_s).toBool(false);
        r.dropConnection = o.value(u"drop_connection"_s).toBool(false);
        if (r.dropConnection && r.kind != QLatin1String("api"))
            return QStringLiteral("drop_connection is for api rules (storage rules take drop_after_bytes)");
        r.lateAnswerMs = o.value(u"late_answer_ms"_s).toInt(0);
        if (r.lateAnswerMs > 0 && r.kind != QLatin1String("api"))
            return QStringLiteral("late_answer_ms is for api rules");
        r.rateRemaining = o.value(u"rate_remaining"_s).toInt(-1);
        r.rateResetInSecs = o.value(u"rate_reset_in"_s).toInt(3600);
        r.location = o.value(u"location"_s).toString();
        r.answerBytes = o.value(u"answer_bytes"_s).toInteger(0);
        if (r.answerBytes > 0 && r.kind != QLatin1String("api"))
            return QStringLiteral("answer_bytes is for api rules");
        if (!r.location.isEmpty() && r.kind == QLatin1String("storage"))
            return QStringLiteral("location is for api and oauth rules");
        rules.push_back(r);
    }
    std::lock_guard lock(m_mutex);
    for (FaultRule &r : rules)
        m_rules.push_back(std::move(r));
    if (json.contains(u"storage_bytes_per_second"_s))
        m_bytesPerSecond = json.value(u"storage_bytes_per_second"_s).toInteger();
    if (json.contains(u"expire_policies"_s))
        m_expirePolicies = json.value(u"expire_policies"_s).toInt();
    if (json.contains(u"api_delay_ms"_s))
        m_apiDelayMs = json.value(u"api_delay_ms"_s).toInt();
    if (json.contains(u"storage_url"_s))
        m_storageUrl = json.value(u"storage_url"_s).toString();
    return {};
}

QJsonObject FaultPlan::toJson() const
{
    std::lock_guard lock(m_mutex);
    QJsonArray rules;
    for (const FaultRule &r : m_rules)
        rules.append(QJsonObject{{u"kind"_s, r.kind},
                                 {u"method"_s, r.method},
                                 {u"path"_s, r.path.pattern()},
                                 {u"status"_s, r.status},
                                 {u"count"_s, r.count},
                                 {u"retry_after"_s, r.retryAfterSecs},
                                 {u"drop_after_bytes"_s, r.dropAfterBytes},
                                 {u"after_success"_s, r.afterSuccess},
                                 {u"drop_connection"_s, r.dropConnection},
                                 {u"late_answer_ms"_s, r.lateAnswerMs},
                                 {u"rate_remaining"_s, r.rateRemaining},
                                 {u"rate_reset_in"_s, r.rateResetInSecs},
                                 {u"location"_s, r.location},
                                 {u"answer_bytes"_s, r.answerBytes}});
    return {{u"rules"_s, rules},
            {u"storage_bytes_per_second"_s, m_bytesPerSecond},
            {u"expire_policies"_s, m_expirePolicies},
            {u"api_delay_ms"_s, m_apiDelayMs},
            {u"storage_url"_s, m_storageUrl}};
}

} // namespace hoist::sandbox

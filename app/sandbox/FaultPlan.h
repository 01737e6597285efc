#pragma once

#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

#include <atomic>
#include <mutex>
#include <optional>
#include <vector>

namespace hoist::sandbox {

// One injected failure: the next `count` requests of `kind` ("api", "storage", "oauth") whose
// method and path match are answered with `status` (or, for storage with dropAfterBytes >= 0,
// the connection is dropped after that many body bytes).
struct FaultRule
{
    QString kind = QStringLiteral("api");
    QString method; // empty: any
    QRegularExpression path{QStringLiteral(".*")};
    int status = 500;
    int count = 1;
    int retryAfterSecs = -1;    // -1: no Retry-After header
    qint64 dropAfterBytes = -1; // storage only
    bool afterSuccess = false;  // api only: do the work, then answer with `status` (a lost response)
    // api only: end the connection without a byte of answer instead of answering `status` (with
    // afterSuccess: the work is done and the client hears nothing, as when a connection drops)
    bool dropConnection = false;
    // api only, > 0: do the work (committed), then answer this many ms later: an answer that
    // comes after the client's timeout (a laptop asleep mid-request, a stalled gateway)
    int lateAnswerMs = 0;
    int rateRemaining = -1; // api only, >= 0: the answer reports this X-Rate-Limit-Remaining
    int rateResetInSecs =
        3600; // … and an X-Rate-Limit-Reset this far away (a 429 whose Retry-After is shorter)
    qint64 answerBytes = 0; // api only, > 0: the answer's body is a JSON object this large (a greedy server)
    QString location; // api and oauth, non-empty: the answer carries this Location (with a 3xx: a redirect)
};

// What the sandbox is told to get wrong, from flags or from the control endpoint. Thread-safe.
class FaultPlan
{
public:
    void addRule(FaultRule rule);
    // The first rule that matches, with its count taken down by one.
    std::optional<FaultRule> take(const QString &kind, const QString &method, const QString &path);

    void setStorageBytesPerSecond(qint64 bps);
    qint64 storageBytesPerSecond() const;
    void setExpirePolicies(int count); // the next N create-uploads get an already-expired policy
    bool takeExpiredPolicy();
    void setApiDelayMs(int ms);
    int apiDelayMs() const;
    // Non-empty: create-upload answers name this URL for storage and for every part (a hostile server).
    void setStorageUrl(const QString &url);
    QString storageUrl() const;

    // API requests that reached the routes so far (counted before any delay or work), so a test
    // can act while a request is on the server and not yet answered.
    int apiRequestsSeen() const { return m_apiSeen.load(); }
    void noteApiRequest() { ++m_apiSeen; }
    // Requests whose work is done and whose late answer (late_answer_ms) is still to come.
    int lateAnswersWaiting() const { return m_lateWaiting.load(); }
    void noteLateAnswer(int delta) { m_lateWaiting += delta; }

    void clear();
    // {"rules":[{kind,method,path,status,count,retry_after,drop_after_bytes,after_success,
    //  drop_connection,late_answer_ms,rate_remaining,rate_reset_in}],
    //  "storage_bytes_per_second":N, "expire_policies":N, "api_delay_ms":N, "storage_url":S}
    QString configure(const QJsonObject &json); // returns an error text, empty when fine
    QJsonObject toJson() const;

private:
    mutable std::mutex m_mutex;
    std::atomic<int> m_apiSeen{0};
    std::atomic<int> m_lateWaiting{0};
    std::vector<FaultRule> m_rules;
    qint64 m_bytesPerSecond = 0;
    int m_expirePolicies = 0;
    int m_apiDelayMs = 0;
    QString m_storageUrl;
};

} // namespace hoist::sandbox

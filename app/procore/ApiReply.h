#pragma once

#include "ProcoreError.h"
#include "Types.h"

#include <QJsonValue>
#include <QObject>
#include <QUrl>

namespace hoist {

// One logical Procore call (with its retries, pacing and token refresh). Emits finished() once;
// the caller owns it and deletes it (deleteLater) after reading the result, like a QNetworkReply.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    explicit ApiReply(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ProcoreError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QJsonValue json() const { return m_json; }
    QByteArray rawBody() const { return m_raw; }
    int attempts() const { return m_attempts; }

    // Pagination (Link / Total / Per-Page), for paged listings.
    int page() const { return m_page; }
    int totalCount() const { return m_total; } // -1: unknown
    bool hasNextPage() const { return m_hasNext; }
    // The Link header's rel="next" address (empty on the last page).
    QUrl nextPageUrl() const { return m_next; }

    // Typed views of json().
    User user() const;
    QList<Company> companies() const;
    QList<Project> projects() const;
    Folder folder() const;
    UploadTicket uploadTicket() const;
    FileRef file() const;

    // Stops the call; finished() follows with a Cancelled error.
    void abort();

Q_SIGNALS:
    void finished();
    // A transient failure; the call goes out again after delayMs.
    void retrying(const hoist::ProcoreError &error, int attempt, int delayMs);
    void abortRequested();

private:
    friend class ProcoreClient;
    friend class NamedCreate;
    void finish(const QJsonValue &json, const ProcoreError &error, int httpStatus);

    bool m_finished = false;
    ProcoreError m_error;
    QJsonValue m_json;
    QByteArray m_raw;
    int m_httpStatus = 0;
    int m_attempts = 0;
    int m_page = 1;
    int m_total = -1;
    bool m_hasNext = false;
    QUrl m_next;
};

} // namespace hoist

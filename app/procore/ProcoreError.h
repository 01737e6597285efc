#pragma once

#include <QJsonValue>
#include <QNetworkReply>
#include <QString>

namespace hoist {

// What went wrong with a call to Procore (or to storage), in words a person can act on.
struct ProcoreError
{
    enum class Kind {
        None,
        Network,     // no HTTP answer: refused, reset, timed out, DNS
        Auth,        // 401 and the token could not be renewed
        Forbidden,   // 403
        NotFound,    // 404 (also what the user cannot see)
        NameTaken,   // 422 {"errors":{"name":["has already been taken"]}}, or 409 "File Conflict Error"
        UploadUsed,  // 422 {"errors":{"upload_uuid":["has already been used"]}}
        Invalid,     // other 400/406/409/422
        RateLimited, // 429
        Server,      // 5xx
        Cancelled,
        LocalFile, // the local file vanished, changed, or cannot be read
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString message;         // readable, from Procore's error body when there is one
    int retryAfterSecs = -1; // from Retry-After (or X-Rate-Limit-Reset on a 429), -1: none
    int rateResetSecs = -1;  // a 429's X-Rate-Limit-Reset, in seconds from now; -1: none
    QJsonValue body;         // the parsed error body, when JSON
    QString hint;            // overrides nextStep() when set
    QString detail;          // the technical answer ("HTTP 500: InternalError"), for Details and the log
    // A call that creates something ended without a clear answer (isAmbiguous(): no answer, a
    // dropped connection, a timeout, a 5xx, our own cancel after it went out): it may have gone
    // through. Look, with a listing asked for after this outcome, before sending again.
    bool maybeApplied = false;

    bool isError() const { return kind != Kind::None; }
    // Worth another attempt: network errors, 408, 429 and 5xx.
    bool isTransient() const;
    // The request may have reached the server and taken effect although no answer says so:
    // true unless it provably never left this machine (connection refused, host not found, TLS
    // handshake failed, proxy refused, or cancelled by us before it went out) or the server said
    // it did not take it (429, 503, 401, any other 4xx but 408). Timeouts, resets, closed
    // connections, 5xx and every error that cannot be placed are ambiguous: look first.
    bool isAmbiguous() const;
    // What the person should do next, for the status column and the CLI.
    QString nextStep() const;
    // message + next step, in one line.
    QString describe() const;

    // Builds the error from a finished reply and its body (JSON {"errors":…}, {"message":…},
    // {"error":{"message":…}} or S3's XML <Error>); kind None when the reply succeeded.
    static ProcoreError fromReply(QNetworkReply *reply, const QByteArray &body);
    static ProcoreError network(QNetworkReply::NetworkError code, const QString &text);
    // A redirect to another origin that was not followed (the request carried credentials).
    static ProcoreError redirectedElsewhere(QNetworkReply *reply);
    static ProcoreError cancelled();
    static ProcoreError localFile(const QString &message, const QString &hint = {});
    // The text of an errors value: {"name":["has already been taken"]} → "name has already been taken".
    static QString errorsText(const QJsonValue &errors);
};

} // namespace hoist

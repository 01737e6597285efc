#pragma once

#include <QByteArray>
#include <QString>

class QNetworkReply;
class QObject;

namespace hoist {

struct ProcoreError;

// One line per answered (or unanswered) Procore call: every call that creates something goes to
// hoist.audit at info, whatever the level ("time, job, method, path, status or no answer,
// duration, Procore's request id"), the others to hoist.procore at debug. Never the token, never a
// body; paths and query carry ids only.
class CallAudit
{
public:
    // Marks the moment a request leaves, on the QNetworkReply.
    static void markSent(QNetworkReply *network);
    // `label` names the job or object the call is for (its ApiReply's objectName()). A POST goes
    // to the audit (an upload, or a call a token makes safe to repeat, too); `creates`: the call
    // creates something and is never repeated blindly.
    static void answered(const QString &label, const QByteArray &method, const QString &pathAndQuery,
                         bool creates, QNetworkReply *network, int status, const ProcoreError &error);
    // What a look after an ambiguous answer found, and what follows ("found ours: file 123" /
    // "not there: sending again").
    static void looked(const QString &label, const QString &after, const QString &outcome);
    // "no answer (…)" or "an ambiguous answer (502)": what the look came after.
    static QString outcomeOf(const ProcoreError &error);
    // Procore's request id of an answer ("X-Request-Id"), empty when it carries none.
    static QByteArray requestId(const QNetworkReply *network);
};

} // namespace hoist

#include "CallAudit.h"

#include "ProcoreError.h"
#include "ProcoreLog.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QNetworkReply>

namespace hoist {

using namespace Qt::StringLiterals;

namespace {

const char kSentAt[] = "hoist.sentAtMs";

qint64 nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace

QString CallAudit::outcomeOf(const ProcoreError &error)
{
    if (error.kind == ProcoreError::Kind::UploadUsed)
        return u"\"upload already used\" (%1)"_s.arg(error.httpStatus);
    return error.httpStatus ? u"an ambiguous answer (%1)"_s.arg(error.httpStatus)
                            : u"no answer (%1)"_s.arg(error.message);
}

namespace {

QString labelled(const QString &label)
{
    return label.isEmpty() ? u"-"_s : label;
}

} // namespace

void CallAudit::markSent(QNetworkReply *network)
{
    network->setProperty(kSentAt, nowMs());
}

QByteArray CallAudit::requestId(const QNetworkReply *network)
{
    for (const char *name : {"X-Request-Id", "X-Amz-Request-Id"})
        if (network->hasRawHeader(name))
            return network->rawHeader(name).left(128);
    return {};
}

void CallAudit::answered(const QString &label, const QByteArray &method, const QString &pathAndQuery,
                         bool creates, QNetworkReply *network, int status, const ProcoreError &error)
{
    const QVariant sentAt = network->property(kSentAt);
    const qint64 ms = sentAt.isValid() ? nowMs() - sentAt.toLongLong() : -1;
    const bool answeredAtAll = status > 0;
    QString what =
        answeredAtAll
            ? QString::number(status)
            : u"no answer, "_s
                  + QString::fromLatin1(
                      QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(network->error()));
    if (error.isError())
        what += u" ("_s + error.message.left(200) + u')';
    const QByteArray id = requestId(network);
    const QString line = u"%1: %2 %3 -> %4 in %5 ms%6%7"_s.arg(
        labelled(label), QString::fromLatin1(method), pathAndQuery, what, QString::number(ms),
        id.isEmpty() ? QString() : u", request id "_s + QString::fromLatin1(id),
        creates && error.isAmbiguous() ? u"; may have gone through: look before sending again"_s : QString());
    if (creates || method == "POST")
        qCInfo(lcAudit).noquote() << line;
    else if (error.isError())
        qCInfo(lcProcore).noquote() << line;
    else
        qCDebug(lcProcore).noquote() << line;
}

void CallAudit::looked(const QString &label, const QString &after, const QString &outcome)
{
    qCInfo(lcAudit).noquote() << u"%1: looked after %2: %3"_s.arg(labelled(label), after, outcome);
}

} // namespace hoist

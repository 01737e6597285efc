#include "ContractAssert.h"

#include <QRegularExpression>
#include <QTest>

namespace contract {

const ContractChecker &reference()
{
    static const ContractChecker checker = [] {
        ContractChecker c;
        QString error;
        if (!c.load(QStringLiteral(HOIST_CONTRACT_SPEC), &error))
            qFatal("contract reference: %s", qPrintable(error));
        return c;
    }();
    return checker;
}

bool outsideReference(const QJsonObject &exchange)
{
    static const QRegularExpression oauth(QStringLiteral(R"(^/oauth/(authorize|revoke|token/info)$)"));
    return oauth.match(exchange.value(QStringLiteral("path")).toString()).hasMatch();
}

QString violations(const QJsonArray &exchanges, bool successfulOnly)
{
    QStringList out;
    for (const QJsonValue &v : exchanges) {
        const QJsonObject x = v.toObject();
        if (outsideReference(x) || (successfulOnly && x.value(QStringLiteral("status")).toInt() / 100 != 2))
            continue;
        const QString text = ContractChecker::describe(reference().check(x));
        if (!text.isEmpty())
            out.append(text);
    }
    out.removeDuplicates();
    return out.join(u'\n');
}

bool verify(const QJsonArray &exchanges, const char *file, int line, bool successfulOnly)
{
    const QString text = violations(exchanges, successfulOnly);
    if (text.isEmpty())
        return true;
    QTest::qFail(qPrintable(QStringLiteral("requests or answers differ from Procore's reference:\n") + text),
                 file, line);
    return false;
}

} // namespace contract

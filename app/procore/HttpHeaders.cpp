#include "HttpHeaders.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace hoist::http {

using namespace Qt::StringLiterals;

bool linkHasNext(const QByteArray &link)
{
    static const QRegularExpression next(QStringLiteral(R"(rel\s*=\s*"?next"?)"));
    return next.match(QString::fromLatin1(link)).hasMatch();
}

QUrl linkNext(const QByteArray &link)
{
    static const QRegularExpression next(QStringLiteral(R"(<([^>]*)>\s*;[^,<]*\brel\s*=\s*"?next"?)"));
    const QRegularExpressionMatch m = next.match(QString::fromLatin1(link));
    return m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
}

QDateTime date(const QByteArray &value)
{
    QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

} // namespace hoist::http

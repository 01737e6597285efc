#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// What the sign-in tests need to play the browser: one request, its answer, no redirects followed.
namespace browser {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QUrl location; // the Location header, resolved against the request URL
};

// One GET (or, with a form body, a urlencoded POST), waited for with an event loop (a loopback
// listener answering it may live on this thread).
HttpResult fetch(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &formBody = {});
QString htmlUnescape(QString s);
quint16 freePort(); // a port free on 127.0.0.1 right now

} // namespace browser

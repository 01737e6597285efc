#include "SandboxContext.h"

#include "storage/Checksums.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

QString SandboxContext::objectPath(const QString &key) const
{
    // Keys are "companies/{id}/{uuid}": keep them as plain nested files, with nothing that climbs out.
    QString safe = key;
    safe.replace(QLatin1String(".."), QLatin1String("_"));
    return objectsDir.filePath(safe);
}

QString SandboxContext::partPath(const QString &key, int partNumber) const
{
    return objectPath(key) + QStringLiteral(".part%1").arg(partNumber);
}

QStringList SandboxContext::objectFiles(const StoredObject &object) const
{
    if (object.parts <= 0)
        return {objectPath(object.key)};
    QStringList out;
    for (int i = 1; i <= object.parts; ++i)
        out << partPath(object.key, i);
    return out;
}

QString SandboxContext::objectSha256(StoredObject &object) const
{
    if (!object.sha256.isEmpty())
        return object.sha256;
    Checksums sums(Checksums::Sha256Only);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const QString &path : objectFiles(object)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        qint64 n = 0;
        while ((n = file.read(buffer.data(), buffer.size())) > 0)
            sums.add(buffer.constData(), n);
    }
    object.sha256 = QString::fromLatin1(sums.sha256Hex());
    return object.sha256;
}

namespace http {

QString str(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string std8(const QString &s)
{
    return s.toStdString();
}

QString header(const httplib::Request &req, const char *name)
{
    return req.has_header(name) ? str(req.get_header_value(name)) : QString();
}

QString param(const httplib::Request &req, const char *name)
{
    return req.has_param(name) ? str(req.get_param_value(name)) : QString();
}

void sendJson(httplib::Response &res, int status, const QJsonValue &body)
{
    res.status = status;
    const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    res.set_content(bytes.toStdString(), "application/json; charset=utf-8");
}

void sendErrors(httplib::Response &res, int status, const QJsonValue &errors)
{
    sendJson(res, status, QJsonObject{{u"errors"_s, errors}});
}

void sendXmlError(httplib::Response &res, int status, const QString &code, const QString &message)
{
    res.status = status;
    const QString requestId = SandboxState::randomToken(12);
    const QString xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>%1</Code>"
                       "<Message>%2</Message><RequestId>%3</RequestId><HostId>%4</HostId></Error>")
            .arg(code.toHtmlEscaped(), message.toHtmlEscaped(), requestId, QStringLiteral("hoist-sandbox"));
    res.set_content(xml.toStdString(), "application/xml");
}

namespace {

// Puts a value at a bracketed form key: "file[name]" → {"file":{"name":v}}, "ids[]" → {"ids":[v]}.
void assign(QJsonObject &root, const QString &key, const QString &value)
{
    static const QRegularExpression part(QStringLiteral("\\[([^\\]]*)\\]"));
    const qsizetype bracket = key.indexOf(QLatin1Char('['));
    if (bracket <= 0) {
        root.insert(key, value);
        return;
    }
    const QString head = key.left(bracket);
    QStringList path;
    for (auto it = part.globalMatch(key, bracket); it.hasNext();)
        path.append(it.next().captured(1));
    // Walk the nested objects, rebuilding them on the way back (QJsonObject holds values, not references).
    std::function<QJsonValue(QJsonValue, int)> put = [&](QJsonValue node, int depth) -> QJsonValue {
        if (depth == path.size())
            return value;
        if (path[depth].isEmpty()) {
            QJsonArray arr = node.toArray();
            arr.append(put(QJsonValue(), depth + 1));
            return arr;
        }
        QJsonObject obj = node.toObject();
        obj.insert(path[depth], put(obj.value(path[depth]), depth + 1));
        return obj;
    };
    root.insert(head, put(root.value(head), 0));
}

} // namespace

QJsonObject bodyParams(const httplib::Request &req)
{
    QJsonObject out;
    const QString type = header(req, "Content-Type");
    if (type.startsWith(QLatin1String("application/json")) && !req.body.empty()) {
        out = QJsonDocument::fromJson(QByteArray::fromStdString(req.body)).object();
    } else if (req.is_multipart_form_data()) {
        for (const auto &[name, part] : req.files)
            assign(out, str(name), str(part.content));
    } else if (type.startsWith(QLatin1String("application/x-www-form-urlencoded"))) {
        const QUrlQuery form(QString::fromUtf8(QByteArray::fromStdString(req.body)).replace(u'+', u' '));
        for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded))
            assign(out, name, value);
    }
    return out;
}

QJsonObject queryParams(const httplib::Request &req)
{
    QJsonObject out;
    const qsizetype mark = qsizetype(req.target.find('?'));
    if (mark < 0)
        return out;
    const QUrlQuery query(str(req.target.substr(size_t(mark) + 1)).replace(u'+', u' '));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        assign(out, name, value);
    return out;
}

QJsonObject params(const httplib::Request &req)
{
    QJsonObject out = bodyParams(req);
    // cpp-httplib puts a urlencoded form into req.params, together with the query string.
    for (const auto &[name, value] : req.params)
        if (!out.contains(str(name).section(QLatin1Char('['), 0, 0)))
            assign(out, str(name), str(value));
    return out;
}

} // namespace http

} // namespace hoist::sandbox

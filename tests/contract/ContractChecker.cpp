#include "ContractChecker.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace contract {

namespace {

// A property name like "custom_field_%{custom_field_definition_id}" stands for a family of names.
bool isTemplateName(const QString &name)
{
    return name.contains(QLatin1String("%{"));
}

QRegularExpression templateRegex(const QString &name)
{
    QString pattern = QRegularExpression::escape(name);
    pattern.replace(QRegularExpression(QStringLiteral(R"(%\\\{[^}]*\\\})")), QStringLiteral("\\d+"));
    return QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"));
}

QJsonValue propertyFor(const QJsonObject &properties, const QString &name)
{
    if (properties.contains(name))
        return properties.value(name);
    for (auto it = properties.begin(); it != properties.end(); ++it)
        if (isTemplateName(it.key()) && templateRegex(it.key()).match(name).hasMatch())
            return it.value();
    return QJsonValue::Undefined;
}

QString jsonTypeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return std::floor(v.toDouble()) == v.toDouble() ? QStringLiteral("integer")
                                                        : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

// Whether a value has the schema's type. `typed` false: a form value, always a string on the wire.
bool hasType(const QString &type, const QJsonValue &v, bool typed)
{
    if (type.isEmpty())
        return true;
    if (!typed && v.isString()) {
        const QString s = v.toString();
        if (type == QLatin1String("integer"))
            return QRegularExpression(QStringLiteral("^-?\\d+$")).match(s).hasMatch();
        if (type == QLatin1String("number")) {
            bool ok = false;
            s.toDouble(&ok);
            return ok;
        }
        if (type == QLatin1String("boolean"))
            return s == QLatin1String("true") || s == QLatin1String("false") || s == QLatin1String("1")
                   || s == QLatin1String("0");
        return type == QLatin1String("string");
    }
    const QString actual = jsonTypeOf(v);
    if (type == QLatin1String("number"))
        return actual == QLatin1String("number") || actual == QLatin1String("integer");
    if (type == QLatin1String("array") && !typed && actual == QLatin1String("object"))
        return true; // a form's a[0][x] keys nest as an object
    return actual == type;
}

struct Walk
{
    QList<Violation> *out;
    bool typed;     // JSON (true) or form values (false)
    bool request;   // requests: unknown fields fail, required ones must be there
    QString prefix; // "POST /rest/... body"

    void add(const QString &at, const QString &what) const
    {
        out->append({prefix + QLatin1Char(' ') + (at.isEmpty() ? QStringLiteral("(root)") : at), what});
    }

    void value(const QJsonObject &schema, const QJsonValue &v, const QString &at) const
    {
        const QString type = schema.value(QStringLiteral("type")).toString();
        if (v.isNull()) {
            if (request)
                add(at, QStringLiteral("is null"));
            return; // answers: null stands for "not set", as Procore sends it
        }
        // "object" with no properties (drawing_log_imports' leaves, company file's `file`): any value.
        const bool openObject =
            type == QLatin1String("object") && !schema.contains(QStringLiteral("properties"));
        if (openObject && !v.isObject() && !v.isArray())
            return;
        if (!hasType(type, v, typed)) {
            add(at, QStringLiteral("must be %1, is %2").arg(type, jsonTypeOf(v)));
            return;
        }
        const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(v))
            add(at, QStringLiteral("is not one of the documented values"));
        if (type == QLatin1String("object") && !openObject)
            object(schema, v.toObject(), at);
        if (type == QLatin1String("array") && schema.value(QStringLiteral("items")).isObject()) {
            const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
            if (v.isArray()) {
                const QJsonArray a = v.toArray();
                for (qsizetype i = 0; i < a.size(); ++i)
                    value(items, a[i], QStringLiteral("%1[%2]").arg(at).arg(i));
            } else { // a form's indexed keys
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    value(items, it.value(), QStringLiteral("%1[%2]").arg(at, it.key()));
            }
        }
    }

    void object(const QJsonObject &schema, const QJsonObject &o, const QString &at) const
    {
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        const QString dot = at.isEmpty() ? QString() : at + QLatin1Char('.');
        if (request) {
            for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray())
                if (!o.contains(name.toString()))
                    add(dot + name.toString(), QStringLiteral("is missing (required)"));
        } else {
            for (auto it = properties.begin(); it != properties.end(); ++it)
                if (!isTemplateName(it.key()) && !o.contains(it.key()))
                    add(dot + it.key(), QStringLiteral("is missing (documented field)"));
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue sub = propertyFor(properties, it.key());
            if (sub.isUndefined()) {
                if (request)
                    add(dot + it.key(), QStringLiteral("is not in the schema here"));
                continue; // answers may carry more than the reference lists
            }
            value(sub.toObject(), it.value(), dot + it.key());
        }
    }
};

// The query object (bracketed names nested) back to flat names: {"filters":{"a":1}} → "filters[a]".
void flatten(const QJsonValue &v, const QString &name, QList<QPair<QString, QJsonValue>> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), QStringLiteral("%1[%2]").arg(name, it.key()), out);
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            out.append({name + QStringLiteral("[]"), item});
    } else {
        out.append({name, v});
    }
}

} // namespace

bool ContractChecker::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not JSON: %2").arg(path, err.errorString());
        return false;
    }
    return loadJson(doc.object());
}

namespace {

// The one field Hoist sends that Procore's reference does not list: PKCE's code_verifier with the
// code exchange (RFC 7636). Procore documents no PKCE; OAuth servers ignore parameters they do not
// know (RFC 6749 section 3.1), so it is taken as a string here (app/sandbox/README.md, decision 11).
QJsonObject withPkceVerifier(QJsonObject endpoint)
{
    QJsonObject body = endpoint.value(QStringLiteral("requestBody")).toObject();
    QJsonObject schema = body.value(QStringLiteral("schema")).toObject();
    QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    properties.insert(QStringLiteral("code_verifier"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
    schema.insert(QStringLiteral("properties"), properties);
    body.insert(QStringLiteral("schema"), schema);
    endpoint.insert(QStringLiteral("requestBody"), body);
    return endpoint;
}

} // namespace

bool ContractChecker::loadJson(const QJsonObject &spec)
{
    m_endpoints.clear();
    const QJsonObject endpoints = spec.value(QStringLiteral("endpoints")).toObject();
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
        QJsonObject e = it.value().toObject();
        if (it.key() == QLatin1String("OauthTokenPost"))
            e = withPkceVerifier(e);
        Endpoint ep{it.key(), e.value(QStringLiteral("method")).toString(),
                    e.value(QStringLiteral("path")).toString(), QString(), e};
        QString pattern = QRegularExpression::escape(ep.path);
        pattern.replace(QRegularExpression(QStringLiteral(R"(\\\{[^}]+\\\})")), QStringLiteral("[^/]+"));
        ep.pattern = QStringLiteral("^") + pattern + QStringLiteral("$");
        m_endpoints.push_back(ep);
    }
    return !m_endpoints.empty();
}

const ContractChecker::Endpoint *ContractChecker::find(const QString &method, const QString &path) const
{
    for (const Endpoint &e : m_endpoints)
        if (e.method == method && QRegularExpression(e.pattern).match(path).hasMatch())
            return &e;
    return nullptr;
}

QString ContractChecker::operationFor(const QString &method, const QString &path) const
{
    const Endpoint *e = find(method, path);
    return e ? e->id : QString();
}

QStringList ContractChecker::operations() const
{
    QStringList out;
    for (const Endpoint &e : m_endpoints)
        out.append(e.id);
    return out;
}

QList<Violation> ContractChecker::checkRequest(const QJsonObject &x) const
{
    QList<Violation> out;
    const QString method = x.value(QStringLiteral("method")).toString();
    const QString path = x.value(QStringLiteral("path")).toString();
    const QString where = method + QLatin1Char(' ') + path;
    const Endpoint *e = find(method, path);
    if (!e) {
        out.append({where, QStringLiteral("no such endpoint in Procore's reference")});
        return out;
    }
    // Path parameters: integers where declared.
    const QStringList templateParts = e->path.split(QLatin1Char('/'));
    const QStringList parts = path.split(QLatin1Char('/'));
    QJsonObject declared;
    for (const QJsonValue &p : e->spec.value(QStringLiteral("parameters")).toArray())
        declared.insert(p.toObject().value(QStringLiteral("in")).toString() + QLatin1Char(':')
                            + p.toObject().value(QStringLiteral("name")).toString(),
                        p);
    for (qsizetype i = 0; i < templateParts.size() && i < parts.size(); ++i) {
        if (!templateParts[i].startsWith(QLatin1Char('{')))
            continue;
        const QString name = templateParts[i].mid(1, templateParts[i].size() - 2);
        const QJsonObject p = declared.value(QStringLiteral("path:") + name).toObject();
        if (!hasType(p.value(QStringLiteral("schema")).toObject().value(QStringLiteral("type")).toString(),
                     parts[i], false))
            out.append({where + QStringLiteral(" path ") + name, QStringLiteral("has the wrong type")});
    }
    // Query parameters.
    QList<QPair<QString, QJsonValue>> query;
    const QJsonObject q = x.value(QStringLiteral("query")).toObject();
    for (auto it = q.begin(); it != q.end(); ++it)
        flatten(it.value(), it.key(), query);
    QStringList sent;
    for (const auto &[name, value] : query) {
        QString key = name;
        if (key.endsWith(QLatin1String("[]")))
            key.chop(2);
        sent.append(key);
        const QJsonValue p = declared.value(QStringLiteral("query:") + key);
        if (p.isUndefined()) {
            out.append({where + QStringLiteral(" query ") + name,
                        QStringLiteral("is not a parameter of this endpoint")});
            continue;
        }
        const QString type =
            p.toObject().value(QStringLiteral("schema")).toObject().value(QStringLiteral("type")).toString();
        if (type != QLatin1String("array") && type != QLatin1String("object") && !hasType(type, value, false))
            out.append({where + QStringLiteral(" query ") + name, QStringLiteral("must be %1").arg(type)});
    }
    for (auto it = declared.begin(); it != declared.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        if (it.key().startsWith(QLatin1String("query:")) && p.value(QStringLiteral("required")).toBool()
            && !sent.contains(p.value(QStringLiteral("name")).toString()))
            out.append({where + QStringLiteral(" query ") + p.value(QStringLiteral("name")).toString(),
                        QStringLiteral("is missing (required)")});
    }
    // Body (unless the server answered before reading it).
    if (x.value(QStringLiteral("body_unread")).toBool())
        return out;
    const QJsonObject body = x.value(QStringLiteral("body")).toObject();
    const QJsonObject requestBody = e->spec.value(QStringLiteral("requestBody")).toObject();
    if (requestBody.isEmpty()) {
        if (!body.isEmpty())
            out.append({where + QStringLiteral(" body"), QStringLiteral("this endpoint takes no body")});
        return out;
    }
    if (body.isEmpty() && requestBody.value(QStringLiteral("required")).toBool())
        out.append({where + QStringLiteral(" body"), QStringLiteral("is missing (required)")});
    const Walk walk{&out, x.value(QStringLiteral("body_typed")).toBool(true), true,
                    where + QStringLiteral(" body")};
    walk.object(requestBody.value(QStringLiteral("schema")).toObject(), body, QString());
    return out;
}

QList<Violation> ContractChecker::checkResponse(const QJsonObject &x) const
{
    QList<Violation> out;
    const QString method = x.value(QStringLiteral("method")).toString();
    const QString path = x.value(QStringLiteral("path")).toString();
    const int status = x.value(QStringLiteral("status")).toInt();
    const QString where = QStringLiteral("%1 %2 answer %3").arg(method, path).arg(status);
    const Endpoint *e = find(method, path);
    if (!e || status < 200 || status > 299)
        return out;
    const QJsonObject responses = e->spec.value(QStringLiteral("responses")).toObject();
    if (!responses.contains(QString::number(status))) {
        out.append(
            {where, QStringLiteral("is not a documented status (%1)").arg(responses.keys().join(u','))});
        return out;
    }
    const QJsonObject schema = responses.value(QString::number(status)).toObject();
    if (schema.value(QStringLiteral("type")).toString().isEmpty())
        return out; // the reference documents no shape
    const Walk walk{&out, true, false, where};
    const QJsonValue response = x.value(QStringLiteral("response"));
    if (response.isUndefined() || response.isNull())
        out.append({where, QStringLiteral("has no JSON body")});
    else
        walk.value(schema, response, QString());
    return out;
}

QList<Violation> ContractChecker::check(const QJsonObject &exchange) const
{
    return checkRequest(exchange) + checkResponse(exchange);
}

QString ContractChecker::describe(const QList<Violation> &violations)
{
    QStringList lines;
    for (const Violation &v : violations)
        lines.append(v.where + QStringLiteral(": ") + v.what);
    return lines.join(u'\n');
}

} // namespace contract

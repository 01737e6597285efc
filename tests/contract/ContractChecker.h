#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace contract {

// One way an exchange differs from Procore's published API description.
struct Violation
{
    QString where; // "POST /rest/v1.0/images body image.upload_uuid"
    QString what;  // "not in the schema", "missing (required)", "must be integer, is string", …
};

// Validates recorded exchanges (the sandbox's GET /_sandbox/exchanges entries:
// {method, path, query, body, body_typed, status, response}) against procore-endpoints.json,
// the structure of every Procore endpoint Hoist calls taken from Procore's OpenAPI description.
//
// Requests: the endpoint exists; every query parameter is one it declares, with its type; required
// query parameters are there; the body has every required field, no field the schema does not
// list at that place, and the declared types (form bodies: values that parse as the type).
// Answers (2xx): the status is one the endpoint documents; every documented field is present
// (null counts as present) and non-null values have the documented types.
class ContractChecker
{
public:
    bool load(const QString &path, QString *error = nullptr);
    bool loadJson(const QJsonObject &spec);

    // The endpoint's operation id ("RestV10ImagesPost"), empty when no endpoint matches.
    QString operationFor(const QString &method, const QString &path) const;
    QStringList operations() const;

    QList<Violation> checkRequest(const QJsonObject &exchange) const;
    QList<Violation> checkResponse(const QJsonObject &exchange) const;
    QList<Violation> check(const QJsonObject &exchange) const; // both
    static QString describe(const QList<Violation> &violations);

private:
    struct Endpoint
    {
        QString id;
        QString method;
        QString path;
        QString pattern; // regular expression of the path
        QJsonObject spec;
    };
    const Endpoint *find(const QString &method, const QString &path) const;
    std::vector<Endpoint> m_endpoints;
};

} // namespace contract

#pragma once

#include <QJsonObject>
#include <QString>

namespace hoist::sandbox {

// What strict mode refuses in a request body: the fields Procore's published OpenAPI description
// lists for each endpoint the sandbox serves, written here independently of the copy the contract
// tests read (the emulator shares no logic with what checks it).
struct SchemaViolation
{
    int status = 0;  // 0: the body is fine; 400 unknown / misplaced / missing; 422 wrong type
    QString field;   // dotted path: "image.upload_uuid", "drawing_upload.drawing_log_imports[0]"
    QString message; // Procore-style: "is missing", "is not a known field here", "must be an integer"
};

// Checks `body` (decoded JSON, or form fields already nested) of `method path`. `typed` is false
// for form bodies, whose values are all strings. Routes without a known schema pass.
SchemaViolation checkRequestBody(const QString &method, const QString &path, const QJsonObject &body,
                                 bool typed, bool allowImageUploadObject);

} // namespace hoist::sandbox

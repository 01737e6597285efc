#pragma once

#include "ContractChecker.h"

#include <QJsonValue>

namespace contract {

// Answers held to a shape recorded from a real Procore (procore-api-notes.md §9: a
// GET /rest/v1.0/files/{id} from a Procore developer sandbox): a Documents file has exactly
// those fields, each of its file_versions exactly those (no upload_uuid anywhere, prostore_file
// {id, name, url, filename}, created_by {id, login, name}). Applies to file and folder answers
// and to a new version's answer.
QList<Violation> checkRecordedShape(const QString &method, const QString &path, const QJsonValue &response,
                                    const QString &where);

} // namespace contract

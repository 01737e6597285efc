#pragma once

#include "UploadHistory.h"

#include <QCoreApplication>

class QIODevice;

namespace hoist {

// An upload receipt a document controller can send on (issue 26): per file that went up, its
// name, local path, size and sha256, where it went, the link to its page in Procore's web
// application (WebLink, not the storage address), who uploaded it and when. As CSV, or as a
// printable HTML page (a browser prints it or saves it as PDF).
class UploadReceipt
{
    Q_DECLARE_TR_FUNCTIONS(UploadReceipt)

public:
    // The rows a receipt lists: those that went up ("done"), each file once (its latest upload).
    static QList<HistoryRecord> uploadsAmong(const QList<HistoryRecord> &rows);
    static bool writeCsv(const QList<HistoryRecord> &uploads, QIODevice *out);
    static QString html(const QList<HistoryRecord> &uploads, const QDateTime &madeAt);
    // By the name's suffix: .html or .htm a page, anything else CSV. *error says why not.
    static bool save(const QList<HistoryRecord> &uploads, const QString &path, QString *error = nullptr);
};

} // namespace hoist

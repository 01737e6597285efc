#include "UploadReceipt.h"

#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QStringConverter>
#include <QTextStream>

namespace hoist {

namespace {

QString fileNameOf(const HistoryRecord &r)
{
    return QFileInfo(r.localPath).fileName();
}

} // namespace

QList<HistoryRecord> UploadReceipt::uploadsAmong(const QList<HistoryRecord> &rows)
{
    QList<HistoryRecord> out;
    QSet<QString> seen;
    for (const HistoryRecord &r : rows) { // newest first: the first row of an item is its latest
        if (r.outcome != QLatin1String("done") || r.superseded || seen.contains(r.itemKey()))
            continue;
        seen.insert(r.itemKey());
        out.append(r);
    }
    return out;
}

bool UploadReceipt::writeCsv(const QList<HistoryRecord> &uploads, QIODevice *out)
{
    QTextStream s(out);
    s.setEncoding(QStringConverter::Utf8);
    s << "file,local_path,size,sha256,destination,procore_link,procore_id,uploaded_by,uploaded_at,"
         "environment\r\n";
    for (const HistoryRecord &r : uploads) {
        const QStringList fields = {fileNameOf(r),
                                    r.localPath,
                                    QString::number(r.size),
                                    r.sha256,
                                    r.destination,
                                    r.webUrl.toString(),
                                    r.fileId ? QString::number(r.fileId) : QString(),
                                    r.uploadedBy,
                                    r.at.toUTC().toString(Qt::ISODate),
                                    r.environment};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << historyCsvField(f);
        s << quoted.join(QLatin1Char(',')) << "\r\n";
    }
    s.flush();
    return s.status() == QTextStream::Ok;
}

QString UploadReceipt::html(const QList<HistoryRecord> &uploads, const QDateTime &madeAt)
{
    const QLocale locale;
    auto esc = [](const QString &v) { return v.toHtmlEscaped(); };
    QString rows;
    for (const HistoryRecord &r : uploads) {
        const QString link = r.webUrl.isValid() ? QStringLiteral("<a href=\"%1\">%2</a>")
                                                      .arg(esc(r.webUrl.toString(QUrl::FullyEncoded)),
                                                           esc(r.webUrl.toString()))
                                                : QString();
        rows +=
            QStringLiteral("<tr><td>%1<br><small>%2</small></td><td>%3</td><td>%4</td><td>%5</td>"
                           "<td>%6</td><td class=\"sha\">%7</td></tr>\n")
                .arg(esc(fileNameOf(r)), esc(r.localPath), esc(r.destination) + QStringLiteral("<br>") + link,
                     esc(r.uploadedBy), esc(locale.toString(r.at.toLocalTime(), QLocale::ShortFormat)),
                     esc(locale.formattedDataSize(r.size)), esc(r.sha256));
    }
    const QString title = tr("Upload receipt");
    return QStringLiteral(
               "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
               "body{font-family:sans-serif;font-size:10pt}table{border-collapse:collapse;width:100%}"
               "th,td{border:1px solid #999;padding:4px;text-align:left;vertical-align:top}"
               "td.sha{font-family:monospace;font-size:8pt;word-break:break-all}"
               "@media print{a{color:inherit}}</style></head><body>\n<h1>%1</h1>\n<p>%2</p>\n"
               "<table><thead><tr><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th>"
               "<th>%8</th></tr></thead>\n<tbody>\n%9</tbody></table>\n</body></html>\n")
        .arg(esc(title),
             esc(tr("%n file(s) uploaded to Procore. Made %1.", nullptr, int(uploads.size()))
                     .arg(locale.toString(madeAt.toLocalTime(), QLocale::LongFormat))),
             esc(tr("File")), esc(tr("In Procore")), esc(tr("Uploaded by")), esc(tr("When")), esc(tr("Size")),
             esc(tr("SHA-256")), rows);
}

bool UploadReceipt::save(const QList<HistoryRecord> &uploads, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = true;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        ok = file.write(html(uploads, QDateTime::currentDateTime()).toUtf8()) >= 0;
    else
        ok = writeCsv(uploads, &file);
    if (!ok || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace hoist

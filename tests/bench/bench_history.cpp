// History that stays small (issue 27): start-up cost at 200,000 rows, and the upkeep that keeps
// it under its bound. Run by tests/bench/run.sh (row "history"); prints one line per figure.
//
//   bench_history [ROWS] [KEEP_ROWS]
#include "history/HistoryUpkeep.h"
#include "history/UploadHistory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

using namespace hoist;

namespace {

// Rows as uploads leave them: a path, a destination, a checksum, an id and a link, one every few
// minutes over the last `days`; ids grow with time.
bool fill(const QString &path, int rows, int days)
{
    {
        auto history = UploadHistory::open(path); // the schema
        if (!history)
            return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    if (!db.open())
        return false;
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO uploads (at, environment, local_path, destination, company_id, project_id, "
        "project_name, folder_id, file_id, upload_uuid, size, sha256, outcome, reason, url) "
        "VALUES (?, 'production', ?, ?, 562949953421313, ?, 'Tower Block C', 7, ?, ?, ?, ?, "
        "'done', '', ?)"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 span = qint64(days) * 86400;
    for (int i = 0; i < rows; ++i) {
        const QString name = QStringLiteral("Scan %1 signed form.pdf").arg(i);
        q.addBindValue(now.addSecs(-span + span * i / rows).toString(Qt::ISODateWithMs));
        q.addBindValue(QString(QStringLiteral("/home/site/Scans/2026/Week %1/").arg(i % 52) + name));
        q.addBindValue(QString(QStringLiteral("Tower Block C / Documents/Signed forms/") + name));
        q.addBindValue(281474976710657LL + i % 7);
        q.addBindValue(900000 + i);
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(100000 + i);
        q.addBindValue(QString::fromLatin1(QByteArray::number(i).repeated(64).left(64)));
        q.addBindValue(
            QStringLiteral("https://app.procore.com/281474976710657/project/documents/files/%1").arg(i));
        if (!q.exec())
            return false;
    }
    db.commit();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    return true;
}

double bestOpenMs(const QString &path)
{
    double best = 1e9;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        auto history = UploadHistory::open(path);
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    HistoryLimits limits;
    if (argc > 2)
        limits.keepRows = QByteArray(argv[2]).toInt();
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    if (!fill(path, rows, 400)) {
        out << "history: could not fill the database\n";
        return 1;
    }
    const qint64 bytesBefore = UploadHistory::open(path)->sizeOnDisk();
    const double openMs = bestOpenMs(path);
    QElapsedTimer t;
    t.start();
    const QString problem = UploadHistory::open(path)->integrityProblem();
    const double checkMs = t.nsecsElapsed() / 1e6;
    out << QStringLiteral("history open at %1 rows (ms): %2 (the full check it no longer runs: %3 ms%4)\n")
               .arg(rows)
               .arg(openMs, 0, 'f', 2)
               .arg(checkMs, 0, 'f', 1)
               .arg(problem.isEmpty() ? QString() : QStringLiteral(", ") + problem);
    t.restart();
    HistoryUpkeep::Result upkeep = HistoryUpkeep::run(path, limits);
    out << QStringLiteral(
               "history upkeep (ms): %1; rows %2 -> %3 (bound %4 rows / %5 days); size (KiB) %6 -> %7\n")
               .arg(t.elapsed())
               .arg(rows)
               .arg(upkeep.rows)
               .arg(limits.keepRows)
               .arg(limits.keepDays)
               .arg(bytesBefore / 1024)
               .arg(upkeep.bytes / 1024);
    // As time goes on: as many rows again, pruned again; the file reuses what pruning freed.
    if (!fill(path, rows / 2, 30))
        return 1;
    upkeep = HistoryUpkeep::run(path, limits);
    out << QStringLiteral("history after %1 more rows and upkeep: rows %2, size (KiB) %3, open (ms) %4\n")
               .arg(rows / 2)
               .arg(upkeep.rows)
               .arg(upkeep.bytes / 1024)
               .arg(bestOpenMs(path), 0, 'f', 2);
    return upkeep.rows <= limits.keepRows ? 0 : 1;
}

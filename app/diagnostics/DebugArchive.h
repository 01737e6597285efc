#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace hoist {

// What a support person needs to see what happened, in one zip (Help › Create Debug Archive…,
// `hoist-cli diagnose --output FILE.zip`): the log files, the versions (Hoist, Qt, OS), the
// settings without secrets, each journal's queue and watches in counts, and the last rows of the
// upload history. Everything goes through SecretFilter; URLs lose their query. Written with Qt's
// zip writer (ZipArchive: QZipWriter, from Qt's private headers).
class DebugArchive
{
public:
    struct Sources
    {
        QStringList logFiles; // LogSession::files()
        QString settingsText; // settingsText(QSettings())
        QStringList journals; // journalsIn(<data folder>)
        QString historyPath;  // empty: none
        int historyRows = 300;
    };

    // Writes the archive; false with *error saying why (the folder is not writable, …).
    static bool write(const QString &zipPath, const Sources &sources, QString *error = nullptr);

    // Every key and value of the settings, one "key = value" a line, without the keys that could
    // hold a secret (password, token, secret, credential, key).
    static QString settingsText(const QSettings &settings);
    // The journals (*.sqlite) in <dataFolder>/journals and <dataFolder>/journal.sqlite.
    static QStringList journalsIn(const QString &dataFolder);
    // "hoist-debug-20261207-001500.zip" in the Downloads folder (else home).
    static QString suggestedPath();

    // The parts, also for a test or a "show me" view.
    static QString journalSummary(const QString &journalPath);
    static QString historyRows(const QString &historyPath, int rows);
};

} // namespace hoist

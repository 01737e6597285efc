#pragma once

#include <QObject>
#include <QTemporaryDir>

namespace hoist::ui {

class MainWindow;

// `hoist --sandbox --demo`: shows the window mid-upload without anyone at the keyboard, for
// screenshots and first looks. It writes a handful of sample files (random bytes with
// construction-style names) to a temporary folder, picks the sandbox's first company and
// project and the "Drawings/Architectural" folder through the destination bar, adds the files
// as a drop would, and presses Upload. Everything else (the engine, the sandbox) runs as usual;
// main() also slows the sandbox's storage so the progress can be seen.
class DemoDriver : public QObject
{
    Q_OBJECT

public:
    DemoDriver(MainWindow *window, qint64 companyId, qint64 projectId, const QString &folderPath,
               QObject *parent = nullptr);

    void start();
    QString sampleFolder() const { return m_dir.path(); }

private:
    void writeSamples();
    void maybeUpload();

    MainWindow *m_window;
    qint64 m_companyId;
    qint64 m_projectId;
    QString m_folderPath;
    QTemporaryDir m_dir;
    bool m_scanned = false;
    bool m_uploaded = false;
};

} // namespace hoist::ui

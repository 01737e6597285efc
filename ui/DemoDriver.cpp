#include "DemoDriver.h"

#include "DestinationBar.h"
#include "MainWindow.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace hoist::ui {

DemoDriver::DemoDriver(MainWindow *window, qint64 companyId, qint64 projectId, const QString &folderPath,
                       QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_companyId(companyId)
    , m_projectId(projectId)
    , m_folderPath(folderPath)
{}

void DemoDriver::start()
{
    writeSamples();
    connect(m_window, &MainWindow::scanFinished, this, [this] {
        m_scanned = true;
        maybeUpload();
    });
    connect(m_window->destinationBar(), &DestinationBar::destinationChanged, this, &DemoDriver::maybeUpload);
    m_window->destinationBar()->selectDestination(m_companyId, m_projectId, m_folderPath);
    const QDir dir(m_dir.path());
    QStringList paths;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        paths << dir.filePath(name);
    m_window->addPaths(paths);
}

void DemoDriver::writeSamples()
{
    struct Sample
    {
        const char *path;
        int megabytes;
    };
    // Sizes differ so the rows are at different stages in a screenshot.
    static const Sample samples[] = {
        {"A-100 Cover Sheet.pdf", 4}, // no name the sandbox holds already: no name-clash question
        {"A-102 Level 2 Floor Plan.pdf", 6}, {"A-202 Courtyard Elevations.pdf", 9},
        {"A-301 Wall Sections.pdf", 12},     {"Door Schedule.xlsx", 1},
        {"Site Photos/IMG_0412.jpg", 3},     {"Site Photos/IMG_0413.jpg", 3},
        {"Site Photos/IMG_0414.jpg", 5},     {"Specifications Division 08.docx", 2},
        {"RFI-014 Response.pdf", 2},
    };
    QRandomGenerator random(20260101);
    QList<quint32> chunk(256 * 1024);
    for (const Sample &sample : samples) {
        const QString path = m_dir.filePath(QString::fromUtf8(sample.path));
        QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            continue;
        for (int i = 0; i < sample.megabytes; ++i) {
            random.fillRange(chunk.data(), chunk.size());
            file.write(reinterpret_cast<const char *>(chunk.constData()),
                       chunk.size() * qsizetype(sizeof(quint32)));
        }
    }
}

void DemoDriver::maybeUpload()
{
    if (m_uploaded || !m_scanned || !m_window->destinationBar()->isComplete())
        return;
    if (m_window->destinationBar()->destination().folderPath != m_folderPath)
        return; // the remembered folder is shown first; wait for the demo's
    m_uploaded = m_window->startUpload();
    // HOIST_DEMO_KIND=photos|drawings|company-documents: show that picker once the upload runs
    // (for screenshots of the destination types).
    DestinationKind kind = DestinationKind::ProjectDocuments;
    // Not inside destinationChanged(): the folder tree that emitted it may be reset by the change.
    if (m_uploaded && destinationKindFromName(qEnvironmentVariable("HOIST_DEMO_KIND"), &kind))
        QMetaObject::invokeMethod(
            this, [this, kind] { m_window->destinationBar()->setKind(kind); }, Qt::QueuedConnection);
}

} // namespace hoist::ui

#include "ReviewFlow.h"

#include "preflight/PreflightCheck.h"
#include "upload/UploadController.h"

#include <QCoreApplication>
#include <QLocale>
#include <QWidget>

namespace hoist::ui {

namespace {

// The settings every sheet of the drawing upload gets: said once more before they hold for good.
QString drawingSettingsText(const DrawingOptions &o, const QString &destinationText)
{
    const QLocale locale;
    return QCoreApplication::translate(
               "ReviewFlow", "Drawings to %1. Drawing date: %2. Received: %3. Default revision: %4.")
        .arg(destinationText, locale.toString(o.drawingDate, QLocale::LongFormat),
             o.receivedDate.isValid() ? locale.toString(o.receivedDate, QLocale::LongFormat)
                                      : QCoreApplication::translate("ReviewFlow", "not set"),
             o.defaultRevision.isEmpty() ? QStringLiteral("0") : o.defaultRevision);
}

} // namespace

ReviewFlow::ReviewFlow(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

void ReviewFlow::start(UploadController *controller, const QList<UploadItem> &items,
                       const Destination &destination, const QString &destinationText)
{
    if (m_running || !controller)
        return;
    m_running = true;
    // A new check every time: what is in Procore now, never a listing kept from an earlier review.
    auto *check = new PreflightCheck(controller->client(), this);
    PreflightOptions options;
    options.conflictPolicy = controller->conflictPolicy();
    check->setOptions(options);
    connect(check, &PreflightCheck::finished, this,
            [this, check, destination, destinationText] { onChecked(check, destination, destinationText); });
    check->start(items, destination);
}

void ReviewFlow::onChecked(PreflightCheck *check, const Destination &destination,
                           const QString &destinationText)
{
    check->deleteLater();
    m_running = false;
    const PreflightReport &report = check->report();
    if (!report.hasSomethingToSay()) {
        // Every file fine and nothing to decide: no dialog, the upload starts.
        QList<UploadItem> items;
        for (const PreflightFile &f : report.files)
            items << f.item;
        Q_EMIT decided({PreflightDialog::Group{ConflictPolicy::Ask, items}}, destination, {});
        return;
    }
    auto *dialog = new PreflightDialog(report, destinationText, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (report.isDrawings)
        dialog->setDetails(drawingSettingsText(destination.drawing, destinationText));
    connect(dialog, &QDialog::accepted, this, [this, dialog, destination] {
        Q_EMIT decided(dialog->chosenGroups(), destination, dialog->revisions());
    });
    connect(dialog, &QDialog::rejected, this, &ReviewFlow::cancelled);
    dialog->open();
}

} // namespace hoist::ui

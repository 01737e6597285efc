#pragma once

#include "preflight/PreflightCheck.h"
#include "upload/PendingFiles.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hoist::ui {

// The review before Upload: what will happen, file by file, before a single write call. Flagged
// files are listed with their reason and a choice (upload or skip); the summary states files,
// size, folders that will be created, API calls and the time the rate limit allows.
class PreflightDialog : public QDialog
{
    Q_OBJECT

public:
    PreflightDialog(const PreflightReport &report, const QString &destinationText, QWidget *parent = nullptr);

    // Tells, in a window-modal "wrongFileTypeMessage" box, which files `kind` does not take
    // (Photos: images only; Drawings: PDFs only) and whether the others were queued. Nothing
    // when every file fits.
    static void showWrongTypes(const PendingFiles::Split &split, DestinationKind kind, QWidget *parent);

    // The files to upload, as the person left the choices.
    QList<UploadItem> chosenItems() const;
    int flaggedCount() const;

private:
    void updateSummary();

    PreflightReport m_report;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_upload;
    QString m_destination;
};

} // namespace hoist::ui

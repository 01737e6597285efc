#pragma once

#include "preflight/PreflightCheck.h"
#include "upload/PendingFiles.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

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
    // The same, by what to do if a file of that name is there (Ask: the queue's setting).
    struct Group
    {
        ConflictPolicy decision = ConflictPolicy::Ask;
        QList<UploadItem> items;
    };
    QList<Group> chosenGroups() const;
    int flaggedCount() const;
    // Drawings: each sheet's revision as the person left it (local path → revision).
    QHash<QString, QString> revisions() const;
    // A line under the introduction (Drawings: area, set, dates and default revision).
    void setDetails(const QString &text);

private:
    void updateSummary();
    void fillList();
    QWidget *createClashRow();
    QComboBox *addChoice(QTreeWidgetItem *row, const PreflightFile &file);
    void addRevision(QTreeWidgetItem *row, const PreflightFile &file);
    void setChoiceForAll(int index);
    void followChoices();
    QHash<int, ConflictPolicy> listedChoices() const;

    PreflightReport m_report;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_upload;
    QComboBox *m_forAll = nullptr;
    QList<QComboBox *> m_choices;   // one per changed file ("clashChoice")
    QList<QLineEdit *> m_revisions; // drawings: one per sheet ("sheetRevision")
    QLabel *m_details = nullptr;
    QString m_destination;
};

} // namespace hoist::ui

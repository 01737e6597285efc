#include "ConflictPrompter.h"

#include "upload/UploadController.h"

#include <QCheckBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace hoist::ui {

ConflictPrompter::ConflictPrompter(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

void ConflictPrompter::setController(UploadController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    m_waiting.clear();
    if (controller)
        connect(controller, &UploadController::conflictDetected, this, &ConflictPrompter::onConflict);
}

void ConflictPrompter::onConflict(quint64 jobId, const QString &name, const QString &folderPath)
{
    if (!m_controller)
        return;
    m_waiting.append({jobId, name, folderPath});
    askNext();
}

void ConflictPrompter::askNext()
{
    if (m_open || m_waiting.isEmpty() || !m_controller)
        return;
    const Question question = m_waiting.takeFirst();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("File Already There"),
        tr("“%1” already exists in %2.")
            .arg(question.name, question.folderPath.isEmpty() ? tr("Documents") : question.folderPath),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("conflictQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Upload it as a new version of the existing file, keep both (Procore renames the "
           "new one), or skip it?"));
    QPushButton *version = box->addButton(tr("New &Version"), QMessageBox::AcceptRole);
    QPushButton *both = box->addButton(tr("Keep &Both"), QMessageBox::AcceptRole);
    QPushButton *skip = box->addButton(tr("&Skip"), QMessageBox::RejectRole);
    version->setObjectName(QStringLiteral("newVersionButton"));
    both->setObjectName(QStringLiteral("keepBothButton"));
    skip->setObjectName(QStringLiteral("skipButton"));
    auto *all = new QCheckBox(tr("Do the same for the other files of this upload"), box);
    box->setCheckBox(all);
    box->setDefaultButton(version); // a changed file usually wants a new version (issue 26.2)
    box->setEscapeButton(skip);
    m_open = box;
    connect(box, &QMessageBox::finished, this, [this, box, version, both, all, question] {
        const bool applyToAll = all->isChecked();
        if (box->clickedButton() == version)
            askNotes(question, applyToAll); // a new version may carry notes
        else
            answer(question.jobId,
                   box->clickedButton() == both ? ConflictPolicy::KeepBoth : ConflictPolicy::Skip, applyToAll,
                   {});
    });
    box->open();
}

void ConflictPrompter::askNotes(const Question &question, bool applyToAll)
{
    // Optional: Cancel uploads the version without notes.
    auto *notes = new QInputDialog(m_window);
    notes->setAttribute(Qt::WA_DeleteOnClose);
    notes->setObjectName(QStringLiteral("versionNotesDialog"));
    notes->setWindowTitle(tr("New Version"));
    notes->setLabelText(tr("Notes for the new version of “%1” (optional):").arg(question.name));
    notes->setOkButtonText(tr("&Upload Version"));
    m_open = notes;
    connect(notes, &QDialog::finished, this, [this, notes, applyToAll, jobId = question.jobId](int result) {
        answer(jobId, ConflictPolicy::NewVersion, applyToAll,
               result == QDialog::Accepted ? notes->textValue().trimmed() : QString());
    });
    notes->open();
}

void ConflictPrompter::answer(quint64 jobId, ConflictPolicy decision, bool applyToAll, const QString &notes)
{
    m_open = nullptr;
    if (m_controller) {
        // With applyToAll the controller answers the questions already waiting as well.
        m_controller->resolveConflict(jobId, decision, applyToAll, notes);
        if (applyToAll)
            m_waiting.clear();
    }
    QMetaObject::invokeMethod(this, &ConflictPrompter::askNext, Qt::QueuedConnection);
}

} // namespace hoist::ui

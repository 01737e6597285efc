#include "JournalBar.h"

#include "Accessibility.h"
#include "ThemedIconEngine.h"
#include "upload/UploadController.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace hoist::ui {

JournalBar::JournalBar(QAction *resumeAll, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("journalBar"));
    setAccessibleName(tr("Transfer journal"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("journalText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    if (resumeAll) {
        auto *resume = new QToolButton(this);
        resume->setDefaultAction(resumeAll);
        resume->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        layout->addWidget(resume, 0, Qt::AlignVCenter);
    }
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    const QColor base = QApplication::palette().color(QPalette::Window);
    const QColor error = ThemedIconEngine::errorColor();
    palette.setColor(QPalette::Window,
                     QColor((base.red() * 4 + error.red()) / 5, (base.green() * 4 + error.green()) / 5,
                            (base.blue() * 4 + error.blue()) / 5));
    setPalette(palette);
    setVisible(false);
}

void JournalBar::setController(UploadController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    setVisible(false);
    if (!controller)
        return;
    connect(controller, &UploadController::journalFailed, this, &JournalBar::showProblem);
    connect(controller, &UploadController::pausedChanged, this, [this](bool paused) {
        if (!paused)
            setVisible(false);
    });
    if (controller->isHalted())
        showProblem(controller->journalError());
}

void JournalBar::showProblem(const QString &problem)
{
    QString why = problem;
    while (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    m_text->setText(
        tr("Every upload stopped: %1.\n"
           "Nothing is lost and nothing is sent twice. Free some space there (or fix the folder), "
           "then choose Resume All.")
            .arg(why));
    setVisible(true);
    a11y::announce(m_text);
}

} // namespace hoist::ui

#include "TransferFilterBar.h"

#include "upload/TransferModel.h"
#include "upload/UploadTypes.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace hoist::ui {

using Show = TransferFilterModel::Show;

TransferFilterBar::TransferFilterBar(TransferFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("transferFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    for (const auto &[show, name] :
         {std::pair{Show::All, "showAll"}, std::pair{Show::Active, "showActive"},
          std::pair{Show::Failed, "showFailed"}, std::pair{Show::Done, "showDone"}})
        layout->addWidget(addButton(show, name));
    m_group->button(int(Show::All))->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { m_filter->setShow(Show(id)); });
    layout->addStretch(1);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("transferFilterText"));
    m_text->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("Filter by name or folder (Ctrl+F)"));
    m_text->setAccessibleName(tr("Filter transfers"));
    m_text->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22);
    connect(m_text, &QLineEdit::textChanged, m_filter, &TransferFilterModel::setText);
    layout->addWidget(m_text, 1);
    updateCounts(nullptr);
}

QToolButton *TransferFilterBar::addButton(Show show, const char *name)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QLatin1String(name));
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    m_group->addButton(button, int(show));
    return button;
}

void TransferFilterBar::retitle(QToolButton *button, Show show, int count)
{
    QString text;
    switch (show) {
    case Show::All:
        text = tr("All (%1)").arg(count);
        break;
    case Show::Active:
        text = tr("Active (%1)").arg(count);
        break;
    case Show::Failed:
        text = tr("Failed (%1)").arg(count);
        break;
    case Show::Done:
        text = tr("Done (%1)").arg(count);
        break;
    }
    if (button->text() != text)
        button->setText(text);
}

void TransferFilterBar::updateCounts(const TransferModel *model)
{
    int counts[4] = {0, 0, 0, 0};
    if (model) {
        counts[int(Show::All)] = model->rowCount();
        counts[int(Show::Active)] = model->unfinishedCount();
        counts[int(Show::Failed)] = model->countInState(TransferState::Failed);
        counts[int(Show::Done)] =
            model->countInState(TransferState::Done) + model->countInState(TransferState::Skipped);
    }
    for (const Show show : {Show::All, Show::Active, Show::Failed, Show::Done})
        retitle(qobject_cast<QToolButton *>(m_group->button(int(show))), show, counts[int(show)]);
}

void TransferFilterBar::setShow(Show show)
{
    if (QAbstractButton *button = m_group->button(int(show)))
        button->setChecked(true);
    m_filter->setShow(show);
}

void TransferFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

} // namespace hoist::ui

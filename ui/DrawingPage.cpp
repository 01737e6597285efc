#include "DrawingPage.h"

#include "AppSettings.h"
#include "CatalogPicker.h"
#include "LatestReply.h"
#include "procore/ApiReply.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace hoist::ui {

using Choice = AppSettings::ProjectChoice;

DrawingPage::DrawingPage(QWidget *parent)
    : DestinationPage(parent)
    , m_areasReply(new LatestReply(this))
{
    setObjectName(QStringLiteral("drawingPage"));
    createWidgets();
    auto *note =
        new QLabel(tr("PDF drawings only. The files of one upload go to Procore as one drawing upload; "
                      "each row shows its processing until Procore has finished."),
                   this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_areaLabel = new QLabel(tr("A&rea:"), this);
    m_areaLabel->setBuddy(m_area);
    auto *setLabel = new QLabel(tr("Drawing &set:"), this);
    setLabel->setBuddy(m_set);
    auto *dateLabel = new QLabel(tr("Drawing da&te:"), this);
    dateLabel->setBuddy(m_drawingDate);
    auto *revisionLabel = new QLabel(tr("Default revisi&on:"), this);
    revisionLabel->setBuddy(m_revision);
    form->addRow(m_areaLabel, m_area);
    form->addRow(setLabel, m_set);
    form->addRow(dateLabel, m_drawingDate);
    form->addRow(m_hasReceivedDate, m_receivedDate);
    form->addRow(revisionLabel, m_revision);
    form->addRow(note);

    connect(m_hasReceivedDate, &QCheckBox::toggled, m_receivedDate, &QWidget::setEnabled);
    connect(m_set, &CatalogPicker::changed, this, &DrawingPage::changed);
    connect(m_set, &CatalogPicker::loadingChanged, this, &DrawingPage::loadingChanged);
    connect(m_set, &CatalogPicker::statusChanged, this, &DrawingPage::statusChanged);
    connect(m_areasReply, &LatestReply::busyChanged, this, &DrawingPage::loadingChanged);
    connect(m_area, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_area->currentData().toLongLong();
        if (id > 0 && m_catalog.isValid() && !m_areasReply->isBusy())
            AppSettings::remember(Choice::DrawingArea, m_catalog.projectId(), id);
        Q_EMIT changed();
    });
    connect(m_revision, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_catalog.isValid() && !text.trimmed().isEmpty())
            AppSettings::remember(Choice::Revision, m_catalog.projectId(), text.trimmed());
        Q_EMIT changed();
    });
}

void DrawingPage::createWidgets()
{
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("drawingAreaCombo"));
    m_area->setAccessibleName(tr("Drawing area"));
    m_set = new CatalogPicker(DestinationCatalog::Kind::DrawingSets,
                              {QString(), tr("New set…"), tr("Loading drawing sets…"),
                               tr("The drawing sets could not be loaded: %1"),
                               QStringLiteral("newDrawingSetDialog"), tr("New Drawing Set"),
                               tr("Name of the new drawing set:"), tr("Creating the drawing set “%1”…"),
                               tr("The drawing set “%1” could not be created: %2")},
                              this);
    m_set->setObjectName(QStringLiteral("drawingSetCombo"));
    m_set->setAccessibleName(tr("Drawing set"));
    m_drawingDate = new QDateEdit(QDate::currentDate(), this);
    m_drawingDate->setObjectName(QStringLiteral("drawingDate"));
    m_drawingDate->setAccessibleName(tr("Drawing date"));
    m_drawingDate->setCalendarPopup(true);
    m_hasReceivedDate = new QCheckBox(tr("Recei&ved:"), this);
    m_hasReceivedDate->setObjectName(QStringLiteral("hasReceivedDate"));
    m_hasReceivedDate->setAccessibleName(tr("Set a received date"));
    m_receivedDate = new QDateEdit(QDate::currentDate(), this);
    m_receivedDate->setObjectName(QStringLiteral("receivedDate"));
    m_receivedDate->setAccessibleName(tr("Received date"));
    m_receivedDate->setCalendarPopup(true);
    m_receivedDate->setEnabled(false);
    m_revision = new QLineEdit(QStringLiteral("0"), this);
    m_revision->setObjectName(QStringLiteral("drawingRevision"));
    m_revision->setAccessibleName(tr("Default revision"));
    m_revision->setMaxLength(20);
}

QComboBox *DrawingPage::setCombo() const
{
    return m_set;
}

void DrawingPage::load(const DestinationCatalog &catalog)
{
    m_catalog = catalog;
    m_areasReply->abort();
    {
        const QSignalBlocker blocker(m_area);
        m_area->clear();
    }
    m_area->setVisible(false);
    m_areaLabel->setVisible(false);
    if (catalog.isValid()) {
        if (const QString revision =
                AppSettings::remembered(Choice::Revision, catalog.projectId()).toString();
            !revision.isEmpty()) {
            const QSignalBlocker blocker(m_revision);
            m_revision->setText(revision);
        }
        loadAreas();
    }
    m_set->load(catalog);
}

void DrawingPage::loadAreas()
{
    m_areasReply->start(m_catalog.list(DestinationCatalog::Kind::DrawingAreas), [this](ApiReply *reply) {
        if (!reply->isOk()) {
            Q_EMIT statusChanged(
                tr("The drawing areas could not be loaded: %1").arg(reply->error().describe()), true);
            return;
        }
        const QList<NamedItem> list = DestinationCatalog::items(reply);
        const qint64 wanted =
            AppSettings::remembered(Choice::DrawingArea, m_catalog.projectId()).toLongLong();
        {
            const QSignalBlocker blocker(m_area);
            for (const NamedItem &area : list)
                m_area->addItem(area.name, QVariant::fromValue(area.id));
            const int found = m_area->findData(QVariant::fromValue(wanted));
            m_area->setCurrentIndex(found >= 0 ? found : 0);
        }
        // Projects without drawing areas need none.
        m_area->setVisible(!list.isEmpty());
        m_areaLabel->setVisible(!list.isEmpty());
        Q_EMIT changed();
    });
}

bool DrawingPage::isComplete() const
{
    return !m_set->isLoading() && !m_areasReply->isBusy() && m_set->currentId() > 0
           && (m_area->count() == 0 || m_area->currentData().toLongLong() > 0)
           && !m_revision->text().trimmed().isEmpty();
}

void DrawingPage::applyTo(Destination &destination) const
{
    destination.drawing.areaId = m_area->count() ? m_area->currentData().toLongLong() : 0;
    destination.drawing.setId = m_set->currentId();
    destination.drawing.setName = m_set->currentText();
    destination.drawing.drawingDate = m_drawingDate->date();
    if (m_hasReceivedDate->isChecked())
        destination.drawing.receivedDate = m_receivedDate->date();
    destination.drawing.defaultRevision = m_revision->text().trimmed();
}

QString DrawingPage::choiceText() const
{
    // The area too, when the project uses areas: the review repeats it before anything is sent.
    if (m_area->count() > 0 && !m_area->currentText().isEmpty())
        return tr("%1 › %2").arg(m_area->currentText(), m_set->currentText());
    return m_set->currentText();
}

bool DrawingPage::isLoading() const
{
    return m_set->isLoading() || m_areasReply->isBusy();
}

} // namespace hoist::ui

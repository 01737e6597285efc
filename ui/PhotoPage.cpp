#include "PhotoPage.h"

#include "CatalogPicker.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace hoist::ui {

PhotoPage::PhotoPage(QWidget *parent)
    : DestinationPage(parent)
{
    setObjectName(QStringLiteral("photoPage"));
    m_album =
        new CatalogPicker(DestinationCatalog::Kind::Albums,
                          {tr("No album (Unclassified)"), tr("New album…"), tr("Loading albums…"),
                           tr("The albums could not be loaded: %1"), QStringLiteral("newAlbumDialog"),
                           tr("New Album"), tr("Name of the new photo album:"),
                           tr("Creating the album “%1”…"), tr("The album “%1” could not be created: %2")},
                          this);
    m_album->setObjectName(QStringLiteral("albumCombo"));
    m_album->setAccessibleName(tr("Album"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("photoDescription"));
    m_description->setAccessibleName(tr("Photo description"));
    m_description->setPlaceholderText(tr("Optional, for every photo of the upload"));
    // A short label keeps the bar narrow (the transfer table needs the width); the tooltip says more.
    m_private = new QCheckBox(tr("Private photos"), this);
    m_private->setObjectName(QStringLiteral("photoPrivate"));
    m_private->setAccessibleName(tr("Private photos"));
    m_private->setToolTip(
        tr("P&rivate (only people allowed to see private photos)").remove(QLatin1Char('&')));
    m_album->setPrivacy([this] { return m_private->isChecked(); });
    auto *note = new QLabel(tr("Only images (JPEG, PNG, HEIC, …) can go to Photos; other files are left out "
                               "before anything is uploaded."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *albumLabel = new QLabel(tr("&Album:"), this);
    albumLabel->setBuddy(m_album);
    auto *descriptionLabel = new QLabel(tr("Descr&iption:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(albumLabel, m_album);
    form->addRow(descriptionLabel, m_description);
    form->addRow(QString(), m_private);
    form->addRow(note);

    connect(m_album, &CatalogPicker::changed, this, &PhotoPage::changed);
    connect(m_album, &CatalogPicker::loadingChanged, this, &PhotoPage::loadingChanged);
    connect(m_album, &CatalogPicker::statusChanged, this, &PhotoPage::statusChanged);
}

QComboBox *PhotoPage::albumCombo() const
{
    return m_album;
}

void PhotoPage::load(const DestinationCatalog &catalog)
{
    m_album->load(catalog);
}

bool PhotoPage::isComplete() const
{
    return !m_album->isLoading() && m_album->currentId() >= 0;
}

void PhotoPage::applyTo(Destination &destination) const
{
    destination.photo.albumId = m_album->currentId();
    destination.photo.albumName = destination.photo.albumId ? m_album->currentText() : QString();
    destination.photo.description = m_description->text().trimmed();
    destination.photo.isPrivate = m_private->isChecked();
}

QString PhotoPage::choiceText() const
{
    return m_album->currentText();
}

bool PhotoPage::isLoading() const
{
    return m_album->isLoading();
}

} // namespace hoist::ui

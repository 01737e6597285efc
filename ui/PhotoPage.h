#pragma once

#include "DestinationPage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace hoist::ui {

class CatalogPicker;

// Photos: the album ("New album…" creates one), a description and privacy for every photo.
class PhotoPage : public DestinationPage
{
    Q_OBJECT

public:
    explicit PhotoPage(QWidget *parent = nullptr);

    void load(const DestinationCatalog &catalog) override;
    bool isComplete() const override;
    void applyTo(Destination &destination) const override;
    QString choiceText() const override;
    bool isLoading() const override;

    QComboBox *albumCombo() const;

private:
    CatalogPicker *m_album = nullptr;
    QLineEdit *m_description = nullptr;
    QCheckBox *m_private = nullptr;
};

} // namespace hoist::ui

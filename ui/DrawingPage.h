#pragma once

#include "DestinationPage.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace hoist::ui {

class CatalogPicker;
class LatestReply;

// Drawings: the drawing area (only for projects that use areas), the drawing set ("New set…"
// creates one), the drawing and received dates and the default revision of every sheet.
class DrawingPage : public DestinationPage
{
    Q_OBJECT

public:
    explicit DrawingPage(QWidget *parent = nullptr);

    void load(const DestinationCatalog &catalog) override;
    bool isComplete() const override;
    void applyTo(Destination &destination) const override;
    QString choiceText() const override;
    bool isLoading() const override;

    QComboBox *areaCombo() const { return m_area; }
    QComboBox *setCombo() const;
    QLineEdit *revisionEdit() const { return m_revision; }

private:
    void createWidgets();
    void loadAreas();

    DestinationCatalog m_catalog;
    LatestReply *m_areasReply = nullptr;
    QLabel *m_areaLabel = nullptr;
    QComboBox *m_area = nullptr;
    CatalogPicker *m_set = nullptr;
    QDateEdit *m_drawingDate = nullptr;
    QCheckBox *m_hasReceivedDate = nullptr;
    QDateEdit *m_receivedDate = nullptr;
    QLineEdit *m_revision = nullptr;
};

} // namespace hoist::ui

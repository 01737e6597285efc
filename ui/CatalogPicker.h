#pragma once

#include "procore/DestinationCatalog.h"

#include <QComboBox>

#include <functional>

namespace hoist::ui {

class LatestReply;

// A picker of a project's photo albums or drawing sets (DestinationCatalog): Procore's items, a
// separator and a "New …" entry that asks for a name, creates it (at most once: the catalogue
// goes through NamedCreate) and selects it. The choice is remembered per project.
class CatalogPicker : public QComboBox
{
    Q_OBJECT

public:
    // The picker's words (translated by the page that owns it).
    struct Texts
    {
        QString none;         // a first entry with id 0 ("No album (Unclassified)"), or ""
        QString newItem;      // "New album…"
        QString loading;      // "Loading albums…"
        QString loadFailed;   // "The albums could not be loaded: %1"
        QString dialogName;   // the object name of the name dialog
        QString dialogTitle;  // "New Album"
        QString dialogLabel;  // "Name of the new photo album:"
        QString creating;     // "Creating the album “%1”…"
        QString createFailed; // "The album “%1” could not be created: %2"
    };
    CatalogPicker(DestinationCatalog::Kind kind, Texts texts, QWidget *parent = nullptr);

    // Lists the catalogue's items and selects `select` (0: the one remembered).
    void load(const DestinationCatalog &catalog, qint64 select = 0);
    bool isLoading() const;
    // The chosen item's id: 0 for `none`, -1 for none chosen.
    qint64 currentId() const;
    // New albums are private when this says so.
    void setPrivacy(std::function<bool()> isPrivate) { m_isPrivate = std::move(isPrivate); }

Q_SIGNALS:
    void changed();
    void loadingChanged();
    void statusChanged(const QString &text, bool isError);

private:
    void onActivated(int index);
    QString askName();
    void remember(qint64 id) const;

    DestinationCatalog::Kind m_kind;
    Texts m_texts;
    DestinationCatalog m_catalog;
    LatestReply *m_reply = nullptr;
    std::function<bool()> m_isPrivate;
};

} // namespace hoist::ui

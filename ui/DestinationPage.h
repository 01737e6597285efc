#pragma once

#include "procore/DestinationCatalog.h"
#include "upload/UploadTypes.h"

#include <QWidget>

namespace hoist::ui {

// One page of the destination bar, for one kind of destination (FolderPage: Documents and
// Company Documents, with new versions of their files; PhotoPage; DrawingPage). The bar picks
// the company, project and kind; a page lists what it needs of that project and says when its
// choice is complete.
class DestinationPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Lists what the page needs of the catalogue's project (projectId 0: the company's
    // Documents); an invalid catalogue clears the page.
    virtual void load(const DestinationCatalog &catalog) = 0;
    virtual bool isComplete() const = 0;
    // Writes the page's choice into `destination` (company, project and kind are the bar's).
    virtual void applyTo(Destination &destination) const = 0;
    // The choice in words: the folder path, the album, the drawing set.
    virtual QString choiceText() const = 0;
    virtual bool isLoading() const = 0;

Q_SIGNALS:
    void changed();
    void loadingChanged();
    // A message under the bar ("" clears it).
    void statusChanged(const QString &text, bool isError);
};

} // namespace hoist::ui

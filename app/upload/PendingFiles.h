#pragma once

#include "upload/DestinationFileRule.h"
#include "upload/UploadTypes.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace hoist {

// The files added (dropped, chosen, pasted, named on a command line) but not queued yet: each
// local file once, the paths that could not be added and why, and which of them the chosen
// destination takes (DestinationFileRule).
class PendingFiles
{
public:
    // Adds the files not there yet (by local path); a file added again replaces its entry (size and
    // modification time as they are now). Returns how many were new.
    int add(const QList<UploadItem> &items);
    // A path that cannot be uploaded (unreadable, a broken link, …), with the reason; once per path.
    void addProblem(const QString &path, const QString &reason);
    void clear();

    bool isEmpty() const { return m_items.isEmpty(); }
    int count() const { return int(m_items.size()); }
    qint64 totalBytes() const { return m_bytes; }
    const QList<UploadItem> &items() const { return m_items; }
    const QList<QPair<QString, QString>> &problems() const { return m_problems; }

    // The files split by the type rule of `kind`: those it takes, and the others with why not.
    struct Split
    {
        QList<UploadItem> fitting;
        QList<QPair<UploadItem, FileFit>> refused;
    };
    Split splitFor(DestinationKind kind) const;

private:
    QList<UploadItem> m_items;
    QHash<QString, qsizetype> m_paths; // local path → index in m_items
    QList<QPair<QString, QString>> m_problems;
    qint64 m_bytes = 0;
};

} // namespace hoist

#include "PendingFiles.h"

namespace hoist {

int PendingFiles::add(const QList<UploadItem> &items)
{
    int added = 0;
    for (const UploadItem &item : items) {
        if (m_paths.contains(item.localPath))
            continue; // added twice: once is enough
        m_paths.insert(item.localPath);
        m_items.append(item);
        m_bytes += item.size;
        ++added;
    }
    return added;
}

void PendingFiles::addProblem(const QString &path, const QString &reason)
{
    m_problems.append({path, reason});
}

void PendingFiles::clear()
{
    m_items.clear();
    m_paths.clear();
    m_problems.clear();
    m_bytes = 0;
}

PendingFiles::Split PendingFiles::splitFor(DestinationKind kind) const
{
    Split split;
    for (const UploadItem &item : m_items) {
        const FileFit fit = fileFit(item.localPath, kind);
        if (fit == FileFit::Fits)
            split.fitting.append(item);
        else
            split.refused.append({item, fit});
    }
    return split;
}

} // namespace hoist

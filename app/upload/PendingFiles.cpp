#include "PendingFiles.h"

namespace hoist {

int PendingFiles::add(const QList<UploadItem> &items)
{
    int added = 0;
    for (const UploadItem &item : items) {
        if (const auto known = m_paths.constFind(item.localPath); known != m_paths.cend()) {
            // Added again: once is enough, as the file is now (it may have changed since).
            m_bytes += item.size - m_items[known.value()].size;
            m_items[known.value()] = item;
            continue;
        }
        m_paths.insert(item.localPath, m_items.size());
        m_items.append(item);
        m_bytes += item.size;
        ++added;
    }
    return added;
}

void PendingFiles::addProblem(const QString &path, const QString &reason)
{
    for (QPair<QString, QString> &known : m_problems)
        if (known.first == path) {
            known.second = reason; // the same path once, with the latest reason
            return;
        }
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

#include "HistoryRetry.h"

#include <QFileInfo>
#include <QSet>

namespace hoist {

RetryPlan RetryPlan::make(const QList<HistoryRecord> &failed)
{
    RetryPlan plan;
    QSet<QString> seen; // one item per file and destination, even if it failed twice
    for (const HistoryRecord &r : failed) {
        if (seen.contains(r.itemKey()))
            continue;
        seen.insert(r.itemKey());
        const QFileInfo info(r.localPath);
        if (!info.isFile()) {
            plan.missing.append(r);
            continue;
        }
        if (!r.hasTarget()) {
            plan.withoutTarget.append(r);
            continue;
        }
        UploadItem item;
        item.localPath = info.absoluteFilePath();
        item.relativeDir = r.relativeDir;
        item.size = info.size();
        item.modified = info.lastModified();
        auto group = std::find_if(plan.groups.begin(), plan.groups.end(),
                                  [&](const Group &g) { return g.destination == r.target; });
        if (group == plan.groups.end())
            plan.groups.append({r.target, {item}});
        else
            group->items.append(item);
    }
    return plan;
}

} // namespace hoist

#pragma once

#include "UploadHistory.h"

namespace hoist {

// What History › Retry failed does with the files that are still failed (issue 26): each goes
// back to the destination it was queued to, a file that is gone is named instead of queued, and
// a row recorded before Hoist kept destinations is left for the person to place.
struct RetryPlan
{
    struct Group
    {
        Destination destination;
        QList<UploadItem> items;
    };
    QList<Group> groups;                // one per destination, in the order first seen
    QList<HistoryRecord> withoutTarget; // older rows: no destination recorded
    QList<HistoryRecord> missing;       // the local file is no longer there

    static RetryPlan make(const QList<HistoryRecord> &failed);
};

} // namespace hoist

#include "UploadTypes.h"

#include <QCoreApplication>

namespace hoist {

bool isFinalState(TransferState state)
{
    return state == TransferState::Done || state == TransferState::Failed || state == TransferState::Cancelled
           || state == TransferState::Skipped;
}

QString transferStateText(TransferState state)
{
    switch (state) {
    case TransferState::Queued:
        return QCoreApplication::translate("TransferState", "Queued");
    case TransferState::Preparing:
        return QCoreApplication::translate("TransferState", "Preparing");
    case TransferState::Uploading:
        return QCoreApplication::translate("TransferState", "Uploading");
    case TransferState::Associating:
        return QCoreApplication::translate("TransferState", "Adding to Documents");
    case TransferState::Done:
        return QCoreApplication::translate("TransferState", "Done");
    case TransferState::Failed:
        return QCoreApplication::translate("TransferState", "Failed");
    case TransferState::Cancelled:
        return QCoreApplication::translate("TransferState", "Cancelled");
    case TransferState::Skipped:
        return QCoreApplication::translate("TransferState", "Skipped");
    case TransferState::Paused:
        return QCoreApplication::translate("TransferState", "Paused");
    case TransferState::NeedsAnswer:
        return QCoreApplication::translate("TransferState", "Name already taken");
    }
    return {};
}

QString conflictPolicyName(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::Ask:
        return QStringLiteral("ask");
    case ConflictPolicy::KeepBoth:
        return QStringLiteral("keep-both");
    case ConflictPolicy::Skip:
        return QStringLiteral("skip");
    case ConflictPolicy::NewVersion:
        return QStringLiteral("new-version");
    }
    return {};
}

bool conflictPolicyFromName(const QString &name, ConflictPolicy *policy)
{
    for (ConflictPolicy p :
         {ConflictPolicy::Ask, ConflictPolicy::KeepBoth, ConflictPolicy::Skip, ConflictPolicy::NewVersion}) {
        if (conflictPolicyName(p) == name) {
            *policy = p;
            return true;
        }
    }
    return false;
}

} // namespace hoist

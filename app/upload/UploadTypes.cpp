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
    case TransferState::Processing:
        return QCoreApplication::translate("TransferState", "Processing");
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

QString destinationKindName(DestinationKind kind)
{
    switch (kind) {
    case DestinationKind::ProjectDocuments:
        return QStringLiteral("documents");
    case DestinationKind::CompanyDocuments:
        return QStringLiteral("company-documents");
    case DestinationKind::Photos:
        return QStringLiteral("photos");
    case DestinationKind::Drawings:
        return QStringLiteral("drawings");
    }
    return {};
}

bool destinationKindFromName(const QString &name, DestinationKind *kind)
{
    for (DestinationKind k : {DestinationKind::ProjectDocuments, DestinationKind::CompanyDocuments,
                              DestinationKind::Photos, DestinationKind::Drawings}) {
        if (destinationKindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString destinationKindText(DestinationKind kind)
{
    switch (kind) {
    case DestinationKind::ProjectDocuments:
        return QCoreApplication::translate("Destination", "Documents");
    case DestinationKind::CompanyDocuments:
        return QCoreApplication::translate("Destination", "Company Documents");
    case DestinationKind::Photos:
        return QCoreApplication::translate("Destination", "Photos");
    case DestinationKind::Drawings:
        return QCoreApplication::translate("Destination", "Drawings");
    }
    return {};
}

DestinationKind Destination::effectiveKind() const
{
    if (kind == DestinationKind::Photos || kind == DestinationKind::Drawings)
        return kind;
    return projectId ? DestinationKind::ProjectDocuments : DestinationKind::CompanyDocuments;
}

QString queueIdentity(const UploadItem &item, const Destination &d)
{
    const QStringList parts{
        item.localPath,
        item.relativeDir,
        QString::number(item.size),
        QString::number(item.modified.toMSecsSinceEpoch()),
        QString::number(d.companyId),
        QString::number(d.projectId),
        QString::number(d.folderId),
        destinationKindName(d.effectiveKind()),
        QString::number(d.newVersionOf),
        QString::number(d.photo.albumId),
        QString::number(d.drawing.areaId),
        QString::number(d.drawing.setId),
    };
    return parts.join(QChar(0x1f)); // unit separator: in no path or number
}

} // namespace hoist

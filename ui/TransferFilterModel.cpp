#include "TransferFilterModel.h"

#include "ProgressDelegate.h"
#include "upload/TransferModel.h"
#include "upload/UploadTypes.h"

namespace hoist::ui {

TransferFilterModel::TransferFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setObjectName(QStringLiteral("transferFilter"));
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TransferFilterModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

void TransferFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool TransferFilterModel::inShow(int state, Show show)
{
    switch (show) {
    case Show::All:
        return true;
    case Show::Active:
        return !isFinalState(TransferState(state));
    case Show::Failed:
        return TransferState(state) == TransferState::Failed;
    case Show::Done:
        return TransferState(state) == TransferState::Done || TransferState(state) == TransferState::Skipped;
    }
    return true;
}

bool TransferFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex name = model->index(sourceRow, TransferModel::NameColumn, sourceParent);
    if (!inShow(name.data(TransferModel::StateRole).toInt(), m_show))
        return false;
    if (m_text.isEmpty())
        return true;
    return name.data().toString().contains(m_text, Qt::CaseInsensitive)
           || name.data(TransferModel::RemotePathRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool TransferFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    auto by = [&](int role) {
        const QVariant a = left.data(role), b = right.data(role);
        return QVariant::compare(a, b);
    };
    QPartialOrdering order = QPartialOrdering::Equivalent;
    switch (left.column()) {
    case TransferModel::SizeColumn:
        order = by(TransferModel::BytesTotalRole);
        break;
    case TransferModel::ProgressColumn:
        order = by(TransferModel::ProgressRole);
        break;
    case TransferModel::SpeedColumn:
        order = by(TransferModel::SpeedRole);
        break;
    case TransferModel::TimeLeftColumn:
        order = by(TransferModel::EtaRole);
        break;
    case TransferModel::StatusColumn:
        order = by(TransferModel::StateRole);
        break;
    default:
        break;
    }
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    if (order == QPartialOrdering::Equivalent && left.column() != TransferModel::NameColumn
        && left.column() != TransferModel::DestinationColumn) {
        // Equal values: by name, so the order is stable.
        return QSortFilterProxyModel::lessThan(left.siblingAtColumn(TransferModel::NameColumn),
                                               right.siblingAtColumn(TransferModel::NameColumn));
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

QVariant TransferFilterModel::data(const QModelIndex &index, int role) const
{
    if (index.column() == TransferModel::NameColumn && role == Qt::DecorationRole) {
        const int state = index.data(TransferModel::StateRole).toInt();
        auto icon = m_icons.constFind(state);
        if (icon == m_icons.cend()) // themed icons: painted in the palette of the moment
            icon = m_icons.insert(state, ProgressDelegate::stateIcon(state));
        return *icon;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace hoist::ui

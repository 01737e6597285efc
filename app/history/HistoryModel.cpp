#include "HistoryModel.h"

#include "upload/TransferModel.h"

#include <QFileInfo>
#include <QLocale>

namespace hoist {

HistoryModel::HistoryModel(UploadHistory *history, QObject *parent)
    : QAbstractTableModel(parent)
    , m_history(history)
{
    reload();
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_rows = m_history ? m_history->find(m_filter) : QList<HistoryRecord>();
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("done"))
        return tr("Uploaded");
    if (outcome == QLatin1String("failed"))
        return tr("Failed");
    if (outcome == QLatin1String("skipped"))
        return tr("Skipped");
    if (outcome == QLatin1String("cancelled"))
        return tr("Cancelled");
    return outcome;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryRecord &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
        case OutcomeColumn: // a failure that a later upload or retry of the file replaced
            return r.superseded && r.outcome == QLatin1String("failed") ? tr("Failed, sent again later")
                                                                        : outcomeText(r.outcome);
        case NameColumn:
            return QFileInfo(r.localPath).fileName();
        case DestinationColumn:
            return r.destination;
        case SizeColumn:
            return TransferModel::formatBytes(r.size);
        case ReasonColumn:
            return r.reason;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == NameColumn     ? r.localPath
               : index.column() == ReasonColumn ? r.reason
                                                : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RecordIdRole:
        return r.id;
    case UrlRole:
        return r.url;
    case LocalPathRole:
        return r.localPath;
    case OutcomeRole:
        return r.outcome;
    case ProjectIdRole:
        return r.projectId;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case OutcomeColumn:
        return tr("Outcome");
    case NameColumn:
        return tr("File");
    case DestinationColumn:
        return tr("Destination");
    case SizeColumn:
        return tr("Size");
    case ReasonColumn:
        return tr("Details");
    }
    return {};
}

} // namespace hoist

#pragma once

#include "UploadHistory.h"

#include <QAbstractTableModel>

namespace hoist {

// The upload history as a table for the History view: one row per recorded file, newest first,
// for the filter set last.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        OutcomeColumn,
        NameColumn,
        DestinationColumn,
        SizeColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { RecordIdRole = Qt::UserRole + 1, UrlRole, LocalPathRole, OutcomeRole, ProjectIdRole };

    explicit HistoryModel(UploadHistory *history, QObject *parent = nullptr);

    void setFilter(const HistoryFilter &filter);
    HistoryFilter filter() const { return m_filter; }
    void reload();
    const HistoryRecord &recordAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(const QString &outcome); // translated

private:
    UploadHistory *m_history;
    HistoryFilter m_filter;
    QList<HistoryRecord> m_rows;
};

} // namespace hoist

#pragma once

#include <QHash>
#include <QIcon>
#include <QSortFilterProxyModel>

namespace hoist::ui {

// The transfer list as the person asks to see it: sorted by any column (by value, not by text:
// sizes by bytes, progress by fraction, status by state) and narrowed to a state (all, active,
// failed, done) and to rows whose name or destination holds a text. Over TransferModel; the
// view maps its selection back through it. A row is tested when it changes (O(1) per row), so a
// progress tick over 2,000 rows costs no more than before.
class TransferFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show { All, Active, Failed, Done };
    Q_ENUM(Show)

    explicit TransferFilterModel(QObject *parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }
    void setText(const QString &text);
    QString text() const { return m_text; }

    // The name cell carries its row's state as an icon (and its text for screen readers).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Whether a TransferState (as int) belongs to `show`.
    static bool inShow(int state, Show show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Show m_show = Show::All;
    QString m_text;
    mutable QHash<int, QIcon> m_icons; // per state
};

} // namespace hoist::ui

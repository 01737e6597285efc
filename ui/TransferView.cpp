#include "TransferView.h"

#include "Accessibility.h"
#include "ProgressDelegate.h"
#include "upload/TransferModel.h"
#include "upload/UploadJob.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QSettings>

#include <algorithm>

namespace hoist::ui {

namespace {
QString headerKey()
{
    return QStringLiteral("window/transferHeader");
}
} // namespace

TransferView::TransferView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("transferView"));
    setAccessibleName(tr("Transfers"));
    setAccessibleDescription(
        tr("One row per file: name, destination, size, progress, speed, time left and status"));
    m_delegate = new ProgressDelegate(this);
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setIconSize(QSize(16, 16));
    // Fixed row heights: a 10,000-row list never measures its rows.
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_menu = new QMenu(this);
}

TransferView::~TransferView() = default;

void TransferView::setTransferModel(TransferModel *model)
{
    m_model = model;
    setModel(model);
    if (!model)
        return;
    const QFontMetrics fm = fontMetrics();
    const int digitWidth = fm.horizontalAdvance(QStringLiteral("0"));
    setColumnWidth(TransferModel::NameColumn, digitWidth * 28);
    setColumnWidth(TransferModel::DestinationColumn, digitWidth * 22);
    setColumnWidth(TransferModel::SizeColumn, digitWidth * 9);
    setColumnWidth(TransferModel::ProgressColumn, digitWidth * 16);
    setColumnWidth(TransferModel::SpeedColumn, digitWidth * 10);
    setColumnWidth(TransferModel::TimeLeftColumn, digitWidth * 9);
    restoreHeaderState();
    // The viewport shows a hint while the list is empty.
    auto refresh = [this] { viewport()->update(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(model, &QAbstractItemModel::modelReset, this, refresh);
    // Selection counts: kept by deltas; recounted only when rows go or the model resets.
    recountSelection();
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection &selected, const QItemSelection &deselected) {
                countRanges(selected, +1);
                countRanges(deselected, -1);
                Q_EMIT selectionCountsChanged();
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TransferView::recountSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &TransferView::recountSelection);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TransferView::recountSelection);
    connect(model, &TransferModel::rowStateChanged, this, &TransferView::onRowStateChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, &TransferView::tellProgress);
}

int TransferView::selectedInState(hoist::TransferState state) const
{
    const int i = int(state);
    return i >= 0 && i < int(m_selectedStates.size()) ? m_selectedStates[size_t(i)] : 0;
}

void TransferView::countRanges(const QItemSelection &selection, int sign)
{
    if (!m_model)
        return;
    for (const QItemSelectionRange &range : selection) {
        if (range.left() > 0)
            continue; // rows are selected whole: count each row once, by its first column
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const UploadJob *job = m_model->jobAt(row);
            if (!job)
                continue;
            m_selectedStates[size_t(int(job->state()))] += sign;
            m_selectedCount += sign;
        }
    }
}

void TransferView::recountSelection()
{
    m_selectedStates.fill(0);
    m_selectedCount = 0;
    if (selectionModel())
        countRanges(selectionModel()->selection(), +1);
    Q_EMIT selectionCountsChanged();
}

void TransferView::onRowStateChanged(int row, int oldState, int newState)
{
    if (row < 0 || !selectionModel() || !selectionModel()->isRowSelected(row, {}))
        return;
    --m_selectedStates[size_t(oldState)];
    ++m_selectedStates[size_t(newState)];
    Q_EMIT selectionCountsChanged();
}

// Screen readers hear a row's progress as a value of its progress cell, in whole percents.
void TransferView::tellProgress(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!a11y::heard() || !m_model)
        return;
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(this);
    QAccessibleTableInterface *cells = table ? table->tableInterface() : nullptr;
    if (!cells)
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex index = m_model->index(row, TransferModel::ProgressColumn);
        const int percent = int(index.data(TransferModel::ProgressRole).toDouble() * 100.0);
        const quint64 id = index.data(TransferModel::JobIdRole).toULongLong();
        const auto told = m_toldPercent.constFind(id);
        if (told != m_toldPercent.cend() && *told == percent)
            continue;
        m_toldPercent.insert(id, percent);
        if (QAccessibleInterface *cell = cells->cellAt(row, TransferModel::ProgressColumn)) {
            QAccessibleValueChangeEvent event(cell, percent);
            a11y::send(&event);
        }
    }
}

void TransferView::setContextActions(const QList<QAction *> &actions)
{
    m_menu->clear();
    for (QAction *action : actions) {
        if (action)
            m_menu->addAction(action);
        else
            m_menu->addSeparator();
    }
}

QList<int> TransferView::selectedRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    return rows;
}

void TransferView::saveHeaderState() const
{
    if (m_model)
        QSettings().setValue(headerKey(), horizontalHeader()->saveState());
}

void TransferView::restoreHeaderState()
{
    const QByteArray state = QSettings().value(headerKey()).toByteArray();
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
}

void TransferView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (model() && model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Text);
    color.setAlphaF(0.55f);
    painter.setPen(color);
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("No transfers yet.\nFiles you upload appear here with their progress."));
}

void TransferView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(viewport()->mapFromGlobal(event->globalPos()));
    if (index.isValid() && !selectionModel()->isRowSelected(index.row(), {}))
        selectRow(index.row());
    if (!m_menu->isEmpty())
        m_menu->popup(event->globalPos());
    event->accept();
}

} // namespace hoist::ui

#include "TransferView.h"

#include "Accessibility.h"
#include "ProgressDelegate.h"
#include "TransferFilterModel.h"
#include "upload/TransferModel.h"
#include "upload/UploadJob.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QResizeEvent>
#include <QSettings>

#include <algorithm>

namespace hoist::ui {

namespace {
QString headerKey()
{
    // Version 2: the name column stretches (the state is an icon by it).
    return QStringLiteral("window/transferHeader2");
}
} // namespace

TransferView::TransferView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("transferView"));
    setAccessibleName(tr("Transfers"));
    setAccessibleDescription(
        tr("One row per file: name, destination, size, progress, speed, time left and status"));
    m_filter = new TransferFilterModel(this);
    m_delegate = new ProgressDelegate(this);
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setSortingEnabled(true);
    horizontalHeader()->setSortIndicatorClearable(true); // a third click: the queue's own order
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fitColumns() leaves nothing to scroll to
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
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0")) * 4);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_menu = new QMenu(this);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            QMetaObject::invokeMethod(this, &TransferView::fitColumns, Qt::QueuedConnection);
    });
}

TransferView::~TransferView() = default;

void TransferView::setTransferModel(TransferModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setModel(nullptr); // a new selection model (and its connections) for the new rows
    m_filter->setSourceModel(model);
    if (!model)
        return;
    setModel(m_filter);
    setDefaultWidths();
    restoreHeaderState();
    horizontalHeader()->setSectionResizeMode(TransferModel::NameColumn, QHeaderView::Stretch);
    fitColumns();
    // The viewport shows a hint while the list is empty.
    auto refresh = [this] { viewport()->update(); };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_filter, &QAbstractItemModel::modelReset, this, refresh);
    // Selection counts: kept by deltas; recounted only when rows go or the model resets.
    recountSelection();
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection &selected, const QItemSelection &deselected) {
                countRanges(selected, +1);
                countRanges(deselected, -1);
                Q_EMIT selectionCountsChanged();
            });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TransferView::recountSelection);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TransferView::recountSelection);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TransferView::recountSelection);
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
            const UploadJob *job = m_model->jobAt(sourceRow(row));
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
    row = viewRow(row);
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
        const int shown = viewRow(row);
        if (shown < 0)
            continue;
        if (QAccessibleInterface *cell = cells->cellAt(shown, TransferModel::ProgressColumn)) {
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
        rows.append(sourceRow(index.row()));
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    return rows;
}

int TransferView::sourceRow(int viewRow) const
{
    return m_model ? m_filter->mapToSource(m_filter->index(viewRow, 0)).row() : -1;
}

int TransferView::viewRow(int sourceRow) const
{
    return m_model ? m_filter->mapFromSource(m_model->index(sourceRow, 0)).row() : -1;
}

QModelIndex TransferView::currentSourceIndex() const
{
    return m_model ? m_filter->mapToSource(currentIndex()) : QModelIndex();
}

void TransferView::setDefaultWidths()
{
    const int digit = fontMetrics().horizontalAdvance(QStringLiteral("0"));
    setColumnWidth(TransferModel::DestinationColumn, digit * 15);
    setColumnWidth(TransferModel::SizeColumn, digit * 10);
    setColumnWidth(TransferModel::ProgressColumn, digit * 12);
    setColumnWidth(TransferModel::SpeedColumn, digit * 12);
    setColumnWidth(TransferModel::TimeLeftColumn, digit * 10);
    setColumnWidth(TransferModel::StatusColumn, digit * 32);
}

// The name column stretches into the room the others leave. When they leave too little (a
// narrow window, a large font, a column widened by hand), they shrink in passes, so every column
// stays in sight and nothing needs a horizontal scroll: first the columns whose contents stay
// readable narrower (the destination, the bar, speed and time) and the status down to what still
// says what happened; then every column alike.
void TransferView::fitColumns()
{
    if (!m_model || m_fitting || !isVisible()) // a hidden view has no size of its own yet
        return;
    QHeaderView *header = horizontalHeader();
    const int digit = fontMetrics().horizontalAdvance(QStringLiteral("0"));
    // What the name keeps at least: a quarter of the list, and never less than 14 digits.
    const int room = viewport()->width() - std::max(digit * 14, viewport()->width() / 4);
    using C = TransferModel::Column;
    const QHash<int, int> passes[] = {{{C::DestinationColumn, digit * 8},
                                       {C::ProgressColumn, digit * 9},
                                       {C::SpeedColumn, digit * 10},
                                       {C::TimeLeftColumn, digit * 7},
                                       {C::StatusColumn, digit * 22}},
                                      {{C::DestinationColumn, 0},
                                       {C::SizeColumn, 0},
                                       {C::ProgressColumn, 0},
                                       {C::SpeedColumn, 0},
                                       {C::TimeLeftColumn, 0},
                                       {C::StatusColumn, 0}}};
    m_fitting = true;
    for (const QHash<int, int> &pass : passes) {
        auto floorOf = [&](int column) { return std::max(pass.value(column), header->minimumSectionSize()); };
        int others = 0, shrinkable = 0;
        for (int column = 0; column < TransferModel::ColumnCount; ++column) {
            if (column == TransferModel::NameColumn || header->isSectionHidden(column))
                continue;
            others += header->sectionSize(column);
            if (pass.contains(column))
                shrinkable += std::max(0, header->sectionSize(column) - floorOf(column));
        }
        const int excess = others - room;
        if (excess <= 0 || shrinkable <= 0)
            break;
        const double keep = std::max(0.0, 1.0 - double(excess) / double(shrinkable));
        for (auto it = pass.cbegin(); it != pass.cend(); ++it) {
            const int size = header->sectionSize(it.key());
            const int floor = floorOf(it.key());
            if (!header->isSectionHidden(it.key()) && size > floor)
                header->resizeSection(it.key(), floor + int((size - floor) * keep));
        }
    }
    m_fitting = false;
}

void TransferView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (event->size().width() < event->oldSize().width() || event->oldSize().width() < 0)
        fitColumns();
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
    if (m_model && m_model->rowCount() > 0) {
        if (m_filter->rowCount() == 0)
            paintHint(tr("No transfers match the filter."));
        return;
    }
    paintHint(tr("No transfers yet.\nFiles you upload appear here with their progress."));
}

void TransferView::paintHint(const QString &text)
{
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Text);
    color.setAlphaF(0.55f);
    painter.setPen(color);
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, text);
}

// The keyboard's place is seen at once: the first row becomes current when the list gets the focus.
void TransferView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    if (selectionModel() && !currentIndex().isValid() && model()->rowCount() > 0)
        selectionModel()->setCurrentIndex(model()->index(0, 0), QItemSelectionModel::NoUpdate);
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

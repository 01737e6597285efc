#include "DropArea.h"

#include "ThemedIconEngine.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace hoist::ui {

DropArea::DropArea(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("dropArea"));
    setAcceptDrops(true);
    setAccessibleName(tr("Drop area"));
    setAccessibleDescription(tr("Drop files and folders here to add them to the upload"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // taller when its texts wrap (resizeEvent)

    m_icon = new QLabel(this);
    m_icon->setFixedSize(48, 48);
    m_icon->setAccessibleName(tr("Drop here"));
    updateIcon();

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dropTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true); // longer translations wrap instead of widening the window
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("dropDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);

    m_scanBar = new QProgressBar(this);
    m_scanBar->setRange(0, 0);
    m_scanBar->setTextVisible(false);
    m_scanBar->setMaximumWidth(220);
    m_scanBar->setMaximumHeight(m_scanBar->fontMetrics().height());
    m_scanBar->setAccessibleName(tr("Scanning"));
    m_scanBar->setVisible(false);
    m_cancelScan = new QToolButton(this);
    m_cancelScan->setText(tr("Stop"));
    m_cancelScan->setIcon(ThemedIconEngine::icon(QStringLiteral("cancel")));
    m_cancelScan->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelScan->setAutoRaise(true);
    m_cancelScan->setAccessibleName(tr("Stop scanning"));
    m_cancelScan->setVisible(false);
    connect(m_cancelScan, &QToolButton::clicked, this, &DropArea::cancelScanRequested);

    m_addFiles = new QPushButton(this);
    m_addFolder = new QPushButton(this);
    m_clear = new QPushButton(this);
    m_upload = new QPushButton(this);
    m_upload->setObjectName(QStringLiteral("uploadButton"));
    m_upload->setDefault(true);
    QFont uploadFont = m_upload->font();
    uploadFont.setBold(true);
    m_upload->setFont(uploadFont);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addStretch(1);
    texts->addWidget(m_title);
    texts->addWidget(m_detail);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scanBar);
    scanRow->addWidget(m_cancelScan);
    scanRow->addStretch(1);
    texts->addLayout(scanRow);
    texts->addStretch(1);

    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(6);
    m_buttons->addWidget(m_addFiles);
    m_buttons->addWidget(m_addFolder);
    m_buttons->addWidget(m_clear);
    m_buttons->addSpacing(6);
    m_buttons->addWidget(m_upload);

    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(16, 12, 16, 12);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(8);
    m_grid->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignVCenter);
    m_grid->addLayout(texts, 0, 1);
    m_grid->addLayout(m_buttons, 0, 2);
    m_grid->setColumnStretch(1, 1);
}

namespace {
// A push button that mirrors an action (text, icon, enabled state, tooltip) and triggers it.
void bind(QPushButton *button, QAction *action)
{
    auto sync = [button, action] {
        button->setText(action->text());
        button->setIcon(action->icon());
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
        button->setAccessibleName(action->iconText());
    };
    sync();
    QObject::connect(action, &QAction::changed, button, sync);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
}
} // namespace

void DropArea::setActions(QAction *addFiles, QAction *addFolder, QAction *clear, QAction *upload)
{
    bind(m_addFiles, addFiles);
    bind(m_addFolder, addFolder);
    bind(m_clear, clear);
    bind(m_upload, upload);
}

void DropArea::setSummary(const QString &title, const QString &detail, bool detailIsWarning)
{
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_detailIsWarning = detailIsWarning;
    QPalette palette = this->palette();
    if (detailIsWarning)
        palette.setColor(QPalette::WindowText, ThemedIconEngine::errorColor());
    m_detail->setPalette(palette);
    setAccessibleDescription(detail.isEmpty() ? title : QString(title + QLatin1String(". ") + detail));
    arrange();
}

void DropArea::setScanning(bool scanning, const QString &text)
{
    m_scanBar->setVisible(scanning);
    m_cancelScan->setVisible(scanning);
    if (scanning)
        m_title->setText(text);
}

QStringList DropArea::pastedPaths(const QMimeData *mime)
{
    QStringList paths = localPaths(mime);
    if (!paths.isEmpty() || !mime || !mime->hasText())
        return paths;
    const QStringList lines = mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString line : lines) {
        line = line.trimmed();
        const QUrl url(line);
        if (url.isLocalFile())
            line = url.toLocalFile();
        if (QFileInfo(line).isAbsolute() && QFileInfo::exists(line))
            paths.append(line);
    }
    return paths;
}

QStringList DropArea::localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        QString path = url.toLocalFile();
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (!path.isEmpty())
            paths.append(path);
    }
    return paths;
}

void DropArea::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        setHovered(true);
    } else {
        event->ignore();
    }
}

void DropArea::dragMoveEvent(QDragMoveEvent *event)
{
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void DropArea::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHovered(false);
    QFrame::dragLeaveEvent(event);
}

void DropArea::dropEvent(QDropEvent *event)
{
    setHovered(false);
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT pathsDropped(paths);
}

void DropArea::setHovered(bool hovered)
{
    if (m_hovered == hovered)
        return;
    m_hovered = hovered;
    update();
}

void DropArea::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(box, 8, 8);
    QColor fill = pal.color(QPalette::Base);
    QColor border = pal.color(QPalette::Mid);
    if (m_hovered) {
        fill = pal.color(QPalette::Highlight);
        fill.setAlphaF(0.14f);
        border = pal.color(QPalette::Highlight);
    }
    painter.fillPath(path, fill);
    QPen pen(border, m_hovered ? 2.0 : 1.2, Qt::DashLine);
    pen.setDashPattern({5, 4});
    painter.setPen(pen);
    painter.drawPath(path);
}

void DropArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &DropArea::arrange, Qt::QueuedConnection);
    QFrame::changeEvent(event);
}

void DropArea::updateIcon()
{
    if (m_icon)
        m_icon->setPixmap(
            ThemedIconEngine::icon(QStringLiteral("drop")).pixmap(QSize(48, 48), devicePixelRatioF()));
}

void DropArea::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    arrange();
}

void DropArea::arrange()
{
    // The buttons go under the texts when beside them the title would have to wrap (a narrow
    // window, a large font, a long translation).
    const QMargins m = m_grid->contentsMargins();
    const int wide = m.left() + m.right() + m_icon->width() + 2 * m_grid->horizontalSpacing()
                     + m_title->fontMetrics().horizontalAdvance(m_title->text())
                     + m_buttons->sizeHint().width();
    const bool below = width() < wide;
    if (below != m_buttonsBelow) {
        m_buttonsBelow = below;
        m_grid->removeItem(m_buttons);
        if (below)
            m_grid->addLayout(m_buttons, 1, 1, Qt::AlignLeft);
        else
            m_grid->addLayout(m_buttons, 0, 2);
    }
    // Wrapped texts need more height than the size hint promised; the layout above does not ask
    // for height-for-width, so say it here.
    const int needed = m_grid->totalHeightForWidth(width());
    if (needed > 0 && needed != minimumHeight())
        setMinimumHeight(needed);
}

} // namespace hoist::ui

#include "ThemedIconEngine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace hoist::ui {

ThemedIconEngine::ThemedIconEngine(const QString &name)
    : m_name(name)
{
    QFile file(QStringLiteral(":/hoist/icons/%1.svg").arg(name));
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

QIcon ThemedIconEngine::icon(const QString &name)
{
    return QIcon(new ThemedIconEngine(name));
}

QColor ThemedIconEngine::successColor()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0x5c, 0xc9, 0x7b) : QColor(0x1e, 0x8e, 0x3e);
}

QColor ThemedIconEngine::errorColor()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xc5, 0x22, 0x1f);
}

QByteArray ThemedIconEngine::coloured(QIcon::Mode mode) const
{
    const QPalette palette = QGuiApplication::palette();
    QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    QColor accent = palette.color(QPalette::Active, QPalette::Highlight);
    QColor success = successColor();
    QColor error = errorColor();
    if (mode == QIcon::Selected) {
        text = accent = success = error = palette.color(QPalette::Active, QPalette::HighlightedText);
    } else if (mode == QIcon::Disabled) {
        text = accent = success = error = palette.color(QPalette::Disabled, QPalette::WindowText);
    }
    // Accents must stand out from the window whatever the theme: fall back to the text colour
    // when the highlight is too close to the background.
    const int windowLightness = palette.color(QPalette::Window).lightness();
    if (mode != QIcon::Selected && qAbs(accent.lightness() - windowLightness) < 40)
        accent = text;
    QByteArray svg = m_svg;
    svg.replace("currentColor", text.name().toLatin1());
    svg.replace("accentColor", accent.name().toLatin1());
    svg.replace("successColor", success.name().toLatin1());
    svg.replace("errorColor", error.name().toLatin1());
    return svg;
}

void ThemedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    QSvgRenderer renderer(coloured(mode));
    renderer.render(painter, QRectF(rect));
}

QPixmap ThemedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap ThemedIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    Q_UNUSED(state)
    // `size` is in device pixels already (QIcon multiplies by the scale before asking).
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    if (size.isEmpty())
        return pixmap;
    QSvgRenderer renderer(coloured(mode));
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QIconEngine *ThemedIconEngine::clone() const
{
    return new ThemedIconEngine(*this);
}

QString ThemedIconEngine::key() const
{
    return QStringLiteral("hoist-themed-svg");
}

QString ThemedIconEngine::iconName()
{
    return m_name;
}

bool ThemedIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace hoist::ui

#pragma once

#include <QColor>
#include <QIcon>
#include <QIconEngine>

namespace hoist::ui {

// Paints one of Hoist's monochrome SVG icons (resources/icons) in the current palette's colours:
// stroke="currentColor" becomes the window text colour (the highlighted text colour for selected
// items, the disabled colour for disabled ones), "accentColor" the highlight colour, and
// "successColor"/"errorColor" a green and a red readable on light and dark backgrounds. Rendering
// happens at the device-pixel size asked for, so icons stay sharp at any scale factor.
class ThemedIconEngine : public QIconEngine
{
public:
    explicit ThemedIconEngine(const QString &name);

    // The icon named `name` (":/hoist/icons/<name>.svg").
    static QIcon icon(const QString &name);
    // Semantic colours, shared with painters that draw text in them.
    static QColor successColor();
    static QColor errorColor();

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;

private:
    QByteArray coloured(QIcon::Mode mode) const;

    QString m_name;
    QByteArray m_svg;
};

} // namespace hoist::ui

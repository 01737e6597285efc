#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace hoist::ui::theme {

using namespace Qt::StringLiterals;

namespace {

struct Original
{
    bool saved = false;
    QString style;
    QPalette palette;
    QString current = u"system"_s;
};

Original &original()
{
    static Original o;
    return o;
}

void setDisabled(QPalette &p, const QColor &text, const QColor &highlight)
{
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, text);
    p.setColor(QPalette::Disabled, QPalette::Highlight, highlight);
}

} // namespace

QStringList names()
{
    return {u"system"_s, u"light"_s, u"dark"_s};
}

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x1f, 0x1f));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    p.setColor(QPalette::Text, QColor(0x1f, 0x1f, 0x1f));
    p.setColor(QPalette::Button, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x1f, 0x1f));
    p.setColor(QPalette::Highlight, QColor(0x1d, 0x63, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x63, 0xb8));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
    setDisabled(p, QColor(0x76, 0x76, 0x76), QColor(0x91, 0x91, 0x91));
    return p;
}

QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    setDisabled(p, QColor(0x8c, 0x8c, 0x8c), QColor(0x4a, 0x4a, 0x4a));
    return p;
}

QString current()
{
    return original().current;
}

void apply(const QString &name)
{
    Original &o = original();
    if (!o.saved) {
        o.saved = true;
        o.style = QApplication::style()->name();
        o.palette = QApplication::palette();
    }
    const QString chosen = names().contains(name) ? name : u"system"_s;
    if (chosen == o.current)
        return;
    o.current = chosen;
    if (chosen == "system"_L1) {
        QApplication::setStyle(QStyleFactory::create(o.style));
        QApplication::setPalette(o.palette);
        return;
    }
    if (QApplication::style()->name().compare("fusion"_L1, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(chosen == "dark"_L1 ? darkPalette() : lightPalette());
}

} // namespace hoist::ui::theme

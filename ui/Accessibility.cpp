#include "Accessibility.h"

#include <QAccessible>
#include <QWidget>

namespace hoist::ui::a11y {

namespace {
std::function<void(QAccessibleEvent *)> &listener()
{
    static std::function<void(QAccessibleEvent *)> l;
    return l;
}
} // namespace

void send(QAccessibleEvent *event)
{
    if (listener())
        listener()(event);
    QAccessible::updateAccessibility(event);
}

bool heard()
{
    return QAccessible::isActive() || bool(listener());
}

void announce(QWidget *widget)
{
    QAccessibleEvent event(widget, QAccessible::Alert);
    send(&event);
}

void setListener(std::function<void(QAccessibleEvent *)> l)
{
    listener() = std::move(l);
}

} // namespace hoist::ui::a11y

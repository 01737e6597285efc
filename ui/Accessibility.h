#pragma once

#include <functional>

class QAccessibleEvent;
class QWidget;

namespace hoist::ui::a11y {

// Sends an accessibility event to the platform (screen readers, when one listens) and to the
// listener a test installed (the offscreen platform has no screen reader to ask).
void send(QAccessibleEvent *event);
// True when someone hears events: a screen reader or a listener. Work that only serves them
// (e.g. per-row progress values) is skipped otherwise.
bool heard();
// Tells a screen reader to read `widget` now (an alert: a failure, the end of the queue).
void announce(QWidget *widget);
void setListener(std::function<void(QAccessibleEvent *)> listener);

} // namespace hoist::ui::a11y

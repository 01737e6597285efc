#pragma once

#include <QPalette>
#include <QString>

namespace hoist::ui {

// Light, dark or the system's look. "light" and "dark" use the Fusion style with Hoist's own
// palettes (for desktops without a platform theme, or a person who prefers the other one);
// "system" puts back the style and palette the application started with. Applied at once: every
// widget repaints, and ThemedIconEngine icons take the new palette's colours.
namespace theme {

QStringList names(); // "system", "light", "dark"
void apply(const QString &name);
QString current(); // the name applied last ("system" before any)
QPalette lightPalette();
QPalette darkPalette();

} // namespace theme
} // namespace hoist::ui

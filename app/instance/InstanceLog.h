#pragma once

#include <QLoggingCategory>

// Logging of the one-window hand-over (hoist.instance).
Q_DECLARE_LOGGING_CATEGORY(lcInstance)

#pragma once

#include <QLoggingCategory>

// Logging of the preflight review (hoist.preflight).
Q_DECLARE_LOGGING_CATEGORY(lcPreflight)

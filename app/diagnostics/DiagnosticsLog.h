#pragma once

#include <QLoggingCategory>

// Logging of the log itself and of debug archives (hoist.diagnostics).
Q_DECLARE_LOGGING_CATEGORY(lcDiagnostics)

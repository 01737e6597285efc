#include "DiagnosticsLog.h"

Q_LOGGING_CATEGORY(lcDiagnostics, "hoist.diagnostics", QtInfoMsg)

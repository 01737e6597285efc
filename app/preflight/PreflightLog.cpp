#include "PreflightLog.h"

Q_LOGGING_CATEGORY(lcPreflight, "hoist.preflight", QtInfoMsg)

#pragma once

#include <QLoggingCategory>

// Logging of the upload history (hoist.history): recording, pruning, integrity checks.
Q_DECLARE_LOGGING_CATEGORY(lcHistory)

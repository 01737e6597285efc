#pragma once

#include <QLoggingCategory>

// Logging of watched folders (hoist.watch).
Q_DECLARE_LOGGING_CATEGORY(lcWatch)

#pragma once

#include <QLoggingCategory>

// Logging of the storage module (hoist.storage): Settings' Normal shows info and up, Detailed debug too;
// QT_LOGGING_RULES="hoist.storage.debug=true" overrides both.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

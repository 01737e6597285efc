#pragma once

#include <QLoggingCategory>

// Logging of the built-in sandbox (hoist.sandbox): requests and injected faults.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

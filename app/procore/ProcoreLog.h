#pragma once

#include <QLoggingCategory>

// Logging of the Procore client (hoist.procore), and the audit of every creating call (hoist.audit),
// which is written whatever Settings' level (Normal or Detailed) says.
Q_DECLARE_LOGGING_CATEGORY(lcProcore)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)

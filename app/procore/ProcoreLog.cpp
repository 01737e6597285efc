#include "ProcoreLog.h"

Q_LOGGING_CATEGORY(lcProcore, "hoist.procore", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "hoist.audit", QtInfoMsg)

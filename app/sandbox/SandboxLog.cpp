#include "SandboxLog.h"

Q_LOGGING_CATEGORY(lcSandbox, "hoist.sandbox", QtInfoMsg)

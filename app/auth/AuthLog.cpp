#include "AuthLog.h"

Q_LOGGING_CATEGORY(lcAuth, "hoist.auth", QtInfoMsg)

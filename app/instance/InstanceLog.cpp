#include "InstanceLog.h"

Q_LOGGING_CATEGORY(lcInstance, "hoist.instance", QtInfoMsg)

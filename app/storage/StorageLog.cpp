#include "StorageLog.h"

Q_LOGGING_CATEGORY(lcStorage, "hoist.storage", QtInfoMsg)

#include "WatchLog.h"

Q_LOGGING_CATEGORY(lcWatch, "hoist.watch", QtInfoMsg)

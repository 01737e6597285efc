#include "HistoryLog.h"

Q_LOGGING_CATEGORY(lcHistory, "hoist.history", QtInfoMsg)

#include "UploadLog.h"

Q_LOGGING_CATEGORY(lcUpload, "hoist.upload", QtInfoMsg)

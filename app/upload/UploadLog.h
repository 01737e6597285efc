#pragma once

#include <QLoggingCategory>

// Logging of uploads (hoist.upload): jobs, transfers, associations, the journal.
Q_DECLARE_LOGGING_CATEGORY(lcUpload)

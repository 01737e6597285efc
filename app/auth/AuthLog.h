#pragma once

#include <QLoggingCategory>

// Logging of sign-in and the keychain (hoist.auth); never a token, secret or password.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

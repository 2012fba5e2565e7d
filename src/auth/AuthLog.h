#pragma once

#include <QLoggingCategory>

// Tokens, secrets and keychain states. Never logs a token, a secret or a header.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

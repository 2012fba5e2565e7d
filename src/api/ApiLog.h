#pragma once

#include <QLoggingCategory>

// Requests and their outcomes: method, path, status, timing, request id.
// Never a token, a secret, a header or a body.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

#pragma once

#include "api/ApiError.h"

class QLabel;

// Shows an error next to what failed: the plain sentence first, then what
// Auth0 said (message and errorCode), so people know what to do next.
namespace ErrorPresenter {
QString describe(const Api::ApiError &error);
void show(QLabel *banner, const Api::ApiError &error);
void showText(QLabel *banner, const QString &text);
void clear(QLabel *banner);
} // namespace ErrorPresenter

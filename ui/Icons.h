#pragma once

#include <QIcon>

// The app's icons by name ("trash", "add", ...), from resources/icons.
namespace Icons {
QIcon get(const QString &name);
QIcon app();
} // namespace Icons

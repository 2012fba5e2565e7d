#pragma once

#include <QString>

// Locates the project's shared reference data (recordings, OpenAPI spec),
// which sits beside the repository in CI and may be absent on a user's clone.
namespace SharedData {

// The shared/ folder, or an empty string when it is not there.
QString root();
// A file or folder under shared/, or an empty string when it is missing.
QString path(const QString &relative);

} // namespace SharedData

// Skips the current Qt test with a clear message when shared data is missing.
#define ORGCONSOLE_REQUIRE_SHARED(relative, outVar)                                                                  \
    const QString outVar = SharedData::path(QStringLiteral(relative));                                               \
    if (outVar.isEmpty())                                                                                            \
        QSKIP("shared/" relative " is not available (set ORGCONSOLE_SHARED_DIR to the folder holding it)");

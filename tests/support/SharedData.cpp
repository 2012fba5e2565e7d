#include "SharedData.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace SharedData {

QString root()
{
    const QString fromEnv = QProcessEnvironment::systemEnvironment().value(QStringLiteral("ORGCONSOLE_SHARED_DIR"));
    const QStringList candidates{fromEnv, QStringLiteral(ORGCONSOLE_SOURCE_DIR "/../shared")};
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir())
            return QDir(candidate).canonicalPath();
    }
    return {};
}

QString path(const QString &relative)
{
    const QString base = root();
    if (base.isEmpty())
        return {};
    const QString full = base + QLatin1Char('/') + relative;
    return QFileInfo::exists(full) ? full : QString();
}

} // namespace SharedData

#include "Icons.h"

#include "ThemedIconEngine.h"

namespace Icons {

QIcon get(const QString &name)
{
    return QIcon(new ThemedIconEngine(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QIcon app()
{
    return QIcon(QStringLiteral(":/icons/orgconsole.svg"));
}

} // namespace Icons

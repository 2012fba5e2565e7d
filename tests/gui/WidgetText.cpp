#include "WidgetText.h"

#include <QRegularExpression>
#include <QStringList>
#include <QWidget>

namespace WidgetText {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'))
        .trimmed();
}

QString pathOf(const QWidget *widget, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        parts.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
        if (w == root)
            break;
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace WidgetText

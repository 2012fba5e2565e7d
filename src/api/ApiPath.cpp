#include "ApiPath.h"

#include <QUrl>

namespace Api {

QString ApiPath::segment(const QString &raw)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(raw));
}

QString ApiPath::of(const QStringList &segments)
{
    QString path;
    for (const QString &part : segments)
        path += QLatin1Char('/') + segment(part);
    return path;
}

QString ApiPath::encodeQuery(const QUrlQuery &query)
{
    QStringList pairs;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        pairs.append(segment(item.first) + QLatin1Char('=') + segment(item.second));
    return pairs.join(QLatin1Char('&'));
}

} // namespace Api

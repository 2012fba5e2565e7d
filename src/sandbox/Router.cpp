#include "Router.h"

#include <QUrl>

#include <algorithm>

namespace Sandbox {

namespace {
bool isPlaceholder(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}
} // namespace

void Router::add(const QByteArray &method, const QString &pattern, const QStringList &requiredScopes, Handler handler)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    route.requiredScopes = requiredScopes;
    route.handler = std::move(handler);
    route.literalCount = int(std::count_if(route.segments.cbegin(), route.segments.cend(),
                                           [](const QString &s) { return !isPlaceholder(s); }));
    m_routes.push_back(std::move(route));
    // Most specific first: more literal segments beat placeholders.
    std::stable_sort(m_routes.begin(), m_routes.end(),
                     [](const Route &a, const Route &b) { return a.literalCount > b.literalCount; });
}

Router::Match Router::match(const QByteArray &method, const QStringList &decodedSegments) const
{
    Match result;
    for (const Route &route : m_routes) {
        if (route.segments.size() != decodedSegments.size())
            continue;
        QStringList params;
        bool ok = true;
        for (int i = 0; i < route.segments.size() && ok; ++i) {
            const QString &expected = route.segments.at(i);
            if (isPlaceholder(expected)) {
                if (decodedSegments.at(i).isEmpty())
                    ok = false;
                else
                    params.append(decodedSegments.at(i));
            } else {
                ok = expected == decodedSegments.at(i);
            }
        }
        if (!ok)
            continue;
        if (route.method != method) {
            result.pathKnown = true;
            continue;
        }
        result.route = &route;
        result.params = params;
        return result;
    }
    return result;
}

QStringList Router::splitPath(const QString &encodedPath)
{
    QStringList segments;
    const auto parts = encodedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    segments.reserve(parts.size());
    for (const QString &part : parts)
        segments.append(QUrl::fromPercentEncoding(part.toUtf8()));
    return segments;
}

} // namespace Sandbox

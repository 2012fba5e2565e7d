#pragma once

#include "SandboxReply.h"
#include "SandboxRequest.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace Sandbox {

// Maps "METHOD /path/{param}/..." to handlers. Literal segments win over
// placeholders, so /organizations/name/{name} is not taken for an id.
class Router final
{
public:
    using Handler = std::function<SandboxReply(const SandboxRequest &)>;

    struct Route
    {
        QByteArray method;
        QString pattern;            // "/api/v2/organizations/{id}/members", also the stats key
        QStringList segments;
        QStringList requiredScopes; // any one of them suffices; empty = no token needed
        Handler handler;
        int literalCount = 0;
    };

    struct Match
    {
        const Route *route = nullptr;
        QStringList params;
        bool pathKnown = false;     // some route has this path, but not this method
    };

    void add(const QByteArray &method, const QString &pattern, const QStringList &requiredScopes, Handler handler);
    Match match(const QByteArray &method, const QStringList &decodedSegments) const;

    static QStringList splitPath(const QString &encodedPath);
    const std::vector<Route> &routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};

} // namespace Sandbox

#include "TenantSeed.h"

#include "FaultPlan.h"

#include <QJsonArray>

namespace TenantSeed {

QString createOrganization(SandboxFixture &sandbox, const QString &name)
{
    const auto r = sandbox.call("POST", QStringLiteral("/api/v2/organizations"),
                                QJsonObject{{QStringLiteral("name"), name}});
    return r.object().value(QStringLiteral("id")).toString();
}

QStringList createUsers(SandboxFixture &sandbox, int count, const QString &prefix)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const auto r = sandbox.call(
            "POST", QStringLiteral("/api/v2/users"),
            QJsonObject{{QStringLiteral("connection"), QStringLiteral("Username-Password-Authentication")},
                        {QStringLiteral("email"), QStringLiteral("%1.%2@example.com").arg(prefix).arg(i)},
                        {QStringLiteral("name"), QStringLiteral("%1 %2").arg(prefix).arg(i)},
                        {QStringLiteral("password"), QStringLiteral("Correct-Horse-42!")}});
        const QString id = r.object().value(QStringLiteral("user_id")).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

QString createRole(SandboxFixture &sandbox, const QString &name)
{
    const auto r = sandbox.call("POST", QStringLiteral("/api/v2/roles"),
                                QJsonObject{{QStringLiteral("name"), name},
                                            {QStringLiteral("description"), QStringLiteral("test role")}});
    return r.object().value(QStringLiteral("id")).toString();
}

QString createClient(SandboxFixture &sandbox, const QString &name)
{
    const auto r = sandbox.call("POST", QStringLiteral("/api/v2/clients"),
                                QJsonObject{{QStringLiteral("name"), name},
                                            {QStringLiteral("app_type"), QStringLiteral("regular_web")},
                                            {QStringLiteral("organization_usage"), QStringLiteral("allow")},
                                            {QStringLiteral("initiate_login_uri"),
                                             QStringLiteral("https://app.example.com/login")}});
    return r.object().value(QStringLiteral("client_id")).toString();
}

QString connectionId(SandboxFixture &sandbox, const QString &name)
{
    const auto r = sandbox.call("GET", QStringLiteral("/api/v2/connections?name=") + name);
    const QJsonArray list = r.json.isArray() ? r.array() : r.object().value(QStringLiteral("connections")).toArray();
    for (const QJsonValue &value : list) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject().value(QStringLiteral("id")).toString();
    }
    return {};
}

QJsonObject stats(SandboxFixture &sandbox)
{
    return sandbox.call("GET", QStringLiteral("/sandbox/stats"), QByteArray(), QByteArray()).object();
}

void resetStats(SandboxFixture &sandbox)
{
    sandbox.call("DELETE", QStringLiteral("/sandbox/stats"), QByteArray(), QByteArray());
}

int requests(const QJsonObject &stats, const QString &route)
{
    return stats.value(QStringLiteral("requests")).toObject().value(route).toInt();
}

int responses(const QJsonObject &stats, int status)
{
    return stats.value(QStringLiteral("responses")).toObject().value(QString::number(status)).toInt();
}

int faults(const QJsonObject &stats, const QString &fault)
{
    return stats.value(QStringLiteral("faults")).toObject().value(fault).toInt();
}

bool setFaults(SandboxFixture &sandbox, const QString &spec, const QString &path, quint32 seed)
{
    const auto r = sandbox.call("PUT", QStringLiteral("/sandbox/faults"),
                                QJsonDocument(QJsonObject{{QStringLiteral("faults"), spec},
                                                          {QStringLiteral("path"), path},
                                                          {QStringLiteral("seed"), qint64(seed)}})
                                    .toJson(QJsonDocument::Compact),
                                QByteArray());
    return r.status == 204;
}

quint32 seedFor(const QString &spec, const QStringList &wanted)
{
    for (quint32 seed = 1; seed < 100000; ++seed) {
        Sandbox::FaultPlan plan;
        plan.parse(spec);
        plan.setSeed(seed);
        bool match = true;
        for (const QString &name : wanted) {
            const auto fault = plan.draw(QStringLiteral("/api/v2/x"));
            const QString drawn = fault == Sandbox::FaultPlan::Fault::None ? QStringLiteral("none")
                                                                           : Sandbox::FaultPlan::name(fault);
            if (drawn != name) {
                match = false;
                break;
            }
        }
        if (match)
            return seed;
    }
    return 0;
}

} // namespace TenantSeed

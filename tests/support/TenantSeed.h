#pragma once

#include "SandboxFixture.h"

#include <QJsonObject>
#include <QStringList>

// Builds tenant data for API tests through the sandbox's own HTTP API (the
// fixture's synchronous client), and reads its statistics and faults.
namespace TenantSeed {

QString createOrganization(SandboxFixture &sandbox, const QString &name);
// Users in the default database connection; returns their user ids (auth0|...).
QStringList createUsers(SandboxFixture &sandbox, int count, const QString &prefix);
QString createRole(SandboxFixture &sandbox, const QString &name);
// An application that allows organizations and has a login route, as invitations need.
QString createClient(SandboxFixture &sandbox, const QString &name);
QString connectionId(SandboxFixture &sandbox, const QString &name = QStringLiteral("Username-Password-Authentication"));

QJsonObject stats(SandboxFixture &sandbox);
void resetStats(SandboxFixture &sandbox);
// How many requests a route got, e.g. "POST /api/v2/organizations/{id}/members".
int requests(const QJsonObject &stats, const QString &route);
int responses(const QJsonObject &stats, int status);
int faults(const QJsonObject &stats, const QString &fault);
bool setFaults(SandboxFixture &sandbox, const QString &spec, const QString &path = {}, quint32 seed = 1);

// A FaultPlan seed whose first draws for spec are exactly `wanted` (fault
// names as FaultPlan::name gives them, "none" for no fault).
quint32 seedFor(const QString &spec, const QStringList &wanted);

} // namespace TenantSeed

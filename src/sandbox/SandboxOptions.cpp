#include "SandboxOptions.h"

#include "FaultPlan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace Sandbox {

QStringList SandboxOptions::allScopes()
{
    return {
        QStringLiteral("read:organizations"),
        QStringLiteral("read:organizations_summary"),
        QStringLiteral("create:organizations"),
        QStringLiteral("update:organizations"),
        QStringLiteral("delete:organizations"),
        QStringLiteral("read:organization_connections"),
        QStringLiteral("create:organization_connections"),
        QStringLiteral("update:organization_connections"),
        QStringLiteral("delete:organization_connections"),
        QStringLiteral("read:organization_members"),
        QStringLiteral("create:organization_members"),
        QStringLiteral("delete:organization_members"),
        QStringLiteral("read:organization_member_roles"),
        QStringLiteral("create:organization_member_roles"),
        QStringLiteral("delete:organization_member_roles"),
        QStringLiteral("read:organization_invitations"),
        QStringLiteral("create:organization_invitations"),
        QStringLiteral("delete:organization_invitations"),
        QStringLiteral("read:organization_client_grants"),
        QStringLiteral("read:roles"),
        QStringLiteral("create:roles"),
        QStringLiteral("delete:roles"),
        QStringLiteral("read:users"),
        QStringLiteral("create:users"),
        QStringLiteral("delete:users"),
        QStringLiteral("read:clients"),
        QStringLiteral("create:clients"),
        QStringLiteral("delete:clients"),
        QStringLiteral("read:connections"),
        QStringLiteral("create:connections"),
        QStringLiteral("delete:connections"),
        QStringLiteral("read:tenant_settings"),
        QStringLiteral("update:tenant_settings"),
    };
}

void SandboxOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("port"), QCoreApplication::translate("Sandbox", "Port on 127.0.0.1 (0 picks a free one)."),
          QStringLiteral("N"), QStringLiteral("0") },
        { QStringLiteral("seed"), QCoreApplication::translate("Sandbox", "Initial data: demo or empty."),
          QStringLiteral("NAME"), QStringLiteral("demo") },
        { QStringLiteral("scale"),
          QCoreApplication::translate("Sandbox", "Add an organization \"scale-test\" with N members."),
          QStringLiteral("N"), QStringLiteral("0") },
        { QStringLiteral("random-seed"), QCoreApplication::translate("Sandbox", "Seed for ids and generated data."),
          QStringLiteral("N"), QStringLiteral("1") },
        { QStringLiteral("rate-limit"),
          QCoreApplication::translate("Sandbox", "Token-bucket rate limit on /api/v2, e.g. 50:16."),
          QStringLiteral("BURST:PER_SECOND") },
        { QStringLiteral("faults"),
          QCoreApplication::translate("Sandbox",
                                      "Inject faults, e.g. 500=0.05,503=0.05,drop=0.02,lost=0.02,delay=0.1:300,"
                                      "hang=0.01,truncate=0.02,malformed=0.02,html=0.02."),
          QStringLiteral("SPEC") },
        { QStringLiteral("fault-seed"), QCoreApplication::translate("Sandbox", "Seed for fault injection."),
          QStringLiteral("N"), QStringLiteral("42") },
        { QStringLiteral("client-id"), QCoreApplication::translate("Sandbox", "Client id of the sandbox's M2M app."),
          QStringLiteral("ID"), QStringLiteral("sandbox") },
        { QStringLiteral("client-secret"),
          QCoreApplication::translate("Sandbox",
                                      "Client secret of the sandbox's M2M app (or ORGCONSOLE_SANDBOX_CLIENT_SECRET)."),
          QStringLiteral("SECRET") },
        { QStringLiteral("scopes"),
          QCoreApplication::translate("Sandbox",
                                      "Scopes granted to that app, space or comma separated (default: all)."),
          QStringLiteral("SCOPES") },
        { QStringLiteral("token-ttl"), QCoreApplication::translate("Sandbox", "Lifetime of access tokens in seconds."),
          QStringLiteral("SECONDS"), QStringLiteral("86400") },
        { QStringLiteral("quiet"), QCoreApplication::translate("Sandbox", "Do not log requests on stderr.") },
    });
}

QString SandboxOptions::readFrom(const QCommandLineParser &parser)
{
    bool ok = true;
    const uint portValue = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || portValue > 65535)
        return QCoreApplication::translate("Sandbox", "--port takes a number from 0 to 65535.");
    port = quint16(portValue);

    seed = parser.value(QStringLiteral("seed"));
    if (seed != QLatin1String("demo") && seed != QLatin1String("empty"))
        return QCoreApplication::translate("Sandbox", "--seed takes demo or empty.");

    scale = parser.value(QStringLiteral("scale")).toInt(&ok);
    if (!ok || scale < 0 || scale > 2000000)
        return QCoreApplication::translate("Sandbox", "--scale takes a number from 0 to 2000000.");

    randomSeed = parser.value(QStringLiteral("random-seed")).toUInt(&ok);
    if (!ok)
        return QCoreApplication::translate("Sandbox", "--random-seed takes a non-negative number.");

    if (parser.isSet(QStringLiteral("rate-limit"))) {
        const QStringList parts = parser.value(QStringLiteral("rate-limit")).split(QLatin1Char(':'));
        bool okBurst = false;
        bool okRate = false;
        if (parts.size() == 2) {
            rateBurst = parts.at(0).toInt(&okBurst);
            ratePerSecond = parts.at(1).toDouble(&okRate);
        }
        if (!okBurst || !okRate || rateBurst < 1 || ratePerSecond <= 0)
            return QCoreApplication::translate("Sandbox", "--rate-limit takes BURST:PER_SECOND, e.g. 50:16.");
    }

    faults = parser.value(QStringLiteral("faults"));
    if (!faults.isEmpty()) {
        FaultPlan probe;
        const QString problem = probe.parse(faults);
        if (!problem.isEmpty())
            return QCoreApplication::translate("Sandbox", "--faults: %1").arg(problem);
    }
    faultSeed = parser.value(QStringLiteral("fault-seed")).toUInt(&ok);
    if (!ok)
        return QCoreApplication::translate("Sandbox", "--fault-seed takes a non-negative number.");

    clientId = parser.value(QStringLiteral("client-id"));
    // Prefer the environment so the secret need not sit on a command line.
    const QString envSecret
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("ORGCONSOLE_SANDBOX_CLIENT_SECRET"));
    if (parser.isSet(QStringLiteral("client-secret")))
        clientSecret = parser.value(QStringLiteral("client-secret"));
    else if (!envSecret.isEmpty())
        clientSecret = envSecret;
    if (clientId.isEmpty() || clientSecret.isEmpty())
        return QCoreApplication::translate("Sandbox", "The client id and secret must not be empty.");

    if (parser.isSet(QStringLiteral("scopes"))) {
        const QString raw = parser.value(QStringLiteral("scopes"));
        scopes = raw.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    }

    tokenTtlSecs = parser.value(QStringLiteral("token-ttl")).toInt(&ok);
    if (!ok || tokenTtlSecs < 1)
        return QCoreApplication::translate("Sandbox", "--token-ttl takes a positive number of seconds.");

    requestLog = !parser.isSet(QStringLiteral("quiet"));
    return {};
}

} // namespace Sandbox

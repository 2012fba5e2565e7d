#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Sandbox {

// How a sandbox tenant is started: from orgconsole-sandbox's command line,
// from `orgconsole --demo`, or directly by tests and benchmarks.
struct SandboxOptions
{
    quint16 port = 0;                  // 0: any free port
    QString seed = QStringLiteral("demo");   // "demo" or "empty"
    int scale = 0;                     // members of the extra "scale-test" organization
    quint32 randomSeed = 1;            // ids and generated data
    int rateBurst = 0;                 // 0: no rate limit
    double ratePerSecond = 0;
    QString faults;                    // see FaultPlan::parse
    quint32 faultSeed = 42;
    QString clientId = QStringLiteral("sandbox");
    QString clientSecret = QStringLiteral("sandbox-secret");
    QStringList scopes;                // empty: every scope the sandbox knows
    int tokenTtlSecs = 86400;
    bool requestLog = true;

    static QStringList allScopes();

    // Adds the sandbox's options to a parser, and reads them back.
    static void addTo(QCommandLineParser &parser);
    // Returns an empty string or a message that says what is wrong.
    QString readFrom(const QCommandLineParser &parser);
};

} // namespace Sandbox

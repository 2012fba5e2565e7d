// orgconsole-sandbox: the sandbox tenant as a loopback server.
#include "SandboxOptions.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orgconsole-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORGCONSOLE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Sandbox", "A local emulator of the Auth0 Management API v2 for OrgConsole's demo, tests and benchmarks."));
    parser.addHelpOption();
    // Our own --version, laid out like orgconsole's, so a bug report can quote
    // the Qt actually loaded (a package may run on a newer Qt than it was built with).
    const QCommandLineOption versionOption({ QStringLiteral("v"), QStringLiteral("version") },
                                           QCoreApplication::translate("Sandbox", "Displays version information."));
    parser.addOption(versionOption);
    Sandbox::SandboxOptions::addTo(parser);
    parser.process(app);

    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "orgconsole-sandbox " << QCoreApplication::applicationVersion() << '\n'
                            << "Qt " << qVersion() << " (built with " << QT_VERSION_STR << ")\n"
                            << "Keychain: not used\n";
        return 0;
    }

    Sandbox::SandboxOptions options;
    const QString problem = options.readFrom(parser);
    if (!problem.isEmpty()) {
        QTextStream(stderr) << problem << '\n';
        return 2;
    }

    Sandbox::SandboxServer server(options);
    if (server.start() == 0) {
        QTextStream(stderr)
            << QCoreApplication::translate("Sandbox", "Could not listen on 127.0.0.1:%1.").arg(options.port) << '\n';
        return 1;
    }
    // The first line on stdout tells scripts and tests where the tenant is.
    QTextStream out(stdout);
    out << "listening on " << server.baseUrl() << Qt::endl;
    return app.exec();
}

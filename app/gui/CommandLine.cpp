#include "CommandLine.h"

#include "AboutDialog.h"

#include <QTextStream>

CommandLine::CommandLine()
    : m_version({ QStringLiteral("v"), QStringLiteral("version") },
                tr("Displays the version, the Qt version and the keychain in use."))
    , m_demo(QStringLiteral("demo"), tr("Opens the built-in demo tenant."))
{
    m_parser.setApplicationDescription(tr("Desktop console for Auth0 Organizations."));
    m_parser.addHelpOption();
    m_parser.addOption(m_version);
    m_parser.addOption(m_demo);
}

bool CommandLine::asksForTextOnly(const QStringList &arguments)
{
    static const QStringList textOnly
        = { QStringLiteral("-h"),         QStringLiteral("--help"), QStringLiteral("-?"),
            QStringLiteral("--help-all"), QStringLiteral("-v"),     QStringLiteral("--version") };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        if (textOnly.contains(arguments.at(i)))
            return true;
    }
    return false;
}

int CommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
    if (m_parser.isSet(m_version)) {
        QTextStream(stdout) << AboutDialog::versionReport();
        return 0;
    }
    return -1;
}

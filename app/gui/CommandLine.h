#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

// orgconsole's command line, after QCommandLineParser's conventions: -h and
// --help, -v and --version, --demo.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Build it after the translators are installed: the option descriptions
    // are translated here.
    CommandLine();
    Q_DISABLE_COPY_MOVE(CommandLine)

    // Whether the arguments only ask for text (--help, --help-all,
    // --version). Those are answered before any window system is needed, so
    // they work over ssh, in CI and in packaging checks. Read from the raw
    // arguments because Qt's own options (-platform ...) are not known yet.
    static bool asksForTextOnly(const QStringList &arguments);

    // Parses the application's arguments. --help and mistakes print and exit
    // (QCommandLineParser::process); --version prints the version report and
    // returns 0; otherwise returns -1 to go on.
    int process(const QCoreApplication &app);

    bool demo() const { return m_parser.isSet(m_demo); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_version;
    QCommandLineOption m_demo;
};

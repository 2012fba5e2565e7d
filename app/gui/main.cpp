// orgconsole: the desktop console for Auth0 Organizations.
#include "Application.h"
#include "CommandLine.h"

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // --help and --version need no display: answer them without a window system.
    if (CommandLine::asksForTextOnly(arguments))
        return Application::answerInTerminal(argc, argv);

    Application app(argc, argv);
    const int early = app.start();
    return early >= 0 ? early : app.exec();
}

// orgconsole: the desktop console for Auth0 Organizations.
#include "Application.h"

int main(int argc, char *argv[])
{
    Application app(argc, argv);
    const int early = app.start();
    return early >= 0 ? early : app.exec();
}

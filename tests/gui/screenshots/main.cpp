// orgconsole-screenshots: opens every pane and dialog on the demo tenant and
// saves what it shows as PNG files, so the pictures in docs/ are current and
// anyone can make them again:
//   xvfb-run -a -s "-screen 0 1400x900x24" build/tests/gui/orgconsole-screenshots docs/screenshots
#include "ScreenshotTour.h"
#include "Translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("orgconsole-screenshots"));
    // English as the app speaks it, whatever this machine's language.
    Translations english;
    english.apply(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString outputDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    ScreenshotTour tour(outputDir);
    return tour.run() ? 0 : 1;
}

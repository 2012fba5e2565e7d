#pragma once

#include <QString>

#include <functional>
#include <memory>

class DemoTenant;
class MainWindow;
class TenantSession;
class QWidget;

// Walks through the window, its tabs and its dialogs on the demo tenant and
// grabs each one once what it shows has loaded. A step that does not get
// ready in time is reported and the tour goes on.
class ScreenshotTour final
{
public:
    explicit ScreenshotTour(const QString &outputDir);
    ~ScreenshotTour();
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

    // False when the demo tenant did not start or any picture failed.
    bool run();

private:
    bool start();
    void window();
    void dialogs();
    bool save(QWidget *widget, const QString &name);
    bool waitFor(const std::function<bool()> &ready, const QString &what);

    QString m_outputDir;
    std::unique_ptr<DemoTenant> m_demo;
    std::unique_ptr<TenantSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    bool m_ok = true;
};

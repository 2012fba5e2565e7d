#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

// Dialogs run modally with exec(), which does not return until they close.
// A test arms a driver first, then triggers the workflow: the driver waits
// (without blocking the event loop) for a modal widget of type T to appear
// and hands it to the test, which fills it in and accepts or rejects it.
template<typename T> void whenModal(const std::function<void(T *)> &drive, int timeoutMs = 10000)
{
    auto *timer = new QTimer;
    auto waited = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, drive, timeoutMs] {
        *waited += timer->interval();
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            drive(dialog);
        } else if (*waited > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            qWarning("whenModal: no %s appeared", T::staticMetaObject.className());
        }
    });
    timer->start();
}

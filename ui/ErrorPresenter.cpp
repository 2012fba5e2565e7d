#include "ErrorPresenter.h"

#include <QCoreApplication>
#include <QLabel>

namespace ErrorPresenter {

QString describe(const Api::ApiError &error)
{
    QString text = error.userMessage();
    if (error.kind == Api::ApiError::Kind::Http && !error.message.isEmpty() && !text.contains(error.message)) {
        const QString code = error.errorCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.errorCode);
        text += QLatin1Char('\n')
            + QCoreApplication::translate("ErrorPresenter", "Auth0 says: %1%2").arg(error.message, code);
    }
    return text;
}

void show(QLabel *banner, const Api::ApiError &error)
{
    showText(banner, describe(error));
}

void showText(QLabel *banner, const QString &text)
{
    banner->setText(text);
    banner->setAccessibleDescription(text);
    banner->setVisible(!text.isEmpty());
}

void clear(QLabel *banner)
{
    showText(banner, QString());
}

} // namespace ErrorPresenter

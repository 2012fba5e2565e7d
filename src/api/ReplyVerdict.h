#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace Api {

// What a finished reply means for the scheduler: done, failed, or worth
// another try (and which kind of wait comes first). Decides only from the
// reply and the request, so every branch is unit-tested without a network.
class ReplyVerdict final
{
public:
    enum class Action { Succeed, Fail, RetryBackoff, RetryRateLimit, RefreshToken, FollowRedirect };

    struct Facts
    {
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorString;
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QUrl url;
    };

    Action action = Action::Succeed;
    // Filled for every action but Succeed: what to report if no retry is left.
    ApiError error;
    QJsonDocument json;
    int retryAfterSecs = 0;
    qint64 resetEpochSecs = 0;
    QUrl redirectTo;

    static ReplyVerdict judge(const Facts &facts, const ApiRequest &request);

    // Network errors that happen before a request leaves: safe to repeat for any method.
    static bool neverSent(QNetworkReply::NetworkError error);
    // True when the reply carries an HTTP answer (QNAM also sets error codes for 4xx/5xx).
    static bool isHttpAnswer(const Facts &facts);
};

} // namespace Api

#include "ReplyVerdict.h"

#include <QDateTime>

namespace Api {

namespace {
QByteArray header(const ReplyVerdict::Facts &facts, const QByteArray &name)
{
    for (const auto &pair : facts.headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

int parseRetryAfter(const QByteArray &value, qint64 nowSecs)
{
    if (value.isEmpty())
        return 0;
    bool ok = false;
    const int secs = value.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, secs);
    // Retry-After may also be an HTTP date.
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    return when.isValid() ? int(std::max<qint64>(0, when.toSecsSinceEpoch() - nowSecs)) : 0;
}
} // namespace

bool ReplyVerdict::neverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

bool ReplyVerdict::isHttpAnswer(const Facts &facts)
{
    if (facts.status <= 0)
        return false;
    const int code = int(facts.networkError);
    // 0: fine; 201-299: content errors (4xx); 302: ProtocolInvalidOperationError,
    // which is how QNAM reports a 400; 401-499: server errors (5xx). The rest
    // (1-199 network and proxy, other 3xx protocol) mean the answer broke off.
    return code == 0 || (code >= 201 && code <= 299) || code == QNetworkReply::ProtocolInvalidOperationError
           || (code >= 401 && code <= 499);
}

ReplyVerdict ReplyVerdict::judge(const Facts &facts, const ApiRequest &request)
{
    ReplyVerdict verdict;
    const bool safe = request.idempotent;

    if (!isHttpAnswer(facts)) {
        const auto code = facts.networkError;
        const bool sentNot = neverSent(code);
        if (code == QNetworkReply::SslHandshakeFailedError) {
            verdict.action = Action::Fail;
            verdict.error = ApiError::make(ApiError::Kind::Tls, facts.errorString);
            return verdict;
        }
        // setTransferTimeout expiring shows up as OperationCanceledError.
        const bool timedOut = code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError;
        // ContentReSendError: QNAM wanted to re-send a one-shot body (OneShotBody) after the
        // connection closed; its own text for it is "Unknown error".
        const QString detail = code == QNetworkReply::ContentReSendError
                                   ? QStringLiteral("the connection closed before the answer arrived")
                                   : facts.errorString;
        verdict.error = ApiError::make(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network, detail);
        verdict.error.status = facts.status;
        if (safe || sentNot) {
            verdict.action = Action::RetryBackoff;
        } else {
            // The request may have reached the tenant and been carried out.
            verdict.action = Action::Fail;
            verdict.error.outcomeUnknown = true;
        }
        return verdict;
    }

    const int status = facts.status;
    if (status >= 200 && status < 300) {
        // The Management API answers JSON or nothing. Anything else with a 2xx
        // (a captive portal's page, a cut-off body) is not a success.
        if (facts.body.trimmed().isEmpty())
            return verdict;
        QJsonParseError parseError{};
        verdict.json = QJsonDocument::fromJson(facts.body, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            return verdict;
        verdict.error = ApiError::parse(QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
        verdict.error.status = status;
        // Asking again is harmless for a read; a write did happen, so it is not repeated.
        verdict.action = safe ? Action::RetryBackoff : Action::Fail;
        return verdict;
    }

    verdict.error = ApiError::fromHttp(status, facts.body);
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    verdict.retryAfterSecs = parseRetryAfter(header(facts, "Retry-After"), nowSecs);
    verdict.resetEpochSecs = header(facts, "X-RateLimit-Reset").toLongLong();

    if (status >= 300 && status < 400) {
        const QUrl location = facts.url.resolved(QUrl::fromEncoded(header(facts, "Location")));
        const bool keepsMethod = status == 307 || status == 308 || request.method == "GET";
        verdict.action = location.isValid() && keepsMethod ? Action::FollowRedirect : Action::Fail;
        verdict.redirectTo = location;
        verdict.error.message = QStringLiteral("redirect to %1").arg(location.toDisplayString(QUrl::RemoveQuery));
        return verdict;
    }
    if (status == 401) {
        verdict.action = Action::RefreshToken;
        return verdict;
    }
    if (status == 429) {
        // The tenant refused before doing anything: safe for every method.
        verdict.action = Action::RetryRateLimit;
        return verdict;
    }
    if (status == 408 || status >= 500) {
        if (safe) {
            verdict.action = Action::RetryBackoff;
        } else {
            verdict.action = Action::Fail;
            verdict.error.outcomeUnknown = status != 501;
        }
        return verdict;
    }
    verdict.action = Action::Fail;
    return verdict;
}

} // namespace Api

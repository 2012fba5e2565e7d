#include "TokenProvider.h"

#include "AuthLog.h"
#include "Clock.h"
#include "Jwt.h"
#include "TokenStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace Auth {

namespace {
constexpr int kMaxRetryAfterMs = 10000;

QByteArray stripBearer(const QByteArray &pasted)
{
    QByteArray token = pasted.trimmed();
    if (token.startsWith("Bearer ") || token.startsWith("bearer "))
        token = token.mid(7).trimmed();
    return token;
}
} // namespace

TokenProvider::TokenProvider(const TenantProfile &profile, QNetworkAccessManager *network, TokenStore *store,
                             Clock *clock, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_network(network)
    , m_store(store)
    , m_clock(clock ? clock : &Clock::system())
{
}

TokenProvider::~TokenProvider() = default;

void TokenProvider::setClientSecret(const QByteArray &secret, bool remember)
{
    m_secret = secret;
    m_secretChecked = true;
    if (m_pasted) {
        m_pasted = false;
        clearToken();
    }
    m_persistTokens = remember;
    if (remember && m_store) {
        m_store->write(m_profile.id, TokenStore::Kind::ClientSecret, secret, this, [](bool persisted) {
            if (!persisted)
                qCInfo(lcAuth) << "client secret kept for this session only";
        });
        // A token fetched before the secret was remembered is worth keeping now.
        if (!m_token.isEmpty())
            m_store->write(m_profile.id, TokenStore::Kind::CachedToken, m_token.serialize(), this, [](bool) {});
    }
}

AuthFailure TokenProvider::usePastedToken(const QByteArray &pasted, bool remember)
{
    AuthFailure failure;
    const QByteArray value = stripBearer(pasted);
    const Jwt jwt = Jwt::parse(value);
    if (!jwt.isValid()) {
        failure.reason = AuthFailure::Reason::PastedMalformed;
        failure.detail = jwt.problem();
        return failure;
    }
    const qint64 nowMs = m_clock->nowMs();
    if (jwt.isExpiredAt(nowMs / 1000)) {
        failure.reason = AuthFailure::Reason::PastedExpired;
        failure.expiredAtSecs = jwt.expiresAt();
        return failure;
    }
    AccessToken token;
    token.value = value;
    token.expiresAtMs = jwt.expiresAt() * 1000;
    token.obtainedAtMs = jwt.issuedAt() > 0 ? jwt.issuedAt() * 1000 : nowMs;
    token.scopes = jwt.scopes();
    token.source = AccessToken::Source::Pasted;
    m_pasted = true;
    m_rejected.clear();
    m_cacheChecked = true;
    adopt(token, remember);
    return failure;
}

void TokenProvider::clearToken()
{
    if (m_token.isEmpty())
        return;
    m_token = {};
    emit tokenChanged();
}

Capabilities TokenProvider::capabilities() const
{
    if (m_token.isEmpty())
        return Capabilities();
    if (m_token.scopes.isEmpty() && m_pasted)
        return Capabilities::unknown();
    return Capabilities(m_token.scopes);
}

void TokenProvider::requestToken(QObject *context, TokenCallback done)
{
    const qint64 now = m_clock->nowMs();
    if (!m_token.needsRefreshAt(now) || (m_pasted && !m_token.isEmpty() && !m_token.isExpiredAt(now))) {
        // A pasted token cannot be renewed: use it up to its last second.
        done(m_token, {});
        return;
    }
    m_waiters.append(Waiter { context, std::move(done) });
    if (!m_busy) {
        m_busy = true;
        obtain();
    }
}

void TokenProvider::invalidate(const QByteArray &rejectedToken)
{
    if (rejectedToken.isEmpty() || rejectedToken != m_token.value)
        return; // already replaced by a newer one
    qCInfo(lcAuth) << "the tenant rejected the current token; it will not be used again";
    m_rejected = rejectedToken;
    m_cacheChecked = true;
    if (m_store)
        m_store->remove(m_profile.id, TokenStore::Kind::CachedToken, this, []() {});
    clearToken();
}

void TokenProvider::obtain()
{
    if (m_pasted) {
        AuthFailure failure;
        if (!m_rejected.isEmpty() && m_token.isEmpty()) {
            failure.reason = AuthFailure::Reason::PastedRejected;
        } else {
            failure.reason = AuthFailure::Reason::PastedExpired;
            failure.expiredAtSecs = m_token.expiresAtMs / 1000;
        }
        resolve(failure);
        return;
    }
    if (!m_cacheChecked && m_store) {
        m_cacheChecked = true;
        m_store->read(m_profile.id, TokenStore::Kind::CachedToken, this, [this](const TokenStore::ReadResult &cached) {
            const AccessToken token = AccessToken::deserialize(cached.data);
            const qint64 nowMs = m_clock->nowMs();
            if (cached.found && !token.isEmpty() && token.value != m_rejected && !token.needsRefreshAt(nowMs)) {
                qCInfo(lcAuth) << "using the cached token of profile" << m_profile.id;
                m_pasted = token.source == AccessToken::Source::Pasted;
                adopt(token, false);
                resolve({});
                return;
            }
            loadSecretThenFetch();
        });
        return;
    }
    loadSecretThenFetch();
}

void TokenProvider::loadSecretThenFetch()
{
    if (!m_secret.isEmpty() || m_secretChecked || !m_store) {
        fetch(0);
        return;
    }
    m_secretChecked = true;
    m_store->read(m_profile.id, TokenStore::Kind::ClientSecret, this, [this](const TokenStore::ReadResult &secret) {
        if (secret.found)
            m_secret = secret.data;
        fetch(0);
    });
}

void TokenProvider::fetch(int attempt)
{
    if (m_secret.isEmpty() || m_profile.clientId.isEmpty()) {
        AuthFailure failure;
        failure.reason = AuthFailure::Reason::MissingSecret;
        resolve(failure);
        return;
    }
    if (!m_network) {
        AuthFailure failure;
        failure.reason = AuthFailure::Reason::Network;
        failure.detail = QStringLiteral("no network access");
        resolve(failure);
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_profile.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), QString::fromUtf8(m_secret));
    form.addQueryItem(QStringLiteral("audience"), m_profile.effectiveAudience());
    // QUrlQuery leaves '+' alone, which a form decoder reads as a space.
    QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8();
    body.replace('+', "%2B");

    QNetworkRequest request(m_profile.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const qint64 started = m_clock->nowMs();
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, attempt, started]() { onTokenReply(reply, attempt, started); });
}

void TokenProvider::onTokenReply(QNetworkReply *reply, int attempt, qint64 startedMs)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    qCInfo(lcAuth).noquote() << QStringLiteral("POST %1 %2 %3 ms")
                                    .arg(m_profile.tokenUrl().path())
                                    .arg(status)
                                    .arg(m_clock->nowMs() - startedMs);

    AuthFailure failure;
    failure.status = status;
    failure.code = json.value(QStringLiteral("error")).toString();
    failure.detail = json.value(QStringLiteral("error_description")).toString();

    if (status == 0 || (reply->error() != QNetworkReply::NoError && status >= 200 && status < 300)) {
        const auto error = reply->error();
        failure.detail = reply->errorString();
        if (error == QNetworkReply::SslHandshakeFailedError) {
            failure.reason = AuthFailure::Reason::Tls;
            resolve(failure);
            return;
        }
        failure.reason = error == QNetworkReply::OperationCanceledError ? AuthFailure::Reason::Timeout
                                                                        : AuthFailure::Reason::Network;
        if (!retryLater(attempt, m_options.retryDelayMs))
            resolve(failure);
        return;
    }
    if (status == 200) {
        const QJsonValue accessToken = json.value(QStringLiteral("access_token"));
        if (!accessToken.isString() || accessToken.toString().isEmpty()) {
            failure.reason = AuthFailure::Reason::Server;
            failure.detail = QStringLiteral("the answer holds no access_token");
            resolve(failure);
            return;
        }
        AccessToken token;
        token.value = accessToken.toString().toLatin1();
        token.obtainedAtMs = m_clock->nowMs();
        token.source = AccessToken::Source::ClientCredentials;
        const Jwt jwt = Jwt::parse(token.value);
        // expires_in is relative, so a skewed local clock does not matter; the
        // token's exp (the tenant's clock) is only the fallback.
        const QJsonValue expiresIn = json.value(QStringLiteral("expires_in"));
        if (expiresIn.isDouble() && expiresIn.toDouble() > 0)
            token.expiresAtMs = token.obtainedAtMs + qint64(expiresIn.toDouble() * 1000);
        else if (jwt.isValid() && jwt.hasExpiry())
            token.expiresAtMs = jwt.expiresAt() * 1000;
        else
            token.expiresAtMs = token.obtainedAtMs + 86400LL * 1000;
        // Prefer the answer's scope (documented for Management API tokens), else the claim.
        const QString scope = json.value(QStringLiteral("scope")).toString();
        token.scopes = !scope.isEmpty() ? scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                        : (jwt.isValid() ? jwt.scopes() : QStringList());
        ++m_fetchCount;
        m_rejected.clear();
        adopt(token, m_persistTokens);
        resolve({});
        return;
    }
    if (status == 401) {
        failure.reason = AuthFailure::Reason::BadCredentials;
    } else if (status == 403) {
        failure.reason = AuthFailure::Reason::NotAuthorized;
    } else if (status == 429) {
        failure.reason = AuthFailure::Reason::RateLimited;
        const int retryAfterMs = reply->rawHeader("Retry-After").toInt() * 1000;
        if (retryAfterMs <= kMaxRetryAfterMs && retryLater(attempt, std::max(retryAfterMs, m_options.retryDelayMs)))
            return;
    } else {
        failure.reason = AuthFailure::Reason::Server;
        if (failure.detail.isEmpty())
            failure.detail = QStringLiteral("HTTP %1").arg(status);
        if (status >= 500 && retryLater(attempt, m_options.retryDelayMs))
            return;
    }
    qCWarning(lcAuth) << "token request failed:" << status << failure.code << failure.detail;
    resolve(failure);
}

bool TokenProvider::retryLater(int attempt, int delayMs)
{
    // A client-credentials request is safe to repeat; once is enough for a blip.
    if (attempt >= 1)
        return false;
    qCInfo(lcAuth) << "token request failed, trying again in" << delayMs << "ms";
    m_clock->callAfter(delayMs, this, [this, attempt]() { fetch(attempt + 1); });
    return true;
}

void TokenProvider::adopt(const AccessToken &token, bool cache)
{
    m_token = token;
    if (cache && m_store)
        m_store->write(m_profile.id, TokenStore::Kind::CachedToken, token.serialize(), this, [](bool) {});
    emit tokenChanged();
}

void TokenProvider::resolve(const AuthFailure &failure)
{
    m_busy = false;
    if (failure.isFailure())
        emit failed(failure);
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(failure.isFailure() ? AccessToken() : m_token, failure);
    }
}

} // namespace Auth

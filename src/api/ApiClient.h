#pragma once

#include "ApiError.h"
#include "ApiRequest.h"
#include "ApiResponse.h"
#include "Backoff.h"
#include "RateBudget.h"

#include <QObject>
#include <QUrl>

#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace Auth {
class Clock;
class TokenProvider;
} // namespace Auth

namespace Api {

class AccessManager;

// The scheduler that owns every Management API request in flight. It bounds
// concurrency, puts interactive requests ahead of bulk ones, paces from the
// rate-limit headers, waits out 429s, retries failures with capped jittered
// backoff where repeating is safe, refreshes the token once on 401, and
// reports everything else as an ApiError. Resource classes (OrganizationsApi,
// MembersApi, ...) are its only callers; they turn responses into types.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    struct Settings
    {
        int maxConcurrent = 4;
        int maxAttempts = 4;            // sends of one request on 5xx, resets, timeouts
        int baseBackoffMs = 500;
        int maxBackoffMs = 10000;
        int maxRateLimitWaits = 8;      // 429s for one request before giving up
        int maxRateLimitWaitMs = 120000;  // a longer Retry-After fails at once
        int transferTimeoutMs = 30000;
        int bulkReserve = 2;
        quint32 jitterSeed = 0;
    };

    using Handler = std::function<void(const ApiResponse &, const ApiError &)>;

    // The access manager must already have the tenant set (setTenant).
    ApiClient(AccessManager *access, Auth::TokenProvider *tokens, Auth::Clock *clock = nullptr,
              QObject *parent = nullptr);
    ~ApiClient() override;

    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }

    // Queues a request. done runs once, unless context is destroyed first or the
    // request is cancelled. Returns an id for cancel().
    quint64 send(const ApiRequest &request, QObject *context, Handler done);
    void cancel(quint64 id);
    void cancelAll();

    int queued() const;
    int inFlight() const { return m_active; }
    bool isIdle() const { return m_calls.empty(); }
    const RateBudget &budget() const { return m_budget; }
    Auth::TokenProvider *tokens() const { return m_tokens; }
    AccessManager *accessManager() const { return m_access; }
    QUrl apiBaseUrl() const;

signals:
    // Sending is held until untilMs (epoch) by a 429 or an empty bucket.
    void waitingForRateLimit(qint64 untilMs);
    void requestFinished(const QByteArray &method, const QString &path, int status, qint64 elapsedMs);
    void idle();

private:
    struct Call;
    enum class Queue { Front, Back };

    void enqueue(Call &call, Queue where);
    void pump();
    void armPumpTimer(qint64 delayMs);
    void start(Call &call);
    void dispatch(Call &call, const QByteArray &token);
    void onFinished(quint64 id);
    void retryAfter(Call &call, int delayMs, const QString &why);
    void complete(quint64 id, ApiResponse response, ApiError error);
    Call *find(quint64 id);
    int sentAfter(const Call &call) const;

    AccessManager *m_access;
    Auth::TokenProvider *m_tokens;
    Auth::Clock *m_clock;
    Settings m_settings;
    RateBudget m_budget;
    Backoff m_backoff;

    std::map<quint64, std::unique_ptr<Call>> m_calls;
    std::deque<quint64> m_interactive;
    std::deque<quint64> m_bulk;
    quint64 m_nextId = 1;
    quint64 m_sendSeq = 0;
    int m_active = 0;
    bool m_pumping = false;
    qint64 m_timerDueMs = 0;
    quint64 m_timerGeneration = 0;
};

} // namespace Api

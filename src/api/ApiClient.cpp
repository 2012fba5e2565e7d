#include "ApiClient.h"

#include "AccessManager.h"
#include "ApiLog.h"
#include "ApiPath.h"
#include "OneShotBody.h"
#include "ReplyVerdict.h"
#include "auth/Clock.h"
#include "auth/TokenProvider.h"

#include <QNetworkReply>
#include <QPointer>

namespace Api {

struct ApiClient::Call
{
    enum class State { Queued, WaitingForToken, InFlight, Delayed };

    quint64 id = 0;
    ApiRequest request;
    QUrl url;
    QPointer<QObject> context;
    bool hasContext = false;
    QMetaObject::Connection contextWatch;
    Handler done;
    State state = State::Queued;

    int attempts = 0;
    int rateLimitWaits = 0;
    int redirects = 0;
    bool refreshed = false;
    QPointer<QNetworkReply> reply;
    QByteArray tokenUsed;
    QString requestId;
    quint64 sendSeq = 0;
    qint64 createdMs = 0;
    qint64 sentMs = 0;
};

ApiClient::ApiClient(AccessManager *access, Auth::TokenProvider *tokens, Auth::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_tokens(tokens)
    , m_clock(clock ? clock : &Auth::Clock::system())
{
    setSettings(Settings{});
}

ApiClient::~ApiClient()
{
    // Replies are children of the access manager, which may outlive us: stop them quietly.
    for (auto &entry : m_calls) {
        if (QNetworkReply *reply = entry.second->reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        QObject::disconnect(entry.second->contextWatch);
    }
}

void ApiClient::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_settings.maxConcurrent = std::max(1, settings.maxConcurrent);
    m_settings.maxAttempts = std::max(1, settings.maxAttempts);
    m_backoff = Backoff(settings.baseBackoffMs, settings.maxBackoffMs, settings.jitterSeed);
    m_budget.setBulkReserve(settings.bulkReserve);
}

QUrl ApiClient::apiBaseUrl() const
{
    return QUrl(m_access->tenant().toString() + QStringLiteral("/api/v2"));
}

int ApiClient::queued() const
{
    return int(m_interactive.size() + m_bulk.size());
}

ApiClient::Call *ApiClient::find(quint64 id)
{
    const auto it = m_calls.find(id);
    return it == m_calls.end() ? nullptr : it->second.get();
}

quint64 ApiClient::send(const ApiRequest &request, QObject *context, Handler done)
{
    auto call = std::make_unique<Call>();
    call->id = m_nextId++;
    call->request = request;
    call->url = QUrl(apiBaseUrl().toString() + request.path);
    const QString query = ApiPath::encodeQuery(request.query);
    if (!query.isEmpty())
        call->url.setQuery(query, QUrl::StrictMode);
    call->context = context;
    call->hasContext = context != nullptr;
    call->done = std::move(done);
    call->createdMs = m_clock->nowMs();
    if (context) {
        const quint64 id = call->id;
        call->contextWatch = connect(context, &QObject::destroyed, this, [this, id]() { cancel(id); });
    }
    Call &ref = *call;
    m_calls.emplace(call->id, std::move(call));
    enqueue(ref, Queue::Back);
    pump();
    return ref.id;
}

void ApiClient::enqueue(Call &call, Queue where)
{
    call.state = Call::State::Queued;
    auto &queue = call.request.priority == Priority::Interactive ? m_interactive : m_bulk;
    if (where == Queue::Front)
        queue.push_front(call.id);
    else
        queue.push_back(call.id);
}

void ApiClient::cancel(quint64 id)
{
    Call *call = find(id);
    if (!call)
        return;
    switch (call->state) {
    case Call::State::Queued: {
        auto &queue = call->request.priority == Priority::Interactive ? m_interactive : m_bulk;
        queue.erase(std::remove(queue.begin(), queue.end(), id), queue.end());
        break;
    }
    case Call::State::InFlight:
        if (QNetworkReply *reply = call->reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        --m_active;
        break;
    case Call::State::WaitingForToken:
        --m_active;
        break;
    case Call::State::Delayed:
        break;
    }
    QObject::disconnect(call->contextWatch);
    m_calls.erase(id);
    QMetaObject::invokeMethod(this, [this]() { pump(); }, Qt::QueuedConnection);
}

void ApiClient::cancelAll()
{
    std::vector<quint64> ids;
    for (const auto &entry : m_calls)
        ids.push_back(entry.first);
    for (quint64 id : ids)
        cancel(id);
}

void ApiClient::pump()
{
    // Callbacks may send new requests from inside pump(); one loop at a time.
    if (m_pumping)
        return;
    m_pumping = true;
    while (m_active < m_settings.maxConcurrent) {
        const bool interactive = !m_interactive.empty();
        auto &queue = interactive ? m_interactive : m_bulk;
        if (queue.empty())
            break;
        // Until an answer tells the bucket size, one request at a time: a small
        // bucket (the free plan's is 2) would otherwise take a burst of 429s.
        if (!m_budget.isKnown() && m_active > 0)
            break;
        const qint64 now = m_clock->nowMs();
        const qint64 wait = m_budget.delayMs(now, interactive ? Priority::Interactive : Priority::Bulk);
        if (wait > 0) {
            armPumpTimer(wait);
            if (m_budget.blockedUntilMs() > now)
                emit waitingForRateLimit(m_budget.blockedUntilMs());
            break;
        }
        const quint64 id = queue.front();
        queue.pop_front();
        if (Call *call = find(id))
            start(*call);
    }
    m_pumping = false;
    if (m_calls.empty())
        emit idle();
}

void ApiClient::armPumpTimer(qint64 delayMs)
{
    const qint64 due = m_clock->nowMs() + delayMs;
    if (m_timerDueMs > 0 && m_timerDueMs <= due)
        return;  // an earlier wake-up is already set
    m_timerDueMs = due;
    const quint64 generation = ++m_timerGeneration;
    m_clock->callAfter(int(std::min<qint64>(delayMs, 24 * 3600 * 1000)), this, [this, generation]() {
        if (generation != m_timerGeneration)
            return;
        m_timerDueMs = 0;
        pump();
    });
}

void ApiClient::start(Call &call)
{
    call.state = Call::State::WaitingForToken;
    ++m_active;
    m_budget.onSend(m_clock->nowMs());
    const quint64 id = call.id;
    m_tokens->requestToken(this, [this, id](const Auth::AccessToken &token, const Auth::AuthFailure &failure) {
        Call *found = find(id);
        if (!found || found->state != Call::State::WaitingForToken)
            return;  // cancelled meanwhile
        if (failure.isFailure()) {
            --m_active;
            complete(id, {}, ApiError::fromAuth(failure));
            return;
        }
        dispatch(*found, token.value);
    });
}

void ApiClient::dispatch(Call &call, const QByteArray &token)
{
    m_access->setAccessToken(token);
    QNetworkRequest request(call.url);
    request.setTransferTimeout(call.request.timeoutMs > 0 ? call.request.timeoutMs : m_settings.transferTimeoutMs);
    if (!call.request.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // Redirects come back to us (ReplyVerdict), so the token never follows one to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = nullptr;
    if (call.request.idempotent || call.request.body.isEmpty()) {
        reply = m_access->sendCustomRequest(request, call.request.method, call.request.body);
    } else {
        // QNAM must not re-send this one behind our back (see OneShotBody).
        auto *body = new OneShotBody(call.request.body);
        reply = m_access->sendCustomRequest(request, call.request.method, body);
        body->setParent(reply);
    }
    call.reply = reply;
    call.tokenUsed = token;
    call.requestId = QString::fromLatin1(reply->request().rawHeader(AccessManager::requestIdHeader()));
    call.sendSeq = ++m_sendSeq;
    call.sentMs = m_clock->nowMs();
    call.state = Call::State::InFlight;
    ++call.attempts;
    const quint64 id = call.id;
    connect(reply, &QNetworkReply::finished, this, [this, id]() { onFinished(id); });
}

int ApiClient::sentAfter(const Call &call) const
{
    int count = 0;
    for (const auto &entry : m_calls) {
        const Call &other = *entry.second;
        if (other.state == Call::State::InFlight && other.sendSeq > call.sendSeq)
            ++count;
    }
    return count;
}

void ApiClient::onFinished(quint64 id)
{
    Call *found = find(id);
    if (!found)
        return;
    Call &call = *found;
    QNetworkReply *reply = call.reply;
    call.reply = nullptr;
    --m_active;

    ReplyVerdict::Facts facts;
    facts.networkError = reply->error();
    facts.errorString = reply->errorString();
    facts.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.body = reply->readAll();
    facts.headers = reply->rawHeaderPairs();
    facts.url = call.url;
    reply->deleteLater();

    const qint64 now = m_clock->nowMs();
    const int later = sentAfter(call);
    m_budget.onResponse(now, facts.headers, later);
    const ReplyVerdict verdict = ReplyVerdict::judge(facts, call.request);

    qCDebug(lcApi).noquote() << QStringLiteral("%1 %2 -> %3 in %4 ms (attempt %5, id %6)")
                                   .arg(QString::fromLatin1(call.request.method), call.url.path())
                                   .arg(facts.status ? QString::number(facts.status) : facts.errorString)
                                   .arg(now - call.sentMs)
                                   .arg(call.attempts)
                                   .arg(call.requestId);

    ApiResponse response;
    response.status = facts.status;
    response.body = facts.body;
    response.json = verdict.json;
    response.headers = facts.headers;

    using Action = ReplyVerdict::Action;
    switch (verdict.action) {
    case Action::Succeed:
        complete(id, std::move(response), {});
        return;
    case Action::Fail:
        complete(id, std::move(response), verdict.error);
        return;
    case Action::RetryBackoff: {
        if (call.attempts >= m_settings.maxAttempts)
            break;
        ApiError why = verdict.error;
        why.method = call.request.method;
        why.path = call.url.path();
        why.requestId = call.requestId;
        why.attempts = call.attempts;
        retryAfter(call, std::max(m_backoff.delayMs(call.attempts), verdict.retryAfterSecs * 1000), why.logText());
        return;
    }
    case Action::RetryRateLimit: {
        const qint64 until = m_budget.onRateLimited(now, verdict.retryAfterSecs, verdict.resetEpochSecs, later);
        if (++call.rateLimitWaits > m_settings.maxRateLimitWaits || until - now > m_settings.maxRateLimitWaitMs)
            break;
        qCInfo(lcApi) << "rate limited; holding requests for" << (until - now) << "ms";
        emit waitingForRateLimit(until);
        enqueue(call, Queue::Front);
        pump();
        return;
    }
    case Action::RefreshToken:
        if (call.refreshed)
            break;
        call.refreshed = true;
        m_tokens->invalidate(call.tokenUsed);
        enqueue(call, Queue::Front);
        pump();
        return;
    case Action::FollowRedirect:
        if (!m_access->isTenantOrigin(verdict.redirectTo) || ++call.redirects > 3) {
            ApiError error = verdict.error;
            error.kind = ApiError::Kind::Http;
            complete(id, std::move(response), error);
            return;
        }
        call.url = verdict.redirectTo;
        enqueue(call, Queue::Front);
        pump();
        return;
    }
    complete(id, std::move(response), verdict.error);
}

void ApiClient::retryAfter(Call &call, int delayMs, const QString &why)
{
    qCInfo(lcApi).noquote() << "retrying in" << delayMs << "ms:" << why;
    call.state = Call::State::Delayed;
    const quint64 id = call.id;
    m_clock->callAfter(delayMs, this, [this, id]() {
        Call *found = find(id);
        if (!found || found->state != Call::State::Delayed)
            return;
        enqueue(*found, Queue::Front);
        pump();
    });
    pump();
}

void ApiClient::complete(quint64 id, ApiResponse response, ApiError error)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    QObject::disconnect(call->contextWatch);

    const qint64 now = m_clock->nowMs();
    response.requestId = call->requestId;
    response.attempts = call->attempts;
    response.elapsedMs = now - call->createdMs;
    if (error.isError()) {
        error.method = call->request.method;
        error.path = call->url.path();
        error.requestId = call->requestId;
        error.attempts = call->attempts;
        qCWarning(lcApi).noquote() << error.logText();
    }
    emit requestFinished(call->request.method, call->url.path(), response.status, response.elapsedMs);
    if (!call->hasContext || call->context)
        call->done(response, error);
    pump();
}

} // namespace Api

#pragma once

#include "ApiClient.h"
#include "ApiResult.h"
#include "ListReader.h"
#include "Page.h"

#include <QPointer>

#include <memory>

namespace Api {

// The plumbing the resource classes share: send through the scheduler, read
// the answer into types, walk pages. Callers get typed callbacks, never a reply.
class ResourceApi
{
public:
    explicit ResourceApi(ApiClient &client)
        : m_client(client)
    {
    }
    virtual ~ResourceApi() = default;
    Q_DISABLE_COPY_MOVE(ResourceApi)

    ApiClient &client() const { return m_client; }

    using Progress = std::function<void(int fetched, std::optional<int> total)>;

protected:
    template <typename T>
    void fetchOne(const ApiRequest &request, const QString &what, QObject *context, ResultCallback<T> done)
    {
        m_client.send(request, context, [what, done = std::move(done)](const ApiResponse &response, const ApiError &error) {
            ApiResult<T> result;
            result.error = error.isError() ? error : ListReader::one(response.json, what, &result.value);
            done(result);
        });
    }

    void sendNoContent(const ApiRequest &request, QObject *context, ResultCallback<Done> done)
    {
        m_client.send(request, context, [done = std::move(done)](const ApiResponse &, const ApiError &error) {
            ApiResult<Done> result;
            result.error = error;
            done(result);
        });
    }

    template <typename T>
    void fetchPage(const ApiRequest &request, const QString &key, const Pager &pager, QObject *context,
                   ResultCallback<Page<T>> done)
    {
        sendPage<T>(m_client, request, key, pager, context, std::move(done));
    }

    // Static so page chains hold the client, not this object, which may go first.
    template <typename T>
    static void sendPage(ApiClient &client, ApiRequest request, const QString &key, const Pager &pager,
                         QObject *context, ResultCallback<Page<T>> done)
    {
        pager.applyTo(request.query);
        client.send(request, context,
                      [key, pager, done = std::move(done)](const ApiResponse &response, const ApiError &error) {
                          ApiResult<Page<T>> result;
                          result.value.pager = pager;
                          result.error = error;
                          if (!error.isError()) {
                              Pager::Envelope envelope;
                              result.error = ListReader::page(response.json, key, &result.value.items, &envelope);
                              if (!result.error.isError())
                                  result.value.pager.advance(envelope);
                          }
                          done(result);
                      });
    }

    // Every page until the pager says the end. On error the items fetched so
    // far come with it.
    template <typename T>
    void fetchAll(const ApiRequest &request, const QString &key, const Pager &pager, QObject *context,
                  Progress progress, ResultCallback<QList<T>> done)
    {
        struct State
        {
            ApiRequest request;
            QString key;
            QList<T> items;
            Progress progress;
            ResultCallback<QList<T>> done;
        };
        auto state = std::make_shared<State>(State{request, key, {}, std::move(progress), std::move(done)});
        fetchRest<T>(&m_client, state, pager, context);
    }

private:
    template <typename T, typename State>
    static void fetchRest(ApiClient *client, const std::shared_ptr<State> &state, const Pager &pager,
                          QObject *context)
    {
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        sendPage<T>(*client, state->request, state->key, pager, context,
                    [client, state, guard, hasContext](const ApiResult<Page<T>> &page) {
            state->items += page.value.items;
            if (!page.ok() || page.value.pager.atEnd()) {
                ApiResult<QList<T>> result;
                result.value = std::move(state->items);
                result.error = page.error;
                state->done(result);
                return;
            }
            if (state->progress)
                state->progress(int(state->items.size()), page.value.pager.total());
            if (guard || !hasContext)
                fetchRest<T>(client, state, page.value.pager, guard);
        });
    }

    ApiClient &m_client;
};

} // namespace Api

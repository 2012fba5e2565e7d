#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "api/Page.h"
#include "api/Pager.h"

#include <QObject>

#include <functional>

// The bookkeeping of a list read page by page, shared by the paged models:
// the pager, one page in flight at a time (loadingChanged), a failure that
// stops fetchMore until the next reset or loadAll, "load everything" for a
// sort or a search, and answers to an older reset dropped. The model says how
// a page is asked for and how its rows go in; the rows stay the model's.
class PagedLoad final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedLoad)

public:
    explicit PagedLoad(const Api::Pager &firstPage, QObject *parent = nullptr);

    template<typename T>
    using Request = std::function<void(const Api::Pager &pager, Api::ResultCallback<Api::Page<T>> done)>;
    template<typename T> using Append = std::function<void(const QList<T> &items)>;

    // `ready` says whether a page can be asked for now (a session, an
    // organization); `request` asks for the page `pager` points at; `append`
    // inserts a page's rows into the model.
    template<typename T> void setSource(std::function<bool()> ready, Request<T> request, Append<T> append)
    {
        m_ready = std::move(ready);
        m_request = [this, request = std::move(request), append = std::move(append)](quint64 generation) {
            request(m_pager, [this, generation, append](const Api::ApiResult<Api::Page<T>> &r) {
                if (generation != m_generation)
                    return;
                if (!r.ok()) {
                    fail(r.error);
                    return;
                }
                land(int(r.value.items.size()), r.value.pager, [&append, &r] { append(r.value.items); });
            });
        };
    }

    // Back to the first page, for a model reset: not loading, not failed.
    void reset();
    // Asks for the next page unless one is in flight or there is no more.
    void fetchMore();
    // Fetches every remaining page, also when a page is already in flight
    // (it carries on when it lands), and again after a failure.
    void loadAll();
    // Stops after the page in flight, and takes no more pages until the next
    // reset() or loadAll().
    void cancelLoadAll();

    bool canFetchMore() const;
    bool isLoading() const { return m_loading; }
    bool isLoadingAll() const { return m_loadingAll && m_loading; }
    bool isComplete() const { return m_pager.atEnd(); }

signals:
    void loadingChanged(bool loading);
    void failed(const Api::ApiError &error);

private:
    void setLoading(bool loading);
    void fail(const Api::ApiError &error);
    void land(int count, const Api::Pager &next, const std::function<void()> &append);

    const Api::Pager m_firstPage;
    Api::Pager m_pager;
    std::function<bool()> m_ready;
    std::function<void(quint64 generation)> m_request;
    bool m_loading = false;
    bool m_loadingAll = false;
    bool m_failed = false;
    bool m_stopped = false;
    quint64 m_generation = 0; // answers for an older reset() are dropped
};

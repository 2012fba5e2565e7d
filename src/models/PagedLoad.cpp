#include "PagedLoad.h"

PagedLoad::PagedLoad(const Api::Pager &firstPage, QObject *parent)
    : QObject(parent)
    , m_firstPage(firstPage)
    , m_pager(firstPage)
{
}

void PagedLoad::reset()
{
    ++m_generation;
    m_pager = m_firstPage;
    m_failed = false;
    m_loadingAll = false;
    m_stopped = false;
    setLoading(false);
}

void PagedLoad::cancelLoadAll()
{
    m_loadingAll = false;
    // Views ask for more on their own while they have room (a filtered list
    // always has): a cancel holds them off until the next reset or loadAll.
    m_stopped = true;
}

bool PagedLoad::canFetchMore() const
{
    return m_ready && m_ready() && !m_loading && !m_failed && !m_stopped && !m_pager.atEnd();
}

void PagedLoad::fetchMore()
{
    if (!m_request || !m_ready() || m_loading || m_pager.atEnd())
        return;
    setLoading(true);
    m_request(m_generation);
}

void PagedLoad::loadAll()
{
    if (!m_request || !m_ready() || m_pager.atEnd())
        return;
    m_loadingAll = true;
    m_failed = false;
    m_stopped = false;
    fetchMore();
}

void PagedLoad::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void PagedLoad::fail(const Api::ApiError &error)
{
    // Failed before loading ends: whoever asks canFetchMore() on
    // loadingChanged(false) must not send the failing request again at once.
    m_failed = true;
    m_loadingAll = false;
    setLoading(false);
    emit failed(error);
}

void PagedLoad::land(int count, const Api::Pager &next, const std::function<void()> &append)
{
    // A page shorter than asked for is almost always the last, but the tenant
    // may still hand out a cursor; following it at once (one cheap, empty
    // answer) lets the pane say "all loaded" instead of "more on scroll".
    const bool shortPage = count < m_pager.pageSize();
    // The pager moves before the rows go in and loading ends only after them:
    // whoever reads isComplete() while they arrive sees whether this was the
    // last page, and a view calling fetchMore() mid-insert finds this page
    // still in flight instead of asking for it again.
    m_pager = next;
    if (m_pager.atEnd())
        m_loadingAll = false;
    append();
    setLoading(false);
    if (m_loadingAll || (shortPage && !m_pager.atEnd()))
        fetchMore();
}

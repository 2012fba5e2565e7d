#include "Pager.h"

#include <QJsonObject>

#include <algorithm>

namespace Api {

Pager Pager::byPage(int perPage, bool includeTotals)
{
    Pager pager;
    pager.m_mode = Mode::Page;
    pager.m_size = std::clamp(perPage, 1, 100);
    pager.m_includeTotals = includeTotals;
    return pager;
}

Pager Pager::byCheckpoint(int take)
{
    Pager pager;
    pager.m_mode = Mode::Checkpoint;
    pager.m_size = std::clamp(take, 1, 100);
    return pager;
}

void Pager::applyTo(QUrlQuery &query) const
{
    if (m_mode == Mode::Checkpoint) {
        if (!m_cursor.isEmpty())
            query.addQueryItem(QStringLiteral("from"), m_cursor);
        query.addQueryItem(QStringLiteral("take"), QString::number(m_size));
        return;
    }
    query.addQueryItem(QStringLiteral("page"), QString::number(m_page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(m_size));
    if (m_includeTotals)
        query.addQueryItem(QStringLiteral("include_totals"), QStringLiteral("true"));
}

void Pager::advance(const Envelope &page)
{
    const int count = int(page.items.size());
    m_fetched += count;
    if (m_mode == Mode::Checkpoint) {
        // Members' last page may still carry a next that leads to an empty page.
        m_cursor = page.next;
        m_atEnd = page.next.isEmpty() || count == 0;
        return;
    }
    ++m_page;
    if (page.total)
        m_total = page.total;
    // "limit" in the envelope is not always per_page, so it is not used; a total
    // ends the list, and so does a short page (invitations have no total).
    m_atEnd = count == 0 || count < m_size || (m_total && m_fetched >= *m_total);
}

void Pager::reset()
{
    m_page = 0;
    m_cursor.clear();
    m_fetched = 0;
    m_total.reset();
    m_atEnd = false;
}

QString Pager::read(const QJsonDocument &json, const QString &key, Envelope *out)
{
    *out = Envelope();
    if (json.isArray()) {
        out->items = json.array();
        return {};
    }
    if (!json.isObject())
        return QStringLiteral("the answer is neither a list nor an object");
    const QJsonObject object = json.object();
    const QJsonValue items = object.value(key);
    if (items.isUndefined())
        return QStringLiteral("the answer has no \"%1\" list").arg(key);
    if (!items.isArray())
        return QStringLiteral("\"%1\" is not a list").arg(key);
    out->items = items.toArray();
    const QJsonValue total = object.value(QStringLiteral("total"));
    if (total.isDouble())
        out->total = total.toInt();
    else if (!total.isUndefined() && !total.isNull())
        return QStringLiteral("\"total\" is not a number");
    const QJsonValue next = object.value(QStringLiteral("next"));
    if (next.isString())
        out->next = next.toString();
    else if (!next.isUndefined() && !next.isNull())
        return QStringLiteral("\"next\" is not a string");
    return {};
}

} // namespace Api

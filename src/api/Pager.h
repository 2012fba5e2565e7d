#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Api {

// Where a list is: a page number (page/per_page/include_totals) or a
// checkpoint cursor (from/take). Checkpoint paging has no 1000-record ceiling
// and is what members and organizations use; invitations have no total and
// end on a short page. Copyable: models keep one per list for fetchMore.
class Pager final
{
public:
    enum class Mode { Page, Checkpoint };

    // What one answer held, whatever its shape: a bare array, an envelope
    // {<key>: [...], start, limit, total}, or {<key>: [...], next}.
    struct Envelope
    {
        QJsonArray items;
        std::optional<int> total;
        QString next;
    };

    static Pager byPage(int perPage = 50, bool includeTotals = true);
    static Pager byCheckpoint(int take = 50);

    Mode mode() const { return m_mode; }
    int page() const { return m_page; }
    int pageSize() const { return m_size; }
    QString cursor() const { return m_cursor; }
    int fetched() const { return m_fetched; }
    std::optional<int> total() const { return m_total; }
    bool atEnd() const { return m_atEnd; }

    // Adds this page's parameters to a query.
    void applyTo(QUrlQuery &query) const;
    // Moves past an answer; decides whether there is more.
    void advance(const Envelope &page);
    void reset();

    // Reads an answer; returns a problem description, empty on success.
    static QString read(const QJsonDocument &json, const QString &key, Envelope *out);

private:
    Mode m_mode = Mode::Page;
    int m_size = 50;
    bool m_includeTotals = true;
    int m_page = 0;
    QString m_cursor;
    int m_fetched = 0;
    std::optional<int> m_total;
    bool m_atEnd = false;
};

} // namespace Api

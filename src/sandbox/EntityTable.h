#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Sandbox {

// Tenant entities that the sandbox keeps as JSON (users, roles, clients,
// connections): found by id, listed in the order they were created.
class EntityTable final
{
public:
    explicit EntityTable(QString idKey)
        : m_idKey(std::move(idKey))
    {
    }

    const QString &idKey() const { return m_idKey; }
    int size() const { return int(m_order.size()); }
    bool contains(const QString &id) const { return m_items.contains(id); }
    const QJsonObject *find(const QString &id) const
    {
        const auto it = m_items.constFind(id);
        return it == m_items.constEnd() ? nullptr : &*it;
    }
    QJsonObject *findMutable(const QString &id)
    {
        auto it = m_items.find(id);
        return it == m_items.end() ? nullptr : &*it;
    }
    // Creation order; ids of removed entities are skipped by callers via find().
    const QVector<QString> &ids() const { return m_order; }

    void insert(const QJsonObject &item)
    {
        const QString id = item.value(m_idKey).toString();
        if (!m_items.contains(id))
            m_order.append(id);
        m_items.insert(id, item);
    }
    bool remove(const QString &id)
    {
        if (!m_items.remove(id))
            return false;
        m_order.removeOne(id);
        return true;
    }
    void reserve(int n)
    {
        m_items.reserve(n);
        m_order.reserve(n);
    }

private:
    QString m_idKey;
    QHash<QString, QJsonObject> m_items;
    QVector<QString> m_order;
};

} // namespace Sandbox

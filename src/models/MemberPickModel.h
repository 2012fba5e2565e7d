#pragma once

#include "api/Member.h"

#include <QAbstractTableModel>
#include <QSet>

// Members to choose from, each with a check box: the choice survives
// filtering, so people can filter for one name, tick it, filter for the next.
// Holds tens of thousands of rows cheaply (one set of checked ids).
class MemberPickModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberPickModel)

public:
    enum Column { NameColumn, EmailColumn, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole, PictureRole, SearchTextRole };

    explicit MemberPickModel(QObject *parent = nullptr);

    void setMembers(const QList<Api::Member> &members);
    const Api::Member &memberAt(int row) const { return m_members.at(row); }

    // Checked members, in list order.
    QStringList checkedUserIds() const;
    QStringList checkedNames() const;
    int checkedCount() const { return int(m_checked.size()); }
    bool isChecked(int row) const { return m_checked.contains(m_members.at(row).userId); }
    void setChecked(const QList<int> &rows, bool checked);
    void toggle(int row);
    void clearChecks();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedCountChanged(int count);

private:
    static QString nameOf(const Api::Member &member);
    void emitRowsChanged(int first, int last);

    QList<Api::Member> m_members;
    QSet<QString> m_checked;
};

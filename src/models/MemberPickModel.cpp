#include "MemberPickModel.h"

#include <algorithm>

MemberPickModel::MemberPickModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MemberPickModel::setMembers(const QList<Api::Member> &members)
{
    beginResetModel();
    m_members = members;
    m_checked.clear();
    endResetModel();
    emit checkedCountChanged(0);
}

QString MemberPickModel::nameOf(const Api::Member &member)
{
    return member.name.isEmpty() ? member.email : member.name;
}

QStringList MemberPickModel::checkedUserIds() const
{
    QStringList ids;
    for (const Api::Member &member : m_members) {
        if (m_checked.contains(member.userId))
            ids.append(member.userId);
    }
    return ids;
}

QStringList MemberPickModel::checkedNames() const
{
    QStringList names;
    for (const Api::Member &member : m_members) {
        if (m_checked.contains(member.userId))
            names.append(nameOf(member));
    }
    return names;
}

void MemberPickModel::emitRowsChanged(int first, int last)
{
    emit dataChanged(index(first, NameColumn), index(last, NameColumn), { Qt::CheckStateRole });
}

void MemberPickModel::setChecked(const QList<int> &rows, bool checked)
{
    if (rows.isEmpty())
        return;
    const int before = checkedCount();
    for (int row : rows) {
        if (row < 0 || row >= m_members.size())
            continue;
        if (checked)
            m_checked.insert(m_members.at(row).userId);
        else
            m_checked.remove(m_members.at(row).userId);
    }
    const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
    emitRowsChanged(std::max(0, *first), std::min(int(m_members.size()) - 1, *last));
    if (checkedCount() != before)
        emit checkedCountChanged(checkedCount());
}

void MemberPickModel::toggle(int row)
{
    if (row >= 0 && row < m_members.size())
        setChecked({ row }, !isChecked(row));
}

void MemberPickModel::clearChecks()
{
    if (m_checked.isEmpty())
        return;
    m_checked.clear();
    if (!m_members.isEmpty())
        emitRowsChanged(0, int(m_members.size()) - 1);
    emit checkedCountChanged(0);
}

int MemberPickModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberPickModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberPickModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::Member &member = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return index.column() == NameColumn ? nameOf(member) : member.email;
    case Qt::ToolTipRole:
        return QString(member.email + QLatin1Char('\n') + member.userId);
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return m_checked.contains(member.userId) ? Qt::Checked : Qt::Unchecked;
        return {};
    case UserIdRole:
        return member.userId;
    case PictureRole:
        return member.picture;
    case SearchTextRole:
        return QString(member.name + QLatin1Char(' ') + member.email + QLatin1Char(' ') + member.userId);
    default:
        return {};
    }
}

// The rows are not ItemIsUserCheckable on purpose: the picker toggles on a
// click anywhere in the row and on Space, and a delegate toggle on top would
// undo that click. Programmatic and accessibility changes come through here.
bool MemberPickModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked({ index.row() }, value.toInt() == Qt::Checked);
    return true;
}

QVariant MemberPickModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Email");
}

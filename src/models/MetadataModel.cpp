#include "MetadataModel.h"

#include "InputRules.h"

MetadataModel::MetadataModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MetadataModel::setMetadata(const QMap<QString, QString> &metadata)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        m_rows.append({ it.key(), it.value() });
    endResetModel();
}

QMap<QString, QString> MetadataModel::metadata() const
{
    QMap<QString, QString> map;
    for (const Entry &entry : m_rows)
        map.insert(entry.key, entry.value);
    return map;
}

bool MetadataModel::canAddRow() const
{
    return !m_readOnly && m_rows.size() < InputRules::kMetadataKeysMax;
}

int MetadataModel::addRow()
{
    if (!canAddRow())
        return -1;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Entry());
    endInsertRows();
    announceProblems();
    emit edited();
    return row;
}

void MetadataModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString MetadataModel::problemAt(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Entry &entry = m_rows.at(row);
    if (column == ValueColumn)
        return InputRules::metadataValue(entry.value);
    if (row >= InputRules::kMetadataKeysMax)
        return tr("Auth0 allows at most %1 metadata keys.").arg(InputRules::kMetadataKeysMax);
    const QString keyProblem = InputRules::metadataKey(entry.key);
    if (!keyProblem.isEmpty())
        return keyProblem;
    for (int other = 0; other < row; ++other) {
        if (m_rows.at(other).key == entry.key)
            return tr("The key \"%1\" is already used in row %2.").arg(entry.key).arg(other + 1);
    }
    return {};
}

QString MetadataModel::problem() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int column : { int(KeyColumn), int(ValueColumn) }) {
            const QString text = problemAt(row, column);
            if (!text.isEmpty())
                return tr("Row %1: %2").arg(row + 1).arg(text);
        }
    }
    return {};
}

int MetadataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetadataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetadataModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_rows.at(index.row());
    const QString &text = index.column() == KeyColumn ? entry.key : entry.value;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text;
    case Qt::ToolTipRole: {
        const QString problem = problemAt(index.row(), index.column());
        return problem.isEmpty() ? text : problem;
    }
    case ProblemRole:
        return problemAt(index.row(), index.column());
    default:
        return {};
    }
}

bool MetadataModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // Auth0 keeps metadata values as text; whatever is typed is stored as typed.
    const QString text = value.toString();
    Entry &entry = m_rows[index.row()];
    QString &target = index.column() == KeyColumn ? entry.key : entry.value;
    if (target == text)
        return true;
    target = text;
    emit dataChanged(index, index);
    if (index.column() == KeyColumn)
        announceProblems();
    emit edited();
    return true;
}

Qt::ItemFlags MetadataModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MetadataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? tr("Key") : tr("Value");
}

bool MetadataModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    announceProblems();
    emit edited();
    return true;
}

void MetadataModel::announceProblems()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, KeyColumn), index(rowCount() - 1, KeyColumn), { Qt::ToolTipRole, ProblemRole });
}

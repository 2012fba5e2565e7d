#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QString>

// An organization's metadata as an editable key/value table. Auth0's limits
// (at most 25 keys, keys and values of at most 255 characters, text only) are
// checked on every edit, so a problem shows as it is typed and the Settings
// tab can refuse to save while any is left. Nothing here talks to the tenant.
class MetadataModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataModel)

public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole };

    explicit MetadataModel(QObject *parent = nullptr);

    // Replaces every row (sorted by key, as the tenant keeps them).
    void setMetadata(const QMap<QString, QString> &metadata);
    // The rows as a map; meaningful only while problem() is empty.
    QMap<QString, QString> metadata() const;

    // Appends an empty row and returns it; -1 at the limit of 25 keys.
    int addRow();
    bool canAddRow() const;
    void setReadOnly(bool readOnly);

    // What is wrong with one cell, or empty.
    QString problemAt(int row, int column) const;
    // The first problem, naming its row, or empty when every row is fine.
    QString problem() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    // Any edit, added or removed row.
    void edited();

private:
    struct Entry
    {
        QString key;
        QString value;
    };
    // A problem in one row can come from another (a duplicate key), so every
    // key cell is re-announced after an edit.
    void announceProblems();

    QList<Entry> m_rows;
    bool m_readOnly = false;
};

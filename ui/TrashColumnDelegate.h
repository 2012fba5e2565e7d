#pragma once

#include <QStyledItemDelegate>

// Draws the trash-can button in one column of a table and reports clicks on
// it; greyed out (and silent) where the cell is disabled: a row whose change
// is in flight, or removing that the token does not allow. Delegates that
// draw other columns their own way hand this column to one of these.
class TrashColumnDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrashColumnDelegate)

public:
    // column -1: no trash can.
    explicit TrashColumnDelegate(int column, QObject *parent = nullptr);

    int column() const { return m_column; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

signals:
    void removeClicked(const QModelIndex &index);

private:
    int m_column;
};

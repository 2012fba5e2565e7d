#pragma once

#include <QStyledItemDelegate>

class TrashColumnDelegate;

// Draws an invitation's status as a coloured badge (pending, expiring soon,
// expired) and the trash-can button in the last column of each row
// ("Revoke invitation"), which it reports when clicked.
class InvitationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationDelegate)

public:
    InvitationDelegate(int statusColumn, int revokeColumn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

signals:
    void revokeClicked(const QModelIndex &index);

private:
    void paintStatus(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    int m_statusColumn;
    TrashColumnDelegate *m_trash;
};

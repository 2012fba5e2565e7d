#pragma once

#include <QStyledItemDelegate>

class AvatarCache;

// Draws a member's avatar beside the name, and the trash-can button in the
// last column of each row ("Remove member"), which it reports when clicked.
class MemberDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberDelegate)

public:
    MemberDelegate(AvatarCache *avatars, int removeColumn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    static constexpr int kAvatarSize = 24;

signals:
    void removeClicked(const QModelIndex &index);

private:
    AvatarCache *m_avatars;
    int m_removeColumn;
};

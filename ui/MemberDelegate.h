#pragma once

#include <QStyledItemDelegate>

class AvatarCache;
class TrashColumnDelegate;

// Draws a member's avatar beside the name, and the trash-can button in the
// last column of each row ("Remove member"), which it reports when clicked.
class MemberDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberDelegate)

public:
    // removeColumn -1: no trash can.
    MemberDelegate(AvatarCache *avatars, int removeColumn, QObject *parent = nullptr);

    // Which column gets the avatar and which role holds the picture URL, for
    // member models other than MemberListModel (role holders, member pickers).
    void setNameColumn(int column, int pictureRole);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    static constexpr int kAvatarSize = 24;

signals:
    void removeClicked(const QModelIndex &index);

private:
    AvatarCache *m_avatars;
    TrashColumnDelegate *m_trash;
    int m_nameColumn;
    int m_pictureRole;
};

#include "MemberDelegate.h"

#include "AvatarCache.h"
#include "MemberListModel.h"
#include "TrashColumnDelegate.h"

#include <QApplication>
#include <QPainter>

MemberDelegate::MemberDelegate(AvatarCache *avatars, int removeColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_avatars(avatars)
    , m_trash(new TrashColumnDelegate(removeColumn, this))
    , m_nameColumn(MemberListModel::NameColumn)
    , m_pictureRole(MemberListModel::PictureRole)
{
    connect(m_trash, &TrashColumnDelegate::removeClicked, this, &MemberDelegate::removeClicked);
}

void MemberDelegate::setNameColumn(int column, int pictureRole)
{
    m_nameColumn = column;
    m_pictureRole = pictureRole;
}

void MemberDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == m_trash->column()) {
        m_trash->paint(painter, option, index);
        return;
    }
    if (index.column() == m_nameColumn) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QPixmap avatar = m_avatars->avatar(index.data(m_pictureRole).toString(), opt.text, kAvatarSize);
        opt.icon = QIcon(avatar);
        opt.decorationSize = QSize(kAvatarSize, kAvatarSize);
        opt.features |= QStyleOptionViewItem::HasDecoration;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

QSize MemberDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = m_trash->sizeHint(option, index);
    size.setHeight(qMax(size.height(), kAvatarSize + 6));
    return size;
}

bool MemberDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (index.column() == m_trash->column())
        return m_trash->editorEvent(event, model, option, index);
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

#include "MemberDelegate.h"

#include "AvatarCache.h"
#include "Icons.h"
#include "MemberListModel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

MemberDelegate::MemberDelegate(AvatarCache *avatars, int removeColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_avatars(avatars)
    , m_removeColumn(removeColumn)
    , m_nameColumn(MemberListModel::NameColumn)
    , m_pictureRole(MemberListModel::PictureRole)
{
}

void MemberDelegate::setNameColumn(int column, int pictureRole)
{
    m_nameColumn = column;
    m_pictureRole = pictureRole;
}

void MemberDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == m_removeColumn) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyledItemDelegate::paint(painter, opt, index);
        const int side = qMin(18, option.rect.height() - 4);
        const QRect target(option.rect.center().x() - side / 2, option.rect.center().y() - side / 2, side, side);
        // A trash can the token may not use looks it (the tooltip says which scope is missing).
        const QIcon::Mode mode = !(option.state & QStyle::State_Enabled) ? QIcon::Disabled
            : option.state & QStyle::State_Selected                      ? QIcon::Selected
                                                                         : QIcon::Normal;
        Icons::get(QStringLiteral("trash")).paint(painter, target, Qt::AlignCenter, mode);
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
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), kAvatarSize + 6));
    if (index.column() == m_removeColumn)
        size.setWidth(32);
    return size;
}

bool MemberDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (index.column() == m_removeColumn && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && option.rect.contains(mouse->position().toPoint())) {
            emit removeClicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

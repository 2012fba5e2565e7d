#include "TrashColumnDelegate.h"

#include "Icons.h"

#include <QMouseEvent>
#include <QPainter>

TrashColumnDelegate::TrashColumnDelegate(int column, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_column(column)
{
}

void TrashColumnDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != m_column) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyledItemDelegate::paint(painter, opt, index);
    const int side = qMin(18, option.rect.height() - 4);
    const QRect target(option.rect.center().x() - side / 2, option.rect.center().y() - side / 2, side, side);
    // A trash can that may not be used looks it (the tooltip says why).
    QIcon::Mode mode = option.state & QStyle::State_Selected ? QIcon::Selected : QIcon::Normal;
    if (!(index.flags() & Qt::ItemIsEnabled) || !(option.state & QStyle::State_Enabled))
        mode = QIcon::Disabled;
    Icons::get(QStringLiteral("trash")).paint(painter, target, Qt::AlignCenter, mode);
}

QSize TrashColumnDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == m_column)
        size.setWidth(32);
    return size;
}

bool TrashColumnDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                      const QModelIndex &index)
{
    if (index.column() == m_column && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && option.rect.contains(mouse->position().toPoint())) {
            if (index.flags() & Qt::ItemIsEnabled)
                emit removeClicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

#include "InvitationDelegate.h"

#include "InvitationListModel.h"
#include "InvitationStatus.h"
#include "TrashColumnDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
// Readable on light and dark bases alike: the text colour at full strength,
// the same hue faint behind it.
QColor statusColour(InvitationStatus::Status status)
{
    switch (status) {
    case InvitationStatus::Status::Pending:
        return QColor(0x2e, 0x7d, 0x32);
    case InvitationStatus::Status::ExpiringSoon:
        return QColor(0xb2, 0x6a, 0x00);
    case InvitationStatus::Status::Expired:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}
} // namespace

InvitationDelegate::InvitationDelegate(int statusColumn, int revokeColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusColumn(statusColumn)
    , m_trash(new TrashColumnDelegate(revokeColumn, this))
{
    connect(m_trash, &TrashColumnDelegate::removeClicked, this, &InvitationDelegate::revokeClicked);
}

void InvitationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == m_trash->column()) {
        m_trash->paint(painter, option, index);
        return;
    }
    if (index.column() == m_statusColumn) {
        paintStatus(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void InvitationDelegate::paintStatus(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto status = InvitationStatus::Status(index.data(InvitationListModel::StatusRole).toInt());
    // On a selected row the badge takes the selection's text colour, or red on blue would be unreadable.
    const bool selected = option.state & QStyle::State_Selected;
    const QColor colour = selected ? opt.palette.color(QPalette::HighlightedText) : statusColour(status);
    const QFontMetrics metrics(opt.font);
    const int padding = 8;
    const int height = qMin(metrics.height() + 4, option.rect.height() - 4);
    const int width = qMin(metrics.horizontalAdvance(text) + 2 * padding, option.rect.width() - 8);
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height);
    QColor fill = colour;
    fill.setAlpha(36);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(colour);
    painter->drawPath(path);
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, badge.width() - padding));
    painter->restore();
}

QSize InvitationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = m_trash->sizeHint(option, index);
    size.setHeight(qMax(size.height(), 28));
    if (index.column() == m_statusColumn)
        size.setWidth(size.width() + 24);
    return size;
}

bool InvitationDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    if (index.column() == m_trash->column())
        return m_trash->editorEvent(event, model, option, index);
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

#include "RoleDelegate.h"

#include "RoleListModel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kPadding = 6;

QFont nameFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont descriptionFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}
} // namespace

QString RoleDelegate::holderText(const QVariant &count)
{
    if (!count.isValid())
        return {};
    return QCoreApplication::translate("RoleDelegate", "%n member(s)", nullptr, count.toInt());
}

void RoleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; the text is ours.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor textColour = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quietColour = textColour;
    quietColour.setAlphaF(0.7);

    const QRect area = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const QFont bold = nameFont(option.font);
    const QFont small = descriptionFont(option.font);
    const int nameHeight = QFontMetrics(bold).height();

    painter->save();
    const QString count = holderText(index.data(RoleListModel::HolderCountRole));
    int countWidth = 0;
    if (!count.isEmpty()) {
        painter->setFont(small);
        painter->setPen(quietColour);
        countWidth = QFontMetrics(small).horizontalAdvance(count) + kPadding;
        painter->drawText(QRect(area.left(), area.top(), area.width(), nameHeight), Qt::AlignRight | Qt::AlignVCenter,
                          count);
    }
    painter->setFont(bold);
    painter->setPen(textColour);
    const QString name = QFontMetrics(bold).elidedText(index.data(RoleListModel::NameRole).toString(), Qt::ElideRight,
                                                       area.width() - countWidth);
    painter->drawText(QRect(area.left(), area.top(), area.width() - countWidth, nameHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, name);

    const QString description = index.data(RoleListModel::DescriptionRole).toString();
    if (!description.isEmpty()) {
        painter->setFont(small);
        painter->setPen(quietColour);
        const QFontMetrics metrics(small);
        const QString line = metrics.elidedText(description, Qt::ElideRight, area.width());
        painter->drawText(QRect(area.left(), area.top() + nameHeight, area.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
    }
    painter->restore();
}

QSize RoleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int height = QFontMetrics(nameFont(option.font)).height()
        + QFontMetrics(descriptionFont(option.font)).height() + kPadding + 2;
    return { 200, height };
}

#pragma once

#include <QStyledItemDelegate>

// A role in the list on the left of the Roles tab: its name in bold with how
// many members hold it, and its description below in a quieter line.
class RoleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "3 members" for a count, or empty when not known.
    static QString holderText(const QVariant &count);
};

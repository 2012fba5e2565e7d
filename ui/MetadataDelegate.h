#pragma once

#include <QStyledItemDelegate>

// Edits metadata cells so that Auth0's limits are checked while typing: each
// keystroke goes to the model, which says at once what is wrong. Cells with a
// problem get a red frame.
class MetadataDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

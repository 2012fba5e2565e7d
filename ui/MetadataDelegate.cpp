#include "MetadataDelegate.h"

#include "MetadataModel.h"

#include <QLineEdit>
#include <QPainter>

QWidget *MetadataDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setAccessibleName(index.column() == MetadataModel::KeyColumn ? tr("Key") : tr("Value"));
        // Not cut at the limit: a pasted value that is too long is shown as
        // too long, not silently shortened.
        connect(line, &QLineEdit::textEdited, this,
                [this, line] { emit const_cast<MetadataDelegate *>(this)->commitData(line); });
    }
    return editor;
}

void MetadataDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // Committing while typing must not move the cursor back to the end.
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        const QString text = index.data(Qt::EditRole).toString();
        if (line->text() != text)
            line->setText(text);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void MetadataDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.data(MetadataModel::ProblemRole).toString().isEmpty())
        return;
    painter->save();
    painter->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
    painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    painter->restore();
}

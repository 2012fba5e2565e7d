#pragma once

#include <QString>

class QWidget;

// How GUI tests read a widget's text and name a widget, in comparisons and
// failure messages: a label as a person reads it, a widget by where it sits.
namespace WidgetText {

// The text without rich-text tags or mnemonic ampersands ("&&" stays "&"), trimmed.
QString plain(QString text);
// "MainWindow/organizationView/membersPane/addMembersButton": object names
// (class names where there is none) from root down to widget.
QString pathOf(const QWidget *widget, const QWidget *root);

} // namespace WidgetText

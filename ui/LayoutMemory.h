#pragma once

#include <QString>

class QWidget;

// Column layouts (widths, order, sort) and splitter positions below a
// window, kept in QSettings under the object names on the way to each table
// or splitter. Every pane's tables are remembered this way without code of
// their own; a table added later is picked up by its name.
namespace LayoutMemory {
void save(const QWidget *root, const QString &group);
void restore(QWidget *root, const QString &group);
} // namespace LayoutMemory

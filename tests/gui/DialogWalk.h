#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

class QDialog;
class QWidget;

// Opens dialogs one at a time, at the size their layout picks, and runs a
// check over each on every page of its tab widgets: what the accessibility
// and the translation tests both do for every dialog of the app.
namespace DialogWalk {

using Make = std::function<QDialog *()>;
using Check = std::function<QStringList(QWidget *dialog)>;

// Each dialog whose check found something, by name, with what was found
// (without repeats). settleMs: how long a dialog may lay itself out first.
QList<std::pair<QString, QStringList>> problems(const QList<std::pair<QString, Make>> &dialogs, const Check &check,
                                                int settleMs);

} // namespace DialogWalk

#include "DialogWalk.h"

#include <QDialog>
#include <QTabWidget>
#include <QTest>

#include <memory>

namespace DialogWalk {

QList<std::pair<QString, QStringList>> problems(const QList<std::pair<QString, Make>> &dialogs, const Check &check,
                                                int settleMs)
{
    QList<std::pair<QString, QStringList>> result;
    for (const auto &[name, make] : dialogs) {
        std::unique_ptr<QDialog> dialog(make());
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get())) {
            result.append({ name, { QStringLiteral("the dialog did not come on screen") } });
            continue;
        }
        QTest::qWait(settleMs);
        QStringList found = check(dialog.get());
        const auto tabWidgets = dialog->findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            for (int i = 1; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(20);
                found += check(dialog.get());
            }
        }
        found.removeDuplicates();
        if (!found.isEmpty())
            result.append({ name, found });
    }
    return result;
}

} // namespace DialogWalk

#include "LayoutMemory.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace {

// "organizationView/InvitationsPane/invitationsView": named ancestors only,
// so layouts and Qt's internal containers in between do not matter.
QString keyFor(const QWidget *widget, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            parts.prepend(w->objectName());
    }
    return parts.join(QLatin1Char('/'));
}

QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

template<typename Visit> void forEachRemembered(const QWidget *root, Visit visit)
{
    const auto views = root->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        // Views inside other widgets' internals (combo box pop-ups) have no name.
        if (QHeaderView *header = headerOf(view); header && !view->objectName().isEmpty())
            visit(keyFor(view, root) + QStringLiteral("/columns"), header);
    }
    const auto splitters = root->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            visit(keyFor(splitter, root) + QStringLiteral("/splitter"), splitter);
    }
}

} // namespace

namespace LayoutMemory {

void save(const QWidget *root, const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    forEachRemembered(root, [&](const QString &key, auto *widget) { settings.setValue(key, widget->saveState()); });
}

void restore(QWidget *root, const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    forEachRemembered(root, [&](const QString &key, auto *widget) {
        const QByteArray state = settings.value(key).toByteArray();
        if (!state.isEmpty())
            widget->restoreState(state);
    });
}

} // namespace LayoutMemory

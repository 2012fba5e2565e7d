// What a screen reader or a UI automation tool finds: every visible button,
// input and table of the window (every organization tab) and of each dialog
// has an accessible name, and a button's name is its visible label. Checked
// through QAccessible, the interface assistive technology really reads.
#include "AppDialogs.h"
#include "DialogWalk.h"
#include "GuiTenant.h"
#include "MainWindow.h"
#include "MemberListModel.h"
#include "MembersPane.h"
#include "OrganizationListModel.h"
#include "OrganizationView.h"
#include "OrganizationsPane.h"
#include "TenantSession.h"
#include "WidgetText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

namespace {

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

bool isInput(QWidget *widget)
{
    // A line edit inside a combo box or spin box is named through its owner.
    if (qobject_cast<QLineEdit *>(widget))
        return !qobject_cast<QComboBox *>(widget->parentWidget())
            && !qobject_cast<QAbstractSpinBox *>(widget->parentWidget());
    return qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget)
        || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
        || qobject_cast<QAbstractItemView *>(widget);
}

// One line per widget that assistive technology could not name correctly.
QStringList unnamed(QWidget *root)
{
    QStringList problems;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // Parts Qt draws for a control (header sections, a line edit's clear
        // button, scroll bars) are reached through that control.
        if (!widget->isVisibleTo(root) || widget->inherits("QTabBar") || widget->inherits("QScrollBar")
            || widget->inherits("QHeaderView") || qobject_cast<QLineEdit *>(widget->parentWidget())
            || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QString name = accessibleName(widget);
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            // Buttons inside item views and header sections belong to the view.
            if (qobject_cast<QAbstractItemView *>(widget->parentWidget() ? widget->parentWidget()->parentWidget()
                                                                         : nullptr))
                continue;
            const QString label = WidgetText::plain(button->text());
            if (name.isEmpty())
                problems.append(QStringLiteral("%1: a button without a name").arg(WidgetText::pathOf(widget, root)));
            else if (!label.isEmpty() && name != label)
                problems.append(QStringLiteral("%1: named \"%2\" but labelled \"%3\"")
                                    .arg(WidgetText::pathOf(widget, root), name, label));
        } else if (isInput(widget) && name.isEmpty()) {
            problems.append(
                QStringLiteral("%1 (%2): no accessible name")
                    .arg(WidgetText::pathOf(widget, root), QString::fromLatin1(widget->metaObject()->className())));
        }
    }
    return problems;
}

} // namespace

class TestGuiAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTabOfTheWindowIsNamed();
    void everyDialogIsNamed();

private:
    GuiTenant m_tenant;
};

void TestGuiAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tenant.start());
}

void TestGuiAccessibility::everyTabOfTheWindowIsNamed()
{
    MainWindow window;
    window.setSession(m_tenant.session());
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.organizations()->rowCount() > 0, 10000);
    const QString umbrella = m_tenant.organizationId(QStringLiteral("umbrella"));
    window.organizationsPane()->select(umbrella);
    OrganizationView *view = window.organizationView();
    QTRY_COMPARE(view->organizationId(), umbrella);
    QTRY_VERIFY_WITH_TIMEOUT(view->membersPane()->model()->rowCount() > 0, 10000);

    QStringList problems = unnamed(&window);
    auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(300);
        // A tab's page is reachable under the tab's own label.
        if (accessibleName(tabs->widget(i)) != WidgetText::plain(tabs->tabText(i)))
            problems.append(QStringLiteral("tab \"%1\": its page is named \"%2\"")
                                .arg(WidgetText::plain(tabs->tabText(i)), accessibleName(tabs->widget(i))));
        problems += unnamed(&window);
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The names the Dashboard's users look for, as the issue lists them.
    const QList<std::pair<QString, QString>> expected = {
        { QStringLiteral("organizationsView"), QStringLiteral("Organizations") },
        { QStringLiteral("membersView"), QStringLiteral("Members") },
        { QStringLiteral("invitationsView"), QStringLiteral("Invitations") },
        { QStringLiteral("addMembersButton"), QStringLiteral("Add members") },
        { QStringLiteral("assignRoleButton"), QStringLiteral("Assign role") },
        { QStringLiteral("inviteButton"), QStringLiteral("Invite users") },
    };
    for (const auto &[objectName, name] : expected) {
        auto *widget = window.findChild<QWidget *>(objectName);
        QVERIFY2(widget, qPrintable(objectName));
        QCOMPARE(accessibleName(widget), name);
    }
    for (const QString &tab : { QStringLiteral("Members"), QStringLiteral("Invitations"), QStringLiteral("Roles"),
                                QStringLiteral("Connections"), QStringLiteral("Settings") })
        QVERIFY2(view->tab(tab), qPrintable(tab));
}

void TestGuiAccessibility::everyDialogIsNamed()
{
    AppDialogs dialogs(m_tenant.session(), m_tenant.organizationId(QStringLiteral("umbrella")));
    QStringList problems;
    for (const auto &[name, found] : DialogWalk::problems(dialogs.all(), unnamed, 200)) {
        for (const QString &problem : found)
            problems.append(name + QStringLiteral(": ") + problem);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestGuiAccessibility)
#include "tst_gui_accessibility.moc"

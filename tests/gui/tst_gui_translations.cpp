// The window and its dialogs in every language, under the offscreen platform
// with real fonts: no label, button or tab shows less than its whole text,
// the main window still fits its 1200×760 default, and the text really is
// the language's. A failure names each cut-off widget, its text, the room it
// needs and the room it has, per language.
#include "AppDialogs.h"
#include "DialogWalk.h"
#include "GuiTenant.h"
#include "MainWindow.h"
#include "MemberListModel.h"
#include "MemberRolesDialog.h"
#include "MembersPane.h"
#include "OrganizationListModel.h"
#include "OrganizationView.h"
#include "OrganizationsPane.h"
#include "TenantSession.h"
#include "Translations.h"
#include "WidgetText.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

namespace {

const QSize kWindowSize(1200, 760);

QString sizeText(const QSize &size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

// What room a text widget needs: its own minimum (text, icon, frame and
// style padding), or for wrapping widgets the height its width calls for.
QString cutOff(QWidget *widget, const QString &text, const QWidget *root)
{
    const QSize has = widget->size();
    QSize needs = widget->minimumSizeHint();
    if (widget->hasHeightForWidth())
        needs = QSize(0, widget->heightForWidth(has.width()));
    if (needs.width() <= has.width() && needs.height() <= has.height())
        return {};
    return QStringLiteral("%1 (%2) \"%3\" needs %4, has %5")
        .arg(WidgetText::pathOf(widget, root), QString::fromLatin1(widget->metaObject()->className()),
             WidgetText::plain(text), sizeText(needs.expandedTo(QSize(0, 0))), sizeText(has));
}

QStringList cutOffTabs(QTabBar *bar, const QWidget *root)
{
    QStringList problems;
    const QFontMetrics metrics(bar->font());
    for (int i = 0; i < bar->count(); ++i) {
        const QString text = WidgetText::plain(bar->tabText(i));
        if (text.isEmpty())
            continue;
        const QRect rect = bar->tabRect(i);
        const int icon = bar->tabIcon(i).isNull() ? 0 : bar->iconSize().width() + 4;
        const int needs = metrics.horizontalAdvance(text) + icon;
        if (rect.width() < needs || !bar->rect().contains(rect))
            problems.append(
                QStringLiteral("%1 tab %2 \"%3\" needs %4 px, has %5 px%6")
                    .arg(WidgetText::pathOf(bar, root))
                    .arg(i)
                    .arg(text)
                    .arg(needs)
                    .arg(rect.width())
                    .arg(bar->rect().contains(rect) ? QString() : QStringLiteral(" (scrolled out of view)")));
    }
    return problems;
}

QStringList cutOffMenus(QMenuBar *bar, const QWidget *root)
{
    QStringList problems;
    const auto actions = bar->actions();
    for (QAction *action : actions) {
        if (action->isVisible() && !bar->rect().contains(bar->actionGeometry(action)))
            problems.append(QStringLiteral("%1 menu \"%2\" falls off the menu bar")
                                .arg(WidgetText::pathOf(bar, root), WidgetText::plain(action->text())));
    }
    return problems;
}

// Every label, button and tab of root that is on screen, checked.
QStringList cutOffText(QWidget *root)
{
    QStringList problems;
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisibleTo(root) && !label->text().isEmpty() && label->pixmap().isNull()) {
            const QString problem = cutOff(label, label->text(), root);
            if (!problem.isEmpty())
                problems.append(problem);
        }
    }
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        auto *tool = qobject_cast<QToolButton *>(button);
        if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;
        // The tab bar's scroll arrows and close buttons have no text.
        if (button->isVisibleTo(root) && !button->text().isEmpty()) {
            const QString problem = cutOff(button, button->text(), root);
            if (!problem.isEmpty())
                problems.append(problem);
        }
    }
    const auto bars = root->findChildren<QTabBar *>();
    for (QTabBar *bar : bars) {
        if (bar->isVisibleTo(root))
            problems += cutOffTabs(bar, root);
    }
    const auto menuBars = root->findChildren<QMenuBar *>();
    for (QMenuBar *bar : menuBars) {
        if (bar->isVisibleTo(root))
            problems += cutOffMenus(bar, root);
    }
    return problems;
}

QString report(const QString &language, const QString &what, const QStringList &problems)
{
    return QStringLiteral("%1: %2 cut-off text(s) in %3:\n  %4")
        .arg(language)
        .arg(problems.size())
        .arg(what, problems.join(QStringLiteral("\n  ")));
}

} // namespace

class TestGuiTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void mainWindowShowsWholeTexts_data();
    void mainWindowShowsWholeTexts();
    void dialogsShowWholeTexts_data();
    void dialogsShowWholeTexts();

private:
    void addLanguageRows();

    GuiTenant m_tenant;
    std::unique_ptr<Translations> m_translations;
};

void TestGuiTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tenant.start());
}

void TestGuiTranslations::cleanup()
{
    m_translations.reset();
    QLocale::setDefault(QLocale::c());
}

void TestGuiTranslations::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const Translations::Language &language : Translations::available())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void TestGuiTranslations::mainWindowShowsWholeTexts_data()
{
    addLanguageRows();
}

void TestGuiTranslations::mainWindowShowsWholeTexts()
{
    QFETCH(QString, language);
    m_translations = std::make_unique<Translations>();
    QCOMPARE(m_translations->apply(QLocale(language)), language);

    MainWindow window;
    window.setSession(m_tenant.session());
    window.resize(kWindowSize);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.organizations()->rowCount() > 0 && !window.organizations()->isLoading(), 10000);

    // The biggest demo organization, so the members table and its status line are full.
    const QString acme = m_tenant.organizationId(QStringLiteral("acme"));
    QVERIFY(!acme.isEmpty());
    window.findChild<OrganizationsPane *>()->select(acme);
    auto *view = window.findChild<OrganizationView *>();
    QTRY_COMPARE(view->organizationId(), acme);
    QTRY_VERIFY_WITH_TIMEOUT(view->membersPane()->model()->rowCount() > 0 && !view->membersPane()->model()->isLoading(),
                             10000);

    // The texts really are this language's, so the sizes below are measured on them.
    QCOMPARE(view->membersPane()->title(), QCoreApplication::translate("MembersPane", "Members"));
    if (language != QLatin1String("en"))
        QVERIFY2(view->membersPane()->title() != QLatin1String("Members"), "the Members tab is not translated");

    QStringList problems;
    if (window.minimumSizeHint().width() > kWindowSize.width())
        problems.append(QStringLiteral("the window needs %1 px of width, more than its %2 px default")
                            .arg(window.minimumSizeHint().width())
                            .arg(kWindowSize.width()));
    // Every tab of the organization in front, as each becomes the current one.
    auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
        const QStringList found = cutOffText(&window);
        for (const QString &problem : found) {
            if (!problems.contains(problem))
                problems.append(problem);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(language, QStringLiteral("the main window"), problems)));

    // A member's roles, over the loaded members of the window.
    MemberListModel *members = view->membersPane()->model();
    int withRoles = 0;
    while (withRoles < members->rowCount() && members->memberAt(withRoles).roles.isEmpty())
        ++withRoles;
    QVERIFY2(withRoles < members->rowCount(), "no demo member holds a role");
    MemberRolesDialog roles(m_tenant.session(), members, members->memberAt(withRoles).userId,
                            m_tenant.session()->capabilities());
    roles.show();
    QVERIFY(QTest::qWaitForWindowExposed(&roles));
    QTRY_VERIFY(roles.roleCount() > 0);
    const QStringList rolesProblems = cutOffText(&roles);
    QVERIFY2(rolesProblems.isEmpty(), qPrintable(report(language, QStringLiteral("Member roles"), rolesProblems)));
}

void TestGuiTranslations::dialogsShowWholeTexts_data()
{
    addLanguageRows();
}

void TestGuiTranslations::dialogsShowWholeTexts()
{
    QFETCH(QString, language);
    m_translations = std::make_unique<Translations>();
    QCOMPARE(m_translations->apply(QLocale(language)), language);

    // Each dialog as it first opens: at the size its layout picks.
    AppDialogs dialogs(m_tenant.session(), m_tenant.organizationId(QStringLiteral("umbrella")));
    QStringList problems;
    for (const auto &[name, found] : DialogWalk::problems(dialogs.all(), cutOffText, 50))
        problems.append(report(language, name, found));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestGuiTranslations)
#include "tst_gui_translations.moc"

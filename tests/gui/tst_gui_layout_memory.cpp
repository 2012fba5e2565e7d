// Column widths and splitter positions of every pane come back in the next
// window, through QSettings, without the panes doing anything themselves.
#include "GuiTenant.h"
#include "InvitationsPane.h"
#include "MainWindow.h"
#include "MembersPane.h"
#include "OrganizationView.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class TestGuiLayoutMemory final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OrgConsoleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_layout_memory"));
        QSettings().clear();
    }

    void columnsAndSplittersComeBack()
    {
        int memberEmailWidth = 0;
        int invitationInviteeWidth = 0;
        QList<int> sizes;
        {
            MainWindow window;
            window.resize(1200, 760);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QHeaderView *members = window.organizationView()->membersPane()->view()->horizontalHeader();
            members->resizeSection(1, members->sectionSize(1) + 57);
            memberEmailWidth = members->sectionSize(1);
            auto *invitations = window.organizationView()->findChild<InvitationsPane *>();
            QVERIFY(invitations);
            QHeaderView *invitationColumns = invitations->findChild<QTableView *>(QStringLiteral("invitationsView"))
                                                 ->horizontalHeader();
            invitationColumns->resizeSection(0, 233);
            invitationInviteeWidth = invitationColumns->sectionSize(0);
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({ 411, 789 });
            sizes = splitter->sizes();
            window.close();
        }
        MainWindow again;
        again.resize(1200, 760);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.organizationView()->membersPane()->view()->horizontalHeader()->sectionSize(1), memberEmailWidth);
        auto *invitations = again.organizationView()->findChild<InvitationsPane *>();
        QCOMPARE(invitations->findChild<QTableView *>(QStringLiteral("invitationsView"))->horizontalHeader()->sectionSize(0),
                 invitationInviteeWidth);
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().first(), sizes.first());
    }
};

QTEST_MAIN(TestGuiLayoutMemory)
#include "tst_gui_layout_memory.moc"

// Capabilities: granted scopes to "can the UI offer this?", per auth0-api.md §5.
#include "auth/Capabilities.h"

#include <QStandardPaths>
#include <QTest>

using Auth::Capabilities;
using Op = Auth::Capabilities::Operation;

Q_DECLARE_METATYPE(Auth::Capabilities::Operation)

class TestCapabilities final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mapsOperationsToScopes_data()
    {
        QTest::addColumn<Op>("op");
        QTest::addColumn<QStringList>("granted");
        QTest::addColumn<QStringList>("missing");
        const QString readOrgs = QStringLiteral("read:organizations");
        QTest::newRow("list orgs") << Op::ListOrganizations << QStringList{readOrgs} << QStringList();
        QTest::newRow("list orgs with summary scope")
            << Op::ListOrganizations << QStringList{QStringLiteral("read:organizations_summary")} << QStringList();
        QTest::newRow("by name needs full read")
            << Op::ReadOrganizationByName << QStringList{QStringLiteral("read:organizations_summary")}
            << QStringList{readOrgs};
        QTest::newRow("add members") << Op::AddMembers << QStringList{readOrgs}
                                     << QStringList{QStringLiteral("create:organization_members")};
        QTest::newRow("remove members") << Op::RemoveMembers << QStringList{QStringLiteral("delete:organization_members")}
                                        << QStringList();
        QTest::newRow("members with roles needs both")
            << Op::ListMembersWithRoles << QStringList{QStringLiteral("read:organization_members")}
            << QStringList{QStringLiteral("read:organization_member_roles")};
        QTest::newRow("members with roles, neither") << Op::ListMembersWithRoles << QStringList()
                                                     << QStringList{QStringLiteral("read:organization_members"),
                                                                    QStringLiteral("read:organization_member_roles")};
        QTest::newRow("invite") << Op::CreateInvitation << QStringList{QStringLiteral("read:organization_invitations")}
                                << QStringList{QStringLiteral("create:organization_invitations")};
        QTest::newRow("clients any of") << Op::ListClients << QStringList{QStringLiteral("read:client_summary")}
                                        << QStringList();
        QTest::newRow("user orgs via read:users") << Op::ListUserOrganizations
                                                  << QStringList{QStringLiteral("read:users")} << QStringList();
        QTest::newRow("assign roles") << Op::AssignMemberRoles << QStringList()
                                      << QStringList{QStringLiteral("create:organization_member_roles")};
    }

    void mapsOperationsToScopes()
    {
        QFETCH(Op, op);
        QFETCH(QStringList, granted);
        QFETCH(QStringList, missing);
        const Capabilities caps(granted);
        QCOMPARE(caps.missingScopes(op), missing);
        QCOMPARE(caps.can(op), missing.isEmpty());
        const QString sentence = caps.explainMissing(op);
        QCOMPARE(sentence.isEmpty(), missing.isEmpty());
        for (const QString &scope : missing)
            QVERIFY2(sentence.contains(scope), qPrintable(sentence));
    }

    void noTokenAllowsNothingAndEveryOperationHasARequirement()
    {
        const Capabilities none;
        const auto ops = Capabilities::allOperations();
        QCOMPARE(ops.size(), int(Op::ListConnections) + 1);
        for (Op op : ops) {
            QVERIFY(!Capabilities::requirement(op).isEmpty());
            QVERIFY(!none.can(op));
            QVERIFY(!Capabilities::operationName(op).isEmpty());
        }
    }

    void fullGrantAllowsEverything()
    {
        const QStringList scopes = Capabilities::fullConsoleScopes();
        // The 17 organization scopes plus read:roles, read:users, read:clients, read:connections.
        QCOMPARE(scopes.size(), 21);
        const Capabilities caps(scopes);
        for (Op op : Capabilities::allOperations())
            QVERIFY2(caps.can(op), qPrintable(Capabilities::operationName(op)));
    }

    void unknownScopesLeaveItToTheTenant()
    {
        const Capabilities caps = Capabilities::unknown();
        QVERIFY(!caps.isKnown());
        QVERIFY(caps.can(Op::DeleteOrganization));
        QVERIFY(caps.explainMissing(Op::DeleteOrganization).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"

// The member picker's model: checks survive filtering, come back in list
// order, and are counted; the model passes QAbstractItemModelTester.
#include "MemberPickModel.h"
#include "TextFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
QList<Api::Member> members(int count)
{
    QList<Api::Member> list;
    for (int i = 0; i < count; ++i) {
        Api::Member member;
        member.userId = QStringLiteral("auth0|%1").arg(i);
        member.email = QStringLiteral("user%1@example.com").arg(i);
        member.name = i == 2 ? QString() : QStringLiteral("User %1").arg(QChar(u'A' + i));
        member.picture = QStringLiteral("https://cdn.example/%1.png").arg(i);
        list.append(member);
    }
    return list;
}
} // namespace

class TestMemberPickModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsNameOrEmailWithABoxEach()
    {
        MemberPickModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMembers(members(4));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, MemberPickModel::NameColumn).data().toString(), QStringLiteral("User A"));
        // No name: the email stands in.
        QCOMPARE(model.index(2, MemberPickModel::NameColumn).data().toString(), QStringLiteral("user2@example.com"));
        QCOMPARE(model.index(1, MemberPickModel::EmailColumn).data().toString(), QStringLiteral("user1@example.com"));
        QCOMPARE(model.index(0, MemberPickModel::NameColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!model.index(0, MemberPickModel::EmailColumn).data(Qt::CheckStateRole).isValid());
        QCOMPARE(model.index(3, 0).data(MemberPickModel::PictureRole).toString(),
                 QStringLiteral("https://cdn.example/3.png"));
    }

    void checksComeBackInListOrderAndAreCounted()
    {
        MemberPickModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMembers(members(5));
        QSignalSpy counted(&model, &MemberPickModel::checkedCountChanged);
        QVERIFY(model.setData(model.index(3, 0), Qt::Checked, Qt::CheckStateRole));
        model.toggle(1);
        model.setChecked({ 4, 0 }, true);
        QCOMPARE(model.checkedCount(), 4);
        QCOMPARE(model.checkedUserIds(),
                 (QStringList { QStringLiteral("auth0|0"), QStringLiteral("auth0|1"), QStringLiteral("auth0|3"),
                                QStringLiteral("auth0|4") }));
        QCOMPARE(model.checkedNames().first(), QStringLiteral("User A"));
        QCOMPARE(counted.last().at(0).toInt(), 4);
        model.toggle(1);
        QVERIFY(!model.isChecked(1));
        QCOMPARE(model.checkedCount(), 3);
        // Checking twice changes nothing.
        const int emitted = int(counted.size());
        model.setChecked({ 3 }, true);
        QCOMPARE(int(counted.size()), emitted);
        model.clearChecks();
        QCOMPARE(model.checkedCount(), 0);
        QVERIFY(model.checkedUserIds().isEmpty());
        // Only the check state of the name column can be set.
        QVERIFY(!model.setData(model.index(0, 1), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x"), Qt::EditRole));
    }

    void checksSurviveFiltering()
    {
        MemberPickModel model;
        TextFilterProxyModel proxy(MemberPickModel::SearchTextRole);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMembers(members(5));
        proxy.setFilterText(QStringLiteral("user3@"));
        QCOMPARE(proxy.rowCount(), 1);
        model.setChecked({ proxy.mapToSource(proxy.index(0, 0)).row() }, true);
        proxy.setFilterText(QStringLiteral("auth0|1"));
        QCOMPARE(proxy.rowCount(), 1);
        model.setChecked({ proxy.mapToSource(proxy.index(0, 0)).row() }, true);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 5);
        QCOMPARE(model.checkedUserIds(), (QStringList { QStringLiteral("auth0|1"), QStringLiteral("auth0|3") }));
        QCOMPARE(proxy.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void newMembersDropOldChecks()
    {
        MemberPickModel model;
        model.setMembers(members(3));
        model.setChecked({ 0, 1 }, true);
        model.setMembers(members(2));
        QCOMPARE(model.checkedCount(), 0);
    }
};

QTEST_MAIN(TestMemberPickModel)
#include "tst_member_pick_model.moc"

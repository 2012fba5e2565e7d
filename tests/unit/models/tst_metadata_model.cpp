// MetadataModel under QAbstractItemModelTester: rows from a map, edits, add
// and remove, and Auth0's limits (25 keys, 255-character keys and values,
// no empty or repeated keys) reported per cell and for the whole table.
#include "MetadataModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestMetadataModel final : public QObject
{
    Q_OBJECT

    static QMap<QString, QString> sample()
    {
        return { { QStringLiteral("tier"), QStringLiteral("gold") },
                 { QStringLiteral("region"), QStringLiteral("eu") } };
    }

private slots:
    void showsTheMapSortedByKey()
    {
        MetadataModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMetadata(sample());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, MetadataModel::KeyColumn).data().toString(), QStringLiteral("region"));
        QCOMPARE(model.index(1, MetadataModel::ValueColumn).data().toString(), QStringLiteral("gold"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Key"));
        QCOMPARE(model.metadata(), sample());
        QVERIFY(model.problem().isEmpty());
    }

    void editsAddsAndRemoves()
    {
        MetadataModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMetadata(sample());
        QSignalSpy edited(&model, &MetadataModel::edited);
        QVERIFY(model.setData(model.index(1, MetadataModel::ValueColumn), QStringLiteral("platinum")));
        const int row = model.addRow();
        QCOMPARE(row, 2);
        // An empty key is a problem until it is filled in.
        QVERIFY(!model.problemAt(row, MetadataModel::KeyColumn).isEmpty());
        QVERIFY(model.problem().startsWith(QLatin1String("Row 3")));
        QVERIFY(model.setData(model.index(row, MetadataModel::KeyColumn), QStringLiteral("seats")));
        QVERIFY(model.setData(model.index(row, MetadataModel::ValueColumn), QStringLiteral("250")));
        QVERIFY(model.removeRow(0));
        QCOMPARE(edited.count(), 5);
        const QMap<QString, QString> expected { { QStringLiteral("tier"), QStringLiteral("platinum") },
                                                { QStringLiteral("seats"), QStringLiteral("250") } };
        QCOMPARE(model.metadata(), expected);
        QVERIFY(model.problem().isEmpty());
    }

    void refusesOverlongKeysAndValues()
    {
        MetadataModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMetadata(sample());
        QVERIFY(model.setData(model.index(0, MetadataModel::ValueColumn), QString(255, QLatin1Char('v'))));
        QVERIFY(model.problem().isEmpty());
        QVERIFY(model.setData(model.index(0, MetadataModel::ValueColumn), QString(256, QLatin1Char('v'))));
        QVERIFY(model.problemAt(0, MetadataModel::ValueColumn).contains(QLatin1String("255")));
        QCOMPARE(model.index(0, MetadataModel::ValueColumn).data(MetadataModel::ProblemRole).toString(),
                 model.problemAt(0, MetadataModel::ValueColumn));
        // Not cut short: what was typed stays, so it can be fixed.
        QCOMPARE(model.index(0, MetadataModel::ValueColumn).data().toString().size(), 256);
        QVERIFY(model.setData(model.index(0, MetadataModel::ValueColumn), QStringLiteral("ok")));
        QVERIFY(model.setData(model.index(0, MetadataModel::KeyColumn), QString(256, QLatin1Char('k'))));
        QVERIFY(model.problemAt(0, MetadataModel::KeyColumn).contains(QLatin1String("255")));
    }

    void refusesARepeatedKey()
    {
        MetadataModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMetadata(sample());
        QVERIFY(model.setData(model.index(1, MetadataModel::KeyColumn), QStringLiteral("region")));
        QVERIFY(model.problemAt(0, MetadataModel::KeyColumn).isEmpty());
        QVERIFY(model.problemAt(1, MetadataModel::KeyColumn).contains(QLatin1String("row 1")));
        // Removing the first makes the second fine again.
        QVERIFY(model.removeRow(0));
        QVERIFY(model.problem().isEmpty());
    }

    void stopsAtTwentyFiveKeys()
    {
        MetadataModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 25; ++i) {
            QVERIFY(model.canAddRow());
            const int row = model.addRow();
            QVERIFY(model.setData(model.index(row, 0), QStringLiteral("key%1").arg(i)));
        }
        QVERIFY(!model.canAddRow());
        QCOMPARE(model.addRow(), -1);
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(model.problem().isEmpty());
        // More than 25 from elsewhere are flagged from the 26th on.
        QMap<QString, QString> many;
        for (int i = 0; i < 26; ++i)
            many.insert(QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("v"));
        model.setMetadata(many);
        QVERIFY(model.problemAt(24, MetadataModel::KeyColumn).isEmpty());
        QVERIFY(model.problemAt(25, MetadataModel::KeyColumn).contains(QLatin1String("25")));
    }

    void readOnlyRefusesEdits()
    {
        MetadataModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMetadata(sample());
        model.setReadOnly(true);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x")));
        QVERIFY(!model.canAddRow());
        QVERIFY(!model.removeRow(0));
        QCOMPARE(model.metadata(), sample());
    }
};

QTEST_GUILESS_MAIN(TestMetadataModel)
#include "tst_metadata_model.moc"

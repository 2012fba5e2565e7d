// OrganizationPatch: the PATCH body carries only what changed, branding as a
// whole (or null), metadata with null for removed keys; and the rules for a
// display name and the colour pair.
#include "OrganizationPatch.h"

#include <QJsonArray>
#include <QTest>

class TestOrganizationPatch final : public QObject
{
    Q_OBJECT

    static Api::Organization acme()
    {
        Api::Organization org;
        org.id = QStringLiteral("org_1");
        org.name = QStringLiteral("acme");
        org.displayName = QStringLiteral("Acme");
        org.logoUrl = QStringLiteral("https://cdn.example/acme.png");
        org.primaryColor = QStringLiteral("#E4572E");
        org.pageBackgroundColor = QStringLiteral("#FFF8F0");
        org.metadata = { { QStringLiteral("tier"), QStringLiteral("gold") },
                         { QStringLiteral("region"), QStringLiteral("eu") } };
        return org;
    }

private slots:
    void nothingChangedIsAnEmptyPatch()
    {
        QVERIFY(OrganizationPatch::between(acme(), acme()).isEmpty());
        // Colours differing only in case are the same colour.
        Api::Organization lower = acme();
        lower.primaryColor = QStringLiteral("#e4572e");
        QVERIFY(OrganizationPatch::between(acme(), lower).isEmpty());
    }

    void displayNameAlone()
    {
        Api::Organization after = acme();
        after.displayName = QStringLiteral("Acme Corporation");
        const QJsonObject patch = OrganizationPatch::between(acme(), after);
        QCOMPARE(patch, (QJsonObject { { QStringLiteral("display_name"), QStringLiteral("Acme Corporation") } }));
    }

    void oneColourSendsTheWholeBranding()
    {
        Api::Organization after = acme();
        after.primaryColor = QStringLiteral("#000000");
        const QJsonObject patch = OrganizationPatch::between(acme(), after);
        QCOMPARE(patch.keys(), QStringList { QStringLiteral("branding") });
        const QJsonObject branding = patch.value(QStringLiteral("branding")).toObject();
        QCOMPARE(branding.value(QStringLiteral("logo_url")).toString(), acme().logoUrl);
        const QJsonObject colors = branding.value(QStringLiteral("colors")).toObject();
        QCOMPARE(colors.value(QStringLiteral("primary")).toString(), QStringLiteral("#000000"));
        QCOMPARE(colors.value(QStringLiteral("page_background")).toString(), QStringLiteral("#FFF8F0"));
    }

    void removedLogoGoesAsNull()
    {
        Api::Organization after = acme();
        after.logoUrl.clear();
        const QJsonObject branding
            = OrganizationPatch::between(acme(), after).value(QStringLiteral("branding")).toObject();
        QVERIFY(branding.contains(QStringLiteral("logo_url")));
        QVERIFY(branding.value(QStringLiteral("logo_url")).isNull());
        QVERIFY(branding.contains(QStringLiteral("colors")));
    }

    void noBrandingLeftGoesAsNull()
    {
        Api::Organization after = acme();
        after.logoUrl.clear();
        after.primaryColor.clear();
        after.pageBackgroundColor.clear();
        const QJsonObject patch = OrganizationPatch::between(acme(), after);
        QVERIFY(patch.contains(QStringLiteral("branding")));
        QVERIFY(patch.value(QStringLiteral("branding")).isNull());
    }

    void newLogoWithoutColours()
    {
        Api::Organization before;
        before.id = QStringLiteral("org_2");
        Api::Organization after = before;
        after.logoUrl = QStringLiteral("https://cdn.example/new.svg");
        const QJsonObject patch = OrganizationPatch::between(before, after);
        QCOMPARE(patch.value(QStringLiteral("branding")).toObject(),
                 (QJsonObject { { QStringLiteral("logo_url"), QStringLiteral("https://cdn.example/new.svg") } }));
    }

    void metadataCarriesTheNewSetAndNullForRemovedKeys()
    {
        Api::Organization after = acme();
        after.metadata.remove(QStringLiteral("region"));
        after.metadata.insert(QStringLiteral("tier"), QStringLiteral("platinum"));
        after.metadata.insert(QStringLiteral("seats"), QStringLiteral("250"));
        const QJsonObject patch = OrganizationPatch::between(acme(), after);
        QCOMPARE(patch.keys(), QStringList { QStringLiteral("metadata") });
        const QJsonObject metadata = patch.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.size(), 3);
        QCOMPARE(metadata.value(QStringLiteral("tier")).toString(), QStringLiteral("platinum"));
        QCOMPARE(metadata.value(QStringLiteral("seats")).toString(), QStringLiteral("250"));
        QVERIFY(metadata.value(QStringLiteral("region")).isNull());
    }

    void clearingAllMetadataNullsEveryKey()
    {
        Api::Organization after = acme();
        after.metadata.clear();
        const QJsonObject metadata
            = OrganizationPatch::between(acme(), after).value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.keys(), (QStringList { QStringLiteral("region"), QStringLiteral("tier") }));
        QVERIFY(metadata.value(QStringLiteral("region")).isNull());
        QVERIFY(metadata.value(QStringLiteral("tier")).isNull());
    }

    void displayNameRules()
    {
        QVERIFY(OrganizationPatch::displayNameProblem(QString(), QString()).isEmpty());
        QVERIFY(OrganizationPatch::displayNameProblem(QStringLiteral("Acme"), QStringLiteral("Acme Inc")).isEmpty());
        QVERIFY(!OrganizationPatch::displayNameProblem(QStringLiteral("Acme"), QString()).isEmpty());
        QVERIFY(OrganizationPatch::displayNameProblem(QString(), QString(255, QLatin1Char('a'))).isEmpty());
        QVERIFY(OrganizationPatch::displayNameProblem(QString(), QString(256, QLatin1Char('a')))
                    .contains(QLatin1String("255")));
    }

    void colourPairRule()
    {
        QVERIFY(OrganizationPatch::colourPairProblem(QString(), QString()).isEmpty());
        QVERIFY(OrganizationPatch::colourPairProblem(QStringLiteral("#fff"), QStringLiteral("#000")).isEmpty());
        QVERIFY(!OrganizationPatch::colourPairProblem(QStringLiteral("#fff"), QString()).isEmpty());
        QVERIFY(!OrganizationPatch::colourPairProblem(QString(), QStringLiteral("#000")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrganizationPatch)
#include "tst_organization_patch.moc"

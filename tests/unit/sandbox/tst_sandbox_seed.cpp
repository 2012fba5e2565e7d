// The sandbox's seed data: deterministic, realistic, obeying Auth0's rules, and fast at scale.
#include "DemoSeeder.h"
#include "SandboxFixture.h"
#include "SandboxOptions.h"
#include "TenantStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

// A fixed "now" so two seeds can be compared byte for byte.
constexpr qint64 kNow = 1767225600000; // 2026-01-01T00:00:00Z
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

std::unique_ptr<Sandbox::TenantStore> seededStore(quint32 seed, int scale = 0, bool demo = true)
{
    auto store = std::make_unique<Sandbox::TenantStore>(seed);
    store->setClock([] { return kNow; });
    Sandbox::SandboxOptions options;
    options.randomSeed = seed;
    Sandbox::DemoSeeder seeder(*store, options);
    if (demo)
        seeder.seedDemo();
    else
        seeder.seedEmpty();
    if (scale > 0)
        seeder.seedScale(scale);
    return store;
}

// Everything a seed produced, in a stable order, as one document.
QByteArray snapshot(Sandbox::TenantStore &store)
{
    QJsonObject all;
    const std::pair<const char *, Sandbox::EntityTable *> tables[] = {
        { "users", &store.users() },
        { "roles", &store.roles() },
        { "clients", &store.clients() },
        { "connections", &store.connections() },
    };
    for (const auto &[name, table] : tables) {
        QJsonArray items;
        for (const QString &id : table->ids())
            items.append(*table->find(id));
        all.insert(QString::fromLatin1(name), items);
    }
    QJsonArray orgs;
    for (const auto &entry : store.organizationIdsByName()) {
        const Sandbox::Organization *org = store.organization(entry.second);
        QJsonObject json = org->toJson();
        QJsonArray members;
        for (const auto &member : org->members)
            members.append(
                QJsonArray { member.first.userId, member.first.joinedMs, QJsonArray::fromStringList(member.second) });
        json.insert(QStringLiteral("members"), members);
        QJsonArray invitations;
        for (const QJsonObject &invitation : org->invitations)
            invitations.append(invitation);
        json.insert(QStringLiteral("invitations"), invitations);
        QJsonArray connections;
        for (const Sandbox::OrgConnection &c : org->connections)
            connections.append(
                QJsonArray { c.connectionId, c.assignMembershipOnLogin, c.showAsButton, c.isSignupEnabled });
        json.insert(QStringLiteral("connections"), connections);
        orgs.append(json);
    }
    all.insert(QStringLiteral("organizations"), orgs);
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

qint64 parseTime(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

} // namespace

class TestSandboxSeed final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sameSeedSameTenant()
    {
        const auto a = seededStore(7);
        const auto b = seededStore(7);
        QCOMPARE(snapshot(*a), snapshot(*b));
        // And the ids really come from the seed.
        const auto c = seededStore(8);
        QVERIFY(a->organizationByName(QStringLiteral("acme"))->id != c->organizationByName(QStringLiteral("acme"))->id);
        QVERIFY(a->users().ids() != c->users().ids());
    }

    void demoTenantHasTheExpectedEntities()
    {
        const auto store = seededStore(1);
        QVERIFY(store->organizationCount() >= 6 && store->organizationCount() <= 8);
        for (const char *name : { "acme", "globex", "initech", "umbrella", "stark-industries", "wayne-enterprises" })
            QVERIFY2(store->organizationByName(QString::fromLatin1(name)), name);
        QVERIFY(store->roles().size() >= 6);
        QVERIFY(store->users().size() > 1250);

        // The sandbox app plus a regular web app and a SPA, both with a login route for invitations.
        QVERIFY(store->clients().contains(QStringLiteral("sandbox")));
        QSet<QString> appTypes;
        for (const QString &id : store->clients().ids()) {
            const QJsonObject *client = store->clients().find(id);
            const QString type = client->value(QStringLiteral("app_type")).toString();
            appTypes.insert(type);
            const QString loginUri = client->value(QStringLiteral("initiate_login_uri")).toString();
            if (type == QLatin1String("regular_web") || type == QLatin1String("spa"))
                QVERIFY(loginUri.startsWith(QLatin1String("https://")));
        }
        QVERIFY(appTypes.contains(QStringLiteral("regular_web")));
        QVERIFY(appTypes.contains(QStringLiteral("spa")));
        QVERIFY(appTypes.contains(QStringLiteral("non_interactive")));

        QSet<QString> strategies;
        for (const QString &id : store->connections().ids())
            strategies.insert(store->connections().find(id)->value(QStringLiteral("strategy")).toString());
        for (const char *strategy : { "auth0", "google-oauth2", "email" })
            QVERIFY2(strategies.contains(QString::fromLatin1(strategy)), strategy);
        QVERIFY(strategies.contains(QStringLiteral("okta")) || strategies.contains(QStringLiteral("samlp"))
                || strategies.contains(QStringLiteral("waad")));

        for (const auto &entry : store->organizationIdsByName()) {
            const Sandbox::Organization *org = store->organization(entry.second);
            QVERIFY(org->id.startsWith(QLatin1String("org_")));
            QCOMPARE(org->id.size(), 20);
            QVERIFY(!org->displayName.isEmpty());
            if (!org->branding.isEmpty()) {
                const QString logo = org->branding.value(QStringLiteral("logo_url")).toString();
                QVERIFY(logo.startsWith(QLatin1String("https://")));
                const QJsonObject colors = org->branding.value(QStringLiteral("colors")).toObject();
                static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
                QVERIFY(hex.match(colors.value(QStringLiteral("primary")).toString()).hasMatch());
                QVERIFY(hex.match(colors.value(QStringLiteral("page_background")).toString()).hasMatch());
            }
        }
    }

    void usersLookLikeAuth0Users()
    {
        const auto store = seededStore(1);
        static const QRegularExpression databaseId(QStringLiteral("^auth0\\|[0-9a-f]{24}$"));
        QSet<QString> emails;
        int database = 0;
        for (const QString &id : store->users().ids()) {
            const QJsonObject user = *store->users().find(id);
            QCOMPARE(user.value(QStringLiteral("user_id")).toString(), id);
            const QJsonObject identity = user.value(QStringLiteral("identities")).toArray().at(0).toObject();
            if (identity.value(QStringLiteral("provider")).toString() == QLatin1String("auth0")) {
                QVERIFY2(databaseId.match(id).hasMatch(), qPrintable(id));
                QCOMPARE(QString(QStringLiteral("auth0|") + identity.value(QStringLiteral("user_id")).toString()), id);
                ++database;
            }
            QVERIFY(id.contains(QLatin1Char('|')));
            for (const char *key :
                 { "email", "given_name", "family_name", "name", "nickname", "picture", "created_at", "updated_at" })
                QVERIFY2(!user.value(QString::fromLatin1(key)).toString().isEmpty(), key);
            QVERIFY(user.value(QStringLiteral("picture")).toString().startsWith(QLatin1String("https://")));
            const qint64 created = parseTime(user.value(QStringLiteral("created_at")));
            QVERIFY(created > 0 && created <= kNow);
            const QString email = user.value(QStringLiteral("email")).toString();
            QVERIFY2(!emails.contains(email), qPrintable(email));
            emails.insert(email);
        }
        QVERIFY(database > store->users().size() / 2);
    }

    void oneOrganizationIsPastThePagingCap()
    {
        const auto store = seededStore(1);
        int biggest = 0;
        for (const auto &entry : store->organizationIdsByName())
            biggest = std::max(biggest, int(store->organization(entry.second)->members.size()));
        QVERIFY2(biggest > 1000, qPrintable(QString::number(biggest)));
    }

    void membersAndRolesAreConsistent()
    {
        const auto store = seededStore(1);
        int withRoles = 0;
        int withoutRoles = 0;
        int multiOrg = 0;
        QHash<QString, int> orgsPerUser;
        for (const auto &entry : store->organizationIdsByName()) {
            const Sandbox::Organization *org = store->organization(entry.second);
            QCOMPARE(org->joinedAt.size(), qsizetype(org->members.size()));
            for (const auto &member : org->members) {
                QVERIFY(store->users().contains(member.first.userId));
                QCOMPARE(org->joinedAt.value(member.first.userId), member.first.joinedMs);
                QVERIFY(member.first.joinedMs >= org->createdMs && member.first.joinedMs <= kNow);
                QVERIFY(member.second.size() <= 3);
                QCOMPARE(QSet<QString>(member.second.begin(), member.second.end()).size(), member.second.size());
                for (const QString &role : member.second)
                    QVERIFY(store->roles().contains(role));
                (member.second.isEmpty() ? withoutRoles : withRoles)++;
                ++orgsPerUser[member.first.userId];
            }
        }
        for (int count : std::as_const(orgsPerUser))
            multiOrg += count > 1;
        QVERIFY(withRoles > 0 && withoutRoles > 0);
        QVERIFY(multiOrg > 0);
        // Some users belong to no organization: candidates for "Add members".
        QVERIFY(store->users().size() > orgsPerUser.size());
    }

    void enabledConnectionsObeyTheSignupRule()
    {
        const auto store = seededStore(1);
        int signup = 0;
        QSet<bool> assignFlags;
        for (const auto &entry : store->organizationIdsByName()) {
            const Sandbox::Organization *org = store->organization(entry.second);
            QVERIFY(org->connections.size() <= 10);
            for (const Sandbox::OrgConnection &c : org->connections) {
                const QJsonObject *connection = store->connections().find(c.connectionId);
                QVERIFY(connection);
                assignFlags.insert(c.assignMembershipOnLogin);
                if (c.isSignupEnabled) {
                    ++signup;
                    QCOMPARE(connection->value(QStringLiteral("strategy")).toString(), QStringLiteral("auth0"));
                    QVERIFY(c.assignMembershipOnLogin);
                }
            }
        }
        QVERIFY(signup > 0);
        QCOMPARE(assignFlags.size(), 2);
    }

    void invitationsArePendingExpiringAndExpired()
    {
        const auto store = seededStore(1);
        int pending = 0;
        int expiringSoon = 0;
        int expired = 0;
        static const QRegularExpression invitationId(QStringLiteral("^uinv_[A-Za-z0-9]{16}$"));
        for (const auto &entry : store->organizationIdsByName()) {
            const Sandbox::Organization *org = store->organization(entry.second);
            qint64 previous = 0;
            for (const QJsonObject &invitation : org->invitations) {
                QVERIFY(invitationId.match(invitation.value(QStringLiteral("id")).toString()).hasMatch());
                QCOMPARE(invitation.value(QStringLiteral("organization_id")).toString(), org->id);
                const QJsonObject inviter = invitation.value(QStringLiteral("inviter")).toObject();
                const QJsonObject invitee = invitation.value(QStringLiteral("invitee")).toObject();
                QVERIFY(!inviter.value(QStringLiteral("name")).toString().isEmpty());
                QVERIFY(invitee.value(QStringLiteral("email")).toString().contains(QLatin1Char('@')));
                const QString ticket = invitation.value(QStringLiteral("ticket_id")).toString();
                QCOMPARE(ticket.size(), 32);
                const QUrl url(invitation.value(QStringLiteral("invitation_url")).toString());
                QCOMPARE(url.scheme(), QStringLiteral("https"));
                const QUrlQuery query(url);
                QCOMPARE(query.queryItemValue(QStringLiteral("invitation")), ticket);
                QCOMPARE(query.queryItemValue(QStringLiteral("organization")), org->id);
                QCOMPARE(query.queryItemValue(QStringLiteral("organization_name")), org->name);
                const QString clientId = invitation.value(QStringLiteral("client_id")).toString();
                const QJsonObject *client = store->clients().find(clientId);
                QVERIFY(client);
                QVERIFY(url.toString().startsWith(client->value(QStringLiteral("initiate_login_uri")).toString()));
                for (const QJsonValue role : invitation.value(QStringLiteral("roles")).toArray())
                    QVERIFY(store->roles().contains(role.toString()));
                const QJsonValue connectionId = invitation.value(QStringLiteral("connection_id"));
                if (!connectionId.isUndefined())
                    QVERIFY(store->connections().contains(connectionId.toString()));

                const qint64 created = parseTime(invitation.value(QStringLiteral("created_at")));
                const qint64 expires = parseTime(invitation.value(QStringLiteral("expires_at")));
                QVERIFY(created > 0 && created < kNow && expires > created);
                QVERIFY(created >= previous); // oldest first
                previous = created;
                if (expires <= kNow)
                    ++expired;
                else if (expires - kNow <= kDayMs)
                    ++expiringSoon;
                else
                    ++pending;
            }
        }
        QVERIFY(pending >= 3);
        QVERIFY(expiringSoon >= 2);
        QVERIFY(expired >= 3);
    }

    void scaleAddsAnOrganizationWithNMembers_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addColumn<int>("members");
        QTest::newRow("empty tenant, 2500") << false << 2500;
        QTest::newRow("demo tenant, 1500") << true << 1500;
        QTest::newRow("empty tenant, 100000") << false << 100000;
    }

    void scaleAddsAnOrganizationWithNMembers()
    {
        QFETCH(bool, demo);
        QFETCH(int, members);
        QElapsedTimer timer;
        timer.start();
        const auto store = seededStore(3, members, demo);
        const qint64 elapsed = timer.elapsed();
        qInfo("seeded %d scale members in %lld ms", members, elapsed);
        // Linear work: a quadratic step would take minutes at 100,000.
        QVERIFY2(elapsed < 30000, qPrintable(QString::number(elapsed)));

        const Sandbox::Organization *org = store->organizationByName(QStringLiteral("scale-test"));
        QVERIFY(org);
        QCOMPARE(int(org->members.size()), members);
        QVERIFY(store->roles().size() > 0);
        int counts[4] = { 0, 0, 0, 0 };
        for (const auto &member : org->members) {
            QVERIFY(member.second.size() <= 3);
            ++counts[member.second.size()];
            QVERIFY(store->users().contains(member.first.userId));
        }
        for (int n = 0; n < 4; ++n)
            QVERIFY2(counts[n] > 0, qPrintable(QString::number(n)));
        if (members <= 2500) {
            for (const auto &member : org->members) {
                for (const QString &role : member.second)
                    QVERIFY(store->roles().contains(role));
            }
        }
    }

    void demoTenantIsServed()
    {
        // Through the service: the list and checkpoint paging past the 1,000-record cap.
        ServiceHarness h(quietSandboxOptions(QStringLiteral("demo")));
        const auto list = h.call("GET", QStringLiteral("/api/v2/organizations?include_totals=true"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.object().value(QStringLiteral("total")).toInt(), h.store().organizationCount());

        const Sandbox::Organization *umbrella = h.store().organizationByName(QStringLiteral("umbrella"));
        QSet<QString> seen;
        QString from;
        for (int page = 0; page < 100; ++page) {
            QString path = QStringLiteral("/api/v2/organizations/%1/members?take=100").arg(umbrella->id);
            if (!from.isEmpty())
                path += QStringLiteral("&from=") + QString::fromLatin1(QUrl::toPercentEncoding(from));
            const auto r = h.call("GET", path);
            QCOMPARE(r.status, 200);
            const QJsonArray items = r.object().value(QStringLiteral("members")).toArray();
            for (const QJsonValue item : items)
                seen.insert(item.toObject().value(QStringLiteral("user_id")).toString());
            from = r.object().value(QStringLiteral("next")).toString();
            if (from.isEmpty() || items.isEmpty())
                break;
        }
        QCOMPARE(seen.size(), int(umbrella->members.size()));
    }

    void demoInvitationsWorkForAnyApp()
    {
        // The demo tenant has a default login route, so an app added without one can still invite.
        ServiceHarness h(quietSandboxOptions(QStringLiteral("demo")));
        QCOMPARE(h.store().settings().defaultLoginRoute(), QStringLiteral("https://portal.orgconsole.example/login"));
        const auto app = h.call("POST", QStringLiteral("/api/v2/clients"),
                                QJsonObject { { QStringLiteral("name"), QStringLiteral("New App") },
                                              { QStringLiteral("organization_usage"), QStringLiteral("allow") } });
        QCOMPARE(app.status, 201);
        QVERIFY(!app.object().contains(QStringLiteral("initiate_login_uri")));
        const Sandbox::Organization *acme = h.store().organizationByName(QStringLiteral("acme"));
        const auto r = h.call(
            "POST", QStringLiteral("/api/v2/organizations/%1/invitations").arg(acme->id),
            QJsonObject {
                { QStringLiteral("inviter"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Ana") } } },
                { QStringLiteral("invitee"),
                  QJsonObject { { QStringLiteral("email"), QStringLiteral("new.hire@acme.example") } } },
                { QStringLiteral("client_id"), app.object().value(QStringLiteral("client_id")) } });
        QCOMPARE(r.status, 201);
        QVERIFY(r.object()
                    .value(QStringLiteral("invitation_url"))
                    .toString()
                    .startsWith(QLatin1String("https://portal.orgconsole.example/login?invitation=")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSeed)
#include "tst_sandbox_seed.moc"

// "Connect a tenant" and tenant profiles against a sandbox tenant: a wrong
// secret or a bad domain is explained in place and saves nothing; a good one
// lists the granted scopes with what they enable, and only "Open tenant"
// saves the profile and (if asked) puts the secret in the keychain; removing
// a tenant deletes its secrets.
#include "ConnectDialog.h"
#include "FakeSecretBackend.h"
#include "MessageBox.h"
#include "SandboxFixture.h"
#include "TenantProfilesDialog.h"
#include "TenantSession.h"
#include "auth/ProfileStore.h"
#include "auth/TokenStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

class TestGuiConnect final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void badDomainIsExplainedAndNothingIsSent();
    void wrongSecretIsExplainedInPlace();
    void connectListsScopesThenOpenSavesProfileAndSecret();
    void notRememberedSecretStaysOutOfTheKeychain();
    void limitedClientShowsWhatIsNotGranted();
    void expiredPastedTokenGetsAClearMessage();
    void removingATenantDeletesItsSecrets();

private:
    void fill(ConnectDialog &dialog, const QString &domain, const QString &secret);
    bool waitForOutcome(ConnectDialog &dialog);
    QString sandboxDomain(SandboxFixture &sandbox) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    FakeSecretBackend *m_keychain = nullptr;
    std::unique_ptr<Auth::TokenStore> m_secrets;
    std::unique_ptr<Auth::ProfileStore> m_profiles;
};

void TestGuiConnect::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxFixture>(quietSandboxOptions(QStringLiteral("demo")));
    QVERIFY(m_sandbox->start());
}

void TestGuiConnect::init()
{
    auto backend = std::make_unique<FakeSecretBackend>();
    m_keychain = backend.get();
    m_secrets = std::make_unique<Auth::TokenStore>(std::move(backend));
    QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_profiles = std::make_unique<Auth::ProfileStore>(
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat),
        m_secrets.get());
}

void TestGuiConnect::cleanup()
{
    m_profiles.reset();
    m_secrets.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QString TestGuiConnect::sandboxDomain(SandboxFixture &sandbox) const
{
    const QUrl base(sandbox.baseUrl());
    return QStringLiteral("%1:%2").arg(base.host()).arg(base.port());
}

void TestGuiConnect::fill(ConnectDialog &dialog, const QString &domain, const QString &secret)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Staging"));
    dialog.findChild<QLineEdit *>(QStringLiteral("domainEdit"))->setText(domain);
    dialog.findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(QStringLiteral("sandbox"));
    dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(secret);
}

bool TestGuiConnect::waitForOutcome(ConnectDialog &dialog)
{
    auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openButton"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    return QTest::qWaitFor([&] { return open->isEnabled() || !error->isHidden(); }, 10000);
}

void TestGuiConnect::badDomainIsExplainedAndNothingIsSent()
{
    const qint64 before = m_sandbox->call("GET", QStringLiteral("/sandbox/stats"))
                              .object()
                              .value(QStringLiteral("requests"))
                              .toObject()
                              .value(QStringLiteral("total"))
                              .toInteger();
    ConnectDialog dialog(m_profiles.get(), m_secrets.get());
    fill(dialog, QStringLiteral("not a domain!"), QStringLiteral("x"));
    dialog.connectTenant();
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(!error->isHidden());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("openButton"))->isEnabled());
    QVERIFY(m_profiles->profiles().isEmpty());
    const qint64 after = m_sandbox->call("GET", QStringLiteral("/sandbox/stats"))
                             .object()
                             .value(QStringLiteral("requests"))
                             .toObject()
                             .value(QStringLiteral("total"))
                             .toInteger();
    // Only this test's own two stats calls reached the tenant.
    QVERIFY(after - before <= 1);
}

void TestGuiConnect::wrongSecretIsExplainedInPlace()
{
    ConnectDialog dialog(m_profiles.get(), m_secrets.get());
    dialog.show();
    fill(dialog, sandboxDomain(*m_sandbox), QStringLiteral("not-the-secret"));
    dialog.connectTenant();
    QVERIFY(waitForOutcome(dialog));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("openButton"))->isEnabled());
    QVERIFY(m_profiles->profiles().isEmpty());
    QVERIFY(m_keychain->keys().isEmpty());
}

void TestGuiConnect::connectListsScopesThenOpenSavesProfileAndSecret()
{
    ConnectDialog dialog(m_profiles.get(), m_secrets.get());
    dialog.show();
    fill(dialog, sandboxDomain(*m_sandbox), QStringLiteral("sandbox-secret"));
    dialog.connectTenant();
    QVERIFY(waitForOutcome(dialog));
    auto *scopes = dialog.findChild<QTreeWidget *>(QStringLiteral("scopesView"));
    QVERIFY(scopes->isVisible());
    const auto found = scopes->findItems(QStringLiteral("create:organization_members"), Qt::MatchExactly, 0);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first()->text(1).contains(QLatin1String("add members")), qPrintable(found.first()->text(1)));
    // Tested but not opened: nothing saved yet.
    QVERIFY(m_profiles->profiles().isEmpty());
    QVERIFY(m_keychain->keys().isEmpty());

    dialog.openTenant();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    std::unique_ptr<TenantSession> session = dialog.takeSession();
    QVERIFY(session);
    QCOMPARE(session->state(), TenantSession::State::Connected);
    QCOMPARE(m_profiles->profiles().size(), 1);
    const Auth::TenantProfile saved = m_profiles->profiles().constFirst();
    QCOMPARE(saved.displayName, QStringLiteral("Staging"));
    QCOMPARE(m_profiles->lastUsedId(), saved.id);
    const QString secretKey = Auth::TokenStore::keyFor(saved.id, Auth::TokenStore::Kind::ClientSecret);
    QTRY_VERIFY(m_keychain->contains(secretKey));
    QCOMPARE(m_keychain->value(secretKey), QByteArray("sandbox-secret"));
    // The form forgets the secret once it is handed over.
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text().isEmpty());
    // Nothing of the secret in the settings file.
    QFile ini(m_dir.filePath(QStringLiteral("profiles.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("sandbox-secret"));
}

void TestGuiConnect::notRememberedSecretStaysOutOfTheKeychain()
{
    ConnectDialog dialog(m_profiles.get(), m_secrets.get());
    fill(dialog, sandboxDomain(*m_sandbox), QStringLiteral("sandbox-secret"));
    dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"))->setChecked(false);
    dialog.connectTenant();
    QVERIFY(waitForOutcome(dialog));
    dialog.openTenant();
    QCOMPARE(m_profiles->profiles().size(), 1);
    QTest::qWait(100);
    QVERIFY(m_keychain->keys().isEmpty());
}

void TestGuiConnect::limitedClientShowsWhatIsNotGranted()
{
    Sandbox::SandboxOptions options = quietSandboxOptions(QStringLiteral("demo"));
    options.scopes = QStringList { QStringLiteral("read:organizations"), QStringLiteral("read:organization_members") };
    SandboxFixture limited(options);
    QVERIFY(limited.start());
    ConnectDialog dialog(m_profiles.get(), m_secrets.get());
    fill(dialog, sandboxDomain(limited), QStringLiteral("sandbox-secret"));
    dialog.connectTenant();
    QVERIFY(waitForOutcome(dialog));
    auto *scopes = dialog.findChild<QTreeWidget *>(QStringLiteral("scopesView"));
    const auto granted = scopes->findItems(QStringLiteral("read:organization_members"), Qt::MatchExactly, 0);
    QCOMPARE(granted.size(), 1);
    QVERIFY(!granted.first()->text(1).startsWith(QLatin1String("Not granted")));
    const auto missing = scopes->findItems(QStringLiteral("create:organization_members"), Qt::MatchExactly, 0);
    QCOMPARE(missing.size(), 1);
    QVERIFY2(missing.first()->text(1).startsWith(QLatin1String("Not granted")), qPrintable(missing.first()->text(1)));
}

void TestGuiConnect::expiredPastedTokenGetsAClearMessage()
{
    // A JWT whose exp lies in 2001: its signature does not matter, it is refused before any request.
    const QByteArray header = QByteArray(R"({"alg":"HS256","typ":"JWT"})")
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray payload = QByteArray(R"({"exp":1000000000,"scope":"read:organizations"})")
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    ConnectDialog dialog(m_profiles.get(), m_secrets.get());
    fill(dialog, sandboxDomain(*m_sandbox), QString());
    dialog.findChild<QCheckBox *>(QStringLiteral("useTokenCheckBox"))->setChecked(true);
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("tokenEdit"))
        ->setPlainText(QString::fromLatin1(header + '.' + payload + ".c2ln"));
    dialog.connectTenant();
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QLatin1String("expired"), Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY(m_profiles->profiles().isEmpty());
}

void TestGuiConnect::removingATenantDeletesItsSecrets()
{
    Auth::TenantProfile profile
        = Auth::TenantProfile::create(QStringLiteral("Old"), sandboxDomain(*m_sandbox), QStringLiteral("sandbox"));
    QVERIFY(m_profiles->save(profile).isEmpty());
    const QString key = Auth::TokenStore::keyFor(profile.id, Auth::TokenStore::Kind::ClientSecret);
    bool written = false;
    m_secrets->write(profile.id, Auth::TokenStore::Kind::ClientSecret, "sandbox-secret", this,
                     [&](bool) { written = true; });
    QTRY_VERIFY(written);
    QVERIFY(m_keychain->contains(key));

    TenantProfilesDialog dialog(m_profiles.get(), m_secrets.get(), QString());
    QVERIFY(dialog.select(profile.id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.removeSelected();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("keychain")));
    QVERIFY(m_profiles->profiles().isEmpty());
    QTRY_VERIFY(!m_keychain->contains(key));
    QVERIFY(!dialog.select(profile.id));
}

QTEST_MAIN(TestGuiConnect)
#include "tst_gui_connect.moc"

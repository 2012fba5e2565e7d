// The Settings tab against a sandbox tenant: display name, branding colours
// and metadata edited and saved in one PATCH (the tenant holds them), Revert,
// invalid colours and metadata over Auth0's limits refused with nothing sent,
// the logo preview fetched without the token (and its failure shown), an
// injected fault shown in place on save with the edits kept, deletion after
// typing the name, and a limited-scope token's disabled controls.
#include "ColorSwatchButton.h"
#include "DeleteOrganizationDialog.h"
#include "GuiTenant.h"
#include "LogoPreview.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MetadataModel.h"
#include "ModalDriver.h"
#include "OrganizationListModel.h"
#include "OrganizationView.h"
#include "OrganizationsPane.h"
#include "SettingsPane.h"
#include "TenantSession.h"

#include <QBuffer>
#include <QColorDialog>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestGuiSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void savesDisplayNameBrandingAndMetadataInOnePatch();
    void revertPutsBackWhatTheTenantHolds();
    void refusesAnInvalidColourAndSendsNothing_data();
    void refusesAnInvalidColourAndSendsNothing();
    void refusesMetadataOverTheLimitsAndSendsNothing();
    void stopsAddingRowsAtTwentyFiveKeys();
    void previewsTheLogoWithoutTheToken();
    void showsWhyTheLogoCannotBeShown();
    void showsAnInjectedFaultOnSaveAndKeepsTheEdits();
    void deletesTheOrganizationAfterItsNameIsTyped();
    void limitedScopeDisablesEditingAndNamesTheScope();

private:
    QLineEdit *edit(const char *name) const { return m_pane->findChild<QLineEdit *>(QLatin1String(name)); }
    QLabel *label(const char *name) const { return m_pane->findChild<QLabel *>(QLatin1String(name)); }
    QPushButton *button(const char *name) const { return m_pane->findChild<QPushButton *>(QLatin1String(name)); }
    QJsonObject held() { return m_tenant.get(QStringLiteral("organizations/") + m_orgId).object(); }
    void typeInto(QLineEdit *target, const QString &text);
    QLineEdit *cellEditor() const;
    void setFaults(const QString &faults);

    GuiTenant m_tenant;
    OrganizationListModel m_organizations;
    std::unique_ptr<SettingsPane> m_pane;
    QString m_orgId;
    QString m_orgName;
    int m_orgCounter = 0;
    QSslConfiguration m_defaultTls;
};

void TestGuiSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_defaultTls = QSslConfiguration::defaultConfiguration();
    QVERIFY(m_tenant.start());
    m_organizations.setSession(m_tenant.session());
}

void TestGuiSettings::init()
{
    // Each test edits an organization of its own, with branding and metadata set.
    m_orgName = QStringLiteral("gui-settings-%1").arg(++m_orgCounter);
    const QJsonObject body {
        { QStringLiteral("name"), m_orgName },
        { QStringLiteral("display_name"), QStringLiteral("Settings Test %1").arg(m_orgCounter) },
        { QStringLiteral("branding"),
          QJsonObject { { QStringLiteral("colors"),
                          QJsonObject { { QStringLiteral("primary"), QStringLiteral("#112233") },
                                        { QStringLiteral("page_background"), QStringLiteral("#ffffff") } } } } },
        { QStringLiteral("metadata"),
          QJsonObject { { QStringLiteral("tier"), QStringLiteral("gold") },
                        { QStringLiteral("region"), QStringLiteral("eu") } } }
    };
    const SandboxResponse created = m_tenant.sandbox().call("POST", QStringLiteral("/api/v2/organizations"), body);
    QCOMPARE(created.status, 201);
    m_orgId = created.object().value(QStringLiteral("id")).toString();

    // The pane edits through the same list the window shows on the left.
    m_organizations.reload();
    m_organizations.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(m_organizations.rowOf(m_orgId) >= 0, 10000);

    m_pane = std::make_unique<SettingsPane>();
    m_pane->resize(900, 900);
    m_pane->setSession(m_tenant.session());
    m_pane->setOrganizationList(&m_organizations);
    m_pane->setCapabilities(m_tenant.session()->capabilities());
    m_pane->setOrganization(m_organizations.organizationAt(m_organizations.rowOf(m_orgId)));
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestGuiSettings::cleanup()
{
    m_pane.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QSslConfiguration::setDefaultConfiguration(m_defaultTls);
}

void TestGuiSettings::typeInto(QLineEdit *target, const QString &text)
{
    target->setFocus();
    target->selectAll();
    QTest::keyClick(target, Qt::Key_Backspace);
    QTest::keyClicks(target, text);
}

QLineEdit *TestGuiSettings::cellEditor() const
{
    return m_pane->metadataView()->viewport()->findChild<QLineEdit *>();
}

void TestGuiSettings::setFaults(const QString &faults)
{
    QVERIFY(m_tenant.data().setFaults(faults, QStringLiteral("/organizations/") + m_orgId));
}

void TestGuiSettings::savesDisplayNameBrandingAndMetadataInOnePatch()
{
    QSignalSpy sent(&m_tenant.session()->client(), &Api::ApiClient::requestFinished);
    typeInto(edit("displayNameEdit"), QStringLiteral("Renamed Corp"));
    // The primary colour through the picker, the background as hex text.
    whenModal<QColorDialog>([](QColorDialog *dialog) {
        dialog->setCurrentColor(QColor(QStringLiteral("#e4572e")));
        dialog->accept();
    });
    m_pane->findChild<ColorSwatchButton *>(QStringLiteral("primarySwatchButton"))->click();
    QCOMPARE(edit("primaryColourEdit")->text(), QStringLiteral("#e4572e"));
    typeInto(edit("backgroundColourEdit"), QStringLiteral("#FFF8F0"));

    // Metadata: change one value, remove one key, add one.
    MetadataModel *metadata = m_pane->metadata();
    QCOMPARE(metadata->rowCount(), 2);
    const int tierRow = metadata->index(0, 0).data().toString() == QLatin1String("tier") ? 0 : 1;
    QVERIFY(metadata->setData(metadata->index(tierRow, MetadataModel::ValueColumn), QStringLiteral("platinum")));
    m_pane->metadataView()->selectRow(1 - tierRow);
    button("removeRowButton")->click();
    button("addRowButton")->click();
    const int added = metadata->rowCount() - 1;
    // The new key is being edited; the value follows as a person would type it.
    QLineEdit *keyEditor = cellEditor();
    QVERIFY(keyEditor);
    QTest::keyClicks(keyEditor, QStringLiteral("seats"));
    QTest::keyClick(keyEditor, Qt::Key_Return);
    QVERIFY(metadata->setData(metadata->index(added, MetadataModel::ValueColumn), QStringLiteral("250")));

    QVERIFY(label("unsavedLabel")->text().contains(QLatin1String("Unsaved")));
    QVERIFY2(button("saveButton")->isEnabled(), qPrintable(m_pane->problem()));
    QCOMPARE(sent.count(), 0);
    button("saveButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isBusy() && !m_pane->isModified(), 10000);

    // One PATCH, nothing else.
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.first().at(0).toByteArray(), QByteArray("PATCH"));
    const QJsonObject org = held();
    QCOMPARE(org.value(QStringLiteral("display_name")).toString(), QStringLiteral("Renamed Corp"));
    const QJsonObject colors
        = org.value(QStringLiteral("branding")).toObject().value(QStringLiteral("colors")).toObject();
    QCOMPARE(colors.value(QStringLiteral("primary")).toString(), QStringLiteral("#e4572e"));
    QCOMPARE(colors.value(QStringLiteral("page_background")).toString(), QStringLiteral("#FFF8F0"));
    const QJsonObject expectedMetadata { { QStringLiteral("tier"), QStringLiteral("platinum") },
                                         { QStringLiteral("seats"), QStringLiteral("250") } };
    QCOMPARE(org.value(QStringLiteral("metadata")).toObject(), expectedMetadata);
    // The list on the left follows, and the indicator is gone.
    QCOMPARE(m_organizations.organizationAt(m_organizations.rowOf(m_orgId)).displayName,
             QStringLiteral("Renamed Corp"));
    QVERIFY(label("unsavedLabel")->text().isEmpty());
    QVERIFY(!button("saveButton")->isEnabled());
}

void TestGuiSettings::revertPutsBackWhatTheTenantHolds()
{
    QSignalSpy sent(&m_tenant.session()->client(), &Api::ApiClient::requestFinished);
    const QString before = edit("displayNameEdit")->text();
    typeInto(edit("displayNameEdit"), QStringLiteral("Something else"));
    typeInto(edit("primaryColourEdit"), QStringLiteral("#000000"));
    m_pane->addMetadataRow();
    QVERIFY(m_pane->isModified());
    QVERIFY(label("unsavedLabel")->text().contains(QLatin1String("Unsaved")));
    QVERIFY(button("revertButton")->isEnabled());

    button("revertButton")->click();
    QCOMPARE(edit("displayNameEdit")->text(), before);
    QCOMPARE(edit("primaryColourEdit")->text(), QStringLiteral("#112233"));
    QCOMPARE(m_pane->metadata()->rowCount(), 2);
    QVERIFY(!m_pane->isModified());
    QVERIFY(label("unsavedLabel")->text().isEmpty());
    QCOMPARE(sent.count(), 0);
}

void TestGuiSettings::refusesAnInvalidColourAndSendsNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("expected");
    QTest::newRow("five digits") << "primaryColourEdit"
                                 << "#12345"
                                 << "primaryErrorLabel"
                                 << "#RRGGBB";
    QTest::newRow("a name") << "backgroundColourEdit"
                            << "white"
                            << "backgroundErrorLabel"
                            << "#RRGGBB";
    QTest::newRow("one of the pair") << "backgroundColourEdit"
                                     << ""
                                     << "backgroundErrorLabel"
                                     << "both colours";
    QTest::newRow("http logo") << "logoUrlEdit"
                               << "http://cdn.example/logo.png"
                               << "logoErrorLabel"
                               << "https://";
    QTest::newRow("display name cleared") << "displayNameEdit"
                                          << ""
                                          << "displayNameErrorLabel"
                                          << "display name";
}

void TestGuiSettings::refusesAnInvalidColourAndSendsNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, errorLabel);
    QFETCH(QString, expected);
    QSignalSpy sent(&m_tenant.session()->client(), &Api::ApiClient::requestFinished);
    const QJsonObject before = held();

    QLineEdit *target = m_pane->findChild<QLineEdit *>(field);
    typeInto(target, text);
    // The rule shows next to the field as it is typed, and Save stays shut.
    QLabel *error = m_pane->findChild<QLabel *>(errorLabel);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    QVERIFY(!button("saveButton")->isEnabled());
    QVERIFY(m_pane->isModified());

    // Ctrl+S does not get past it either.
    m_pane->save();
    QVERIFY(label("saveErrorLabel")->isVisible());
    QVERIFY(label("saveErrorLabel")->text().contains(QLatin1String("Nothing was sent")));
    QTest::qWait(100);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(held(), before);
}

void TestGuiSettings::refusesMetadataOverTheLimitsAndSendsNothing()
{
    QSignalSpy sent(&m_tenant.session()->client(), &Api::ApiClient::requestFinished);
    const QJsonObject before = held();
    MetadataModel *metadata = m_pane->metadata();
    QTableView *view = m_pane->metadataView();

    // A value of 256 characters, typed into the cell editor.
    const QModelIndex value = metadata->index(0, MetadataModel::ValueColumn);
    view->setCurrentIndex(value);
    view->edit(value);
    QLineEdit *editor = cellEditor();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QString(256, QLatin1Char('v')));
    // Checked while typing, before the editor closes.
    QVERIFY(label("metadataErrorLabel")->isVisible());
    QVERIFY2(label("metadataErrorLabel")->text().contains(QLatin1String("255")),
             qPrintable(label("metadataErrorLabel")->text()));
    QVERIFY(!button("saveButton")->isEnabled());
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(metadata->index(0, MetadataModel::ValueColumn).data().toString().size(), 256);

    // A key of 256 characters and a duplicate key are refused too.
    const int row = m_pane->metadata()->addRow();
    QVERIFY(metadata->setData(metadata->index(row, MetadataModel::KeyColumn), QString(256, QLatin1Char('k'))));
    QVERIFY(!metadata->problemAt(row, MetadataModel::KeyColumn).isEmpty());
    QVERIFY(metadata->setData(metadata->index(row, MetadataModel::KeyColumn),
                              metadata->index(0, MetadataModel::KeyColumn).data().toString()));
    QVERIFY(metadata->problemAt(row, MetadataModel::KeyColumn).contains(QLatin1String("already used")));

    m_pane->save();
    QVERIFY(label("saveErrorLabel")->text().contains(QLatin1String("Nothing was sent")));
    QTest::qWait(100);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(held(), before);
}

void TestGuiSettings::stopsAddingRowsAtTwentyFiveKeys()
{
    MetadataModel *metadata = m_pane->metadata();
    QPushButton *add = button("addRowButton");
    while (metadata->rowCount() < 25) {
        QVERIFY(add->isEnabled());
        const int row = metadata->addRow();
        QVERIFY(metadata->setData(metadata->index(row, MetadataModel::KeyColumn), QStringLiteral("key%1").arg(row)));
    }
    QVERIFY(!add->isEnabled());
    QVERIFY2(add->toolTip().contains(QLatin1String("25")), qPrintable(add->toolTip()));
    QCOMPARE(metadata->addRow(), -1);
    QVERIFY(label("metadataCountLabel")->text().contains(QLatin1String("25 of 25")));

    // Twenty-five is allowed: it saves, and the tenant holds all of them.
    QVERIFY2(button("saveButton")->isEnabled(), qPrintable(m_pane->problem()));
    button("saveButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isBusy() && !m_pane->isModified(), 10000);
    QCOMPARE(held().value(QStringLiteral("metadata")).toObject().size(), 25);
}

namespace {

// A one-shot HTTPS image host on loopback with a throwaway certificate, which
// records the headers it was sent.
class LogoHost final
{
public:
    bool start(const QByteArray &image)
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty() || !QSslSocket::supportsSsl())
            return false;
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess process;
        process.start(openssl,
                      { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                        QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                        QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                        QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert });
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return false;
        QFile keyFile(key), certFile(cert);
        if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
            return false;
        const QSslCertificate certificate(&certFile);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        config.setLocalCertificate(certificate);
        m_server.setSslConfiguration(config);
        // The client trusts this certificate for this test only.
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificate(certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        QObject::connect(&m_server, &QSslServer::pendingConnectionAvailable, &m_server, [this, image] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, image] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(image.size()) + "\r\n\r\n" + image);
                    socket->disconnectFromHost();
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1/logo.png").arg(m_server.serverPort()); }
    QByteArray request() const { return m_request; }

private:
    QTemporaryDir m_dir;
    QSslServer m_server;
    QByteArray m_request;
};

QByteArray pngOf(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(QStringLiteral("#2e86ab")));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

void TestGuiSettings::previewsTheLogoWithoutTheToken()
{
    LogoHost host;
    if (!host.start(pngOf(120, 40)))
        QSKIP("openssl and a TLS backend are needed for a local https logo host");
    LogoPreview *preview = m_pane->logoPreview();
    QCOMPARE(preview->state(), LogoPreview::State::Empty);
    typeInto(edit("logoUrlEdit"), host.url());
    QTRY_COMPARE_WITH_TIMEOUT(preview->state(), LogoPreview::State::Loaded, 10000);
    QVERIFY(preview->statusText().contains(QLatin1String("120")));
    QVERIFY(!preview->pixmap().isNull());
    // The logo host got a plain request: never the tenant's token.
    QVERIFY(host.request().startsWith("GET /logo.png"));
    QVERIFY2(!host.request().toLower().contains("authorization"), host.request().constData());
}

void TestGuiSettings::showsWhyTheLogoCannotBeShown()
{
    LogoPreview *preview = m_pane->logoPreview();
    // Nothing listens on this port: the fetch fails and says so.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    typeInto(edit("logoUrlEdit"), QStringLiteral("https://127.0.0.1:%1/missing.png").arg(port));
    QTRY_COMPARE_WITH_TIMEOUT(preview->state(), LogoPreview::State::Failed, 10000);
    QVERIFY2(preview->text().contains(QLatin1String("Could not load the logo")), qPrintable(preview->text()));
    // A failed preview does not stop saving a valid address.
    QVERIFY(button("saveButton")->isEnabled());

    typeInto(edit("logoUrlEdit"), QStringLiteral("ftp://example.com/logo.png"));
    QCOMPARE(preview->state(), LogoPreview::State::Invalid);
    QVERIFY(label("logoErrorLabel")->isVisible());

    edit("logoUrlEdit")->clear();
    QCOMPARE(preview->state(), LogoPreview::State::Empty);
    QCOMPARE(preview->text(), QStringLiteral("No logo"));
}

void TestGuiSettings::showsAnInjectedFaultOnSaveAndKeepsTheEdits()
{
    setFaults(QStringLiteral("500=1"));
    typeInto(edit("displayNameEdit"), QStringLiteral("Faulty Save"));
    button("saveButton")->click();
    QLabel *error = label("saveErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    setFaults(QString());
    QVERIFY2(error->text().contains(QLatin1String("not saved")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("500")) || error->text().contains(QLatin1String("server")),
             qPrintable(error->text()));
    // Nothing typed is lost, and the tenant still holds the old name.
    QCOMPARE(edit("displayNameEdit")->text(), QStringLiteral("Faulty Save"));
    QVERIFY(m_pane->isModified());
    QCOMPARE(held().value(QStringLiteral("display_name")).toString(),
             QStringLiteral("Settings Test %1").arg(m_orgCounter));

    // Trying again once the tenant is well saves it and clears the error.
    QVERIFY(button("saveButton")->isEnabled());
    button("saveButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isModified(), 10000);
    QVERIFY(!error->isVisible());
    QCOMPARE(held().value(QStringLiteral("display_name")).toString(), QStringLiteral("Faulty Save"));
}

void TestGuiSettings::deletesTheOrganizationAfterItsNameIsTyped()
{
    // The whole window: the organization must leave the list and the view.
    m_pane.reset();
    MainWindow window;
    window.setSession(m_tenant.session());
    window.show();
    auto *list = window.findChild<OrganizationsPane *>();
    auto *view = window.findChild<OrganizationView *>();
    window.organizations()->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(window.organizations()->rowOf(m_orgId) >= 0, 10000);
    list->select(m_orgId);
    QCOMPARE(view->organizationId(), m_orgId);
    auto *settings = qobject_cast<SettingsPane *>(view->tab(QStringLiteral("Settings")));
    QVERIFY(settings);
    view->showTab(settings);

    bool enabledOnWrongName = true;
    bool enabledOnCase = true;
    whenModal<DeleteOrganizationDialog>([&](DeleteOrganizationDialog *dialog) {
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
        auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        QTest::keyClicks(typed, m_orgName.left(m_orgName.size() - 1));
        enabledOnWrongName = confirm->isEnabled();
        typed->setText(m_orgName.toUpper());
        enabledOnCase = confirm->isEnabled();
        typed->clear();
        QTest::keyClicks(typed, m_orgName);
        QVERIFY(confirm->isEnabled());
        confirm->click();
    });
    settings->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    QVERIFY(!enabledOnWrongName);
    QVERIFY(!enabledOnCase);
    QTRY_VERIFY_WITH_TIMEOUT(window.organizations()->rowOf(m_orgId) < 0, 10000);
    QVERIFY2(view->organizationId().isEmpty(),
             qPrintable(view->organizationId() + QLatin1Char(' ') + list->selectedId()));
    QCOMPARE(m_tenant.sandbox().call("GET", QStringLiteral("/api/v2/organizations/") + m_orgId).status, 404);
}

void TestGuiSettings::limitedScopeDisablesEditingAndNamesTheScope()
{
    Sandbox::SandboxOptions options = GuiTenant::demoOptions();
    options.scopes = QStringList { QStringLiteral("read:organizations") };
    GuiTenant limited(options);
    QVERIFY(limited.start());
    const QString acme = limited.organizationId(QStringLiteral("acme"));
    OrganizationListModel organizations;
    organizations.setSession(limited.session());
    organizations.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(organizations.rowOf(acme) >= 0, 10000);

    SettingsPane pane;
    pane.setSession(limited.session());
    pane.setOrganizationList(&organizations);
    pane.setCapabilities(limited.session()->capabilities());
    pane.setOrganization(organizations.organizationAt(organizations.rowOf(acme)));
    pane.show();

    auto *displayName = pane.findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
    auto *save = pane.findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *remove = pane.findChild<QPushButton *>(QStringLiteral("deleteButton"));
    auto *addRow = pane.findChild<QPushButton *>(QStringLiteral("addRowButton"));
    QVERIFY(displayName->isReadOnly());
    QVERIFY(displayName->toolTip().contains(QLatin1String("update:organizations")));
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(QLatin1String("update:organizations")), qPrintable(save->toolTip()));
    QVERIFY(!addRow->isEnabled());
    QVERIFY(!pane.findChild<ColorSwatchButton *>(QStringLiteral("primarySwatchButton"))->isEnabled());
    QVERIFY(pane.metadata()->rowCount() > 0);
    QVERIFY(!(pane.metadata()->flags(pane.metadata()->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(QLatin1String("delete:organizations")), qPrintable(remove->toolTip()));
    QVERIFY(pane.findChild<QLabel *>(QStringLiteral("scopeLabel"))->isVisible());
    // Accessible names equal the visible labels.
    QCOMPARE(save->accessibleName(), save->text());
    QCOMPARE(remove->accessibleName(), remove->text());
}

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"

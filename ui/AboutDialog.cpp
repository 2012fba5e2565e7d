#include "AboutDialog.h"

#include "Icons.h"
#include "auth/KeychainInfo.h"
#include "ui_AboutDialog.h"

#include <QClipboard>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>
#include <QSysInfo>

namespace {
QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString qtVersion()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built ? running : QStringLiteral("%1 (built with %2)").arg(running, built);
}

QString systemName()
{
    return QStringLiteral("%1, %2").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(Icons::app().pixmap(64, 64));
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(ORGCONSOLE_VERSION)));
    m_ui->versionValue->setText(QStringLiteral(ORGCONSOLE_VERSION));
    m_ui->qtValue->setText(qtVersion());
    m_ui->keychainValue->setText(Auth::KeychainInfo::backendName());
    m_ui->platformValue->setText(systemName());

    m_ui->licenseText->setPlainText(licenseText());
    m_ui->licenseText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->noticesBrowser->setHtml(noticesHtml());

    m_ui->tabWidget->setAccessibleName(tr("About OrgConsole"));
    for (int i = 0; i < m_ui->tabWidget->count(); ++i)
        m_ui->tabWidget->widget(i)->setAccessibleName(m_ui->tabWidget->tabText(i));
    m_ui->licenseText->setAccessibleName(tr("License"));
    m_ui->noticesBrowser->setAccessibleName(tr("Third-party notices"));
    m_ui->copyDetailsButton->setAccessibleName(m_ui->copyDetailsButton->text());
    m_ui->copyDetailsButton->setIcon(Icons::get(QStringLiteral("copy")));
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setAccessibleName(close->text());

    connect(m_ui->copyDetailsButton, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionReport()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionReport()
{
    return QStringLiteral("orgconsole %1\nQt %2\nKeychain: %3\nSystem: %4\n")
        .arg(QStringLiteral(ORGCONSOLE_VERSION), qtVersion(), Auth::KeychainInfo::backendName(), systemName());
}

QString AboutDialog::licenseText()
{
    return resourceText(QStringLiteral(":/legal/LICENSE"));
}

QString AboutDialog::noticesHtml()
{
    const QString lgpl = QStringLiteral("https://www.gnu.org/licenses/lgpl-3.0.html");
    const QString qtSource = QStringLiteral("https://download.qt.io/official_releases/qt/");
    const QString qtLicensing = QStringLiteral("https://www.qt.io/licensing/open-source-lgpl-obligations");
    QString html;
    html += QStringLiteral("<h3>Qt %1</h3>").arg(QString::fromLatin1(qVersion()));
    html += QStringLiteral("<p>")
        + tr("OrgConsole uses the Qt libraries under the GNU Lesser General Public License version 3 "
             "(LGPLv3). Qt is Copyright (C) The Qt Company Ltd. and other contributors. You may replace "
             "the Qt libraries OrgConsole uses with your own build; Qt's source code is available from "
             "%1.")
              .arg(QStringLiteral("<a href=\"%1\">%1</a>").arg(qtSource))
        + QStringLiteral("</p>");
    html += QStringLiteral("<p><a href=\"%1\">%2</a> · <a href=\"%3\">%4</a></p>")
                .arg(lgpl, tr("GNU LGPLv3 license text"), qtLicensing, tr("Qt's LGPL obligations"));
    html += QStringLiteral("<h3>QtKeychain</h3>");
    html += QStringLiteral("<p>")
        + tr("OrgConsole keeps secrets in the system keychain through QtKeychain, used under the "
             "BSD 3-Clause License:")
        + QStringLiteral("</p>");
    html += QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>")
                .arg(resourceText(QStringLiteral(":/legal/QtKeychain-BSD-3-Clause.txt")).toHtmlEscaped());
    return html;
}

#include "InvitationLinksDialog.h"

#include "Icons.h"
#include "ui_InvitationLinksDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QToolButton>

InvitationLinksDialog::InvitationLinksDialog(const QList<Api::Invitation> &invitations, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InvitationLinksDialog>())
    , m_invitations(invitations)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("%n invitation(s) created. Their links are below; anyone with a link can use it "
                                 "until it expires, so share them only with the invitee.",
                                 nullptr, int(invitations.size())));
    m_ui->copyAllButton->setIcon(Icons::get(QStringLiteral("copy")));
    for (QPushButton *button : { m_ui->copyAllButton, m_ui->closeButton })
        button->setAccessibleName(button->text());
    QTableWidget *table = m_ui->linksTable;
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->setRowCount(int(invitations.size()));
    for (int row = 0; row < invitations.size(); ++row) {
        const Api::Invitation &invitation = invitations.at(row);
        table->setItem(row, 0, new QTableWidgetItem(invitation.inviteeEmail));
        auto *link = new QTableWidgetItem(invitation.invitationUrl);
        link->setToolTip(invitation.invitationUrl);
        table->setItem(row, 1, link);
        auto *copyButton = new QToolButton(table);
        copyButton->setObjectName(QStringLiteral("copyButton%1").arg(row));
        copyButton->setText(tr("Copy"));
        copyButton->setIcon(Icons::get(QStringLiteral("copy")));
        copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        copyButton->setAutoRaise(true);
        copyButton->setAccessibleName(copyButton->text());
        copyButton->setAccessibleDescription(tr("Copy the invitation link for %1").arg(invitation.inviteeEmail));
        copyButton->setToolTip(copyButton->accessibleDescription());
        connect(copyButton, &QToolButton::clicked, this, [this, row] { copy(row); });
        table->setCellWidget(row, 2, copyButton);
    }
    connect(m_ui->copyAllButton, &QPushButton::clicked, this, &InvitationLinksDialog::copyAll);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
}

InvitationLinksDialog::~InvitationLinksDialog() = default;

void InvitationLinksDialog::copy(int row)
{
    if (row < 0 || row >= m_invitations.size())
        return;
    const Api::Invitation &invitation = m_invitations.at(row);
    QGuiApplication::clipboard()->setText(invitation.invitationUrl);
    m_ui->copiedLabel->setText(tr("Link for %1 copied").arg(invitation.inviteeEmail));
}

void InvitationLinksDialog::copyAll()
{
    QGuiApplication::clipboard()->setText(allLinksText(m_invitations));
    m_ui->copiedLabel->setText(tr("%n link(s) copied", nullptr, int(m_invitations.size())));
}

QString InvitationLinksDialog::allLinksText(const QList<Api::Invitation> &invitations)
{
    QStringList lines;
    for (const Api::Invitation &invitation : invitations)
        lines.append(invitation.inviteeEmail + QLatin1Char('\t') + invitation.invitationUrl);
    return lines.join(QLatin1Char('\n'));
}

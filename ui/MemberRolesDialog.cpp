#include "MemberRolesDialog.h"

#include "AssignRoleDialog.h"
#include "AvatarCache.h"
#include "ErrorPresenter.h"
#include "Icons.h"
#include "MemberListModel.h"
#include "MessageBox.h"
#include "ui_MemberRolesDialog.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QToolButton>

using Op = Auth::Capabilities::Operation;

MemberRolesDialog::MemberRolesDialog(TenantSession *session, MemberListModel *members, const QString &userId,
                                     const Auth::Capabilities &capabilities, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberRolesDialog>())
    , m_session(session)
    , m_members(members)
    , m_userId(userId)
    , m_capabilities(capabilities)
    , m_roles(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->assignRoleButton->setIcon(Icons::get(QStringLiteral("role")));
    for (QPushButton *button : { m_ui->assignRoleButton, m_ui->closeButton })
        button->setAccessibleName(button->text());
    m_ui->assignRoleButton->setEnabled(capabilities.can(Op::AssignMemberRoles));
    m_ui->assignRoleButton->setToolTip(capabilities.explainMissing(Op::AssignMemberRoles));
    // Columns exist before the header is told how to size them.
    m_roles->setHorizontalHeaderLabels({ tr("Role"), QString() });
    m_ui->rolesView->setModel(m_roles);
    m_ui->rolesView->verticalHeader()->hide();
    m_ui->rolesView->horizontalHeader()->setStretchLastSection(false);
    m_ui->rolesView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->assignRoleButton, &QPushButton::clicked, this, &MemberRolesDialog::assignRole);
    connect(members, &QAbstractItemModel::dataChanged, this, &MemberRolesDialog::rebuild);
    connect(members, &MemberListModel::failed, this,
            [this](const Api::ApiError &error) { ErrorPresenter::show(m_ui->errorLabel, error); });
    rebuild();
}

MemberRolesDialog::~MemberRolesDialog() = default;

int MemberRolesDialog::roleCount() const
{
    return m_roles->rowCount();
}

const Api::Member *MemberRolesDialog::shownMember() const
{
    const int row = m_members ? m_members->rowOf(m_userId) : -1;
    return row < 0 ? nullptr : &m_members->memberAt(row);
}

void MemberRolesDialog::rebuild()
{
    const Api::Member *shown = shownMember();
    if (!shown)
        return;
    const Api::Member &member = *shown;
    const QString name = member.name.isEmpty() ? member.email : member.name;
    setWindowTitle(tr("Roles of %1").arg(name));
    m_ui->nameLabel->setText(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()));
    m_ui->detailLabel->setText(QStringLiteral("%1 · %2").arg(member.email, member.userId));
    m_ui->avatarLabel->setPixmap(AvatarCache::initials(name, 48));

    m_roles->removeRows(0, m_roles->rowCount());
    for (const Api::Role &role : member.roles) {
        auto *nameItem = new QStandardItem(role.name);
        nameItem->setEditable(false);
        nameItem->setToolTip(role.id);
        auto *actionItem = new QStandardItem;
        actionItem->setEditable(false);
        m_roles->appendRow({ nameItem, actionItem });
        // A real button per held role: few rows, and screen readers can reach it.
        auto *remove = new QToolButton(m_ui->rolesView);
        remove->setIcon(Icons::get(QStringLiteral("trash")));
        remove->setToolTip(tr("Remove role"));
        remove->setAccessibleName(tr("Remove role"));
        remove->setAccessibleDescription(role.name);
        remove->setAutoRaise(true);
        remove->setEnabled(m_capabilities.can(Op::RemoveMemberRoles));
        const QString roleId = role.id;
        connect(remove, &QToolButton::clicked, this, [this, roleId] { removeRole(roleId); });
        m_ui->rolesView->setIndexWidget(m_roles->index(m_roles->rowCount() - 1, 1), remove);
    }
    m_ui->rolesView->horizontalHeader()->resizeSection(1, 36);
}

void MemberRolesDialog::removeRole(const QString &roleId)
{
    const Api::Member *member = shownMember();
    if (!member)
        return;
    for (const Api::Role &held : member->roles) {
        if (held.id != roleId)
            continue;
        // Copied: the list may move on while the question is open.
        const Api::Role role = held;
        const auto answer = MessageBox::question(
            this, tr("Remove role"),
            tr("Remove the role \"%1\" from %2 in this organization?").arg(role.name, member->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes && m_members)
            m_members->removeRoles(m_userId, { role });
        return;
    }
}

void MemberRolesDialog::assignRole()
{
    const Api::Member *member = shownMember();
    if (!member)
        return;
    QStringList held;
    for (const Api::Role &role : member->roles)
        held.append(role.id);
    AssignRoleDialog dialog(m_session, held, member->name, this);
    if (dialog.exec() == QDialog::Accepted && m_members)
        m_members->assignRoles(m_userId, dialog.selectedRoles());
}

#include "AssignRoleDialog.h"

#include "ErrorPresenter.h"
#include "Icons.h"
#include "TenantSession.h"
#include "ui_AssignRoleDialog.h"

#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace {
constexpr int kRoleIndexRole = Qt::UserRole;
}

AssignRoleDialog::AssignRoleDialog(TenantSession *session, const QStringList &heldRoleIds, const QString &memberName,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AssignRoleDialog>())
    , m_roles(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_held(heldRoleIds)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Choose the roles to assign to %1 in this organization.").arg(memberName));
    m_ui->filterEdit->setAccessibleName(tr("Filter roles by name"));
    m_ui->assignButton->setIcon(Icons::get(QStringLiteral("role")));
    for (QPushButton *button : { m_ui->assignButton, m_ui->cancelButton })
        button->setAccessibleName(button->text());
    m_filter->setSourceModel(m_roles);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->rolesView->setModel(m_filter);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->assignButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_roles, &QStandardItemModel::itemChanged, this, &AssignRoleDialog::updateButton);
    updateButton();

    if (!session)
        return;
    session->roles().listAll(QString(), this, [this](const Api::ApiResult<QList<Api::Role>> &r) {
        m_loaded = true;
        if (!r.ok()) {
            ErrorPresenter::show(m_ui->errorLabel, r.error);
            emit rolesLoaded();
            return;
        }
        m_catalog = r.value;
        for (int i = 0; i < m_catalog.size(); ++i) {
            const Api::Role &role = m_catalog.at(i);
            const bool held = m_held.contains(role.id);
            auto *item = new QStandardItem(held ? tr("%1 (already assigned)").arg(role.name) : role.name);
            item->setData(i, kRoleIndexRole);
            item->setToolTip(role.description);
            item->setEditable(false);
            item->setCheckable(!held);
            item->setCheckState(held ? Qt::Checked : Qt::Unchecked);
            item->setEnabled(!held);
            m_roles->appendRow(item);
        }
        m_roles->sort(0);
        emit rolesLoaded();
    });
}

AssignRoleDialog::~AssignRoleDialog() = default;

QList<Api::Role> AssignRoleDialog::selectedRoles() const
{
    QList<Api::Role> roles;
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        const QStandardItem *item = m_roles->item(row);
        if (item->isEnabled() && item->checkState() == Qt::Checked)
            roles.append(m_catalog.at(item->data(kRoleIndexRole).toInt()));
    }
    return roles;
}

bool AssignRoleDialog::check(const QString &roleName)
{
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        QStandardItem *item = m_roles->item(row);
        if (item->isEnabled() && m_catalog.at(item->data(kRoleIndexRole).toInt()).name == roleName) {
            item->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

void AssignRoleDialog::updateButton()
{
    const int count = int(selectedRoles().size());
    m_ui->selectionLabel->setText(tr("%n role(s) selected", nullptr, count));
    m_ui->assignButton->setEnabled(count > 0);
}

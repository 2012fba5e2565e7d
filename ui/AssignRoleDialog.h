#pragma once

#include "api/Role.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class AssignRoleDialog;
}
class QStandardItemModel;
class QSortFilterProxyModel;
class TenantSession;

// "Assign role": the tenant's roles with a filter by name and several
// selectable at once; roles already held are marked and cannot be picked again.
class AssignRoleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignRoleDialog)

public:
    AssignRoleDialog(TenantSession *session, const QStringList &heldRoleIds, const QString &memberName,
                     QWidget *parent = nullptr);
    ~AssignRoleDialog() override;

    QList<Api::Role> selectedRoles() const;
    // For tests: tick a role by name.
    bool check(const QString &roleName);
    bool isLoaded() const { return m_loaded; }

signals:
    void rolesLoaded();

private:
    void updateButton();

    std::unique_ptr<Ui::AssignRoleDialog> m_ui;
    QStandardItemModel *m_roles;
    QSortFilterProxyModel *m_filter;
    QStringList m_held;
    QList<Api::Role> m_catalog;
    bool m_loaded = false;
};

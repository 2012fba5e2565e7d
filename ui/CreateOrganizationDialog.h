#pragma once

#include "api/Organization.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CreateOrganizationDialog;
}
class OrganizationListModel;

// "Create organization": the name is checked against Auth0's rules as it is
// typed, and nothing can be sent until it passes. Given the organization
// list, the dialog creates through it and stays open until the tenant
// answers, so a refusal (a name already taken) is shown here and nothing
// typed is lost.
class CreateOrganizationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateOrganizationDialog)

public:
    explicit CreateOrganizationDialog(QWidget *parent = nullptr);
    CreateOrganizationDialog(OrganizationListModel *organizations, QWidget *parent);
    ~CreateOrganizationDialog() override;

    Api::Organization draft() const;
    void setName(const QString &name);
    void setDisplayName(const QString &displayName);
    bool canCreate() const;
    QString problem() const;
    bool isCreating() const { return m_creating; }
    // The organization the tenant created (id set), once it has.
    Api::Organization created() const { return m_created; }

private:
    void validate();
    void submit();

    std::unique_ptr<Ui::CreateOrganizationDialog> m_ui;
    OrganizationListModel *m_organizations = nullptr;
    Api::Organization m_created;
    bool m_creating = false;
};

#pragma once

#include "api/Organization.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CreateOrganizationDialog;
}

// "Create organization": the name is checked against Auth0's rules as it is
// typed, and nothing can be sent until it passes.
class CreateOrganizationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateOrganizationDialog)

public:
    explicit CreateOrganizationDialog(QWidget *parent = nullptr);
    ~CreateOrganizationDialog() override;

    Api::Organization draft() const;
    void setName(const QString &name);
    void setDisplayName(const QString &displayName);
    bool canCreate() const;
    QString problem() const;

private:
    void validate();

    std::unique_ptr<Ui::CreateOrganizationDialog> m_ui;
};

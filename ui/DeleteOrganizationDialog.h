#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class DeleteOrganizationDialog;
}

// "Delete organization": says what goes and what stays, and opens the
// Delete button only once the organization's name is typed exactly.
class DeleteOrganizationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteOrganizationDialog)

public:
    DeleteOrganizationDialog(const QString &name, const QString &displayName, QWidget *parent = nullptr);
    ~DeleteOrganizationDialog() override;

    void setTypedName(const QString &text);
    bool canDelete() const;

private:
    std::unique_ptr<Ui::DeleteOrganizationDialog> m_ui;
    QString m_name;
};

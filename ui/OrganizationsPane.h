#pragma once

#include "auth/Capabilities.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OrganizationsPane;
}
class OrganizationListModel;
class TextFilterProxyModel;

// The list of organizations on the left: search, sort, paging past 1000,
// and "Create organization".
class OrganizationsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationsPane)

public:
    explicit OrganizationsPane(QWidget *parent = nullptr);
    ~OrganizationsPane() override;

    void setModel(OrganizationListModel *model);
    void setCapabilities(const Auth::Capabilities &capabilities);
    void focusSearch();
    void refresh();
    // Selects the organization with this id once it is loaded.
    void select(const QString &organizationId);
    QString selectedId() const;

signals:
    void organizationSelected(const QString &organizationId);
    void createRequested();

private:
    void onSelectionChanged();
    void updateStatus();

    std::unique_ptr<Ui::OrganizationsPane> m_ui;
    OrganizationListModel *m_model = nullptr;
    TextFilterProxyModel *m_proxy;
    QString m_pendingSelection;
};

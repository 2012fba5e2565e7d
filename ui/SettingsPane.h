#pragma once

#include "OrganizationTab.h"
#include "auth/Capabilities.h"

#include <QPointer>

#include <memory>

namespace Ui {
class SettingsPane;
}
class ColorSwatchButton;
class LogoPreview;
class MetadataModel;
class OrganizationListModel;
class TenantSession;
class QLabel;
class QLineEdit;
class QTableView;

// The Settings tab: display name, branding (logo with a live preview, primary
// and page background colours) and metadata, checked against Auth0's rules as
// they are typed. "Save" sends one PATCH with only what changed, through the
// organization list so the list on the left stays in step; "Revert" puts back
// what the tenant holds. The danger zone deletes the organization once its
// name is typed.
class SettingsPane final : public OrganizationTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPane)

public:
    explicit SettingsPane(QWidget *parent = nullptr);
    ~SettingsPane() override;

    QString title() const override;
    QIcon icon() const override;
    void setSession(TenantSession *session) override;
    void setOrganizationList(OrganizationListModel *organizations) override;
    void setOrganization(const Api::Organization &organization) override;
    void setCapabilities(const Auth::Capabilities &capabilities) override;
    void refresh() override;

    // The organization as the fields now describe it.
    Api::Organization edited() const;
    bool isModified() const;
    bool mayLeave() override;
    bool isBusy() const { return m_busy; }
    // The first problem that keeps Save from sending, or empty.
    QString problem() const;
    MetadataModel *metadata() const { return m_metadata; }
    LogoPreview *logoPreview() const;
    QTableView *metadataView() const;

    // The workflows, also reachable from tests and shortcuts.
    void save();
    void revert();
    void addMetadataRow();
    void removeSelectedMetadataRows();
    void deleteOrganization();

signals:
    void saved(const Api::Organization &organization);

private:
    void load(const Api::Organization &organization);
    void validate();
    void setBusy(bool busy, const QString &status = {});
    void updateActions();
    void applyPickedColour(QLineEdit *edit, const QString &hex);

    std::unique_ptr<Ui::SettingsPane> m_ui;
    QPointer<TenantSession> m_session;
    QPointer<OrganizationListModel> m_organizations;
    MetadataModel *m_metadata;
    Auth::Capabilities m_capabilities;
    Api::Organization m_original; // what the tenant holds, as last read or saved
    bool m_filling = false; // fields are being set from m_original
    bool m_busy = false;
    bool m_deleting = false; // a confirmed delete is on its way
    quint64 m_generation = 0; // answers for another organization are dropped
};

#pragma once

#include "api/Connection.h"
#include "api/OrgConnection.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class EnableConnectionDialog;
}
class TenantSession;

// "Enable connection": the tenant's connections that the organization does
// not use yet, and the three options to enable one with. Signup can be
// ticked only for a database connection with automatic membership, as Auth0
// allows, so the choice that is sent is one the tenant accepts.
class EnableConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnableConnectionDialog)

public:
    EnableConnectionDialog(TenantSession *session, const QStringList &enabledIds, const QString &organization,
                           QWidget *parent = nullptr);
    ~EnableConnectionDialog() override;

    bool isLoaded() const { return m_loaded; }
    // Connections on offer (not yet enabled).
    int available() const { return int(m_available.size()); }
    // Selects the connection with this name; false if it is not on offer.
    bool select(const QString &name);
    // The connection and options chosen.
    Api::OrgConnection draft() const;

signals:
    void loaded();

private:
    void load(TenantSession *session);
    const Api::Connection *selected() const;
    void updateOptions();

    std::unique_ptr<Ui::EnableConnectionDialog> m_ui;
    QStringList m_enabledIds;
    QList<Api::Connection> m_available;
    bool m_loaded = false;
};

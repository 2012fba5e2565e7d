#pragma once

#include "PagedLoad.h"
#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "api/Organization.h"

#include <QAbstractTableModel>
#include <QPointer>

class TenantSession;

// The tenant's organizations, fetched lazily by checkpoint pages (so there is
// no 1000-record ceiling) as the view scrolls. Creating, renaming and deleting
// go through here so the list stays in step with the tenant.
class OrganizationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationListModel)

public:
    enum Column { NameColumn, DisplayNameColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, NameRole, DisplayNameRole };

    explicit OrganizationListModel(QObject *parent = nullptr);

    void setSession(TenantSession *session);
    void reload();
    // Fetches every remaining page (a search must see all organizations).
    void loadAll() { m_load.loadAll(); }
    // Stops a search's walk through every page after the page in flight.
    void cancelLoadAll() { m_load.cancelLoadAll(); }
    bool isLoading() const { return m_load.isLoading(); }
    bool isComplete() const { return m_load.isComplete(); }

    const Api::Organization &organizationAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const;

    // Without a callback a failure is emitted as failed(); with one, the
    // caller shows it where the change was asked for and failed() stays quiet.
    // The callback runs only while context lives.
    void create(const Api::Organization &draft, QObject *context = nullptr,
                Api::ResultCallback<Api::Organization> done = {});
    void update(const QString &id, const QJsonObject &patch, QObject *context = nullptr,
                Api::ResultCallback<Api::Organization> done = {});
    void remove(const QString &id, QObject *context = nullptr, Api::ResultCallback<Api::Done> done = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void failed(const Api::ApiError &error);
    void created(const Api::Organization &organization);
    void updated(const Api::Organization &organization);
    void removed(const QString &id);

private:
    void appendRows(const QList<Api::Organization> &organizations);
    template<typename T>
    void finish(const Api::ApiResult<T> &result, const QPointer<QObject> &context, bool hasCallback,
                const Api::ResultCallback<T> &done);

    QPointer<TenantSession> m_session;
    QList<Api::Organization> m_rows;
    PagedLoad m_load { Api::Pager::byCheckpoint(100) };
};

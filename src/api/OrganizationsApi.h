#pragma once

#include "Organization.h"
#include "ResourceApi.h"

namespace Api {

// /organizations: list (checkpoint paging past the 1000-record page cap),
// read by id or name, create, update, delete.
class OrganizationsApi final : public ResourceApi
{
public:
    explicit OrganizationsApi(ApiClient &client);

    void list(const Pager &pager, QObject *context, ResultCallback<Page<Organization>> done);
    void listAll(QObject *context, Progress progress, ResultCallback<QList<Organization>> done,
                 Priority priority = Priority::Interactive);
    void get(const QString &id, QObject *context, ResultCallback<Organization> done);
    void getByName(const QString &name, QObject *context, ResultCallback<Organization> done);

    // Creating is not safe to repeat. If the answer is lost the name is looked
    // up: found means it was created; absent means it was not, and it is sent
    // once more (a duplicate would get 409, which again leads to the lookup).
    // Only when that does not settle it does the error say the outcome is unknown.
    void create(const Organization &draft, QObject *context, ResultCallback<Organization> done);
    // patch: any of name, display_name, branding, metadata (null clears a key).
    void update(const QString &id, const QJsonObject &patch, QObject *context, ResultCallback<Organization> done);
    // A 404 after a retried delete means the first attempt did it: success.
    void remove(const QString &id, QObject *context, ResultCallback<Done> done);

    static QString pathOf(const QString &id);

private:
    void createAttempt(const Organization &draft, int attempt, QObject *context, ResultCallback<Organization> done);
    void settleUncertainCreate(const Organization &draft, int attempt, const ApiError &cause, QObject *context,
                               ResultCallback<Organization> done);
};

} // namespace Api

#pragma once

#include "api/ApiResult.h"
#include "api/BatchResult.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class TenantSession;

// Gives one role to, or takes it from, many members of an organization. The
// endpoint is per member, so it is one request per member, a few in flight at
// a time: progress is exact and a cancel stops before the next request. Each
// request is safe to repeat, so the API client retries it on its own; a
// member whose request still failed is reported with why, and the members a
// cancel kept from being sent are listed as not sent. Nothing is dropped
// silently and nothing done is sent twice.
class MemberRoleBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberRoleBatch)

public:
    enum class Change { Assign, Remove };
    // Enough to hide latency, few enough that a cancel takes effect at once.
    static constexpr int kInFlight = 4;

    MemberRoleBatch(TenantSession *session, const QString &orgId, const QString &roleId, Change change,
                    const QStringList &userIds, QObject *parent = nullptr);

    void start();
    // Sends nothing more; requests already sent still finish and count.
    void cancel();

    Change change() const { return m_change; }
    QString organizationId() const { return m_orgId; }
    QString roleId() const { return m_roleId; }
    int total() const { return int(m_userIds.size()); }
    int done() const { return m_done; }
    bool isRunning() const { return m_started && !m_finished; }

signals:
    // The tenant confirmed this member's change.
    void memberChanged(const QString &userId);
    void progress(int done, int total);
    void finished(const Api::BatchResult &result, const QStringList &notSent);

private:
    void sendNext();
    void onReply(const QString &userId, const Api::ApiResult<Api::Done> &reply);
    void finishIfIdle();

    QPointer<TenantSession> m_session;
    QString m_orgId;
    QString m_roleId;
    Change m_change;
    QStringList m_userIds;
    Api::BatchResult m_result;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

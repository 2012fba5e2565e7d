#include "MemberRoleBatch.h"

#include "TenantSession.h"

MemberRoleBatch::MemberRoleBatch(TenantSession *session, const QString &orgId, const QString &roleId, Change change,
                                 const QStringList &userIds, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_orgId(orgId)
    , m_roleId(roleId)
    , m_change(change)
    , m_userIds(userIds)
{
    m_userIds.removeDuplicates();
}

void MemberRoleBatch::start()
{
    if (m_started)
        return;
    m_started = true;
    emit progress(0, total());
    sendNext();
    finishIfIdle();
}

void MemberRoleBatch::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    finishIfIdle();
}

void MemberRoleBatch::sendNext()
{
    while (m_session && !m_cancelled && m_inFlight < kInFlight && m_next < m_userIds.size()) {
        const QString userId = m_userIds.at(m_next++);
        ++m_inFlight;
        auto done = [this, userId](const Api::ApiResult<Api::Done> &reply) {
            onReply(userId, reply);
        };
        // Bulk priority: a pane's reads go first and keep the window responsive.
        if (m_change == Change::Assign)
            m_session->memberRoles().assign(m_orgId, userId, { m_roleId }, this, done, Api::Priority::Bulk);
        else
            m_session->memberRoles().remove(m_orgId, userId, { m_roleId }, this, done, Api::Priority::Bulk);
    }
}

void MemberRoleBatch::onReply(const QString &userId, const Api::ApiResult<Api::Done> &reply)
{
    --m_inFlight;
    ++m_done;
    if (reply.ok()) {
        m_result.succeeded.append(userId);
        emit memberChanged(userId);
    } else {
        m_result.failed.append({ { userId }, reply.error });
    }
    emit progress(m_done, total());
    sendNext();
    finishIfIdle();
}

void MemberRoleBatch::finishIfIdle()
{
    if (m_finished || m_inFlight > 0)
        return;
    // A session that went away sends nothing more: the rest is not sent, like a cancel.
    if (!m_cancelled && m_session && m_next < m_userIds.size())
        return;
    m_finished = true;
    emit finished(m_result, m_userIds.mid(m_next));
}

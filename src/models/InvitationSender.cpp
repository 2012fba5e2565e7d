#include "InvitationSender.h"

#include "TenantSession.h"

namespace {
// Clocks differ; an invitation stamped a little before we sent still counts.
constexpr qint64 kClockSlackSecs = 120;

bool sameAddress(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

InvitationSender::InvitationSender(TenantSession *session, const QString &orgId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_orgId(orgId)
{
}

void InvitationSender::send(const QStringList &emails, const Api::NewInvitation &common)
{
    if (m_busy || !m_session)
        return;
    m_common = common;
    QList<Entry> entries;
    for (const QString &email : emails) {
        if (std::any_of(entries.cbegin(), entries.cend(), [&](const Entry &e) { return sameAddress(e.email, email); }))
            continue;
        const auto known = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                        [&](const Entry &e) { return sameAddress(e.email, email); });
        Entry entry = known != m_entries.cend() ? *known : Entry { email, State::Waiting, {}, {}, {} };
        // A refusal may have been fixed in the form; an unknown outcome is looked into first.
        if (entry.state == State::Failed)
            entry = Entry { email, State::Waiting, {}, {}, {} };
        entries.append(entry);
    }
    // Invitations sent (or maybe sent) stay listed even when their address was
    // removed from the form, but only listed addresses are sent to.
    const int listed = int(entries.size());
    for (const Entry &entry : std::as_const(m_entries)) {
        if ((entry.state == State::Sent || entry.state == State::Unknown)
            && !std::any_of(entries.cbegin(), entries.cend(),
                            [&](const Entry &e) { return sameAddress(e.email, entry.email); }))
            entries.append(entry);
    }
    m_entries = entries;
    // Each round goes through the listed addresses once: what fails waits for the next send().
    m_queue.clear();
    for (int i = 0; i < listed; ++i) {
        if (m_entries.at(i).state == State::Waiting || m_entries.at(i).state == State::Unknown)
            m_queue.append(i);
    }
    m_busy = true;
    m_cancelled = false;
    emit entriesChanged();
    next();
}

void InvitationSender::cancel()
{
    if (m_busy)
        m_cancelled = true;
}

QList<Api::Invitation> InvitationSender::created() const
{
    QList<Api::Invitation> invitations;
    for (const Entry &entry : m_entries) {
        if (entry.state == State::Sent)
            invitations.append(entry.invitation);
    }
    return invitations;
}

bool InvitationSender::allSent() const
{
    return !m_entries.isEmpty()
        && std::all_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.state == State::Sent; });
}

void InvitationSender::next()
{
    if (m_queue.isEmpty() || m_cancelled || !m_session) {
        m_queue.clear();
        m_busy = false;
        m_cancelled = false;
        emit finished();
        return;
    }
    const int index = m_queue.takeFirst();
    if (m_entries.at(index).state == State::Unknown)
        check(index);
    else
        create(index);
}

void InvitationSender::check(int index)
{
    m_entries[index].state = State::Checking;
    emit entryChanged(index);
    const Entry entry = m_entries.at(index);
    m_session->invitations().listAll(
        m_orgId, this, [this, index, entry](const Api::ApiResult<QList<Api::Invitation>> &r) {
            if (!r.ok()) {
                // Still unknown; sending now could invite twice, so it waits for another try.
                Api::ApiError error = r.error;
                error.outcomeUnknown = true;
                settle(index, State::Unknown, error);
                return;
            }
            const qint64 since = entry.firstSentAt.toSecsSinceEpoch() - kClockSlackSecs;
            for (const Api::Invitation &candidate : r.value) {
                if (sameAddress(candidate.inviteeEmail, entry.email) && candidate.clientId == m_common.clientId
                    && (!candidate.createdAt.isValid() || candidate.createdAt.toSecsSinceEpoch() >= since)) {
                    settle(index, State::Sent, {}, candidate);
                    return;
                }
            }
            // The earlier request never arrived: sending now invites exactly once.
            create(index);
        });
}

void InvitationSender::create(int index)
{
    Entry &entry = m_entries[index];
    entry.state = State::Sending;
    entry.error = {};
    if (!entry.firstSentAt.isValid())
        entry.firstSentAt = QDateTime::currentDateTimeUtc();
    emit entryChanged(index);
    Api::NewInvitation invitation = m_common;
    invitation.inviteeEmail = entry.email;
    m_session->invitations().create(m_orgId, invitation, this, [this, index](const Api::ApiResult<Api::Invitation> &r) {
        if (r.ok())
            settle(index, State::Sent, {}, r.value);
        else
            settle(index, r.error.outcomeUnknown ? State::Unknown : State::Failed, r.error);
    });
}

void InvitationSender::settle(int index, State state, const Api::ApiError &error, const Api::Invitation &invitation)
{
    Entry &entry = m_entries[index];
    entry.state = state;
    entry.error = error;
    if (state == State::Sent)
        entry.invitation = invitation;
    emit entryChanged(index);
    next();
}

#pragma once

#include "api/ApiError.h"
#include "api/Invitation.h"
#include "api/NewInvitation.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class TenantSession;

// Sends "Invite users": one POST per invitee, one at a time, each with its own
// outcome. Creating an invitation sends an email, so nothing is sent twice:
// a second send() skips the invitees already invited, and one whose answer was
// lost is first looked for in the organization and only sent if it is not there.
class InvitationSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationSender)

public:
    enum class State {
        Waiting, // not sent (yet, or because sending was cancelled)
        Sending,
        Checking, // looking whether an earlier, unanswered send arrived
        Sent,
        Failed, // the tenant refused it; nothing was created
        Unknown, // the answer was lost: it may exist
    };

    struct Entry
    {
        QString email;
        State state = State::Waiting;
        Api::ApiError error;
        Api::Invitation invitation; // once sent
        QDateTime firstSentAt; // for the look before sending again
    };

    InvitationSender(TenantSession *session, const QString &orgId, QObject *parent = nullptr);

    // Sends one invitation per address with the settings of `common` (its
    // invitee is ignored). Addresses already sent are kept and skipped;
    // entries for addresses no longer listed and never sent are dropped.
    void send(const QStringList &emails, const Api::NewInvitation &common);
    // Stops before the next invitee; the one in flight finishes.
    void cancel();
    bool isBusy() const { return m_busy; }

    QList<Entry> entries() const { return m_entries; }
    // Every invitation this sender created, across all sends.
    QList<Api::Invitation> created() const;
    bool allSent() const;

signals:
    void entriesChanged();
    void entryChanged(int index);
    void finished();

private:
    void next();
    void check(int index);
    void create(int index);
    void settle(int index, State state, const Api::ApiError &error = {}, const Api::Invitation &invitation = {});

    QPointer<TenantSession> m_session;
    QString m_orgId;
    Api::NewInvitation m_common;
    QList<Entry> m_entries;
    QList<int> m_queue; // entries still to go in this round
    bool m_busy = false;
    bool m_cancelled = false;
};

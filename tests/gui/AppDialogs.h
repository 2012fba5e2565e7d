#pragma once

#include "DialogWalk.h"
#include "InvitationDirectory.h"
#include "auth/ProfileStore.h"

#include <QTemporaryDir>

#include <memory>

class TenantSession;

// Every dialog of the app, each made the way its pane makes it, with what it
// needs standing by (a profile store in a scratch file, the invitation
// directory, sample data). The accessibility and the translation tests walk
// the same list, so a new dialog added here is checked by both.
class AppDialogs final
{
public:
    AppDialogs(TenantSession *session, const QString &organizationId);
    ~AppDialogs();
    Q_DISABLE_COPY_MOVE(AppDialogs)

    QList<std::pair<QString, DialogWalk::Make>> all();

private:
    TenantSession *m_session;
    QString m_organizationId;
    QTemporaryDir m_dir;
    std::unique_ptr<Auth::ProfileStore> m_profiles;
    InvitationDirectory m_directory;
};

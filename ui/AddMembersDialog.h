#pragma once

#include "TenantSession.h"
#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class AddMembersDialog;
}
class QStandardItemModel;

// "Add members" → "Add users": search the tenant's users by email or name and
// pick several, or paste a list of emails or user ids. Pasted emails are looked
// up; any that match no user are named, and nothing is added until they are fixed.
class AddMembersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddMembersDialog)

public:
    AddMembersDialog(TenantSession *session, QWidget *parent = nullptr);
    ~AddMembersDialog() override;

    // The user ids chosen, once accepted.
    QStringList userIds() const { return m_userIds; }

    // For tests and keyboard users: run a search now.
    void search(const QString &text);
    void setPastedText(const QString &text);
    void submit();

signals:
    void searchFinished();

private:
    void resolvePasted(const QStringList &entries);
    void updateSelectionLabel();

    std::unique_ptr<Ui::AddMembersDialog> m_ui;
    QPointer<TenantSession> m_session;
    QStandardItemModel *m_results;
    QStringList m_userIds;
    int m_pendingLookups = 0;
};

#include "DeleteOrganizationDialog.h"

#include "Icons.h"
#include "ui_DeleteOrganizationDialog.h"

DeleteOrganizationDialog::DeleteOrganizationDialog(const QString &name, const QString &displayName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteOrganizationDialog>())
    , m_name(name)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(Icons::get(QStringLiteral("warning")).pixmap(32, 32));
    const QString shown = displayName.isEmpty() || displayName == name
        ? QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped())
        : QStringLiteral("<b>%1</b> (%2)").arg(displayName.toHtmlEscaped(), name.toHtmlEscaped());
    m_ui->warningLabel->setText(
        tr("This deletes the organization %1 with its enabled connections, invitations and memberships. "
           "Its members' user accounts stay in the tenant. This cannot be undone.")
            .arg(shown));
    m_ui->confirmLabel->setText(tr("Type <b>%1</b> to confirm:").arg(name.toHtmlEscaped()));
    m_ui->confirmEdit->setAccessibleName(tr("Type %1 to confirm").arg(name));
    m_ui->confirmEdit->setPlaceholderText(name);
    for (QPushButton *button : { m_ui->cancelButton, m_ui->deleteButton })
        button->setAccessibleName(button->text());
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, [this] { m_ui->deleteButton->setEnabled(canDelete()); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] {
        if (canDelete())
            accept();
    });
    m_ui->confirmEdit->setFocus();
}

DeleteOrganizationDialog::~DeleteOrganizationDialog() = default;

void DeleteOrganizationDialog::setTypedName(const QString &text)
{
    m_ui->confirmEdit->setText(text);
}

bool DeleteOrganizationDialog::canDelete() const
{
    // Exactly the name: no trimming, no case folding, so a slip cannot delete.
    return !m_name.isEmpty() && m_ui->confirmEdit->text() == m_name;
}

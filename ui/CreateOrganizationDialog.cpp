#include "CreateOrganizationDialog.h"

#include "ErrorPresenter.h"
#include "InputRules.h"
#include "OrganizationListModel.h"
#include "ui_CreateOrganizationDialog.h"

CreateOrganizationDialog::CreateOrganizationDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateOrganizationDialog>())
{
    m_ui->setupUi(this);
    m_ui->nameEdit->setAccessibleName(tr("Name"));
    m_ui->displayNameEdit->setAccessibleName(tr("Display name"));
    for (QPushButton *button : { m_ui->createButton, m_ui->cancelButton })
        button->setAccessibleName(button->text());
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CreateOrganizationDialog::validate);
    connect(m_ui->displayNameEdit, &QLineEdit::textChanged, this, &CreateOrganizationDialog::validate);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->createButton, &QPushButton::clicked, this, &CreateOrganizationDialog::submit);
    validate();
}

CreateOrganizationDialog::CreateOrganizationDialog(OrganizationListModel *organizations, QWidget *parent)
    : CreateOrganizationDialog(parent)
{
    m_organizations = organizations;
}

void CreateOrganizationDialog::submit()
{
    if (!canCreate() || m_creating)
        return;
    if (!m_organizations) {
        accept();
        return;
    }
    m_creating = true;
    ErrorPresenter::clear(m_ui->errorLabel);
    validate();
    m_organizations->create(draft(), this, [this](const Api::ApiResult<Api::Organization> &r) {
        m_creating = false;
        if (!r.ok()) {
            validate();
            ErrorPresenter::show(m_ui->errorLabel, r.error);
            layout()->activate();
            adjustSize();
            return;
        }
        m_created = r.value;
        accept();
    });
}

CreateOrganizationDialog::~CreateOrganizationDialog() = default;

Api::Organization CreateOrganizationDialog::draft() const
{
    Api::Organization org;
    org.name = m_ui->nameEdit->text();
    org.displayName = m_ui->displayNameEdit->text().trimmed();
    return org;
}

void CreateOrganizationDialog::setName(const QString &name)
{
    m_ui->nameEdit->setText(name);
}

void CreateOrganizationDialog::setDisplayName(const QString &displayName)
{
    m_ui->displayNameEdit->setText(displayName);
}

QString CreateOrganizationDialog::problem() const
{
    QString problem = InputRules::organizationName(m_ui->nameEdit->text());
    if (problem.isEmpty())
        problem = InputRules::displayName(m_ui->displayNameEdit->text());
    return problem;
}

bool CreateOrganizationDialog::canCreate() const
{
    return problem().isEmpty();
}

void CreateOrganizationDialog::validate()
{
    const QString text = problem();
    const bool errorWasShown = m_ui->errorLabel->isVisibleTo(this);
    // An empty name is not an error yet, just not ready.
    if (m_ui->nameEdit->text().isEmpty())
        ErrorPresenter::clear(m_ui->errorLabel);
    else
        ErrorPresenter::showText(m_ui->errorLabel, text);
    // A dialog does not grow by itself for wrapped text: without this the
    // rule (or the name hint above it) would be cut off.
    if (errorWasShown != m_ui->errorLabel->isVisibleTo(this)) {
        layout()->activate();
        adjustSize();
    }
    m_ui->createButton->setEnabled(text.isEmpty() && !m_creating);
    m_ui->nameEdit->setReadOnly(m_creating);
    m_ui->displayNameEdit->setReadOnly(m_creating);
}

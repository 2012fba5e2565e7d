#include "SettingsPane.h"

#include "ColorSwatchButton.h"
#include "DeleteOrganizationDialog.h"
#include "ErrorPresenter.h"
#include "Icons.h"
#include "InputRules.h"
#include "LogoPreview.h"
#include "MessageBox.h"
#include "MetadataDelegate.h"
#include "MetadataModel.h"
#include "OrganizationListModel.h"
#include "OrganizationPatch.h"
#include "TenantSession.h"
#include "ui_SettingsPane.h"

#include <QHeaderView>
#include <QShortcut>

using Op = Auth::Capabilities::Operation;

SettingsPane::SettingsPane(QWidget *parent)
    : OrganizationTab(parent)
    , m_ui(std::make_unique<Ui::SettingsPane>())
    , m_metadata(new MetadataModel(this))
{
    m_ui->setupUi(this);
    m_ui->displayNameEdit->setAccessibleName(tr("Display name"));
    m_ui->logoUrlEdit->setAccessibleName(tr("Logo URL"));
    m_ui->primaryColourEdit->setAccessibleName(tr("Primary colour"));
    m_ui->backgroundColourEdit->setAccessibleName(tr("Page background colour"));
    m_ui->primarySwatchButton->setAccessibleName(tr("Pick primary colour"));
    m_ui->backgroundSwatchButton->setAccessibleName(tr("Pick page background colour"));
    m_ui->primarySwatchButton->setPickerTitle(tr("Primary colour"));
    m_ui->backgroundSwatchButton->setPickerTitle(tr("Page background colour"));
    m_ui->addRowButton->setIcon(Icons::get(QStringLiteral("add")));
    m_ui->removeRowButton->setIcon(Icons::get(QStringLiteral("trash")));
    m_ui->deleteButton->setIcon(Icons::get(QStringLiteral("trash")));
    for (QPushButton *button :
         { m_ui->addRowButton, m_ui->removeRowButton, m_ui->deleteButton, m_ui->revertButton, m_ui->saveButton })
        button->setAccessibleName(button->text());
    m_ui->displayNameEdit->setMaxLength(InputRules::kDisplayNameMax);
    m_ui->metadataHintLabel->setText(tr("Up to %1 keys. Keys and values are text of at most %2 characters.")
                                         .arg(InputRules::kMetadataKeysMax)
                                         .arg(InputRules::kMetadataValueMax));

    QTableView *view = m_ui->metadataView;
    view->setModel(m_metadata);
    view->setItemDelegate(new MetadataDelegate(this));
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(MetadataModel::ValueColumn, QHeaderView::Stretch);
    view->horizontalHeader()->resizeSection(MetadataModel::KeyColumn, 220);

    for (QLineEdit *edit :
         { m_ui->displayNameEdit, m_ui->logoUrlEdit, m_ui->primaryColourEdit, m_ui->backgroundColourEdit })
        connect(edit, &QLineEdit::textChanged, this, &SettingsPane::validate);
    connect(m_ui->primarySwatchButton, &ColorSwatchButton::colourPicked, this,
            [this](const QString &hex) { applyPickedColour(m_ui->primaryColourEdit, hex); });
    connect(m_ui->backgroundSwatchButton, &ColorSwatchButton::colourPicked, this,
            [this](const QString &hex) { applyPickedColour(m_ui->backgroundColourEdit, hex); });
    connect(m_metadata, &MetadataModel::edited, this, &SettingsPane::validate);
    connect(m_metadata, &QAbstractItemModel::modelReset, this, &SettingsPane::validate);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SettingsPane::updateActions);
    connect(m_ui->addRowButton, &QPushButton::clicked, this, &SettingsPane::addMetadataRow);
    connect(m_ui->removeRowButton, &QPushButton::clicked, this, &SettingsPane::removeSelectedMetadataRows);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsPane::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &SettingsPane::revert);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &SettingsPane::deleteOrganization);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &SettingsPane::save);
    auto *deleteRows = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteRows, &QShortcut::activated, this, &SettingsPane::removeSelectedMetadataRows);
    setOrganization({});
}

SettingsPane::~SettingsPane() = default;

QString SettingsPane::title() const
{
    return tr("Settings");
}

QIcon SettingsPane::icon() const
{
    return Icons::get(QStringLiteral("settings"));
}

LogoPreview *SettingsPane::logoPreview() const
{
    return m_ui->logoPreview;
}

QTableView *SettingsPane::metadataView() const
{
    return m_ui->metadataView;
}

void SettingsPane::setSession(TenantSession *session)
{
    m_session = session;
}

void SettingsPane::setOrganizationList(OrganizationListModel *organizations)
{
    m_organizations = organizations;
    updateActions();
}

void SettingsPane::setOrganization(const Api::Organization &organization)
{
    // Another organization: what was typed for the previous one is dropped,
    // and answers still coming for it are ignored.
    ++m_generation;
    setBusy(false);
    ErrorPresenter::clear(m_ui->saveErrorLabel);
    ErrorPresenter::clear(m_ui->deleteErrorLabel);
    load(organization);
}

void SettingsPane::setCapabilities(const Auth::Capabilities &capabilities)
{
    m_capabilities = capabilities;
    updateActions();
}

bool SettingsPane::mayLeave()
{
    // A confirmed delete takes the edits with the organization: nothing to ask.
    return m_deleting || !isModified()
        || MessageBox::question(this, tr("Discard changes"),
                                tr("Discard your unsaved changes to this organization's settings?"),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void SettingsPane::refresh()
{
    if (!m_session || m_original.id.isEmpty() || m_busy)
        return;
    if (isModified()
        && MessageBox::question(this, tr("Discard changes"),
                                tr("Load the organization's settings again and discard your unsaved changes?"),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    const quint64 generation = m_generation;
    setBusy(true, tr("Loading…"));
    m_session->organizations().get(m_original.id, this, [this, generation](const Api::ApiResult<Api::Organization> &r) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!r.ok()) {
            ErrorPresenter::show(m_ui->saveErrorLabel, r.error);
            return;
        }
        ErrorPresenter::clear(m_ui->saveErrorLabel);
        load(r.value);
    });
}

void SettingsPane::load(const Api::Organization &organization)
{
    m_original = organization;
    m_filling = true;
    m_ui->nameValueLabel->setText(organization.name);
    m_ui->displayNameEdit->setText(organization.displayName);
    m_ui->logoUrlEdit->setText(organization.logoUrl);
    m_ui->primaryColourEdit->setText(organization.primaryColor);
    m_ui->backgroundColourEdit->setText(organization.pageBackgroundColor);
    m_metadata->setMetadata(organization.metadata);
    m_filling = false;
    validate();
    // A stored logo is shown at once; only typing waits for a pause.
    m_ui->logoPreview->loadNow();
}

Api::Organization SettingsPane::edited() const
{
    Api::Organization org = m_original;
    org.displayName = m_ui->displayNameEdit->text();
    org.logoUrl = m_ui->logoUrlEdit->text().trimmed();
    org.primaryColor = m_ui->primaryColourEdit->text().trimmed();
    org.pageBackgroundColor = m_ui->backgroundColourEdit->text().trimmed();
    org.metadata = m_metadata->metadata();
    return org;
}

bool SettingsPane::isModified() const
{
    return !m_original.id.isEmpty()
        && (!OrganizationPatch::between(m_original, edited()).isEmpty()
            || m_metadata->rowCount() != m_metadata->metadata().size());
}

QString SettingsPane::problem() const
{
    const Api::Organization org = edited();
    QStringList problems { OrganizationPatch::displayNameProblem(m_original.displayName, org.displayName),
                           InputRules::logoUrl(org.logoUrl) };
    if (!org.primaryColor.isEmpty())
        problems.append(InputRules::colour(org.primaryColor));
    if (!org.pageBackgroundColor.isEmpty())
        problems.append(InputRules::colour(org.pageBackgroundColor));
    problems.append(OrganizationPatch::colourPairProblem(org.primaryColor, org.pageBackgroundColor));
    problems.append(m_metadata->problem());
    for (const QString &text : problems) {
        if (!text.isEmpty())
            return text;
    }
    return {};
}

void SettingsPane::validate()
{
    if (m_filling)
        return;
    const Api::Organization org = edited();
    const bool haveOrg = !m_original.id.isEmpty();
    auto show = [haveOrg](QLabel *label, const QString &text) {
        ErrorPresenter::showText(label, haveOrg ? text : QString());
    };
    show(m_ui->displayNameErrorLabel, OrganizationPatch::displayNameProblem(m_original.displayName, org.displayName));
    show(m_ui->logoErrorLabel, InputRules::logoUrl(org.logoUrl));
    m_ui->logoPreview->setUrl(haveOrg ? org.logoUrl : QString());

    // Each colour's own format first; then the pair rule, next to the one missing.
    const QString pair = OrganizationPatch::colourPairProblem(org.primaryColor, org.pageBackgroundColor);
    const QString primary = org.primaryColor.isEmpty() ? pair : InputRules::colour(org.primaryColor);
    const QString background = org.pageBackgroundColor.isEmpty() ? pair : InputRules::colour(org.pageBackgroundColor);
    show(m_ui->primaryErrorLabel, primary);
    show(m_ui->backgroundErrorLabel, background);
    m_ui->primarySwatchButton->setColour(InputRules::colour(org.primaryColor).isEmpty() ? org.primaryColor : QString());
    m_ui->backgroundSwatchButton->setColour(
        InputRules::colour(org.pageBackgroundColor).isEmpty() ? org.pageBackgroundColor : QString());

    show(m_ui->metadataErrorLabel, m_metadata->problem());
    m_ui->metadataCountLabel->setText(
        tr("%1 of %2 keys").arg(m_metadata->rowCount()).arg(InputRules::kMetadataKeysMax));
    updateActions();
}

void SettingsPane::updateActions()
{
    const bool haveOrg = !m_original.id.isEmpty();
    const bool canUpdate = m_capabilities.can(Op::UpdateOrganization);
    const bool canDelete = m_capabilities.can(Op::DeleteOrganization);
    const QString updateDenied = m_capabilities.explainMissing(Op::UpdateOrganization);
    const bool editable = haveOrg && canUpdate;
    const bool modified = isModified();
    const QString problemText = problem();

    m_ui->scrollContents->setEnabled(haveOrg && !m_busy);
    for (QLineEdit *edit :
         { m_ui->displayNameEdit, m_ui->logoUrlEdit, m_ui->primaryColourEdit, m_ui->backgroundColourEdit }) {
        edit->setReadOnly(!editable);
        edit->setToolTip(canUpdate ? QString() : updateDenied);
    }
    for (ColorSwatchButton *swatch : { m_ui->primarySwatchButton, m_ui->backgroundSwatchButton }) {
        swatch->setEnabled(editable);
        swatch->setToolTip(canUpdate ? tr("Pick a colour") : updateDenied);
    }
    m_metadata->setReadOnly(!editable);
    m_ui->metadataView->setToolTip(canUpdate ? QString() : updateDenied);
    m_ui->addRowButton->setEnabled(editable && m_metadata->canAddRow());
    m_ui->addRowButton->setToolTip(
        !canUpdate                    ? updateDenied
            : m_metadata->canAddRow() ? tr("Add a key and value")
                                      : tr("Auth0 allows at most %1 metadata keys.").arg(InputRules::kMetadataKeysMax));
    const bool rowsSelected = !m_ui->metadataView->selectionModel()->selectedRows().isEmpty();
    m_ui->removeRowButton->setEnabled(editable && rowsSelected);
    m_ui->removeRowButton->setToolTip(canUpdate ? tr("Remove the selected rows (Delete)") : updateDenied);

    m_ui->saveButton->setEnabled(editable && modified && problemText.isEmpty() && !m_busy && m_organizations);
    m_ui->saveButton->setToolTip(!canUpdate                   ? updateDenied
                                     : !problemText.isEmpty() ? tr("Fix this first: %1").arg(problemText)
                                                              : tr("Send the changes to the tenant (Ctrl+S)"));
    m_ui->revertButton->setEnabled(haveOrg && modified && !m_busy);
    m_ui->revertButton->setToolTip(tr("Put back what the tenant holds"));

    m_ui->deleteButton->setEnabled(haveOrg && canDelete && !m_busy && m_organizations);
    m_ui->deleteButton->setToolTip(canDelete ? tr("Delete this organization from the tenant")
                                             : m_capabilities.explainMissing(Op::DeleteOrganization));

    m_ui->scopeLabel->setVisible(haveOrg && !canUpdate);
    m_ui->scopeLabel->setText(updateDenied);
    if (!m_busy) {
        m_ui->unsavedLabel->setText(modified ? tr("● Unsaved changes") : QString());
        m_ui->unsavedLabel->setAccessibleName(m_ui->unsavedLabel->text());
    }
}

void SettingsPane::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    if (busy)
        m_ui->unsavedLabel->setText(status);
    updateActions();
}

void SettingsPane::applyPickedColour(QLineEdit *edit, const QString &hex)
{
    if (!edit->isReadOnly())
        edit->setText(hex);
}

void SettingsPane::addMetadataRow()
{
    const int row = m_metadata->addRow();
    if (row < 0)
        return;
    const QModelIndex key = m_metadata->index(row, MetadataModel::KeyColumn);
    m_ui->metadataView->setCurrentIndex(key);
    m_ui->metadataView->edit(key);
}

void SettingsPane::removeSelectedMetadataRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->metadataView->selectionModel()->selectedRows())
        rows.append(index.row());
    // From the bottom up, so the rows still to go keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_metadata->removeRow(row);
}

void SettingsPane::revert()
{
    if (m_busy)
        return;
    ErrorPresenter::clear(m_ui->saveErrorLabel);
    load(m_original);
}

void SettingsPane::save()
{
    if (m_original.id.isEmpty() || m_busy || !m_organizations || !m_capabilities.can(Op::UpdateOrganization))
        return;
    const QString problemText = problem();
    if (!problemText.isEmpty()) {
        ErrorPresenter::showText(m_ui->saveErrorLabel, tr("Nothing was sent. %1").arg(problemText));
        return;
    }
    const QJsonObject patch = OrganizationPatch::between(m_original, edited());
    if (patch.isEmpty())
        return;
    ErrorPresenter::clear(m_ui->saveErrorLabel);
    const quint64 generation = m_generation;
    setBusy(true, tr("Saving…"));
    m_organizations->update(m_original.id, patch, this, [this, generation](const Api::ApiResult<Api::Organization> &r) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!r.ok()) {
            // Everything typed stays in the fields for another try.
            ErrorPresenter::showText(m_ui->saveErrorLabel,
                                     tr("The changes were not saved; they are still here.") + QLatin1Char('\n')
                                         + ErrorPresenter::describe(r.error));
            return;
        }
        load(r.value);
        emit saved(r.value);
    });
}

void SettingsPane::deleteOrganization()
{
    if (m_original.id.isEmpty() || m_busy || !m_organizations || !m_capabilities.can(Op::DeleteOrganization))
        return;
    DeleteOrganizationDialog dialog(m_original.name, m_original.displayName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ErrorPresenter::clear(m_ui->deleteErrorLabel);
    const quint64 generation = m_generation;
    setBusy(true, tr("Deleting…"));
    m_deleting = true;
    m_organizations->remove(m_original.id, this, [this, generation](const Api::ApiResult<Api::Done> &r) {
        m_deleting = false;
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!r.ok()) {
            ErrorPresenter::showText(m_ui->deleteErrorLabel,
                                     tr("The organization was not deleted.") + QLatin1Char('\n')
                                         + ErrorPresenter::describe(r.error));
            return;
        }
        setOrganization({});
    });
}

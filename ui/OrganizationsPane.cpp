#include "OrganizationsPane.h"

#include "ErrorPresenter.h"
#include "Icons.h"
#include "OrganizationListModel.h"
#include "TextFilterProxyModel.h"
#include "ui_OrganizationsPane.h"

#include <QHeaderView>
#include <QItemSelectionModel>

OrganizationsPane::OrganizationsPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrganizationsPane>())
    , m_proxy(new TextFilterProxyModel(Qt::DisplayRole, this))
{
    m_ui->setupUi(this);
    m_ui->createButton->setIcon(Icons::get(QStringLiteral("add")));
    m_ui->refreshButton->setIcon(Icons::get(QStringLiteral("refresh")));
    m_ui->searchEdit->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_ui->searchEdit->setAccessibleName(tr("Search organizations"));
    m_ui->createButton->setAccessibleName(m_ui->createButton->text());
    m_ui->refreshButton->setAccessibleName(tr("Refresh"));
    // A deleted organization leaves nothing selected (and the view empty)
    // rather than handing the selection to whichever row slides into its
    // place; connected before the view's own handler, which would move it.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        QItemSelectionModel *selection = m_ui->organizationsView->selectionModel();
        const QModelIndexList rows = selection->selectedRows();
        const bool selectedGoes = std::any_of(rows.cbegin(), rows.cend(), [first, last](const QModelIndex &index) {
            return index.row() >= first && index.row() <= last;
        });
        if (selectedGoes)
            selection->clear();
    });
    m_ui->organizationsView->setModel(m_proxy);
    m_ui->organizationsView->verticalHeader()->hide();
    m_ui->organizationsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->organizationsView->sortByColumn(0, Qt::AscendingOrder);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        // A search must see every organization, not only the pages loaded so far.
        if (m_model && !text.isEmpty())
            m_model->loadAll();
        updateStatus();
    });
    connect(m_ui->createButton, &QPushButton::clicked, this, &OrganizationsPane::createRequested);
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &OrganizationsPane::refresh);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->cancelLoadAll();
    });
    connect(m_ui->organizationsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrganizationsPane::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pendingSelection.isEmpty())
            select(m_pendingSelection);
        updateStatus();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &OrganizationsPane::updateStatus);
}

OrganizationsPane::~OrganizationsPane() = default;

void OrganizationsPane::setModel(OrganizationListModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    connect(model, &OrganizationListModel::loadingChanged, this, [this](bool loading) {
        m_ui->progressBar->setRange(0, 0);
        m_ui->progressBar->setVisible(loading);
        m_ui->cancelButton->setVisible(loading);
        updateStatus();
    });
    connect(model, &OrganizationListModel::failed, this,
            [this](const Api::ApiError &error) { ErrorPresenter::show(m_ui->errorLabel, error); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { ErrorPresenter::clear(m_ui->errorLabel); });
}

void OrganizationsPane::setCapabilities(const Auth::Capabilities &capabilities)
{
    using Op = Auth::Capabilities::Operation;
    m_ui->createButton->setEnabled(capabilities.can(Op::CreateOrganization));
    m_ui->createButton->setToolTip(capabilities.can(Op::CreateOrganization)
                                       ? tr("Create a new organization in this tenant")
                                       : capabilities.explainMissing(Op::CreateOrganization));
    // No token yet (nothing granted) is not a missing scope: say nothing until connected.
    if (!capabilities.can(Op::ListOrganizations) && !capabilities.granted().isEmpty())
        ErrorPresenter::showText(m_ui->errorLabel, capabilities.explainMissing(Op::ListOrganizations));
}

void OrganizationsPane::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void OrganizationsPane::refresh()
{
    if (m_model)
        m_model->reload();
}

void OrganizationsPane::select(const QString &organizationId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(organizationId);
    if (row < 0) {
        m_pendingSelection = organizationId;
        return;
    }
    m_pendingSelection.clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->organizationsView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->organizationsView->scrollTo(index);
}

QString OrganizationsPane::selectedId() const
{
    const QModelIndexList rows = m_ui->organizationsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(OrganizationListModel::IdRole).toString();
}

void OrganizationsPane::onSelectionChanged()
{
    emit organizationSelected(selectedId());
}

void OrganizationsPane::updateStatus()
{
    if (!m_model)
        return;
    const int shown = m_proxy->rowCount();
    const int loaded = m_model->rowCount();
    QString text = m_model->isComplete() ? tr("%n organization(s)", nullptr, loaded)
                                         : tr("%n organization(s) loaded, more on scroll", nullptr, loaded);
    if (shown != loaded)
        text = tr("%1 of %2 shown").arg(shown).arg(loaded);
    m_ui->statusLabel->setText(text);
}

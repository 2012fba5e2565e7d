#include "PickMembersDialog.h"

#include "Icons.h"
#include "MemberDelegate.h"
#include "MemberPickModel.h"
#include "TextFilterProxyModel.h"
#include "ui_PickMembersDialog.h"

#include <QHeaderView>
#include <QShortcut>

PickMembersDialog::PickMembersDialog(const Api::Role &role, const QList<Api::Member> &candidates, AvatarCache *avatars,
                                     const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PickMembersDialog>())
    , m_model(new MemberPickModel(this))
    , m_proxy(new TextFilterProxyModel(MemberPickModel::SearchTextRole, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Assign %1 to members").arg(role.name));
    m_ui->introLabel->setText(
        tr("Choose the members of this organization who should hold the role <b>%1</b>. Members who already hold "
           "it are not listed.")
            .arg(role.name.toHtmlEscaped()));
    m_ui->filterEdit->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_ui->filterEdit->setAccessibleName(tr("Filter members"));
    m_ui->assignButton->setIcon(Icons::get(QStringLiteral("role")));
    for (QPushButton *button : { m_ui->assignButton, m_ui->cancelButton, m_ui->checkShownButton, m_ui->clearButton })
        button->setAccessibleName(button->text());

    m_model->setMembers(candidates);
    m_proxy->setSourceModel(m_model);
    QTableView *view = m_ui->membersView;
    view->setModel(m_proxy);
    auto *delegate = new MemberDelegate(avatars, -1, this);
    delegate->setNameColumn(MemberPickModel::NameColumn, MemberPickModel::PictureRole);
    view->setItemDelegate(delegate);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(MemberDelegate::kAvatarSize + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->resizeSection(MemberPickModel::NameColumn, 280);
    // Sorted by name from the start, and the arrow says so.
    view->setSortingEnabled(true);
    view->sortByColumn(MemberPickModel::NameColumn, Qt::AscendingOrder);

    if (candidates.isEmpty())
        m_ui->noteLabel->setText(tr("Every member of this organization already holds %1.").arg(role.name));
    else
        m_ui->noteLabel->setText(note);
    m_ui->noteLabel->setVisible(!m_ui->noteLabel->text().isEmpty());

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &PickMembersDialog::setFilterText);
    connect(m_ui->checkShownButton, &QPushButton::clicked, this, &PickMembersDialog::checkAllShown);
    connect(m_ui->clearButton, &QPushButton::clicked, m_model, &MemberPickModel::clearChecks);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->assignButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_model, &MemberPickModel::checkedCountChanged, this, &PickMembersDialog::updateSelection);
    // A click anywhere on a row, the box included, ticks or unticks it.
    connect(view, &QTableView::clicked, this,
            [this](const QModelIndex &index) { m_model->toggle(m_proxy->mapToSource(index).row()); });
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, &PickMembersDialog::toggleCurrent);
    // Down from the filter goes to the list, as in a search field.
    auto *down = new QShortcut(QKeySequence(Qt::Key_Down), m_ui->filterEdit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        m_ui->membersView->setFocus();
        if (!m_ui->membersView->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_ui->membersView->setCurrentIndex(m_proxy->index(0, 0));
    });
    updateSelection();
}

PickMembersDialog::~PickMembersDialog() = default;

QStringList PickMembersDialog::userIds() const
{
    return m_model->checkedUserIds();
}

QStringList PickMembersDialog::names() const
{
    return m_model->checkedNames();
}

void PickMembersDialog::setFilterText(const QString &text)
{
    if (m_ui->filterEdit->text() != text)
        m_ui->filterEdit->setText(text);
    m_proxy->setFilterText(text);
    updateSelection();
}

int PickMembersDialog::shownCount() const
{
    return m_proxy->rowCount();
}

bool PickMembersDialog::check(const QString &emailOrUserId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        const Api::Member &member = m_model->memberAt(source);
        if (member.email == emailOrUserId || member.userId == emailOrUserId) {
            m_model->setChecked({ source }, true);
            return true;
        }
    }
    return false;
}

void PickMembersDialog::checkAllShown()
{
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    m_model->setChecked(rows, true);
}

void PickMembersDialog::toggleCurrent()
{
    const QModelIndex current = m_ui->membersView->currentIndex();
    if (current.isValid())
        m_model->toggle(m_proxy->mapToSource(current).row());
}

void PickMembersDialog::updateSelection()
{
    const int count = m_model->checkedCount();
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    QString text = tr("%n member(s) selected", nullptr, count);
    if (shown != all)
        text += QStringLiteral(" · ") + tr("%1 of %2 shown").arg(shown).arg(all);
    m_ui->selectionLabel->setText(text);
    m_ui->assignButton->setEnabled(count > 0);
    m_ui->assignButton->setText(count > 0 ? tr("Add role to %n member(s)", nullptr, count)
                                          : tr("Add role to member(s)"));
    m_ui->assignButton->setAccessibleName(m_ui->assignButton->text());
    m_ui->checkShownButton->setEnabled(shown > 0);
    m_ui->clearButton->setEnabled(count > 0);
}

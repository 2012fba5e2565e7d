#include "WelcomeDialog.h"

#include "Icons.h"
#include "ui_WelcomeDialog.h"

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WelcomeDialog>())
{
    m_ui->setupUi(this);
    m_ui->demoButton->setIcon(Icons::get(QStringLiteral("demo")));
    m_ui->connectButton->setIcon(Icons::get(QStringLiteral("tenant")));
    m_ui->demoButton->setAccessibleName(m_ui->demoButton->text());
    m_ui->connectButton->setAccessibleName(m_ui->connectButton->text());
    connect(m_ui->demoButton, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(m_ui->connectButton, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Connect;
        accept();
    });
}

WelcomeDialog::~WelcomeDialog() = default;
